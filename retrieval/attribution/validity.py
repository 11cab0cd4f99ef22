"""Speaker-phrase checks: can these tokens name someone, and is a token capitalised as a name.

Shared by the phrase walkers in ``phrases`` and the sentence subject in ``subjects``.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.tokens import Token

__all__ = ["MAX_COMMON_PHRASE", "is_named", "valid_phrase"]

# A common-noun source ("the announcer", "one slide") is at most this long.
MAX_COMMON_PHRASE = 5
# "cutting off a reporter": the object's determiner comes within this many words of the -ing verb.
OBJECT_DETERMINER_REACH = 2


def is_named(tok: Token) -> bool:
    """Capitalised as a name, not only because it opens the sentence ("It", "There's")."""
    return tok.is_cap and (tok.start > 0 or tok.lower not in lexicon().words["sentence_opener"])


def valid_phrase(toks: Sequence[Token], s: int, e: int) -> bool:
    """Can tokens ``s..e`` name a speaker (a name, a pronoun, a group, a role, "the announcer")?"""
    lex = lexicon()
    pronouns = lex.subject_pronouns
    span = toks[s : e + 1]
    if len(span) == 1 and span[0].lower in pronouns:
        return True
    for k, t in enumerate(span):
        if t.lower in pronouns and (len(span) > 1 or t.text != "I"):
            return False
        if is_named(t):
            continue
        if t.lower in lex.words["aux"] or t.lower in lex.words["boundary"] or t.lower in pronouns:
            return False
        if t.lower == "to" and k + 1 < len(span) and not span[k + 1].is_cap and span[k + 1].lower not in lex.words["determiner"]:
            return False  # "to break": an infinitive, so a clause
    if span[0].lower in lex.words["preposition"] or (_participle(span) and not any(map(is_named, span))):
        return False  # "..., he said, cutting off a reporter who asked ...": a clause, no speaker
    if span[0].lower in lex.words["determiner"] and len(span) <= MAX_COMMON_PHRASE:
        return True  # "the announcer said", "one slide says", "the book said"
    return any(is_named(t) or t.lower in lex.groups or t.lower in lex.roles or t.lower in lex.titles for t in span)


def _participle(span: Sequence[Token]) -> bool:
    """An -ing verb taking an object ("cutting off a reporter"), not an adjective ("restructuring experts")."""
    lex = lexicon()
    verb = not span[0].is_cap and span[0].lower.endswith("ing") and span[0].lower not in lex.titles
    return verb and any(t.lower in lex.words["determiner"] for t in span[1 : 1 + OBJECT_DETERMINER_REACH])
