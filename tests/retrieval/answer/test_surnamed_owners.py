""""what did Kate Steinle's father say?": an owner asked by full name is written by surname alone
after the first mention ("Steinle's father, Jim, told ..."), and is tried so once the full name
finds nobody; never given a role nobody is described by beside a name."""

from __future__ import annotations

import pytest

from retrieval.answer.subjects import _by_surname
from retrieval.engine import Engine

ARTICLE = """ date 2023-03-12 world

Ana Reyes died when the river flooded the lower town on Sunday.

Reyes’s father, Tom, told reporters that “the town failed her.”

Congressman Bo Hale was charged with fraud on Monday.

“No one is above the law,” said U.S. Attorney Adam Brant.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("surnamed")
    (folder / "flood.txt").write_text(ARTICLE, encoding="utf-8")
    return Engine.from_paths([folder])[0]


@pytest.mark.parametrize(
    "subject, shorter",
    [("Kate Steinle's father", "Steinle's father"), ("the Samantha Dean’s sister", "the Dean’s sister"), ("West Virginia's environment chief", None), ("Steinle's father", None), ("Tom Reyes", None)],
)
def test_only_a_given_name_is_dropped(subject, shorter):
    assert _by_surname(subject) == shorter


def test_the_full_named_owner_finds_the_relative_named_by_surname(engine):
    answer = engine.ask("what did Ana Reyes's father say?")
    assert [q.speaker for q in answer.answers] == ["Tom Reyes"]


def test_a_role_beside_no_name_is_not_the_owners(engine):
    # "Hale's lawyer" is nobody here: an attorney quoted in an article naming Hale is not Mary
    # Hale's lawyer (``described.headed_speakers`` is not tried with the surname alone).
    assert engine.ask("what did Mary Hale's lawyer say?").answers == []
