"""Turn text into the search terms BM25 counts, the same way for sentences and questions.

A term is a case-folded word reduced by the Snowball English stemmer, so that "casualty" finds
"casualties" and "Iran's" finds "Iran". News text needs a few rules around that stemmer:

- Curly and straight apostrophes are one character; a possessive ``'s`` or a plural possessive's
  trailing apostrophe is dropped (``Iran’s`` -> ``iran``, ``officials'`` -> ``offici``); other
  apostrophes are removed inside the word (``don't`` -> ``dont``).
- A hyphenated compound gives each part and the parts joined: ``US-led`` -> ``us``, ``led``,
  ``usled``. A question for "led", "US-led" or "USled" then finds it, and "US-led" ranks the
  compound above sentences that merely contain "US" and "led" apart (one more matching term).
- Initialisms written with dots are joined: ``U.S.`` -> ``us``, ``U.N.`` -> ``un``.
- Numbers are kept as written, minus thousands separators: ``5,000`` and ``5000`` -> ``5000``;
  ``3.5`` -> ``3.5``; ``1:30`` -> ``1:30``. Numbers are never stemmed.
- Stopwords are kept: removing them is the question layer's choice, and BM25's IDF already makes
  them weigh little.

``tokenize`` is the hot path of indexing, so every distinct raw word is analysed once and cached.
"""

from __future__ import annotations

import re

import Stemmer

__all__ = ["tokenize"]

# A raw word: runs of word characters joined by the connectors that can sit inside one word
# (hyphens, apostrophes, dots of initialisms and decimals, thousands commas, time colons).
_RAW = re.compile(r"\w+(?:(?:\.?[-\u2010\u2011]|['\u2019\u02bc.,:])\w+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"})
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_NUMBER = re.compile(r"\d+(?:[.:]\d+)*")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

# Snowball English leaves "-ionary" on ("inflationary" -> "inflationari", not "inflat"). Rewriting
# the ending to "-ion" before stemming joins the adjective to its noun: inflationary/inflation,
# revolutionary/revolution, missionary/mission, reactionary/reaction.
_SUFFIX_REWRITES = (("ionary", "ion"), ("ionaries", "ion"))

# Distinct raw words in a large corpus number in the hundreds of thousands; caching them all
# costs tens of MB and makes re-tokenising a known word a single dict look-up.
_MAX_CACHE = 2_000_000

_stemmer = Stemmer.Stemmer("english")
_cache: dict[str, tuple[str, ...]] = {}


def tokenize(text: str) -> list[str]:
    """Split text into search terms.

    Args:
        text: a sentence, a question, any text.

    Returns:
        The terms in order of appearance, repeats kept (BM25 counts them).
    """
    out: list[str] = []
    cache = _cache
    for raw in _RAW.findall(text):
        terms = cache.get(raw)
        if terms is None:
            terms = _analyse(raw)
            if len(cache) < _MAX_CACHE:
                cache[raw] = terms
        out.extend(terms)
    return out


def _analyse(raw: str) -> tuple[str, ...]:
    word = raw.casefold().translate(_APOSTROPHES)
    if word[0].isdigit() and _THOUSANDS.fullmatch(word):
        return (word.replace(",", ""),)
    terms: list[str] = []
    for part in re.split(r"[,:]", word) if not _NUMBER.fullmatch(word) else (word,):
        terms.extend(_analyse_part(part))
    return tuple(terms)


def _analyse_part(part: str) -> list[str]:
    if not part:
        return []
    if _NUMBER.fullmatch(part):
        return [part]
    pieces: list[str] = []
    for piece in part.split("-"):
        piece = _strip_apostrophes(piece).rstrip(".")
        if _NUMBER.fullmatch(piece) or _INITIALISM.fullmatch(piece):
            pieces.append(piece.replace(".", "") if not piece[0].isdigit() else piece)
        else:
            pieces.extend(p for p in piece.split(".") if p)
    terms = [_stem(p) for p in pieces]
    if len(pieces) > 1 and "-" in part:
        terms.append(_stem("".join(pieces)))
    return terms


def _strip_apostrophes(piece: str) -> str:
    if piece.endswith("'s"):
        piece = piece[:-2]
    return piece.replace("'", "")


def _stem(word: str) -> str:
    if not word or word[0].isdigit() and word.isdigit():
        return word
    for ending, replacement in _SUFFIX_REWRITES:
        if word.endswith(ending):
            word = word[: -len(ending)] + replacement
            break
    return _stemmer.stemWord(word)
