"""The subject that opens a sentence, for clauses whose speaker is not beside the verb.

``Trump attacked Clinton ..., saying ...`` and ``Cruz thanked the delegates and said ...`` name
their speaker at the start of the sentence, after any wire dateline ("OSLO (Reuters) -") and any
opening phrase ("During a speech earlier in the day, ...").
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.phrases import Span, boundary_before, valid_phrase
from retrieval.attribution.tokens import Token

__all__ = ["sentence_subject"]

# A wire dateline ("WASHINGTON, Jan 8 (Reuters) -") is at most this many tokens long.
MAX_DATELINE_TOKENS = 12
# "Secretary of Education", "Right to Life": lower-case words inside a capitalised name.
_NAME_JOINERS = frozenset({"of", "to", "for"})
# Adjectives allowed between a determiner and the head noun of a sentence's subject.
MAX_ADJECTIVES = 2


def sentence_subject(toks: Sequence[Token]) -> Span | None:
    """The phrase opening the sentence, for ``X ..., saying that``."""
    lex = lexicon()
    s = _after_dateline(toks)
    while s < len(toks) and toks[s].lower in lex.words["leading"]:
        s += 1  # "But Sir Bernard Ingham, ..., took a view, accusing ...": "but" opens no phrase
    if s < len(toks) and _opens_phrase(toks[s]):
        # "During a speech earlier in the day, Trump attacked ..., saying", "Hours later, Trump
        # returned ...": skip the opening phrase, up to the comma after which a subject is
        # followed by its verb ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried").
        commas = [k for k, t in enumerate(toks) if t.text == ","]
        s = next((k + 1 for k in commas if _verb_follows(toks, k + 1)), commas[0] + 1 if commas else len(toks))
    while s < len(toks) and (toks[s].lower in lex.words["leading"] or toks[s].text == ","):
        s += 1  # "Meanwhile, it attacked Trump, saying ..."
    if s < len(toks) and toks[s].lower in lex.subject_pronouns:
        return Span(s, s, boundary_before(toks, s - 1))

    def head(t: Token) -> bool:
        return t.is_cap or t.lower in lex.groups or t.lower in lex.titles or t.lower in lex.roles

    e = s
    while e < len(toks) and toks[e].is_word and (head(toks[e]) or toks[e].lower in lex.words["determiner"] or _inside_name(toks, s, e)):
        e += 1
    if e < len(toks) and e > s and (toks[e - 1].lower in lex.words["determiner"] or toks[e - 1].lower.endswith(("’s", "'s"))):
        # "several environmental groups": adjectives up to the head noun
        ahead = next((k for k in range(e, min(e + MAX_ADJECTIVES + 1, len(toks))) if toks[k].is_word and head(toks[k])), None)
        if ahead is not None and all(toks[k].is_word and toks[k].lower not in lex.words["aux"] for k in range(e, ahead)):
            e = ahead + 1
    if e > s and e < len(toks) and toks[e - 1].lower in lex.words["determiner"] and _plain_noun(toks[e]):
        e += 1  # "The letter maintained ... and said": a determiner is no subject by itself
    if e > s and toks[e - 1].lower in lex.words["determiner"]:
        return None
    if e == s or not valid_phrase(toks, s, e - 1) or toks[e - 1].lower.endswith(("’s", "'s")):
        return None  # "Okafor's younger sister, ...": the owner is not the subject
    return Span(s, e - 1, boundary_before(toks, s - 1))


def _inside_name(toks: Sequence[Token], s: int, e: int) -> bool:
    """A lower-case word between capitalised ones of one phrase: a joiner of a name ("Secretary
    **of** Education Betsy DeVos", "Texas Right **to** Life") or a person noun between a
    modifier and a name ("Local **priest** Mangal Chaudhary")."""
    if e == s or e + 1 >= len(toks) or not (toks[e - 1].is_cap and toks[e + 1].is_cap and toks[e + 1].is_word):
        return False
    lower = toks[e].lower
    return lower in _NAME_JOINERS or (not toks[e].is_cap and person_noun(lower)[0])


def _plain_noun(tok: Token) -> bool:
    """A lower-case word that may head a noun phrase: no auxiliary, clause word, preposition or verb."""
    lex = lexicon()
    closed = lex.words["aux"] | lex.words["boundary"] | lex.words["preposition"]
    return tok.is_word and not tok.is_cap and tok.lower not in closed and tok.lower not in lex.verbs


def _opens_phrase(tok: Token) -> bool:
    """A word that opens a phrase before the subject: a preposition, a conjunction, a time
    ("Hours later", "Earlier this month") or an -ing form ("Walking to the next address, ...")."""
    words = lexicon().words
    lower = tok.lower
    return lower in words["preposition"] or lower in words["boundary"] or lower in words["time"] or (lower.endswith("ing") and len(lower) > 5)


def _verb_follows(toks: Sequence[Token], s: int) -> bool:
    """A short capitalised subject at ``s`` followed by a lower-case word, not by a comma."""
    e = s
    while e < len(toks) and e - s <= MAX_DATELINE_TOKENS and toks[e].is_word and (toks[e].is_cap or toks[e].lower in lexicon().titles):
        e += 1
    return s < e < len(toks) and toks[e].is_word and not toks[e].is_cap


def _after_dateline(toks: Sequence[Token]) -> int:
    """Index of the first token after a wire dateline ("OSLO (Reuters) -", "DES MOINES, Iowa (AP) —")."""
    for k, tok in enumerate(toks[:MAX_DATELINE_TOKENS]):
        if tok.text in ("-", "–", "—") and k > 0 and (toks[k - 1].text == ")" or toks[0].text.isupper()):
            return k + 1
    return 0
