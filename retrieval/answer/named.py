"""One person a question names: a quote of theirs needs less of the topic's words to answer.

"what did Romney say about his voting record with the president?" is answered by "Romney noted
that he votes with Trump about 80 percent of the time", which holds "votes" and none of "record"
or "president": half the question's weight is more than a speaker's own words often repeat. The
question has already said whose quote it wants, and among that one person's few quotes a sentence
holding a specific word of the topic is most likely the one asked about. So when the passes at the
usual coverage find none of that person's quotes, their quotes holding ``NAMED_COVERAGE`` of the
topic's weight answer (the literal words only, no stand-ins, no neighbours).

Only for a person the question names by name or by their own role ("Governor Abbott", "Lufthansa's
boss"): not for a body ("the Small Business Administration"), whose quotes are many people's; not
for a body asked by its acronym ("ICE"), whose staff described by it ("former ICE acting director
Tom Homan") spoke for themselves, often years apart; not for several people quoted together
("Ilhan Omar and Rashida Tlaib"), where the sentence is as often a third person's words about them;
and never when the topic names something no article mentions ("the harvest in Tarvos", ``claims.unheld_name``):
that name is the point of the question, and a quote on the harvest elsewhere is no answer.

A topic naming an occasion ("what did Newsom say **when he signed** AB5?") is answered by a quote
holding the occasion's verb or a word related to it (``occasion_terms``): one sharing only "AB5"
was said on some other occasion, or is a sentence about the bill that names him.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

import numpy as np

from retrieval.answer.claims import unheld_name
from retrieval.answer.related import related_terms
from retrieval.index.library import Searcher, SpeakerInfo
from retrieval.index.terms import tokenize
from retrieval.lexicon import lines, words

__all__ = ["named_people", "named_pool", "occasion_terms", "NAMED_COVERAGE"]

# Share of the topic's weight a named person's quote must hold when none holds the usual half.
# On the question sets (``python3 -m evals.questions``, all eight) 0.2 answers thirteen more
# questions and refuses every no-answer question it refused before; 0.3 answers eight; 0.1 answers
# a no-answer question with a quote sharing one common word of a long topic.
NAMED_COVERAGE = 0.2

_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# "Sens. Tom Cotton and David Perdue", "Ilhan Omar & Rashida Tlaib": several people in one name.
_SEVERAL = re.compile(r"\s(?:and|&)\s|,\s")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d\w*")


def named_people(
    subject: str, topic: str | None, found: Sequence[int], speakers: Sequence[SpeakerInfo], bodies: Callable[[Sequence[int]], bool], frequency: Callable[[str], int]
) -> list[int]:
    """The speakers of ``found`` (those the subject names, ``speakers.SpeakerMatcher.find``) that are
    one person named by the question; empty when the subject is an acronym (a body's) or the topic
    names something the articles (``frequency``: a term's document frequency) never mention."""
    if _ACRONYM.search(subject) or unheld_name(topic, frequency) is not None:
        return []
    return [i for i in found if not bodies([i]) and not _SEVERAL.search(speakers[i].name)]


def named_pool(
    subject: str, topic: str | None, found: Sequence[int], library: Searcher, bodies: Callable[[Sequence[int]], bool], quoted_by: Callable[[list[int]], np.ndarray]
) -> np.ndarray:
    """The quotes the near-miss pass searches: those of the one person named (``named_people``);
    none when the question names no one person. Not the quotes of the person's other names
    (``namesakes``): "Sanders" in an article naming Bernie Sanders is most often him, but a
    sentence of his attributed by surname alone is not sure enough for the lower bar."""
    people = named_people(subject, topic, found, library.speakers, bodies, library.document_frequency)
    return quoted_by(people) if people else np.empty(0, np.int64)


def occasion_terms(topic: str | None) -> frozenset[str]:
    """The index terms of an occasion's verb and its relatives: "when he signed AB5" -> "sign",
    "enact", ...; "after Smith lost the vote" -> "lost", "lose", ...; empty when the topic opens
    with no occasion (``occasion_conjunctions.txt``) or names it by a noun ("after the verdict")."""
    found = _WORDS.findall(topic or "")
    if len(found) < 3 or found[0].lower() not in words("occasion_conjunctions.txt"):
        return frozenset()
    subjects = {line.split("\t")[0] for line in lines("pronouns.tsv")}
    at = 1
    while at < len(found) and found[at][:1].isupper() and found[at].lower() not in subjects:
        at += 1  # "when Gov. Newsom signed": the clause's subject, a name
    if at == 1 and found[1].lower() not in subjects:
        return frozenset()
    at += found[1].lower() in subjects
    if at >= len(found) or found[at].lower() in words("query_stopwords.txt"):
        return frozenset()
    terms = tokenize(found[at])
    return frozenset(terms).union(*(related_terms(t) for t in terms))
