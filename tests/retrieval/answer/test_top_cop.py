""""Detroit's top cop" is its police chief, as US papers write it (``speaker_aliases.tsv``)."""

from __future__ import annotations

import pytest

from retrieval.engine import Engine

ARTICLE = """ date 2023-03-12 world

“We will find them,” said Westmark Police Chief Ann Cole.

“The cop on the corner saw it all,” said Bo Hart, a shopkeeper.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cops")
    (folder / "chief.txt").write_text(ARTICLE, encoding="utf-8")
    return Engine.from_paths([folder])[0]


def test_the_top_cop_is_the_police_chief(engine):
    assert [q.speaker for q in engine.ask("what did Westmark's top cop say?").answers] == ["Ann Cole"]


def test_a_cop_is_not_the_chief(engine):
    # Only the phrase: "the cop" names no chief, and the shopkeeper's word "cop" names no one.
    assert [q.speaker for q in engine.ask("what did the cop say?").answers] != ["Ann Cole"]
