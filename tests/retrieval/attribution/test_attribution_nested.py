"""Nested attribution keeps its chain: the inner source is the speaker, the outer ones its ``via``,
through the index onto ``Quote`` (JSON) and into the rendering."""

from __future__ import annotations

import pytest

from retrieval.index.columns import Segment
from retrieval.results import via_text
from retrieval.text.corpus import parse_article

ROWS = [
    ("reported ... saying", "State television reported an official saying the talks had failed.", "an official", ("State television",)),
    ("quoted ... as saying", "The Daily Post quoted Jo Bloggs as saying the plan was dead.", "Jo Bloggs", ("Daily Post",)),
    ("cited ... as saying", "Reuters cited a defence ministry official as saying the border was closed.", "a defence ministry official", ("Reuters",)),
    ("according to after the clause", "“It will be distributed,” Jo Bloggs said, according to The Daily Beast.", "Jo Bloggs", ("Daily Beast",)),
    # negative rows: one source, no chain
    ("was quoted as saying", "Louis Michel was quoted as saying that aid was key.", "Louis Michel", ()),
    ("a plain clause", "Jo Bloggs said the plan was dead.", "Jo Bloggs", ()),
]


@pytest.mark.parametrize("name, text, speaker, via", ROWS, ids=[row[0] for row in ROWS])
def test_nested_attribution(attributed, name: str, text: str, speaker: str, via: tuple[str, ...]) -> None:
    ((_, attribution),) = attributed(text)
    assert attribution is not None
    assert (attribution.speaker, attribution.via) == (speaker, via)


def test_the_chain_survives_the_index() -> None:
    article = parse_article("a.txt", "State television reported an official saying the talks had failed.\n")
    segment = Segment.from_articles([article])
    assert segment.attribution_of(0).via == ("State television",)


@pytest.mark.parametrize(
    "via, text",
    [
        ((), ""),
        (("an official",), ", quoted by an official"),
        (("an official", "state television"), ", quoted by an official, via state television"),
    ],
)
def test_via_text(via: tuple[str, ...], text: str) -> None:
    assert via_text(via) == text


def test_a_quote_carries_the_chain_into_json(tmp_path) -> None:
    from retrieval.engine import Engine

    (tmp_path / "a.txt").write_text("State television reported an official saying the talks had failed.\n", encoding="utf-8")
    engine, _ = Engine.from_paths([tmp_path])
    answer = engine.ask("who said the talks had failed?")
    (quote,) = answer.answers
    assert (quote.speaker, quote.via) == ("an official", ["State television"])
    assert '"via":["State television"]' in answer.model_dump_json()
