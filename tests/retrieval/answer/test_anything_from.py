""""anything from X on Y?" asks what X said about Y, as "what did X say about Y?" does."""

from __future__ import annotations

import pytest

from retrieval.answer.questions import parse_question
from retrieval.engine import Engine


@pytest.mark.parametrize(
    "question, subject, topic",
    [
        ("anything from the union on the strike?", "the union", "the strike"),
        ("anything from Tom Reyes?", "Tom Reyes", None),
        ("any word from the mayor about the flood?", "the mayor", "the flood"),
        ("something from the Harbour Board regarding the dredging?", "the Harbour Board", "the dredging"),
    ],
)
def test_anything_from_names_the_speaker(question, subject, topic):
    parsed = parse_question(question)
    assert (parsed.intent, parsed.subject, parsed.topic) == ("what_did_say", subject, topic)


@pytest.mark.parametrize("question", ["anything on the strike?", "anything about the flood?", "who said anything about the flood?"])
def test_anything_about_a_topic_names_nobody(question):
    assert parse_question(question).subject is None


ARTICLE = """ date 2023-03-12 world

“The plant will reopen in July,” said Tom Reyes, the mayor.

Winning Michigan has become a major focus for the Reyes campaign after the strike.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("anything")
    (folder / "plant.txt").write_text(ARTICLE, encoding="utf-8")
    return Engine.from_paths([folder])[0]


def test_anything_from_a_speaker_quotes_them(engine):
    answer = engine.ask("anything from Tom Reyes on the plant?")
    assert [q.speaker for q in answer.answers] == ["Tom Reyes"]


def test_anything_from_a_speaker_on_what_they_never_said_is_nothing(engine):
    # The sentence naming the campaign and Michigan is no quote of anyone's.
    assert engine.ask("anything from the Reyes campaign on Michigan?").answers == []
