""""GOP" is "Republican" (``speaker_aliases.tsv``) whichever word a speaker's description uses:
the acronym is not looked up as a body's initials when the aliases spell it out."""

from __future__ import annotations

import pytest

from retrieval.engine import Engine

ARTICLE = """ date 2023-03-12 world

“More details are needed from the administration,” said Bo Hart, a Republican senator from Iowa.

“The reasons given were not persuasive,” said Ann Cole, a GOP senator from Maine.

“We will appeal,” said Tom Reyes, a Democratic senator from Ohio.

“The WHO will publish its figures on Monday,” said Ida Moss, a WHO spokeswoman.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("party")
    (folder / "senate.txt").write_text(ARTICLE, encoding="utf-8")
    return Engine.from_paths([folder])[0]


@pytest.mark.parametrize("asked", ["GOP senators", "Republican senators"])
def test_either_word_finds_both_republicans(engine, asked):
    assert sorted(q.speaker for q in engine.ask(f"what did {asked} say?").answers) == ["Ann Cole", "Bo Hart"]


def test_an_acronym_no_alias_spells_out_is_still_a_bodys(engine):
    assert [q.speaker for q in engine.ask("what did the WHO say?").answers] == ["Ida Moss"]
