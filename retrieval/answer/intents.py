"""Answers each kind of question over one library: who said, what did X say, how many, aggregates.

Every handler takes the parsed question and the sentences it may quote (``within``: the articles
of the period asked about, or all), and returns an ``Answer``. When nothing fits, the message says
what was searched, and whether the words are in the articles at all.
"""

from __future__ import annotations

import functools

import numpy as np

from retrieval.answer.aggregates import beside_topic, given_names, merge_same_person, named_by, ranked_tallies, tallies, topic_articles
from retrieval.answer.beside import with_own_words
from retrieval.answer.claims import claim_terms, unheld_claim, unheld_name
from retrieval.answer.counted import by_relative
from retrieval.answer.counting import HOW_MANY_COVERAGE, count_ask, figure_answer, searched_terms
from retrieval.answer.described import described_speakers
from retrieval.answer.highlight import highlight_terms
from retrieval.answer.matching import name_shares, query_terms
from retrieval.answer.named import NAMED_COVERAGE, named_pool, occasion_terms
from retrieval.answer.negated import negated as _negated, negated_stem as _negated_stem
from retrieval.answer.nominal import own_phrases
from retrieval.answer.speakers import SpeakerMatcher
from retrieval.answer.subjects import asked_speakers
from retrieval.answer.questions import ParsedQuestion
from retrieval.answer.quoting import quote, quotes, surface
from retrieval.answer.search import Ranked, TwoPasses
from retrieval.answer.timeline import over_time
from retrieval.index.library import Searcher
from retrieval.results import Answer, Period, TimelinePoint

__all__ = ["Answering", "TALLY_SENTENCES", "HOW_MANY_COVERAGE"]

# Matching sentences read to rank speakers in an aggregate answer.
TALLY_SENTENCES = 200
# Speakers' quotes are gathered group by group and sorted when they are fewer than this share of
# all attributed sentences; more, and one pass of a mask over them all is cheaper.
QUOTED_BY_SORT_RATIO = 8


class Answering:
    """The handlers, sharing one library, its speaker index and the two-pass search."""

    def __init__(self, library: Searcher) -> None:
        self.library = library
        self.search = TwoPasses(library)
        self.attributed = np.flatnonzero(library.speaker_ids >= 0)

    @functools.cached_property
    def speakers(self) -> SpeakerMatcher:
        """Made on first use: a new index generation swaps in without waiting for it."""
        return SpeakerMatcher([s.name for s in self.library.speakers], [s.descriptions for s in self.library.speakers])

    @functools.cached_property
    def _by_speaker(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each attributed sentence's speaker; attributed sentences grouped by speaker (ascending
        within each group); where each group starts."""
        ids = np.asarray(self.library.speaker_ids[self.attributed])
        grouped = self.attributed[np.argsort(ids, kind="stable")]
        starts = np.zeros(len(self.library.speakers) + 1, np.int64)
        np.cumsum(np.bincount(ids, minlength=len(self.library.speakers)), out=starts[1:])
        return ids, grouped, starts

    @functools.cached_property
    def _narrow(self) -> np.ndarray:  # the grouped sentences as int32 when they fit: sorted twice as fast
        return self._by_speaker[1].astype(np.int32) if len(self.library) < 2**31 else self._by_speaker[1]

    def quoted_by(self, speakers: list[int]) -> np.ndarray:
        """Sentences attributed to any of ``speakers``, in corpus order."""
        ids, grouped, starts = self._by_speaker
        if len(speakers) == 1:
            return grouped[starts[speakers[0]] : starts[speakers[0] + 1]]
        distinct = np.array(list(dict.fromkeys(speakers)), np.int64)
        sizes = starts[distinct + 1] - starts[distinct]
        if len(distinct) and int(sizes.sum()) * QUOTED_BY_SORT_RATIO < len(ids):
            # Each sentence has one speaker, so the groups are disjoint: sorting them together
            # gives the corpus order a mask of every attributed sentence gives, at a fraction of it.
            before = np.cumsum(sizes) - sizes  # where each group goes in the gathered array
            return np.sort(self._narrow[np.arange(int(sizes.sum())) + np.repeat(starts[distinct] - before, sizes)]).astype(np.int64)
        wanted = np.zeros(len(starts) - 1, bool)
        wanted[speakers] = True
        return self.attributed[wanted[ids]]

    def who_said(self, text: str, parsed: ParsedQuestion, top: int, within: np.ndarray | None, period: Period | None) -> Answer:
        terms = query_terms(parsed.topic)
        verb = query_terms(parsed.verb)
        terms = list(dict.fromkeys(verb + terms))
        pool = self.attributed if parsed.intent == "who_said" else None
        unheld = unheld_claim(parsed.topic, self.library.document_frequency)
        name = unheld_name(parsed.topic, self.library.document_frequency)
        if name is not None:
            return _answer(text, parsed, [], 0, period, f"The articles never mention “{name}”, so no quote is about it.")
        if unheld is not None:
            missing = f"The articles never use “{unheld}” or a word related to it, so no quote says that."
            return _answer(text, parsed, [], 0, period, missing)
        terms, denied = self._negative_words(terms)
        claim = sorted(claim_terms(parsed.topic))  # an answer says what the claim says happens
        negated = denied or _negated(parsed.topic)
        ranked = Ranked(np.empty(0, np.int64), np.empty(0), ())
        shares = self._shares(parsed.topic)
        # The people the question names are its object: their own quotes answer only when nobody
        # else's do ("who called Boehner weak?"; "Solberg told me I was selling panic").
        for group in self._named_last(pool, parsed.topic):
            ranked = self.search.ranked(terms, _restrict(group, within), top, negated=negated, soft=verb, required=claim, shares=shares)
            ranked = own_phrases(self.library, ranked, [t for t in terms if t not in verb], top)
            if len(ranked):
                break
        ranked = with_own_words(self.library, ranked, [t for t in terms if t not in verb], top, held=True) if pool is not None else ranked
        missing = self._nothing(terms, parsed.topic or text, "quoted" if pool is not None else "", period, text)
        return _answer(text, parsed, quotes(self.library, ranked, text, top, _marks(text, parsed)), len(ranked), period, missing)

    def what_did_say(self, text: str, parsed: ParsedQuestion, top: int, within: np.ndarray | None, period: Period | None) -> Answer:
        subject = parsed.subject or ""
        asked = asked_speakers(self.library, self.speakers, self.attributed, subject, self._role, self.quoted_by)
        if not asked:
            return _answer(text, parsed, [], 0, period, f"I found no quotes from “{subject}” in the articles{_during(period)}.")
        pool = _restrict(asked.pool(self.quoted_by), within)
        # "what did Bradford's mother say about him?": a topic of pronouns alone asks for their quotes.
        if parsed.topic and query_terms(parsed.topic):
            terms = query_terms(parsed.topic)
            terms, denied = self._negative_words(terms)
            negated = denied or _negated(parsed.topic)
            ranked = self.search.ranked(terms, pool, top, negated=negated, one_voice=True, shares=self._shares(parsed.topic), window=True)
            if not len(ranked) and len(near := named_pool(subject, parsed.topic, asked.found, self.library, self.speakers.bodies, self.quoted_by)):
                occasion = sorted(occasion_terms(parsed.topic))  # one person named (``named``)
                ranked = self.search.ranked(terms, _restrict(near, within), top, NAMED_COVERAGE, negated, related=False, required=occasion, shares=self._shares(parsed.topic))
            if parsed.intent == "timeline":
                return self._timeline(text, parsed, ranked, top, period)
            ranked = with_own_words(self.library, ranked, terms, top)
            missing = f"I found nothing {subject} said about “{parsed.topic}”{_during(period)}: I searched their {len(pool)} quotes."
            return _answer(text, parsed, quotes(self.library, ranked, text, top, _marks(text, parsed)), len(ranked), period, missing)
        if parsed.intent == "timeline":
            return self._timeline(text, parsed, Ranked(pool, np.zeros(len(pool)), ((),) * len(pool)), top, period)
        missing = f"I found no quotes from “{subject}”{_during(period)}."
        return _answer(text, parsed, [quote(self.library, int(i), marks=_marks(text, parsed)) for i in pool[:top]], len(pool), period, missing)

    def _shares(self, topic: str | None) -> dict[str, float]:
        return name_shares(topic, self.library.document_frequency, len(self.library))

    def _named_last(self, pool: np.ndarray | None, topic: str | None) -> list[np.ndarray | None]:
        """The pools to search in turn: without the quotes of the people ``topic`` names, then
        with them; just ``pool`` when it names nobody (or is every sentence)."""
        named = self.speakers.named_in(topic) if pool is not None else []
        return [pool[~np.isin(pool, self.quoted_by(named))], pool] if named else [pool]

    def _negative_words(self, terms: list[str]) -> tuple[list[str], bool]:
        """"unharmed", "insincere" the corpus lacks, read as "not harmed", "not sincere": the terms
        with such words replaced, and whether any was (the answer must then say no)."""
        df = self.library.document_frequency
        out, denied = [], False
        for t in terms:
            rest = _negated_stem(t) if df(t) == 0 else None
            if rest is not None and df(rest) > 0:
                out.append(rest)
                denied = True
            else:
                out.append(t)
        return out, denied

    def _timeline(self, text: str, parsed: ParsedQuestion, ranked: Ranked, top: int, period: Period | None) -> Answer:
        dates = [self.library.document_of(int(i)).date for i in ranked.indices]
        order = over_time(dates, ranked.indices.tolist(), top)  # the span of dates, in date order
        shown = Ranked(ranked.indices[order], ranked.scores[order], tuple(ranked.stand_ins[j] for j in order))
        counts: dict = {}
        for d in dates:
            if d is not None:
                counts[d] = counts.get(d, 0) + 1
        timeline = [TimelinePoint(date=d, count=n) for d, n in sorted(counts.items())]
        answer = _answer(text, parsed, quotes(self.library, shown, text, top, _marks(text, parsed)), len(ranked), period, "I found no matching quotes.")
        return answer.model_copy(update={"timeline": timeline})

    def speakers_most(self, text: str, parsed: ParsedQuestion, top: int, within: np.ndarray | None, period: Period | None) -> Answer:
        name = unheld_name(parsed.topic, self.library.document_frequency)
        if name is not None:
            return _answer(text, parsed, [], 0, period, f"The articles never mention “{name}”, so no quote is about it.")
        pool = _restrict(self._named_last(self.attributed, parsed.topic)[0], within)
        verb, topic = query_terms(parsed.verb), query_terms(parsed.topic)
        terms, denied = self._negative_words(list(dict.fromkeys(verb + topic)))
        negated = denied or _negated(parsed.topic)
        soft = verb + given_names(self.library, self.speakers.named_in(parsed.topic), topic)
        # "which analysts commented on X?": the speakers the noun names come first, searched as one
        # speaker's quotes are; then everyone else, in case the noun is no word the articles use.
        named = self._named_by(parsed.subject) if parsed.subject else []
        marks, shares = _marks(text, parsed), self._shares(parsed.topic)
        groups = ((_restrict(self.quoted_by(named), within), True), (pool, False)) if named else ((pool, False),)
        found: dict = {}
        for rank, ((group, one_voice), narrowed) in enumerate(zip(groups, (bool(named), False))):
            if terms:
                ranked = self.search.ranked(terms, group, TALLY_SENTENCES // 10, negated=negated, soft=soft, one_voice=one_voice, shares=shares)
                ranked = own_phrases(self.library, ranked, [t for t in terms if t not in verb], TALLY_SENTENCES)
            else:
                ranked = Ranked(group, np.zeros(len(group)), ((),) * len(group))
            # Articles about the topic add the quotes of the noun's speakers there; never anyone's: an
            # article may go on to another story, whose speakers said nothing about this one.
            articles = self._topic_articles(topic, within, negated) if narrowed and not found else []
            more = tallies(self.library, ranked.head(TALLY_SENTENCES), articles, group, rank)
            found.update({who: t for who, t in more.items() if who not in found})
        if terms and found and len(found) < top:  # too few: those quoted beside the topic in articles about it
            found.update(beside_topic(self.library, self.search, terms, self.search.ranked(topic, within, TALLY_SENTENCES // 10, negated=negated).indices, pool, found, len(groups), negated=negated, soft=soft, shares=shares))
        found = merge_same_person(self.library, found)
        ranked_speakers = ranked_tallies(self.library, found, text, marks, verb)
        best = [t.quotes[0] for t in ranked_speakers[:top] if t.quotes]
        missing = self._nothing(terms, parsed.topic or text, "quoted", period, text)
        answer = _answer(text, parsed, best, sum(t.count for t in ranked_speakers), period, missing)
        return answer.model_copy(update={"speakers": ranked_speakers[:top]})

    def _topic_articles(self, topic: list[str], within: np.ndarray | None, negated: bool) -> list[int]:
        """The articles about ``topic``: their sentences, quoted or not, match it (``aggregates``)."""
        if not topic:
            return []
        matches = self.search.ranked(topic, within, TALLY_SENTENCES // 10, negated=negated)
        return topic_articles(self.library, matches.indices)

    def _named_by(self, noun: str) -> list[int]:  # all so described, in their attribution or beside their name ("Steve Vladeck, a law professor")
        return named_by(noun, lambda w: sorted({*self.speakers.find(w), *described_speakers(self.library, self.attributed, w)}), lambda: [i for i in range(len(self.library.speakers)) if self.speakers.bodies([i])])

    def _role(self, words: str) -> list[int]:
        return self.speakers.find(words) or described_speakers(self.library, self.attributed, words)

    def how_many(self, text: str, parsed: ParsedQuestion, top: int, within: np.ndarray | None, period: Period | None) -> Answer:
        ask = count_ask(self.library, parsed)
        ranked = self.search.ranked(searched_terms(self.library, ask), within, top, min_coverage=0.0, related=False)
        chosen = []
        for j, i in enumerate(ranked.indices):
            figure = figure_answer(self.library, ask, int(i))
            if figure is not None:
                chosen.append((int(i), float(ranked.scores[j]), figure))
        # A figure of the very thing asked ("15 missiles") before one of a relative ("22 rockets").
        chosen.sort(key=lambda c: bool(ask.lead) and by_relative(c[2], ask.lead, ask.nouns))
        marks = _marks(text, parsed)
        shown = [quote(self.library, i, score, figure, marks=marks) for i, score, figure in chosen[:top]]
        note = None
        if len({q.figure for q in shown}) > 1:
            note = "The articles give different figures: " + "; ".join(f"{q.figure} ({q.speaker or 'unattributed'})" for q in shown) + "."
        missing = self._nothing(ask.terms, parsed.topic or text, "counted", period, text)
        return _answer(text, parsed, shown, len(chosen), period, missing, note)

    def _nothing(self, terms: list[str], asked: str, how: str, period: Period | None, question: str = "") -> str:
        """What was searched, and whether the words occur anywhere (unquoted) in the articles."""
        present = [t for t in terms if self.library.document_frequency(t) > 0]
        question = question or asked
        searched = {"quoted": "quotes", "counted": "sentences giving a figure", "": "sentences"}[how]
        if not present:
            return f"I found nothing in the articles about “{asked}”{_during(period)}."
        return (
            f"I searched the {searched} for “{asked}”{_during(period)} and found none that answers it; "
            f"the articles use {', '.join(f'“{surface(question, [t]) or t}”' for t in present[:3])} elsewhere."
        )


def _marks(text: str, parsed: ParsedQuestion) -> frozenset[str]:
    return highlight_terms(text, parsed.subject, parsed.topic)  # the words to mark in each quote


def _restrict(pool: np.ndarray | None, within: np.ndarray | None) -> np.ndarray | None:
    if within is None:
        return pool
    if pool is None:
        return within
    return pool[np.isin(pool, within)]


def _during(period: Period | None) -> str:
    return f" ({period.phrase})" if period else ""


def _answer(
    text: str,
    parsed: ParsedQuestion,
    shown: list,
    total: int,
    period: Period | None,
    missing: str,
    note: str | None = None,
) -> Answer:
    return Answer(
        question=text,
        intent=parsed.intent,
        subject=parsed.subject,
        topic=parsed.topic,
        answers=shown,
        total=total,
        message=note if shown else missing,
        period=period,
    )
