"""Decides which sentences answer a question: query terms and the match rule (speakers: ``speakers``).

BM25 ranks, but a rank is not an answer: a sentence sharing one common word with the question
would still score above zero. ``relevant`` keeps only sentences that hold enough of what was asked.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Callable, Collection, Mapping, Sequence

import numpy as np

from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["joined_compounds", "query_terms", "name_shares", "plain_idf", "bare", "WORD", "TermWeights", "MIN_TOPIC_COVERAGE", "RAREST_HELD_MISSING_WEIGHT", "UNKNOWN_WEIGHT"]

# A sentence must hold at least this share of the question's term weight (IDF) to answer it,
# so that a sentence sharing only the most common of several asked-for words is left out.
MIN_TOPIC_COVERAGE = 0.5
# When more than this share of the asked-for words occur nowhere in the corpus, the corpus is
# about something else: "the stock market in Tokyo" must not be answered with sentences on Tokyo.
MAX_UNKNOWN_SHARE = 0.5

# A question word the corpus lacks weighs this share of its IDF in the coverage total: it is often
# the question's most specific word ("the rebels had **surrendered**"), so a sentence sharing only
# the rest is no answer. It is as often a paraphrase no related word covers ("choppy" for
# "rough"): on the question yardstick 1.0 refuses six more unanswerable questions than 0.0 and
# loses eleven answerable ones (``python3 -m evals.questions evals/questions evals/news``); false
# answers cost more than missed ones.
UNKNOWN_WEIGHT = 1.0
# ...but in a sentence holding the question's rarest word the corpus has (its most specific
# matched word), a lacking word is more likely a paraphrase than the point of the question.
RAREST_HELD_UNKNOWN_WEIGHT = 0.7
# ...and a word the corpus has but the sentence lacks weighs this share there, when the sentence
# holds another of the question's words too (the rarest alone weighs as before): beside the
# question's most specific word, a missed common word is more often said otherwise ("paid for"
# as "funded", "flocks" as "sheep") than the point of the question. Over the eleven question sets
# (``python3 -m evals.questions SET``) 0.5 answers 10 more, loses 1 and gives no no-answer
# question a quote; without the other word held it answered 13 more and lost 2 ("irresponsibly"
# alone answering "who called injecting disinfectant irresponsible?"); 0.7 answered 7 more and
# lost 1; 0.3 (read in the literal pass alone) gives a no-answer question a quote.
RAREST_HELD_MISSING_WEIGHT = 0.5

WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_POSSESSIVE = re.compile(r"[’']s$", re.I)
# A pronoun's clitic ("he'd", "they'll", "I've", "we're", "I'm"): the word is the pronoun, glue.
_CLITIC = re.compile(r"[’'](?:d|ll|ve|re|m)$", re.I)


def bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower())


def query_terms(text: str | None) -> list[str]:
    """Index terms for the content words of ``text``: question words and speech verbs dropped,
    duplicates removed, order kept."""
    if not text:
        return []
    stop = words("query_stopwords.txt")
    found = _without_negation_phrases([bare(w) for w in WORD.findall(text)])
    kept = [w for w in found if w not in stop and _CLITIC.sub("", w) not in stop]
    return list(dict.fromkeys(tokenize(" ".join(kept))))


@functools.cache
def _negation_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.lower().split()) for line in lines("negation_phrases.txt"))


def _without_negation_phrases(found: list[str]) -> list[str]:
    """``found`` without the words of "no longer" and "anymore" (``negation_phrases.txt``): the
    question's negation, which its "no" still says (``negated``), and no word of its topic."""
    out = list(found)
    for phrase in _negation_phrases():
        n = len(phrase)
        for i in range(len(found) - n + 1):
            if tuple(found[i : i + n]) == phrase:
                out[i : i + n] = [w if w in words("negation_words.txt") else "" for w in out[i : i + n]]
    return [w for w in out if w]


def joined_compounds(terms: Sequence[str], frequency: Callable[[str], int]) -> list[str]:
    """The joined form of a hyphenated compound (``tokenize`` gives "mail", "in", "mailin" for
    "mail-in") when the articles lack it: the question asked for its parts, which they may hold
    written apart ("mailed a ballot"), so the joined form is no word the articles lack and must
    not weigh as one. A join is a term that begins with the term two or three before it and ends
    with the one just before ("criminalrecord" after "crimin", "record")."""
    out = []
    for i, term in enumerate(terms):
        if i < 2 or frequency(term) > 0:
            continue
        last = terms[i - 1]
        if any(term.startswith(terms[i - k]) and term.endswith(last) and len(term) >= len(terms[i - k]) + len(last) for k in (2, 3) if i >= k):
            out.append(term)
    return out


def plain_idf(df: int, sentences: int) -> float:
    """Plain, always-positive IDF (Lucene's) of a term in ``df`` of ``sentences`` sentences:
    rank-bm25's can be negative on tiny corpora, which would make a share of weight meaningless."""
    return math.log(1 + (sentences - df + 0.5) / (df + 0.5))


# Two or more capitalised words in a row name one thing ("Los Angeles", "Marco Rubio").
_NAME_RUN = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+")


def name_shares(text: str | None, frequency: Callable[[str], int], sentences: int) -> dict[str, float]:
    """Each term of a name of several words in ``text``, with the share of its weight it keeps:
    a name is one thing asked, weighing as its most specific word, so "who said Los Angeles
    overreacted?" is not answered by a sentence holding "Los Angeles" alone, which would hold two
    of its three words."""
    shares: dict[str, float] = {}
    for run in _NAME_RUN.finditer(text or ""):
        terms = query_terms(run.group())
        if len(terms) < 2:
            continue
        idf = [plain_idf(df, sentences) for df in map(frequency, terms)]
        for t in terms:
            shares[t] = min(shares.get(t, 1.0), max(idf) / sum(idf))
    return shares


class TermWeights:
    """IDF weights of one question's terms in one corpus, and the match rule built on them."""

    def __init__(
        self, terms: Sequence[str], frequencies: Sequence[int], sentences: int, soft: Collection[str] = (), shares: Mapping[str, float] | None = None
    ) -> None:
        """``soft`` terms (a question's own verb) add to a sentence's share when it holds them
        but are not required: "who **called** the plan a gimmick?" is answered by "“It's a
        gimmick,” he said", and "who **threatened** a veto?" by "he would veto". ``shares``: the
        part of its weight each word of a name carries (``name_shares``)."""
        self.terms = [t for t, df in zip(terms, frequencies) if df > 0 or t not in soft]
        self._soft = frozenset(soft) if any(t not in soft for t in self.terms) else frozenset()
        self._n = sentences
        share = shares or {}
        self._idf = {t: plain_idf(df, sentences) * share.get(t, 1.0) for t, df in zip(terms, frequencies)}
        self.known = [t for t, df in zip(terms, frequencies) if df > 0]
        self._known_set = frozenset(self.known)
        held = [(df, t) for t, df in zip(terms, frequencies) if df > 0 and t not in self._soft]
        self.rarest = min(held)[1] if held else None  # the most specific word the corpus has

    @property
    def answerable(self) -> bool:
        """False when the corpus lacks most of what was asked about."""
        if not self.known:
            return False
        return (len(self.terms) - len(self.known)) / len(self.terms) <= MAX_UNKNOWN_SHARE

    def coverage(self, sentence_terms: set[str]) -> float:
        held = sum(self._idf[t] for t in self.known if t in sentence_terms)
        if self.rarest not in sentence_terms:
            return held / self._total if self._total else 0.0
        beside = any(t in sentence_terms for t in self._required if t != self.rarest)  # the rarest alone: whole weights
        missing = sum(self._idf[t] for t in self._required if t not in sentence_terms) if beside else 0.0
        total = self._total_rarest - (1.0 - RAREST_HELD_MISSING_WEIGHT) * missing
        return held / total if total else 0.0

    @functools.cached_property
    def _required(self) -> list[str]:
        return [t for t in self.known if t not in self._soft]

    @functools.cached_property  # the terms never change: summed once, the same float each time
    def _total(self) -> float:
        # Words the corpus lacks count too, at their (high) weight: they are the question's most
        # specific words, and a sentence sharing only the rest ("rebels" of "the rebels had
        # surrendered") is no answer.
        return self._weighed(UNKNOWN_WEIGHT)

    @functools.cached_property
    def _total_rarest(self) -> float:
        return self._weighed(RAREST_HELD_UNKNOWN_WEIGHT)

    def _weighed(self, unknown: float) -> float:
        return sum(self._idf[t] * (1.0 if t in self._known_set else unknown) for t in self.terms if t not in self._soft)

    def coverages(self, present: np.ndarray) -> np.ndarray:
        """``coverage`` of many sentences at once, from which of ``known`` each holds.

        Args:
            present: bool [sentences, len(known)], as ``Library.contains(indices, known)`` gives.

        Returns:
            float per sentence, equal to ``coverage`` of the sentence's terms: weights are summed
            in the same order, and adding 0.0 for an absent term changes no float. In a sentence
            holding ``rarest``, the known words it lacks weigh ``RAREST_HELD_MISSING_WEIGHT``.
        """
        total = self._total
        held = np.zeros(len(present))
        for c, t in enumerate(self.known):
            held += np.where(present[:, c], self._idf[t], 0.0)
        if not total:
            return np.zeros(len(present))
        if self.rarest is None:
            return held / total
        missing, beside = np.zeros(len(present)), np.zeros(len(present), bool)
        for c, t in enumerate(self.known):
            if t not in self._soft:
                missing += np.where(present[:, c], 0.0, self._idf[t])
                beside |= present[:, c] if t != self.rarest else False
        missing = np.where(beside, missing, 0.0)
        rarest = present[:, self.known.index(self.rarest)]
        return held / np.where(rarest, self._total_rarest - (1.0 - RAREST_HELD_MISSING_WEIGHT) * missing, total)
