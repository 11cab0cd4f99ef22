"""Engine over a library with hand-set speakers: who is quoted, in which order, with what totals."""

import dataclasses
import datetime as dt

import numpy as np
import pytest

from retrieval.engine import Engine
from retrieval.index.columns import ATTRIBUTION_FIELDS, Segment
from retrieval.index.library import Library
from retrieval.text.corpus import parse_article

ARTICLES = [
    (
        "a.txt",
        " date 2020-01-08 world\n\nThe strike hit two bases overnight. No troops were hurt in the strike.\n\n"
        "Iran fired 15 missiles at the bases. The embassy stayed open.",
    ),
    (
        "b.txt",
        " date 2020-01-09 world\n\nTroops stayed at the bases after the strike. Iraq said 22 rockets were fired.\n\n"
        "The talks resume next week. Oil prices rose after the strike.",
    ),
]
# sentence index -> (speaker, description); the rest are unattributed
SPEAKERS = {
    0: ("Jonathan Hoffman", "Pentagon spokesman"),
    1: ("Mark Esper", "Pentagon chief"),
    3: ("Jonathan Hoffman", "Pentagon spokesman"),
    4: ("Mark Esper", "Pentagon chief"),
    5: ("Iraq", None),
    6: ("Jonathan Hoffman", "Pentagon spokesman"),
}


@pytest.fixture(scope="module")
def engine():
    segment = Segment.from_articles([parse_article(name, text) for name, text in ARTICLES])
    strings: dict[str, int] = {}
    rows = np.full((len(segment), len(ATTRIBUTION_FIELDS)), -1, np.int32)
    for i, (speaker, description) in SPEAKERS.items():
        values = (speaker, speaker, description, "said", "SV", "direct", None)
        rows[i] = [-1 if v is None else strings.setdefault(v, len(strings)) for v in values]
    return Engine(Library(dataclasses.replace(segment, attribution=rows, strings=tuple(strings))))


def texts(answer):
    return [q.text for q in answer.answers]


def sentence_texts(engine, indices):
    return [engine.library.sentence(i).text for i in indices]


@pytest.mark.parametrize(
    "question, top, expected, total",
    [
        ("what did Hoffman say?", 5, [0, 3, 6], 3),
        ("what did Hoffman say?", 2, [0, 3], 3),
        # several speakers named by one role: their quotes merged in corpus order
        ("what did the Pentagon say?", 5, [0, 1, 3, 4, 6], 5),
        ("what did the Pentagon say?", 3, [0, 1, 3], 5),
        ("what did Esper say about the strike?", 5, [1, 4], 2),
        ("what did Nobody Else say?", 5, [], 0),
    ],
)
def test_what_did_say(engine, question, top, expected, total):
    answer = engine.ask(question, top=top)
    assert texts(answer) == sentence_texts(engine, expected)
    assert answer.total == total
    assert (answer.message is None) is bool(expected)


def test_who_said_answers_only_from_attributed_sentences(engine):
    answer = engine.ask("who said strike?")
    assert texts(answer) == sentence_texts(engine, [0, 1, 4]) and all(q.speaker for q in answer.answers)
    unattributed = engine.ask("strike")
    assert any(q.speaker is None for q in unattributed.answers)  # the same topic has unattributed matches
    assert answer.total < unattributed.total


def test_how_many_counts_every_ranked_sentence_that_gives_a_figure(engine):
    answer = engine.ask("how many missiles were fired?", top=1)
    assert [q.figure for q in answer.answers] == ["15 missiles"]
    assert answer.total == 2  # "22 rockets" is counted too, though not shown


def test_quotes_carry_their_article_and_date(engine):
    quotes = list(engine.quotes(["b.txt"]))
    assert [q.text for q in quotes] == sentence_texts(engine, [4, 5, 6])
    assert {q.document for q in quotes} == {"b.txt"} and {q.date for q in quotes} == {dt.date(2020, 1, 9)}
    assert len(list(engine.quotes())) == len(SPEAKERS)
