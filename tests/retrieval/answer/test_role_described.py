""""what did Hale's lawyer tell Wilson?": a role is held by the speakers the attribution describes
so and by those a sentence describes so beside their name ("Hale's attorney, Adam Richards")."""

from __future__ import annotations

import pytest

from retrieval.engine import Engine

ARTICLE = """ date 2023-03-12 world

According to the complaint, Wilson told Hale's attorney, Adam Richards, that the deal was off.

"During our call," Richards said in a letter to Wilson, "you stated that the deal was off."

“We will appeal,” said Ann Cole, a spokeswoman for the county.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("roles")
    (folder / "deal.txt").write_text(ARTICLE, encoding="utf-8")
    return Engine.from_paths([folder])[0]


def test_the_person_described_beside_their_name_holds_the_role(engine):
    speakers = [q.speaker for q in engine.ask("what did Hale's lawyer tell Wilson?").answers]
    assert "Adam Richards" in speakers


def test_a_name_asks_for_that_person_alone(engine):
    assert [q.speaker for q in engine.ask("what did Adam Richards say?").answers] == ["Adam Richards"]


def test_a_role_nobody_holds_finds_nobody(engine):
    assert engine.ask("what did the county's lawyer say?").answers == []
