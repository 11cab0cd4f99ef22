"""Lead-ins: a reporter's sentence about someone, then that person's quotation with no clause.

``He goes on to contrast unity with division. “Our answer is ...”`` and ``Jones was unmoved. |
“That is nonsense.”``: the quotation names no speaker and its sentence before has no reporting
clause, but that sentence's subject is the person whose words follow. A sentence is a lead-in
only when its subject is a person ("he", "she", a name), never a thing, a group or an
organisation ("The rules are clear.", "Police arrived.").
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token

__all__ = ["LEAD_PRONOUNS", "lead_claim"]

# The subject pronouns that stand for one person; "they" and "it" may stand for anything.
LEAD_PRONOUNS = frozenset({"he", "she"})


def lead_claim(toks: Sequence[Token]) -> Claim | None:
    """The subject of a sentence that may lead into a quotation, if it is a person.

    Args:
        toks: the sentence's tokens (quoted words masked).

    Returns:
        A ``Claim`` over the subject phrase (kind ``LEAD``), or None when the sentence opens
        with no subject, a subject that is not a person, or a subject with no verb after it.
    """
    span = sentence_subject(toks)
    if span is None or span.last + 1 >= len(toks):
        return None
    head = toks[span.last]
    lex = lexicon()
    person = head.lower in LEAD_PRONOUNS if span.first == span.last and head.lower in lex.subject_pronouns else _named_person(toks, span.first, span.last)
    if not person:
        return None
    after = toks[span.last + 1]
    if not (after.is_word and not after.is_cap):
        return None  # "Mattis’s dissatisfaction ...", "Smith, 42, ...": the verb must follow the subject
    return Claim(toks[span.first].start, toks[span.last].end, "", "LEAD")


def _named_person(toks: Sequence[Token], first: int, last: int) -> bool:
    """Capitalised words only (a title or role before them allowed): a person's name, not a
    group or organisation word ("Police", "Democrats", "The company")."""
    lex = lexicon()
    words = toks[first : last + 1]
    if not words[-1].is_cap or any(not t.is_cap and t.lower not in lex.titles for t in words) or len(words) > 1 and words[0].lower in lex.words["determiner"]:
        return False  # a role in lower case may come before the name ("Maltese prime minister Joseph Muscat")
    return not any(t.lower in lex.groups or t.lower in lex.words["determiner"] for t in words)
