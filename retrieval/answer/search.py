"""Ranks the sentences that answer a question's terms: a literal pass, then labelled later passes.

The literal pass is BM25 over the question's own terms, scores exactly rank-bm25's, kept when
enough of what was asked is in the sentence (``matching.TermWeights``). When it finds fewer
sentences than the answer shows, related words (``related``) are tried: a sentence may hold a
stand-in instead of an asked word ("casualties" for "deaths"). Those sentences come after the
literal ones, their BM25 scores weighed down by ``RELATED_WEIGHT``, and each hit records which
words stood in, so the answer can say so.
When one speaker's quotes give too little, the passage pass (``passage``) takes those beside a
sentence that matches ("what did Kerry say about the Iran talks?": his quote in the paragraph
about them).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from retrieval.answer.generic import beyond_generic, generic_terms
from retrieval.answer.matching import MAX_UNKNOWN_SHARE, MIN_TOPIC_COVERAGE, RAREST_HELD_UNKNOWN_WEIGHT, UNKNOWN_WEIGHT, TermWeights, joined_compounds, plain_idf
from retrieval.answer.negated import says_no
from retrieval.answer.passage import passage_ranked
from retrieval.answer.related import TermGroup, phrase_frequency, phrase_in, related_terms, term_groups
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize

__all__ = ["Ranked", "TwoPasses", "CLASS_CREDIT", "RELATED_WEIGHT", "StandIn", "says_no"]

# Second-pass scores are scaled by this: a sentence using a related word answers less surely
# than one using the asked word, and must never outrank it.
RELATED_WEIGHT = 0.5
# The second pass runs when the literal one found fewer sentences than this (or than the answer
# shows): a question its own words answer three or more times was asked in the articles' words.
SECOND_PASS_BELOW = 3
# A class word of a question's word (its WordNet hypernym, ``related.class_terms``: "restrict" for
# "block") carries this share of the word's weight: beside the question's other words it may
# answer, alone it never does (as full stand-ins classes gave unanswerable questions quotes).
CLASS_CREDIT = 0.5
# How many ranked sentences to look at per answer shown: the match rule drops some of them.
CANDIDATES_PER_ANSWER = 10
MIN_CANDIDATES = 50

# (term found in the sentence, question term it stands for); (term, term): a question term only a
# neighbouring sentence holds (the passage pass, ``passage``).
StandIn = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Ranked:
    """Matching sentences, best first, with the stand-ins each one needed (empty: literal)."""

    indices: np.ndarray
    scores: np.ndarray
    stand_ins: tuple[tuple[StandIn, ...], ...]

    def __len__(self) -> int:
        return len(self.indices)

    def head(self, n: int) -> Ranked:
        return Ranked(self.indices[:n], self.scores[:n], self.stand_ins[:n])

    def where(self, keep: np.ndarray) -> Ranked:
        return Ranked(self.indices[keep], self.scores[keep], tuple(s for s, k in zip(self.stand_ins, np.asarray(keep).tolist()) if k))


def _whole_phrases(present: np.ndarray, columns: list[str], terms: list[str]) -> None:
    """A phrase with related words of its own ("strike back") is matched whole or not at all: a
    sentence with "strikes" alone holds neither word of it. Changes ``present`` in place."""
    at = {t: c for c, t in enumerate(columns)}
    none = np.zeros(len(present), bool)
    for first, second in zip(terms, terms[1:]):
        if (first in at or second in at) and related_terms(f"{first}_{second}"):
            both = (present[:, at[first]] if first in at else none) & (present[:, at[second]] if second in at else none)
            for word in (first, second):
                if word in at:
                    present[:, at[word]] = both


_EMPTY = Ranked(np.empty(0, np.int64), np.empty(0), ())


def _joined(first: Ranked, then: Ranked) -> Ranked:
    return Ranked(np.concatenate([first.indices, then.indices]), np.concatenate([first.scores, then.scores]), first.stand_ins + then.stand_ins)


class TwoPasses:
    """The two passes over one library."""

    def __init__(self, library: Searcher) -> None:
        self.library = library

    @functools.cached_property
    def _starts(self) -> np.ndarray:
        """Each document's first sentence: which sentences stand in the same article."""
        return np.array([d.first_sentence for d in self.library.documents], np.int64)

    def ranked(
        self,
        terms: Sequence[str],
        candidates: np.ndarray | None,
        want: int,
        min_coverage: float = MIN_TOPIC_COVERAGE,
        negated: bool = False,
        related: bool = True,
        soft: Sequence[str] = (),
        one_voice: bool = False,
        required: Sequence[str] = (),
        shares: Mapping[str, float] | None = None,
        window: bool = False,
    ) -> Ranked:
        """Sentences holding enough of ``terms`` (or of their stand-ins), best first.

        Args:
            terms: the question's index terms.
            candidates: sentence indices the hits must come from, or None for all.
            want: how many answers will be shown; the second pass runs when fewer are found.
            min_coverage: share of the question's term weight a sentence must hold.
            negated: the question asks about something that did not happen ("no deaths"):
                only sentences that say no, not, none ... can answer it.
            related: whether the second pass may run.
            soft: terms that weigh nothing when the corpus lacks them (see ``TermWeights``).
            one_voice: ``candidates`` are the quotes of the speaker (or speakers) asked about;
                the passage pass (``passage``) then fills the answer. Over everyone's quotes it
                runs only when nothing else answers, and a quote must hold a word of the
                question itself: beside a matching sentence stand also the interviewer's
                question and the rival it is about. Over all sentences it never runs.
            required: a sentence of the first two passes must hold one of these (a claim's verb
                or its relatives, ``claims``) before it counts as found.
            shares: the part of its weight each word of a name carries (``matching.name_shares``).
            window: the passage pass reads a quote's neighbours together (``passage``): one
                speaker asked about by name, whose quote the paragraph around it is about.
        """
        shares = shares or {}
        generic = generic_terms(terms)  # "give", "want": weighed as the question's verb
        joins = joined_compounds(terms, self.library.document_frequency)  # "mailin" of "mail-in", lacking
        soft = list(dict.fromkeys([*soft, *generic, *joins]))
        k = max(want * CANDIDATES_PER_ANSWER, MIN_CANDIDATES)
        literal = self._holding(self._literal(list(terms), candidates, k, min_coverage, negated, soft, shares, generic), required)
        if not related or not terms:
            return literal
        found = literal
        if len(literal) < min(want, SECOND_PASS_BELOW):
            found = self._holding(self._with_related(literal, terms, candidates, k, min_coverage, negated, soft, shares), required)
        if len(found) >= want or negated or min_coverage <= 0.0:
            return found
        if not one_voice and (candidates is None or len(found)):
            return found  # over everyone's quotes, only when nothing else answers; never over all sentences
        lib = self.library
        weights = TermWeights(list(terms), [lib.document_frequency(t) for t in terms], len(lib), soft, shares)
        if not weights.answerable:
            return found
        passage = Ranked(*passage_ranked(lib, self._starts, weights, candidates, min_coverage, found.indices, own_word=not one_voice, window=window))
        return _joined(found, passage if one_voice else self._holding(passage, required))

    @functools.cached_property
    def _name_terms(self) -> dict[int, frozenset[str]]:
        return {}  # a speaker's name as index terms, filled as speakers are met (no pass over all)

    def _named_speaker(self, indices: np.ndarray, terms: list[str]) -> np.ndarray:
        """Which of ``terms`` name each sentence's own speaker: "what did Marsh want to call her
        book?" is answered by her "I wanted to call it ...", which never says "Marsh"."""
        ids = np.asarray(self.library.speaker_ids)[indices] if len(indices) else np.empty(0, np.int64)
        names = self._name_terms
        for i in [i for i in set(ids.tolist()) if i not in names]:  # another thread may add one too: the same value
            names[i] = frozenset(tokenize(self.library.speakers[i].name)) if i >= 0 else frozenset()
        return np.array([[t in names[i] for t in terms] for i in ids.tolist()], bool).reshape(len(ids), len(terms))

    def _holding(self, ranked: Ranked, required: Sequence[str]) -> Ranked:
        if not required or not len(ranked):
            return ranked
        columns = list(dict.fromkeys(p for t in required for p in t.split("_")))
        present, at = self.library.contains(ranked.indices, columns), {t: c for c, t in enumerate(columns)}
        return ranked.where(np.any([self._holds(ranked.indices, present, at, t) for t in required], axis=0))

    def _with_related(
        self,
        literal: Ranked,
        terms: Sequence[str],
        candidates: np.ndarray | None,
        k: int,
        min_coverage: float,
        negated: bool,
        soft: Sequence[str],
        shares: Mapping[str, float],
    ) -> Ranked:
        """The literal matches, then those of the related-words pass."""
        lib_df = self.library.document_frequency
        groups = term_groups(list(terms), lib_df)
        if not any(g.stand_ins or g.classes for g in groups):
            return literal
        groups = [g for g in groups if g.stand_ins or g.classes or any(lib_df(t) > 0 for t in g.asked) or not set(g.asked) <= set(soft)]
        second = self._second(groups, candidates, k, min_coverage, negated, frozenset(soft), shares)
        return _joined(literal, second.where(~np.isin(second.indices, literal.indices)))

    def _literal(
        self, terms: list[str], candidates: np.ndarray | None, k: int, min_coverage: float, negated: bool, soft: Sequence[str], shares: Mapping[str, float], generic: Sequence[str] = ()
    ) -> Ranked:
        lib = self.library
        weights = TermWeights(terms, [lib.document_frequency(t) for t in terms], len(lib), soft, shares)
        if not weights.answerable:
            return _EMPTY
        hits = lib.search(weights.known, k, candidates)
        ranked = Ranked(hits.indices, hits.scores, ((),) * len(hits.indices))
        if min_coverage > 0.0:  # every coverage is at least 0: no sentence is left out otherwise
            present = lib.contains(hits.indices, weights.known) | self._named_speaker(hits.indices, weights.known)
            _whole_phrases(present, weights.known, terms)
            ranked = ranked.where((weights.coverages(present) >= min_coverage) & beyond_generic(present, weights.known, generic))
        return self._negations(ranked, weights.known) if negated else ranked

    def _second(
        self,
        groups: list[TermGroup],
        candidates: np.ndarray | None,
        k: int,
        min_coverage: float,
        negated: bool,
        soft: frozenset[str] = frozenset(),
        shares: Mapping[str, float] | None = None,
    ) -> Ranked:
        lib = self.library
        n = len(lib)
        known = [g for g in groups if g.stand_ins or g.classes or all(lib.document_frequency(t) > 0 for t in g.asked)]
        if not known or (len(groups) - len(known)) / len(groups) > MAX_UNKNOWN_SHARE:
            return _EMPTY
        columns = list(dict.fromkeys(p for g in known for t in (*g.asked, *g.stand_ins, *g.classes) for p in t.split("_") if lib.document_frequency(p) > 0))
        hits = lib.search(columns, k, candidates)
        present = lib.contains(hits.indices, columns)
        at = {t: c for c, t in enumerate(columns)}
        held = np.zeros(len(hits.indices))
        # Words neither the corpus nor a stand-in covers weigh as in the literal pass.
        share = shares or {}
        unknown = sum(plain_idf(0, n) * sum(share.get(t, 1.0) for t in g.asked) for g in groups if g not in known and not set(g.asked) <= soft)
        total = unknown * UNKNOWN_WEIGHT
        found: list[list[StandIn]] = [[] for _ in hits.indices]
        # A word the corpus lacks is found only through its stand-ins; when the question has two
        # or more such words, a sentence standing in for one and not the other answers neither:
        # "stabbed" for "knife" with nothing for "found" is no answer to "who said a knife was found?".
        lacking = [g for g in known if not any(lib.document_frequency(t) for t in g.asked)]
        whole = np.ones(len(hits.indices), bool)
        # The question's most specific group (weighed as below, by its most common word) must be
        # held too, or stood in for: "delivers" for "deliveries" in a sentence without "drone"
        # answers nothing about drone deliveries.
        specific = min((g for g in known if not set(g.asked) <= soft), key=lambda g: (self._group_df(g), g.asked), default=None)
        for g in known:
            df = self._group_df(g)
            idf = plain_idf(df, n) * share.get(g.asked[0], 1.0)  # the group's most common word: the weakest claim
            total += idf
            covered, partly = self._covered(g, hits.indices, present, at, found)
            held += np.where(covered, idf, np.where(partly, CLASS_CREDIT * idf, 0.0))
            if (len(lacking) > 1 and g in lacking) or g is specific:
                whole &= covered
        # In a sentence holding the rarest asked word the corpus has, lacking words weigh less (``TermWeights``).
        asked = [t for g in known for t in g.asked if lib.document_frequency(t) > 0 and t not in soft]
        rarest = present[:, at[min(asked, key=lambda t: (lib.document_frequency(t), t))]] if asked else np.zeros(len(hits.indices), bool)
        totals = np.where(rarest, total - unknown * (UNKNOWN_WEIGHT - RAREST_HELD_UNKNOWN_WEIGHT), total)
        keep = (held / totals >= min_coverage) & whole & np.array([bool(f) for f in found], bool) if total else np.zeros(0, bool)
        ranked = Ranked(hits.indices, hits.scores * RELATED_WEIGHT, tuple(tuple(f) for f in found)).where(keep)
        return self._negations(ranked, columns) if negated else ranked

    def _covered(self, g: TermGroup, indices: np.ndarray, present: np.ndarray, at: dict[str, int], found: list[list[StandIn]]) -> tuple[np.ndarray, np.ndarray]:
        """Which sentences hold a group's words or a stand-in (covered), and which only a class word
        of it (partly); each stand-in or class word used is added to ``found``."""
        covered = np.all([present[:, at[t]] if t in at else np.zeros(len(indices), bool) for t in g.asked], axis=0)
        partly = np.zeros(len(indices), bool)
        for t, into in [*((t, covered) for t in g.stand_ins), *((t, partly) for t in g.classes)]:
            use = self._holds(indices, present, at, t) & ~covered & ~partly
            for j in np.flatnonzero(use):
                found[j].append((t, " ".join(g.asked)))
            into |= use
        return covered, partly

    def _group_df(self, group: TermGroup) -> int:
        return max(phrase_frequency(t, self.library.document_frequency) for t in (*group.asked, *group.stand_ins, *group.classes))

    def _holds(self, indices: np.ndarray, present: np.ndarray, at: dict[str, int], term: str) -> np.ndarray:
        """Which sentences hold a stand-in: a phrase ("step_down") only with its words in a row."""
        if "_" not in term:
            return present[:, at[term]]
        held = np.all([present[:, at[p]] for p in term.split("_")], axis=0)
        for j in np.flatnonzero(held):
            held[j] = phrase_in(self.library.text(int(indices[j])), term)
        return held

    def _negations(self, ranked: Ranked, terms: Sequence[str]) -> Ranked:
        keep = np.array([says_no(self.library.text(int(i)), terms) for i in ranked.indices], bool)
        return ranked.where(keep) if len(keep) else ranked
