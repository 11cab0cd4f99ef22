"""Decides which sentences answer a question: query terms, the match rule, and speaker lookup.

BM25 ranks, but a rank is not an answer: a sentence sharing one common word with the question
would still score above zero. ``relevant`` keeps only sentences that hold enough of what was asked.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from typing import Sequence

import numpy as np

from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["query_terms", "TermWeights", "SpeakerMatcher", "MIN_TOPIC_COVERAGE", "MIN_SHARED_START"]

# A sentence must hold at least this share of the question's term weight (IDF) to answer it,
# so that a sentence sharing only the most common of several asked-for words is left out.
MIN_TOPIC_COVERAGE = 0.5
# When more than this share of the asked-for words occur nowhere in the corpus, the corpus is
# about something else: "the stock market in Tokyo" must not be answered with sentences on Tokyo.
MAX_UNKNOWN_SHARE = 0.5

# "Iran" may name the speaker described as "Iranian ...", once the exact words found nobody; a
# stem shorter than this ("Ira") would match too much.
MIN_SHARED_START = 4

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_POSSESSIVE = re.compile(r"[’']s$", re.I)


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower())


def query_terms(text: str | None) -> list[str]:
    """Index terms for the content words of ``text``: question words and speech verbs dropped,
    duplicates removed, order kept."""
    if not text:
        return []
    stop = words("query_stopwords.txt")
    kept = [bare for bare in map(_bare, _WORD.findall(text)) if bare not in stop]
    return list(dict.fromkeys(tokenize(" ".join(kept))))


class TermWeights:
    """IDF weights of one question's terms in one corpus, and the match rule built on them."""

    def __init__(self, terms: Sequence[str], frequencies: Sequence[int], sentences: int) -> None:
        self.terms = list(terms)
        self._n = sentences
        # Plain, always-positive IDF (Lucene's): rank-bm25's can be negative on tiny corpora,
        # which would make a share of weight meaningless.
        self._idf = {t: math.log(1 + (sentences - df + 0.5) / (df + 0.5)) for t, df in zip(terms, frequencies)}
        self.known = [t for t, df in zip(terms, frequencies) if df > 0]

    @property
    def answerable(self) -> bool:
        """False when the corpus lacks most of what was asked about."""
        if not self.known:
            return False
        return (len(self.terms) - len(self.known)) / len(self.terms) <= MAX_UNKNOWN_SHARE

    def coverage(self, sentence_terms: set[str]) -> float:
        total = sum(self._idf[t] for t in self.known)
        held = sum(self._idf[t] for t in self.known if t in sentence_terms)
        return held / total if total else 0.0

    def coverages(self, present: np.ndarray) -> np.ndarray:
        """``coverage`` of many sentences at once, from which of ``known`` each holds.

        Args:
            present: bool [sentences, len(known)], as ``Library.contains(indices, known)`` gives.

        Returns:
            float per sentence, equal to ``coverage`` of the sentence's terms: weights are summed
            in the same order, and adding 0.0 for an absent term changes no float.
        """
        total = sum(self._idf[t] for t in self.known)
        held = np.zeros(len(present))
        for c, t in enumerate(self.known):
            held += np.where(present[:, c], self._idf[t], 0.0)
        return held / total if total else np.zeros(len(present))


# Names and descriptions whose words are remembered: a new index generation mostly repeats the
# previous one's speakers, so its matcher is built from look-ups (about 100 bytes a name).
_NAME_CACHE = 1 << 20


class SpeakerMatcher:
    """Finds the speakers a question names, by full name, surname, role or organisation.

    A speaker matches when every word the question uses to name them appears in the speaker's
    name or one of their descriptions ("the Pentagon spokesman" -> Jonathan Hoffman, described
    as "Pentagon spokesman"). Titles are tried with and without ("President Trump" still finds
    "Donald Trump" when no description says "President").
    """

    def __init__(self, names: Sequence[str], descriptions: Sequence[Sequence[str]]) -> None:
        self._words: list[frozenset[str]] = []
        self._by_word: dict[str, list[int]] = {}
        for i, (name, descs) in enumerate(zip(names, descriptions)):
            vocabulary = frozenset(_name_words(name)).union(*(_name_words(d) for d in descs))
            self._words.append(vocabulary)
            for word in vocabulary:
                self._by_word.setdefault(word, []).append(i)

    def find(self, subject: str) -> list[int]:
        """Indices of the speakers ``subject`` names, in speaker order; empty when none.

        Tried strictest first: the words as asked, then with a word allowed to be the start of
        the speaker's word or the other way round ("Iran's foreign minister" -> "Iranian Foreign
        Minister"), then both again without titles.
        """
        asked = [w for w in _name_words(subject) if w not in _ARTICLES]
        titles = words("title_words.txt")
        untitled = [w for w in asked if w not in titles]
        for attempt, loose in ((asked, False), (asked, True), (untitled, False), (untitled, True)):
            found = self._find(attempt, loose)
            if found:
                return found
        return []

    def _find(self, asked: list[str], loose: bool) -> list[int]:
        if not asked:
            return []
        matched: set[int] | None = None
        for word in asked:
            speakers = {i for form in self._forms(word, loose) for i in self._by_word[form]}
            matched = speakers if matched is None else matched & speakers
            if not matched:
                return []
        return sorted(matched or ())

    def _forms(self, word: str, loose: bool) -> list[str]:
        """Speaker words that ``word`` stands for: itself, or when ``loose`` also the same word
        with or without a demonym ending ("Iran" / "Iranian"), the shorter having at least
        ``MIN_SHARED_START`` letters ("Trump" is no form of "Trumpet")."""
        forms = [word] if word in self._by_word else []
        if not loose or len(word) < MIN_SHARED_START:
            return forms
        endings = words("demonym_suffixes.txt")
        forms += [word[:n] for n in range(MIN_SHARED_START, len(word)) if word[:n] in self._by_word and word[n:] in endings]
        at = bisect.bisect_right(self._sorted_words, word)
        while at < len(self._sorted_words) and self._sorted_words[at].startswith(word):
            if self._sorted_words[at][len(word) :] in endings:
                forms.append(self._sorted_words[at])
            at += 1
        return forms

    @functools.cached_property
    def _sorted_words(self) -> list[str]:
        return sorted(self._by_word)


_ARTICLES = frozenset({"the", "a", "an"})


@functools.lru_cache(maxsize=_NAME_CACHE)
def _name_words(text: str) -> tuple[str, ...]:
    return tuple(_bare(w).replace(".", "") for w in _WORD.findall(text))
