"""A hyphenated compound's joined form and a pronoun's clitic are no words a question asks for."""

from pathlib import Path

import pytest

from retrieval.answer.matching import joined_compounds, query_terms
from retrieval.engine import Engine

ARTICLE = """ date 2024-05-02 world

"Every registered voter will be mailed a ballot before the election," said Anna Kovac, the Lusk county clerk.

"I will show up for the island every single day," said Piet Moreau, who is running for mayor.

"The ferry schedule is a mess," said Jan Olsen.
"""


def _lacking(question: str, held: set[str] = frozenset()) -> list[str]:
    return joined_compounds(query_terms(question), lambda t: 1 if t in held else 0)


@pytest.mark.parametrize(
    "question, joined",
    [
        ("will voters get mail-in ballots?", ["mailin"]),
        ("who reported the face-scanning software tests?", ["facescan"]),
        ("who criticised the criminal-record rules?", ["criminalrecord"]),
        ("who caused the mix-up over the memo?", ["mixup"]),
    ],
)
def test_a_joined_form_the_articles_lack_is_found(question, joined):
    assert _lacking(question) == joined


def test_a_joined_form_the_articles_hold_still_counts():
    assert _lacking("will voters get mail-in ballots?", {"mailin"}) == []


@pytest.mark.parametrize("question", ["who said the council meeting ran late?", "who called it a mess?", "who spoke about Lusk's ferry?"])
def test_words_that_are_no_join_are_kept(question):
    assert _lacking(question) == []


@pytest.mark.parametrize(
    "question, terms",
    [
        ("who said he'd show up?", ["show", "up"]),
        ("who said they’ll win?", ["win"]),
        ("who said I've seen it?", ["seen"]),
        ("what did O'Neill say?", ["oneil"]),
    ],
)
def test_a_pronouns_clitic_is_glue_and_a_name_is_not(question, terms):
    assert query_terms(question) == terms


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("compounds")
    (folder / "clerk.txt").write_text(ARTICLE, encoding="utf-8")
    engine, _ = Engine.from_paths([folder])
    return engine


def test_a_question_with_a_compound_finds_its_parts_written_apart(engine):
    texts = [q.text for q in engine.ask("who said voters will get mail-in ballots?").answers]
    assert any("mailed a ballot" in t for t in texts)


def test_a_clitic_weighs_nothing(engine):
    texts = [q.text for q in engine.ask("who said he'd show up for the island?").answers]
    assert any("show up" in t for t in texts)


def test_a_compound_whose_parts_are_absent_answers_nothing(engine):
    assert not engine.ask("who said the drive-in cinema would close?").answers
