"""Which-noun aggregates: the speakers the noun (or a kind of it) describes come first."""

from __future__ import annotations

import pytest

from retrieval.answer.related import role_kinds
from retrieval.engine import Engine

TRIAL = """ date 2024-03-01 courts

Barrister Ruth Vale told the court the evidence against the four officers was unreliable.

The evidence was sound and the hearing should go ahead, prosecutor Dan Hoff said.

“The evidence was handled properly,” police spokeswoman Sgt. Ana Ross said.

A budget office memo said the evidence room cost $2 million a year.

Local resident Tim Ash said the evidence was never the point.

“The evidence is a distraction,” Ash added.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("aggregates")
    (folder / "trial.txt").write_text(TRIAL, encoding="utf-8")
    built, _ = Engine.from_paths([folder])
    return built


def test_a_kind_of_lawyer_counts_as_a_lawyer(engine):
    names = [t.name for t in engine.ask("which lawyers commented on the evidence?").speakers]
    assert set(names[:2]) == {"Ruth Vale", "Dan Hoff"}
    # Everyone else follows; unasked, the resident quoted twice comes first.
    assert "Tim Ash" in names[2:] and [t.name for t in engine.ask("who is quoted most about the evidence?").speakers][0] == "Tim Ash"


def test_a_modifier_and_a_kind_of_the_head_find_the_police_sergeant_not_the_office_memo(engine):
    names = [t.name for t in engine.ask("which police officers commented on the evidence?").speakers]
    assert names[:1] == ["Ana Ross"]


def test_role_kinds_read_the_asked_word_in_any_form():
    assert "barrister" in role_kinds("lawyers") and role_kinds("lawyer") == role_kinds("lawyers")
    assert role_kinds("giraffes") == ()
