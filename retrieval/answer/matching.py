"""Decides which sentences answer a question: query terms, the match rule, and speaker lookup.

BM25 ranks, but a rank is not an answer: a sentence sharing one common word with the question
would still score above zero. ``relevant`` keeps only sentences that hold enough of what was asked.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from typing import Collection, Sequence

import numpy as np

from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["query_terms", "subject_terms", "TermWeights", "SpeakerMatcher", "MIN_TOPIC_COVERAGE", "MIN_SHARED_START", "UNKNOWN_WEIGHT"]

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

    def __init__(self, terms: Sequence[str], frequencies: Sequence[int], sentences: int, soft: Collection[str] = ()) -> None:
        """``soft`` terms (a question's own verb) add to a sentence's share when it holds them
        but are not required: "who **called** the plan a gimmick?" is answered by "“It's a
        gimmick,” he said", and "who **threatened** a veto?" by "he would veto"."""
        self.terms = [t for t, df in zip(terms, frequencies) if df > 0 or t not in soft]
        self._soft = frozenset(soft) if any(t not in soft for t in self.terms) else frozenset()
        self._n = sentences
        # Plain, always-positive IDF (Lucene's): rank-bm25's can be negative on tiny corpora,
        # which would make a share of weight meaningless.
        self._idf = {t: math.log(1 + (sentences - df + 0.5) / (df + 0.5)) for t, df in zip(terms, frequencies)}
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
        total = self._total_rarest if self.rarest in sentence_terms else self._total
        return held / total if total else 0.0

    @property
    def _total(self) -> float:
        # Words the corpus lacks count too, at their (high) weight: they are the question's most
        # specific words, and a sentence sharing only the rest ("rebels" of "the rebels had
        # surrendered") is no answer.
        return self._weighed(UNKNOWN_WEIGHT)

    @property
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
            in the same order, and adding 0.0 for an absent term changes no float.
        """
        total = self._total
        held = np.zeros(len(present))
        for c, t in enumerate(self.known):
            held += np.where(present[:, c], self._idf[t], 0.0)
        if not total:
            return np.zeros(len(present))
        if self.rarest is None or self._total_rarest == total:
            return held / total
        rarest = present[:, self.known.index(self.rarest)]
        return held / np.where(rarest, self._total_rarest, total)


class SpeakerMatcher:
    """Finds the speakers a question names, by full name, surname, role or organisation.

    A speaker matches when every word the question uses to name them appears in the speaker's
    name or one of their descriptions ("the Pentagon spokesman" -> Jonathan Hoffman, described
    as "Pentagon spokesman"). Titles are tried with and without ("President Trump" still finds
    "Donald Trump" when no description says "President").
    """

    def __init__(self, names: Sequence[str], descriptions: Sequence[Sequence[str]]) -> None:
        self._by_word: dict[str, list[int]] = {}
        self._by_stem: dict[str, set[int]] = {}
        self._by_name: dict[str, set[int]] = {}  # words of the names alone, stems included
        self._by_initials: dict[str, list[int]] = {}
        self._bodies: set[int] = set()  # speakers whose name is an organisation or a group
        for i, (name, descs) in enumerate(zip(names, descriptions)):
            vocabulary, stems, named, body, initials = _speaker_keys(name, tuple(descs))
            for word in vocabulary:
                self._by_word.setdefault(word, []).append(i)
            for stem in stems:
                self._by_stem.setdefault(stem, set()).add(i)
            for word in named:
                self._by_name.setdefault(word, set()).add(i)
            if body:
                self._bodies.add(i)
            if len(initials) >= 2:
                self._by_initials.setdefault(initials, []).append(i)

    def find(self, subject: str) -> list[int]:
        """Indices of the speakers ``subject`` names, in speaker order; empty when none.

        Tried strictest first: the words as asked, then with a word allowed to be the start of
        the speaker's word or the other way round ("Iran's foreign minister" -> "Iranian Foreign
        Minister"), then both again without titles.
        """
        # "the WHO", "BW": an acronym of a speaker's name, as articles introduce them.
        acronyms = [w for w in _WORD.findall(subject) if len(w) >= 2 and w.isupper() and w.isalpha()]
        by_acronym = sorted({i for a in acronyms for i in self._by_initials.get(a, ())})
        if by_acronym:
            return by_acronym
        asked = [w for w in _name_words(subject) if w not in _ARTICLES]
        for loose in (False, True):
            found = self._find(asked, loose)
            if found:
                return found
        # Without the titles ("President Trump" -> Donald Trump), the rest must name a person
        # by name: "the Valdorian president" is not the Valdorian Foreign Ministry.
        titles = words("title_words.txt")
        untitled = [w for w in asked if w not in titles]
        if untitled == asked:
            return []
        for loose in (False, True):
            found = [i for i in self._find(untitled, loose) if i not in self._bodies and self._named(i, untitled)]
            if found:
                return found
        return []

    def _named(self, speaker: int, asked: list[str]) -> bool:
        return all(speaker in self._by_name.get(w, ()) or speaker in self._by_name.get(_stem(w), ()) for w in asked)

    def _find(self, asked: list[str], loose: bool) -> list[int]:
        if not asked:
            return []
        matched: set[int] | None = None
        for word in asked:
            speakers = {i for form in self._forms(word, loose) for i in self._by_word[form]} | self._by_stem.get(_stem(word), set())
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
# Names and descriptions whose words are remembered (about 100 bytes each).
_NAME_CACHE = 1 << 20


def subject_terms(subject: str) -> list[tuple[str, ...]]:
    """Index terms for each word naming a speaker, with the short forms articles use for it:
    "the state senator" -> [("state",), ("senat", "sen")], so "State Sen. Douglas Fenn" holds both."""
    shorter: dict[str, list[str]] = {}
    for asked, used in _aliases().items():
        if len(asked) == 1 and len(used) == 1:
            shorter.setdefault(used[0], []).append(asked[0])
    out = []
    for word in _name_words(subject):
        if word in _ARTICLES:
            continue
        forms = [t for w in [word, *shorter.get(word, ())] for t in tokenize(w)]
        if forms:
            out.append(tuple(dict.fromkeys(forms)))
    return out


@functools.cache
def _groups() -> frozenset[str]:
    """Words that mark a proper name as a body ("Delta Chemicals", "Harbour Foods"): such a
    speaker is never the person a title-less question names."""
    groups = {line.split()[0] for line in lines("speaker_groups.tsv")}
    return frozenset(groups | {w for line in lines("organisation_names.tsv") for w in line.split("\t", 1)[-1].split()})


@functools.lru_cache(maxsize=_NAME_CACHE)
def _speaker_keys(name: str, descriptions: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], bool, str]:
    """What ``SpeakerMatcher`` files one speaker under: the words of their name and descriptions,
    those words' stems, the name's words and stems, whether the name is a body's, the initials.
    Remembered: each index generation repeats nearly all of the previous one's speakers."""
    vocabulary = tuple(frozenset(_name_words(name)).union(*(_name_words(d) for d in descriptions)))
    named = frozenset(_name_words(name)) | {_stem(w) for w in _name_words(name)}
    body = any(w in _groups() or _stem(w) in _groups() for w in _name_words(name))
    return vocabulary, frozenset(_stem(w) for w in vocabulary), named, body, _initials(name)


@functools.lru_cache(maxsize=_NAME_CACHE)
def _name_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a name or description, read through ``speaker_aliases.tsv``
    (remembered: a new index generation mostly repeats the previous one's speakers)."""
    plain = [_bare(w).replace(".", "") for w in _WORD.findall(text)]
    out: list[str] = []
    i = 0
    aliases = _aliases()
    while i < len(plain):
        for n in (4, 3, 2, 1):
            key = tuple(plain[i : i + n])
            if len(key) == n and key in aliases:
                out += aliases[key]
                i += n
                break
        else:
            out.append(plain[i])
            i += 1
    return tuple(out)


@functools.cache
def _aliases() -> dict[tuple[str, ...], tuple[str, ...]]:
    table = {}
    for line in lines("speaker_aliases.tsv"):
        asked, _, used = line.partition("\t")
        table[tuple(asked.split())] = tuple(used.split())
    return table


@functools.lru_cache(maxsize=_NAME_CACHE)
def _stem(word: str) -> str:
    terms = tokenize(word)
    return terms[0] if len(terms) == 1 else word


_MINOR = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})


@functools.lru_cache(maxsize=_NAME_CACHE)
def _initials(name: str) -> str:
    """"World Health Organization" -> "WHO"; "British Widgets (BW)" -> "BW"."""
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "British Widgets (BW)": the alias kept on the name
    parts = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _MINOR]
    return "".join(w[0] for w in parts).upper() if all(w[0].isupper() for w in parts) else ""
