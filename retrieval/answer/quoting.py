"""Packs ranked sentences as ``Quote`` models (aggregate answers rank speakers in ``aggregates``).

A quote says which of its words stood in for the question's (``matched``), in the words as the
quote and the question wrote them, found by tokenising each word the way the index does.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from retrieval.answer.highlight import highlights
from retrieval.answer.search import Ranked, StandIn
from retrieval.index.library import Searcher
from retrieval.index.terms import tokenize
from retrieval.results import MatchedWord, Quote

__all__ = ["quote", "quotes", "matched_words", "surface", "QUOTES_PER_SPEAKER"]

QUOTES_PER_SPEAKER = 3  # examples an aggregate answer keeps for each speaker
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")


def surface(text: str, terms: Sequence[str]) -> str | None:
    """The first word of ``text`` whose index terms include all of ``terms`` (a phrase: the run)."""
    wanted = list(terms)
    words = _WORD.findall(text)
    for i in range(len(words)):
        got: list[str] = []
        for j in range(i, min(i + len(wanted) + 1, len(words))):
            got += tokenize(words[j])
            if all(t in got for t in wanted):
                return " ".join(words[i : j + 1])
            if not any(t in got for t in wanted):
                break
    return None


def matched_words(text: str, question: str, stand_ins: Sequence[StandIn]) -> list[MatchedWord]:
    """``matched: "casualties" for "deaths"``: each stand-in as written in the quote and question;
    a term standing in for itself is a word only a neighbouring sentence holds (``nearby``)."""
    out = []
    for term, asked in stand_ins:
        wanted = surface(question, asked.split()) or asked
        if term == asked:
            out.append(MatchedWord(word=wanted, stands_for=wanted, nearby=True))
            continue
        word = surface(text, term.split("_"))
        if word and all(m.word != word for m in out):
            out.append(MatchedWord(word=word, stands_for=wanted))
    return out


def quote(
    library: Searcher,
    i: int,
    score: float | None = None,
    figure: str | None = None,
    matched: list[MatchedWord] | None = None,
    marks: Iterable[str] = (),
) -> Quote:
    """Sentence ``i`` of ``library`` as a ``Quote``; the words whose terms are among ``marks`` are
    its highlights."""
    s = library.sentence(i)
    a = library.attribution(i)
    d = library.document_of(i)
    return Quote(
        text=s.text,
        speaker=a.speaker if a else None,
        speaker_mention=a.mention if a else None,
        speaker_description=a.description if a else None,
        cue=a.cue if a else None,
        document=s.document,
        date=d.date,
        title=d.title,
        url=d.url,
        publisher=d.publisher,
        paragraph=s.paragraph,
        sentence=s.index,
        start=s.start,
        end=s.end,
        score=score,
        kind=a.kind if a else None,
        resolution=a.resolution if a else None,
        via=list(a.via) if a else [],
        figure=figure,
        matched=matched or [],
        highlights=highlights(s.text, marks),
    )


def quotes(library: Searcher, ranked: Ranked, question: str, top: int, marks: frozenset[str] = frozenset()) -> list[Quote]:
    """The first ``top`` ranked sentences as quotes, with their stand-ins (highlighted too)."""
    out = []
    for i, score, stand_ins in zip(ranked.indices[:top], ranked.scores[:top], ranked.stand_ins[:top]):
        text = library.text(int(i))
        used = marks | {term for term, _ in stand_ins}
        out.append(quote(library, int(i), float(score), matched=matched_words(text, question, stand_ins), marks=used))
    return out
