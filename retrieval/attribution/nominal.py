"""Attribution carried by a noun or an idiom instead of a reporting verb.

British feature copy often names the speaker after a quotation through a noun: ``“...,” is the
dry assessment of Graham Lane``, ``One dissenting opinion came from Brian Gammage``, or through
``as one activist put it``. The nouns are data (``opinion_nouns.txt``); the layouts are here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.participles import carrier_subject
from retrieval.attribution.phrases import Span, left_phrase, right_phrase, valid_phrase
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words

__all__ = ["MAX_NOUN_MODIFIERS", "MAX_OF_WORDS", "MAX_PUT_WORDS", "nominal_cue_words", "nominal_sources"]

# "is the dry assessment of": words between "the" and the noun, at most.
MAX_NOUN_MODIFIERS = 3
# "renewed claims of bias from": words of the "of" phrase between the noun and "from", at most.
MAX_OF_WORDS = 4
# "as one senior activist put it": words of the speaker phrase, at most.
MAX_PUT_WORDS = 5
_COPULAS = frozenset({"is", "was"})
_CAME = frozenset({"came", "comes"})
_PUT = frozenset({"put", "puts"})
_NO_SPEECH = frozenset({"no", "without"})
# "criticism from politicians in both parties for remarks that ...": what the words are about,
# after their source.
_TOPIC = frozenset({"for", "over", "about", "after", "against"})  # "no claim of responsibility from any group"


@lru_cache(maxsize=1)
def nominal_cue_words() -> frozenset[str]:
    """The words any of these layouts needs, for the cheap test before tokenizing."""
    return words("opinion_nouns.txt") | words("carrier_nouns.txt") | words("speech_from_nouns.txt") | _PUT | {"blame"}


def nominal_sources(toks: Sequence[Token]) -> list[tuple[Span, str, str]]:
    """Each speaker phrase these layouts name, with the cue words as written and the layout:
    ``CVS`` when the words came before ("“...,” is the assessment of X"), ``SVQ`` when they follow
    ("Corker released a statement: “...”"), ``NOMINAL`` for a speech noun's source ("criticism
    from X")."""
    nouns, carriers = words("opinion_nouns.txt"), words("carrier_nouns.txt")
    from_nouns = words("speech_from_nouns.txt")
    out: list[tuple[Span, str, str]] = []
    cue_words = nominal_cue_words()
    for i in [k for k, t in enumerate(toks) if t.lower in cue_words]:  # one set test per token
        tok = toks[i]
        if tok.lower in from_nouns and (i == 0 or not tok.is_cap):
            found = _noun_from(toks, i)
            if found is not None:
                out.append((*found, "NOMINAL"))
        elif tok.lower in nouns and not tok.is_cap:
            found = _of_source(toks, i) or _came_from(toks, i)
            if found is not None:
                out.append((*found, "CVS"))
        elif tok.lower in carriers and i + 1 < len(toks) and toks[i + 1].text == ":":
            span = _announced_by(toks, i)  # "Corker released a statement: “...”"
            if span is not None:
                out.append((span, f"{tok.text}:", "SVQ"))
        elif tok.lower == "blame" and i > 1 and toks[i - 1].lower == "the" and toks[i - 2].lower in words("blame_verbs.txt"):
            span = left_phrase(toks, i - 3)  # "Saxon Spence, leader of ..., lays the blame for ... on ..."
            if span is not None:
                out.append((span, f"{toks[i - 2].text} the blame", "SV"))
        elif tok.lower in _PUT and i + 1 < len(toks) and toks[i + 1].lower == "it":
            span = _as_put(toks, i)
            if span is not None:
                out.append((span, "put it", "CVS"))
    return out


def _of_source(toks: Sequence[Token], i: int) -> tuple[Span, str] | None:
    """``is the (dry) assessment of X``."""
    k = i - 1
    while k >= 0 and i - k <= MAX_NOUN_MODIFIERS and toks[k].is_word and toks[k].lower != "the":
        k -= 1
    if k < 1 or toks[k].lower != "the":
        return None
    before = k - 1
    while before > 0 and toks[before].lower in lexicon().words["aux"] and toks[before].lower not in _COPULAS:
        before -= 1  # "is also the personal choice of"
    if toks[before].lower not in _COPULAS:
        return None
    if i + 1 >= len(toks) or toks[i + 1].lower != "of":
        return None
    span = right_phrase(toks, i + 2)
    return (span, f"{toks[i].text} of") if span is not None else None


def _came_from(toks: Sequence[Token], i: int) -> tuple[Span, str] | None:
    """``One dissenting opinion came from X``."""
    if i + 2 >= len(toks) or toks[i + 1].lower not in _CAME or toks[i + 2].lower != "from":
        return None
    span = right_phrase(toks, i + 3)
    return (span, f"{toks[i].text} {toks[i + 1].text} from") if span is not None else None


def _noun_from(toks: Sequence[Token], i: int) -> tuple[Span, str] | None:
    """``criticism from X``, ``claims of bias from X``: the phrase after "from" ("no claim of
    responsibility from any group" is none); a name that a verb and its object follow ends it
    ("estimates from the World Bank put the amount at ...")."""
    if i > 0 and toks[i - 1].lower in _NO_SPEECH:
        return None
    k = i + 1
    if k < len(toks) and toks[k].lower == "of":
        k += 1
        while k < len(toks) and k - i <= MAX_OF_WORDS + 1 and toks[k].is_word and toks[k].lower != "from":
            k += 1
    if k >= len(toks) or toks[k].lower != "from":
        return None
    # "criticism from traders | for the closures": what the words are about ends the source, and
    # so does a verb with its object after a name ("the World Bank | put the amount").
    determiners = lexicon().words["determiner"]
    topic = next((m for m in range(k + 2, len(toks)) if toks[m].lower in _TOPIC), len(toks))
    verb = next(
        (m for m in range(k + 2, topic - 1) if toks[m - 1].is_cap and toks[m].is_word and not toks[m].is_cap and toks[m + 1].lower in determiners),
        None,
    )
    span = right_phrase(toks[: topic if verb is None else verb], k + 1, any_source=True)
    if span is None or (verb is not None and not valid_phrase(toks, span.first, span.last)):
        return None
    return span, f"{toks[i].text} from"


def _announced_by(toks: Sequence[Token], i: int) -> Span | None:
    """``Corker released a statement:``: the subject of the verb that put the statement out."""
    k = i
    while k > 0 and i - k < MAX_NOUN_MODIFIERS and toks[k - 1].is_word and toks[k - 1].lower not in words("carrier_determiners.txt"):
        k -= 1
    return carrier_subject(toks, Span(k - 1 if k > 0 else k, i, "word"))


def _as_put(toks: Sequence[Token], i: int) -> Span | None:
    """``as one activist put it``: the phrase between "as" and the verb."""
    k = i - 1
    while k >= 0 and i - k <= MAX_PUT_WORDS and toks[k].is_word and toks[k].lower != "as":
        k -= 1
    if k < 0 or toks[k].lower != "as" or k + 1 > i - 1 or not valid_phrase(toks, k + 1, i - 1):
        return None
    return Span(k + 1, i - 1, "word")
