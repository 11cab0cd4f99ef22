"""``per X`` as "according to X": "..., per CNN, which first reported ...", "students, per
Education Week's tracker, and ...", "Per Fox:" before a quoted paragraph.

Only "per" set off by punctuation (or opening the sentence) and followed by a name, or by a
thing a name owns ("Education Week's tracker"): "5 percent per year", "per capita" and "as per
usual" name no source, and "A quarter of that, per the McKinley plan, is $40,000" gives a plan's
terms (PolNeAR dev: no source).
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.layouts import make_claim
from retrieval.attribution.phrases import right_phrase
from retrieval.attribution.tokens import Token

__all__ = ["PER_WORDS", "per_sources"]

PER_WORDS = frozenset({"per"})
# What may stand right before a "per" that names a source: a sentence's start or a break.
_POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
_BREAKS = frozenset({",", ";", ":", "(", "—", "–", "--"})


def per_sources(text: str, toks: Sequence[Token]) -> list[tuple[Claim, bool]]:
    """An ``ACCORDING_TO`` claim for each "per" that names its source."""
    out: list[tuple[Claim, bool]] = []
    for i, tok in enumerate(toks):
        if tok.lower != "per" or not (i == 0 or toks[i - 1].text in _BREAKS or toks[i - 1].is_quote):
            continue
        j = i + 2 if i + 2 < len(toks) and toks[i + 1].lower == "the" else i + 1
        if j >= len(toks) or not toks[j].is_word or not toks[j].is_cap:
            continue
        span = right_phrase(toks, i + 1, any_source=True)
        if span is not None and _named(toks[span.first : span.last + 1]):
            out.append((make_claim(text, toks, span, tok.text, "ACCORDING_TO"), False))
    return out


def _named(words: Sequence[Token]) -> bool:
    """The phrase ends in a capitalised word or holds a capitalised possessive."""
    return words[-1].is_cap or any(w.is_cap and w.lower.endswith(_POSSESSIVE_ENDINGS) for w in words[:-1])
