"""Questions restricted to a publisher's articles, when the articles name their publisher."""

from __future__ import annotations

import pytest

from retrieval.answer.publishers import find_source, names_a_source, publisher_named
from retrieval.engine import Engine

WIRE = """ date 2024-02-01 world
 publisher: Reuters

Harbour workers went on strike on Monday, the union said.

"The strike will last a week," union leader Ana Berg said.
"""

BROADCAST = """ date 2024-02-02 world
 publisher: BBC News

"The strike is costing the port millions," port director Li Wen said.

Ana Berg said the strike had wide support.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("publishers")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "broadcast.txt").write_text(BROADCAST, encoding="utf-8")
    built, skipped = Engine.from_paths([folder])
    assert skipped == ()
    return built


def test_in_the_publishers_articles_quotes_only_those(engine):
    everyone = engine.ask("who said strike?")
    assert {q.publisher for q in everyone.answers} == {"Reuters", "BBC News"}
    answer = engine.ask("who said strike in the Reuters articles?")
    assert answer.answers and {q.publisher for q in answer.answers} == {"Reuters"}
    assert answer.publisher == "Reuters" and answer.topic == "strike"
    assert answer.model_dump(mode="json")["publisher"] == "Reuters"  # the filter, as JSON shows it


def test_what_did_the_publisher_report(engine):
    answer = engine.ask("what did the BBC report about the strike?")
    assert answer.publisher == "BBC News"
    assert answer.answers and {q.publisher for q in answer.answers} == {"BBC News"}
    overview = engine.ask("what did the BBC report?")
    assert overview.publisher == "BBC News" and {t.name for t in overview.speakers} == {"Li Wen", "Ana Berg"}


def test_an_unknown_publisher_is_a_topic_word(engine):
    answer = engine.ask("who said strike in the Tarsk articles?")
    assert answer.publisher is None


@pytest.mark.parametrize(
    "question, publisher, rest",
    [
        ("who said casualties in the Reuters articles?", "Reuters", "who said casualties?"),
        ("who warned about prices, according to Reuters?", "Reuters", "who warned about prices?"),
        ("what did Zarif say in BBC stories?", "BBC News", "what did Zarif say?"),
        ("what did the BBC report about Iraq?", "BBC News", "who said anything about Iraq?"),
        ("what did Trump say in January?", None, None),
    ],
)
def test_find_source(question, publisher, rest):
    found = find_source(question, ["Reuters", "BBC News"])
    assert (found.publisher, found.rest) == (publisher, rest) if publisher else found is None


def test_a_publisher_is_named_by_its_first_words():
    assert publisher_named("the bbc", ["BBC News"]) == "BBC News"
    assert publisher_named("News", ["BBC News"]) is None


def test_only_a_question_shaped_like_one_naming_a_source_reads_the_publishers():
    assert names_a_source("who said casualties in the Reuters articles?")
    assert names_a_source("what did the BBC report?")
    assert not names_a_source("who said casualties?")
    assert not names_a_source("how many missiles were fired?")
