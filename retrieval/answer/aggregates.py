"""Aggregate answers: the speakers quoted about a topic, ranked, each with their best quote.

"who is quoted most about the budget?", "which analysts commented on the results?", "who
criticised the bill?". A speaker's quote is about the topic when it matches the topic itself (the
question's passes, ``search``) or, for the speakers a question's noun names ("which analysts"),
stands in an article about the topic (``topic_articles``): an analyst's "The quarter was good on
the metrics that mattered" in the article on Twitter's results never names Twitter. Those a question's noun names ("analysts") rank first, then everyone else;
within each, by how many of their quotes match, then by how many the articles hold. The same
person under several names (``Rep. Peter King`` and ``King``), or a body and its spokesman, is one
speaker (``merge_same_person``). Each speaker's best quote is their own words where the article
gives them (``own_words``): the reporter's "Tory leader Michael Howard attacked the Budget" is
followed by what Howard said. When that finds fewer speakers than the answer shows, those quoted
in the articles about the topic whose quote stands beside it (its paragraph or the article's lead
holds the topic, ``beside_topic``) follow everyone else: "who praised Rubio over the immigration
bill?" also finds the strategist whose words on the bill stand beside a sentence on Rubio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Sequence

import numpy as np

from retrieval.answer.beside import OWN_WORDS_REACH, own_words_beside
from retrieval.answer.own_words import opens_with_quote, own_words
from retrieval.answer.passage import PASSAGE_REACH
from retrieval.answer.quoting import QUOTES_PER_SPEAKER, quote, quotes
from retrieval.answer.related import role_kinds
from retrieval.answer.search import Ranked, TwoPasses
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize
from retrieval.lexicon import words as lexicon_words
from retrieval.results import SpeakerTally

__all__ = ["Tally", "tallies", "topic_articles", "beside_topic", "merge_same_person", "ranked_tallies", "named_by", "given_names", "ABOUT_SHARE", "OWN_WORDS_REACH"]

# An article is about the topic when at least this share of the best article's matching sentences
# match in it too: one passing mention in a long article on something else does not make it so.
ABOUT_SHARE = 1 / 3
# Quotes read for the speakers beside the topic: as many as the aggregate's own passes read.
TALLY_SENTENCES_BESIDE = 20


@dataclass(slots=True)
class Tally:
    """One speaker's quotes about the topic: those that match (best first), then the rest of
    their quotes in articles about it (corpus order)."""

    matched: list[int] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    stand_ins: list[tuple] = field(default_factory=list)
    in_articles: list[int] = field(default_factory=list)
    first: int = 0  # rank of its best matching quote (article-only speakers after every matched one)
    group: int = 0  # 0: a speaker the question's noun names; 1: anyone else (ranked after them)

    @property
    def count(self) -> int:
        return len(set(self.matched) | set(self.in_articles))


def topic_articles(library: Searcher, matches: np.ndarray) -> list[int]:
    """The articles (by document number) about the topic, from the sentences matching it: those
    with ``ABOUT_SHARE`` of the best one's matches."""
    if not len(matches):
        return []
    starts = np.array([d.first_sentence for d in library.documents], np.int64)
    per = np.bincount(np.searchsorted(starts, np.asarray(matches, np.int64), side="right") - 1, minlength=len(starts))
    least = max(1, ABOUT_SHARE * per.max())
    return [int(d) for d in np.flatnonzero(per >= least)]


def _article_quotes(library: Searcher, documents: Sequence[int], group: np.ndarray | None) -> np.ndarray:
    """Attributed sentences of ``documents`` (of ``group`` when given), in corpus order."""
    spans = []
    for d in documents:
        info = library.documents[d]
        ids = np.asarray(library.speaker_ids[info.first_sentence : info.first_sentence + info.sentence_count])
        spans.append(np.flatnonzero(ids >= 0) + info.first_sentence)
    found = np.concatenate(spans) if spans else np.empty(0, np.int64)
    return found[np.isin(found, group)] if group is not None else found


def tallies(library: Searcher, ranked: Ranked, documents: Sequence[int], group: np.ndarray | None, rank: int = 0) -> dict[int, Tally]:
    """Each speaker's quotes about the topic: ``ranked`` matches, and their quotes (of ``group``
    when given) in ``documents``; keyed by speaker number, each tally of the group ``rank``."""
    out: dict[int, Tally] = {}
    ids = library.speaker_ids
    for j, i in enumerate(ranked.indices.tolist()):
        who = int(ids[i])
        if who >= 0:
            t = out.setdefault(who, Tally(first=j, group=rank))
            t.matched.append(i)
            t.scores.append(float(ranked.scores[j]))
            t.stand_ins.append(ranked.stand_ins[j])
    after = len(ranked)
    for j, i in enumerate(_article_quotes(library, documents, group).tolist()):
        who = int(ids[i])
        out.setdefault(who, Tally(first=after + j, group=rank)).in_articles.append(i)
    return out


def beside_topic(
    library: Searcher, search: TwoPasses, terms: Sequence[str], matches: np.ndarray, group: np.ndarray | None, found: dict[int, Tally], rank: int, **options: Any
) -> dict[int, Tally]:
    """The speakers not yet ``found`` whose quotes (of ``group``) stand beside what was asked:
    at most ``PASSAGE_REACH`` sentences after a sentence matching the topic (``matches``) or a
    quote found, in an article about the topic (``topic_articles``), and with their paragraph
    holding it, as one speaker's quotes are searched (``passage``); keyed by speaker number, each
    of the group ``rank``. Not a quote the topic only follows (the article moving on to what comes
    next), nor the rest of such an article, which may go on to another story."""
    quotes = _article_quotes(library, topic_articles(library, matches), group)
    anchors = np.array(sorted({*np.asarray(matches).tolist(), *(i for t in found.values() for i in t.matched)}), np.int64)
    ids = np.asarray(library.speaker_ids)
    gap = quotes[:, None] - anchors[None, :]
    near = ((gap > 0) & (gap <= PASSAGE_REACH)).any(axis=1)
    quotes = quotes[near & ~np.isin(ids[quotes], np.array(sorted(found), np.int64))]
    if not len(quotes):
        return {}
    ranked = search.ranked(list(terms), quotes, TALLY_SENTENCES_BESIDE, one_voice=True, **options)
    return tallies(library, ranked, [], None, rank)


def merge_same_person(library: Searcher, found: dict[int, Tally]) -> dict[int, Tally]:
    """One tally per person or body: "King" joins "Rep. Peter King" when his is the only longer
    name ending in those words among the speakers found; "a Pentagon spokesman" joins "the
    Pentagon" (``voice_words.txt``). Kept under the longer name, or the body's."""
    names = {who: library.speakers[who].name.split() for who in found}
    merged = dict(found)
    for short, words in names.items():
        if not words or not words[0][:1].isupper():
            continue
        longer = [w for w, n in names.items() if len(n) > len(words) and n[-len(words) :] == words]
        if len(longer) == 1 and short in merged and longer[0] in merged:
            _absorb(merged[longer[0]], merged.pop(short))
    bodies = {_body_key(n): who for who, n in names.items() if who in merged}
    for who, n in names.items():
        body = bodies.get(_body_key(n, voice=True))
        if body is not None and body != who and who in merged and body in merged:
            _absorb(merged[body], merged.pop(who))
    return merged


def _body_key(words: list[str], voice: bool = False) -> tuple[str, ...]:
    """A name's words, lower case, possessives and leading articles dropped; with ``voice``, the
    words of ``voice_words.txt`` dropped too (what is left names the body spoken for)."""
    bare = [re.sub(r"[’']s$", "", w.lower()) for w in words]
    if voice:
        dropped = [w for w in bare if w not in lexicon_words("voice_words.txt")]
        return tuple(dropped) if len(dropped) < len(bare) else ()
    return tuple(bare[1:] if bare[:1] in (["the"], ["a"], ["an"]) else bare)


def _absorb(into: Tally, other: Tally) -> None:
    """``other``'s quotes added to ``into``'s, matches kept best first."""
    rows = sorted(zip(into.matched + other.matched, into.scores + other.scores, into.stand_ins + other.stand_ins), key=lambda r: -r[1])
    into.matched, into.scores, into.stand_ins = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    into.in_articles = sorted(into.in_articles + other.in_articles)
    into.first = min(into.first, other.first)
    into.group = min(into.group, other.group)


def ranked_tallies(library: Searcher, found: dict[int, Tally], question: str, marks: frozenset[str], verb: Sequence[str] = ()) -> list[SpeakerTally]:
    """Speakers the noun names first, each group by how many of their quotes match the topic,
    then by how many stand in articles about it (ties: best-matched first), each with their best quote first (``verb``: the question's own, which a best match may report)."""
    order = sorted(found, key=lambda who: (found[who].group, -len(set(found[who].matched)), -found[who].count, found[who].first, who))
    out = []
    for who in order:
        info = library.speakers[who]
        t = found[who]
        examples = _examples(library, t, question, marks, verb)
        out.append(SpeakerTally(name=info.name, description=info.descriptions[0] if info.descriptions else None, count=t.count, quotes=examples))
    return out


def _examples(library: Searcher, t: Tally, question: str, marks: frozenset[str], verb: Sequence[str]) -> list:
    """The tally's quotes, best first: their best match, or their own words beside it when the
    reporter speaks first in it and it does not report the very act asked about ("who criticised X?":
    "Booker hit Biden for his record" stays); for a speaker only the articles hold, their first
    own words there, in a sentence that names them if one does."""
    if not t.matched:
        opening = [i for i in t.in_articles if opens_with_quote(library.text(i))]
        own = opening or [i for i in t.in_articles if own_words(library.text(i))] or t.in_articles
        named = [i for i in own if _names_speaker(library, i)]
        return [quote(library, i, marks=marks) for i in (named or own)[:1]]
    shown = quotes(library, Ranked(np.array(t.matched, np.int64), np.array(t.scores), tuple(t.stand_ins)), question, QUOTES_PER_SPEAKER, marks)
    top = t.matched[0]
    reports = bool(verb) and bool(library.contains(np.array([top], np.int64), list(verb)).all())
    beside = None if reports or opens_with_quote(library.text(top)) else own_words_beside(library, top)
    if beside is not None and beside not in t.matched[:QUOTES_PER_SPEAKER]:
        shown.insert(0, quote(library, beside, marks=marks))
    elif beside is not None:
        shown.insert(0, shown.pop(t.matched.index(beside)))
    return shown[:QUOTES_PER_SPEAKER]


def _names_speaker(library: Searcher, i: int) -> bool:
    attribution = library.attribution(i)
    return attribution is not None and attribution.resolution == "direct"
def named_by(noun: str, role: Callable[[str], list[int]], bodies: Callable[[], list[int]]) -> list[int]:
    """Speakers a plural role noun names ("analysts", "opposition leaders") or names with a kind
    of its head ("lawyers": a barrister, a prosecutor); with none, those its modifiers and its
    head name together ("police" and a kind of officer: "police spokeswoman Sgt. Monica
    Reyes"), then those its head (or its kinds) names, then its modifiers. ``role`` finds the
    speakers one phrase describes. A noun of ``body_nouns.txt`` ("which organisations") names
    every body (``bodies``)."""
    words = noun.split()
    if words[-1].lower() in lexicon_words("body_nouns.txt"):
        return bodies()
    kinds = {i for kind in role_kinds(words[-1]) for i in role(" ".join([*words[:-1], kind]))}
    found = sorted(set(role(noun)) | kinds)
    if found or len(words) == 1:
        return found
    heads = {i for kind in (words[-1], *role_kinds(words[-1])) for i in role(kind)}
    modifiers = set(role(" ".join(words[:-1])))
    return sorted(heads & modifiers) or sorted(heads) or sorted(modifiers)


def given_names(library: Searcher, people: Sequence[int], terms: Sequence[str]) -> list[str]:
    """The ``terms`` that are a named person's given names ("marco" of Marco Rubio): articles name
    him "Mr. Rubio" after the first mention, so a quote about him need not hold them."""
    given = {t for who in people for w in library.speakers[who].name.split()[:-1] for t in tokenize(w)}
    return [t for t in terms if t in given]
