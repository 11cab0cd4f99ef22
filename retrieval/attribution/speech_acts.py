"""Speech acts said with a light verb and a noun, or with a copula and a stance adjective.

Every paper reports a stance this way as often as with a reporting verb: "the justices
**expressed skepticism** about the law", "Comey **offered praise** for the choice", "Chew **gave a
robust defense** of his company", "Green **was** also **critical of** the report", "The
administration **has been firm that** ...". The verb alone says nothing ("gave a speech", "made
a profit", "was critical" of a patient's state), so each layout needs its noun or its adjective
and the word after it; the pairs are data (``speech_act_nouns.tsv``, ``stance_adjectives.tsv``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from retrieval.attribution.cue_checks import EMPTY_SUBJECTS, can_speak
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.occasions import may_hold_occasion, occasion_sources
from retrieval.attribution.phrases import Span, left_phrase, valid_phrase
from retrieval.attribution.sentence_words import holds_any
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token
from retrieval.lexicon import lines

__all__ = ["MAX_ACT_MODIFIERS", "may_hold_act", "speech_act_cue_words", "speech_act_sources"]

# "expressed strong and repeated opposition", "sent an apparent warning": words between the verb
# and its noun, at most.
MAX_ACT_MODIFIERS = 3
# "was also sharply critical of": words between the copula and the adjective, at most.
MAX_ADJECTIVE_GAP = 2
_COPULAS = frozenset({"is", "was", "are", "were", "been", "be", "remains", "remained"})
# Light verbs whose object may be caused by a thing ("the move raised objections", "the report
# gave a warning"): their subject must be able to speak. The others take any speaker phrase.
_CAUSATIVE = frozenset({"raise", "give", "make", "send"})
# Words after the noun that open only a place or a time ("made the pledge at a conference").
_CIRCUMSTANCES = frozenset({"at", "in", "during", "earlier", "later", "last", "this", "while", "when", "after", "before"})
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})


@lru_cache(maxsize=1)
def _acts() -> dict[str, tuple[str, frozenset[str]]]:
    """Each light verb form -> (its lemma, the nouns that make it speech)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for line in lines("speech_act_nouns.tsv"):
        forms, nouns = line.split("\t")
        verbs = forms.split()
        for form in verbs:
            out[form] = (verbs[0], frozenset(nouns.split()))
    return out


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, frozenset[str]]:
    """Each stance adjective -> the words that must follow it."""
    return {adjective: frozenset(after.split()) for adjective, after in (line.split("\t") for line in lines("stance_adjectives.tsv"))}


@lru_cache(maxsize=1)
def speech_act_cue_words() -> frozenset[str]:
    """The nouns and adjectives these layouts need, for the cheap test before tokenizing."""
    return frozenset(noun for _, nouns in _acts().values() for noun in nouns) | frozenset(_adjectives())


@lru_cache(maxsize=1)
def _act_verbs() -> frozenset[str]:
    return frozenset(_acts()) | _COPULAS


def may_hold_act(lowered: str) -> bool:
    """Cheap test before tokenizing a sentence with no reporting verb: does the lower-cased text
    hold both a speech noun or a stance adjective and a light verb or a copula?"""
    acts = holds_any(lowered, speech_act_cue_words()) and holds_any(lowered, _act_verbs())
    return acts or may_hold_occasion(lowered)


def speech_act_sources(toks: Sequence[Token], verb_start: Callable[[Sequence[Token], int], int]) -> list[tuple[Span, str, str]]:
    """Each speaker phrase of a light verb with a speech noun ("expressed skepticism") or a
    copula with a stance adjective ("was critical of"), with the cue words as written and the
    layout (``SV``, or ``PARTICIPLE`` for ", expressing concern that ..."). ``verb_start`` gives
    where a verb's group starts (its auxiliaries and adverbs before it)."""
    keys = speech_act_cue_words()
    out: list[tuple[Span, str, str]] = []
    # The noun or the adjective is rarer than the verb ("made", "firm"), so it is looked for first.
    for k in [n for n, t in enumerate(toks) if t.lower in keys]:  # one set test per token
        if toks[k].is_cap:
            continue
        found = _stance(toks, k, _adjectives()[toks[k].lower], verb_start) if toks[k].lower in _adjectives() else _act_before(toks, k, verb_start)
        if found is not None:
            out.append(found)
    return out or occasion_sources(toks)  # "confirmed the arrangement in an emailed statement"


def _act_before(toks: Sequence[Token], k: int, verb_start: Callable[[Sequence[Token], int], int]) -> tuple[Span, str, str] | None:
    """The light verb whose speech noun stands at ``k`` ("expressed strong **opposition**")."""
    acts = _acts()
    for i in range(k - 1, max(k - 2 - MAX_ACT_MODIFIERS, -1), -1):
        act = acts.get(toks[i].lower)
        if act is not None and toks[k].lower in act[1] and not toks[i].is_cap:
            return _act(toks, i, act, verb_start) if _noun_after(toks, i, act[1]) == k else None
    return None


def _act(toks: Sequence[Token], i: int, act: tuple[str, frozenset[str]], verb_start: Callable[[Sequence[Token], int], int]) -> tuple[Span, str, str] | None:
    """``X expressed (strong) opposition``: the light verb at ``i``, then its noun."""
    lemma, nouns = act
    noun = _noun_after(toks, i, nouns)
    if noun is None:
        return None
    cue = " ".join(t.text for t in toks[i : noun + 1])
    start = verb_start(toks, i)
    if toks[i].lower.endswith("ing"):
        if start < 1 or toks[start - 1].text != ",":
            return None  # "the expressing of", "his giving a warning": no clause of its own
        span = sentence_subject(toks)  # "McCarthy pressed ahead, making a public appeal ..."
        return (span, cue, "PARTICIPLE") if span is not None and span.last < i and _speaks(toks, span, lemma) else None
    if toks[i].lower == lemma and start == i and i > 0 and toks[i - 1].lower in ("to", "a", "an", "the"):
        return None  # "to express concern", "a sound warning": an infinitive or a noun
    span = left_phrase(toks, start - 1)
    return (span, cue, "SV") if span is not None and _speaks(toks, span, lemma) else None


def _noun_after(toks: Sequence[Token], i: int, nouns: frozenset[str]) -> int | None:
    """The speech noun at most ``MAX_ACT_MODIFIERS`` plain words after ``i``; "made it clear"
    and "raised the money for" hold none."""
    words = lexicon().words
    for k in range(i + 1, min(i + 2 + MAX_ACT_MODIFIERS, len(toks))):
        tok = toks[k]
        if not tok.is_word or tok.is_cap and k > i + 1:
            return None
        if tok.lower in nouns:
            return None if _modifies(toks, k + 1) or _only_circumstance(toks, k + 1) else k
        if tok.lower in words["boundary"] or tok.lower in words["preposition"] or tok.lower in words["aux"] or _verb_or_plural(tok):
            return None
    return None


def _verb_or_plural(tok: Token) -> bool:
    """A modifier that is a verb or a plural noun ends the object: "issues **undercuts** its
    potential appeal" is no act of issuing ("its", "serious", "gross" are modifiers)."""
    lowered = tok.lower
    if lowered in lexicon().words["determiner"] or lowered in _POSSESSIVES:
        return False
    return lowered in lexicon().verbs or (lowered.endswith("s") and not lowered.endswith(("ous", "ss")))


def _modifies(toks: Sequence[Token], k: int) -> bool:
    """The noun before ``k`` modifies another ("a warning letter", "support staff"): a plain
    lower-case word follows it that opens no phrase or clause ("concern for", "doubts the plan
    would", "concern that", "praise Tuesday" are speech)."""
    if k >= len(toks) or not toks[k].is_word or toks[k].is_cap:
        return False
    words = lexicon().words
    lowered = toks[k].lower
    opens = words["preposition"] | words["boundary"] | words["complement"] | words["determiner"] | words["aux"]
    return lowered not in opens and not lowered.endswith("ly")


def _only_circumstance(toks: Sequence[Token], k: int) -> bool:
    """A place or a time follows the noun, not what the act was about or to whom: "Trump made the
    pledge at a conference in Herndon" names an act, not its words ("made the pledge to", "gave
    a warning that", "expressed concern." are speech)."""
    return k < len(toks) and toks[k].lower in _CIRCUMSTANCES


def _stance(toks: Sequence[Token], i: int, after: frozenset[str], verb_start: Callable[[Sequence[Token], int], int]) -> tuple[Span, str, str] | None:
    """``X was (also) critical of``: a copula before the adjective at ``i``, the word it needs after."""
    if i + 1 >= len(toks) or toks[i + 1].lower not in after:
        return None
    words = lexicon().words
    copula = next((k for k in range(i - 1, max(i - 2 - MAX_ADJECTIVE_GAP, -1), -1) if toks[k].lower in _COPULAS), None)
    if copula is None or any(not t.is_word or t.is_cap for t in toks[copula + 1 : i]):
        return None
    if any(t.lower in words["negation"] for t in toks[max(copula - 2, 0) : i]):
        return None  # "was not critical of"
    span = left_phrase(toks, verb_start(toks, copula) - 1)
    if span is None or toks[span.last].lower in EMPTY_SUBJECTS or not can_speak(toks[span.last]):
        return None
    return span, " ".join(t.text for t in toks[copula : i + 2]), "SV"


def _speaks(toks: Sequence[Token], span: Span, lemma: str) -> bool:
    """A speaker phrase for this light verb: any that can name someone, and one that can speak
    for verbs a thing may also do ("the move raised objections")."""
    head = toks[span.last]
    if head.lower in EMPTY_SUBJECTS or not valid_phrase(toks, span.first, span.last):
        return False
    return lemma not in _CAUSATIVE or can_speak(head)
