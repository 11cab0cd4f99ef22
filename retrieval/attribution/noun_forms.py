"""Reporting words that stand in a noun phrase or as an adjective, or whose subject says nobody
spoke: "the strong jobs report has cleared the way", "most Southern states", "a campaign
promise", "his home state", "the news was welcome", "a story of alleged discrimination",
"Neither Booker nor his attorney responded". Pure functions over a sentence's tokens; the
words that decide are data (``noun_cue_openers.tsv``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from retrieval.attribution.lexicon import Verb, lexicon
from retrieval.attribution.tokens import Token
from retrieval.lexicon import lines, words as word_list

__all__ = ["MAX_MODIFIERS", "noun_form", "negative_subject"]

# "a campaign promise", "most Southern states", "the dozen battleground states": words at most
# between the determiner or count and the reporting word's noun.
MAX_MODIFIERS = 2
# Finite be, have and modal forms: a base or -s form right before one is the subject's noun
# ("the jobs report has", "the Post report was"), never a verb.
_FINITE_AFTER = frozenset({"is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must"})
# "The jobs report also showed": an adverb between such a noun and its verb.
_ADVERBS_BETWEEN = frozenset({"also", "still", "already", "just", "again"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "what", "whose", "where"})
# "Neither Kasich nor Rubio has won a state and Cruz suggested ...": a new clause.
_CLAUSE_JOINS = frozenset({"and", "or"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# "of alleged discrimination", "over reported abuses": after these a past form is an adjective
# ("by", "to" and "as" lead into speech: "as reported by", "to announced").
_ADJECTIVE_AFTER = frozenset({"of", "for", "over", "about", "into", "with", "against", "amid", "despite", "on", "in"})


@lru_cache(maxsize=1)
def _openers() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in lines("noun_cue_openers.tsv"):
        word, cls = line.split("\t")
        out.setdefault(cls.strip(), set()).add(word.strip())
    return {cls: frozenset(ws) for cls, ws in out.items()}


@lru_cache(maxsize=1)
def _base_is_participle() -> frozenset[str]:
    """Verbs whose base form is also a past form ("forecast", "broadcast"): after "was" a verb."""
    out = set()
    for line in lines("reporting_verbs.txt"):
        forms = line.partition("|")[0].split()
        if forms and forms[0] in forms[1:]:
            out.add(forms[0])
    for row in lines("mined_verbs.tsv"):
        cols = row.split("\t")
        if len(cols) > 1 and cols[0] in cols[1].split():
            out.add(cols[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return word_list("people_words.txt") | frozenset(lexicon().groups)


def _modifiers(toks: Sequence[Token], i: int) -> list[Token]:
    """The words right before ``i`` that may modify a noun: no boundary, preposition or mark."""
    words = lexicon().words
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) <= MAX_MODIFIERS and toks[k].is_word and toks[k].lower not in words["boundary"] and toks[k].lower not in words["preposition"]:
        out.append(toks[k])
        k -= 1
    return out


def _opened_by(toks: Sequence[Token], i: int, cls: str, skip: frozenset[str] = frozenset()) -> bool:
    """A word of ``cls`` at most ``MAX_MODIFIERS`` words before ``i``, the words between none of
    ``skip`` and no subject ("every day they report", "two years ago he states")."""
    found = _modifiers(toks, i)
    openers = _openers()[cls]
    subjects = lexicon().subject_pronouns | _people()
    for n, tok in enumerate(found):
        if tok.lower in openers or (cls == "plural" and tok.text[:1].isdigit()):
            return not any(t.lower in skip or t.lower in subjects for t in found[:n])
    return False


def noun_form(toks: Sequence[Token], i: int, verb: Verb, auxiliaries: set[str], follows: Token | None) -> bool:
    """The reporting word at ``i`` is a noun or an adjective, not a verb."""
    if verb.finite or verb.participle:
        return _adjective(toks, i, verb)
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    # "Podliska's most explosive claim is that ...": a noun that gives what was said.
    content = nxt is not None and nxt.lower in lexicon().words["complement"]
    if not content and not _relative(toks, i) and follows is not None and (follows.lower in _FINITE_AFTER or follows.lower in _ADVERBS_BETWEEN and nxt is not None and (nxt.lower in _FINITE_AFTER or nxt.is_word and not nxt.is_cap and nxt.lower.endswith("ed"))):
        return True  # "The strong jobs report has cleared the way", "The jobs report also showed"
    if verb.form != verb.lemma:
        return verb.form.endswith("s") and _opened_by(toks, i, "plural")  # "most Southern states"
    if auxiliaries:
        # "the news was welcome": after a be-form a base form is an adjective or a noun.
        return bool(auxiliaries & lexicon().words["passive"]) and toks[i - 1].lower in lexicon().words["passive"] and verb.lemma not in _base_is_participle()
    if _opened_by(toks, i, "single", _openers()["collective"]):
        return True  # "a campaign promise", "a boycott call"
    # "his home state", "Walker’s 911 call", "his oft-stated promise": one owner's thing ("his
    # aides say", "Trump's team say" are plural subjects).
    if i >= 2 and toks[i - 1].is_word and toks[i - 1].lower not in _people() and not toks[i - 1].lower.endswith("s"):
        owner = toks[i - 2].lower
        # "supporters who came to protest this week's convention say": a time's, inside a longer subject.
        named = owner.endswith(("’s", "'s")) and owner[:-2] not in lexicon().subject_pronouns | lexicon().words["time"]
        return owner in _POSSESSIVES or named
    return False


def _relative(toks: Sequence[Token], i: int) -> bool:
    """The clause of the word at ``i`` opens with a relative word: "the divestment that many
    experts say is needed", "who investigators say were recruited" (a verb with a gap after it)."""
    k = i - 1
    while k >= 0 and toks[k].is_word:
        if toks[k].lower in _RELATIVES:
            return True
        k -= 1
    return False


def _adjective(toks: Sequence[Token], i: int, verb: Verb) -> bool:
    """A past form right after a preposition, before a noun: "a story of alleged discrimination"."""
    if verb.participle or not verb.form.endswith("ed") or i == 0 or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    return toks[i - 1].lower in _ADJECTIVE_AFTER and after.is_word and not after.is_cap and after.lower not in lexicon().words["preposition"]


def negative_subject(toks: Sequence[Token], before: int, verb: Verb) -> bool:
    """A verb of answering whose subject says nobody answered: "Neither Booker nor his attorney
    responded to requests for comment", "None of the firms replied". Other negated subjects stay
    (PolNeAR marks "Neither Cruz nor Christie acknowledged ..." and "no group has claimed" as
    attributions)."""
    words = lexicon().words
    k = before
    while k > 0 and toks[k - 1].is_word and toks[k - 1].lower not in words["boundary"] and toks[k - 1].lower not in _CLAUSE_JOINS:
        k -= 1
    if k > before or k < 0 or toks[k].lower not in _openers()["negative"] or (k + 1 < len(toks) and toks[k + 1].text == ","):
        return False
    # "no terrorist group has claimed", "No one said"; "No wonder Trump said" names who spoke.
    if toks[k].lower == "no" and any(t.is_cap for t in toks[k + 1 : before + 1]):
        return False
    return verb.lemma in _openers()["unanswered"]
