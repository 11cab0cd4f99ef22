"""A question names a speaker as a reader would: in full when the article quotes a surname
(``namesakes``), a role's short form after a place ("the Kenosha DA", ``described``), a body
whose spokesperson the article names by its kind (``body_voices``), an occasion (``named``)."""

from pathlib import Path

import pytest

from retrieval.answer.described import beside_mention
from retrieval.answer.named import occasion_terms
from retrieval.answer.namesakes import full_name
from retrieval.answer.speakers import subject_terms
from retrieval.engine import Engine

ARTICLES = {
    # The quote comes before the full name: attribution files it under "Lind".
    "canal.txt": '"It was an easy call for me to back the canal," Lind said on Tuesday.\n\nMarta Lind has led the province of Valdoria since 2019.\n',
    # Another Lind, in an article that never names Marta Lind.
    "ferry.txt": 'Commuters in Brant complained about the ferry timetable on Tuesday.\n\n"The ferry is late again and nobody cares," Lind said outside the terminal.\n',
    "harbour.txt": (
        "Gov. Oskar Brandt vetoed the harbour budget on Friday after a long fight with the council.\n\n"
        '"I vetoed it because the spending was padded," Brandt said.\n\n'
        '"The harbour needs dredging before the winter," Gov. Oskar Brandt said in March.\n'
    ),
    "court.txt": 'Charges were filed in Kenosha County on Wednesday against a 19-year-old woman.\n\n"The crime was planned weeks ahead," said District Attorney Michael Grove.\n',
    "recall.txt": 'Valcorp recalled 2,000 space heaters on Monday after reports of fires.\n\n"We acted out of an abundance of caution," a company spokeswoman said.\n',
    "prices.txt": 'Fuel prices rose for a third week in Brant.\n\n"Prices will rise again in June," an agency spokesman said.\n',
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("speaker_forms")
    for name, body in ARTICLES.items():
        (folder / name).write_text(" date 2024-05-02 politics\n\n" + body, encoding="utf-8")
    return Engine.from_paths([folder])[0]


def quoted(engine: Engine, question: str) -> list[str]:
    return [q.text for q in engine.ask(question).answers]


def test_a_person_asked_in_full_is_found_through_the_surname_in_articles_naming_them(engine):
    assert "Lind" in [s.name for s in engine.library.speakers]  # no speaker is named in full
    assert any("easy call" in t for t in quoted(engine, "what did Marta Lind say about the canal?"))


def test_the_surname_in_an_article_that_never_names_the_person_is_someone_else(engine):
    assert quoted(engine, "what did Marta Lind say about the ferry?") == []
    assert any("late again" in t for t in quoted(engine, "what did Lind say about the ferry?"))


def test_a_full_name_is_two_capitalised_words_or_more_opening_with_a_first_name():
    assert full_name("Gov. Gavin Newsom") == ("Gavin", "Newsom")
    assert full_name("University of Delaware associate professor Lindsay Hoffman") == ("Lindsay", "Hoffman")
    assert full_name("New York") == ()
    assert full_name("the Kenosha DA") == ()
    assert full_name("Lindsay Hoffman and Andy Bloeser") == ()
    assert full_name("Walker") == ()


def test_a_role_short_form_after_a_place_finds_the_office_holder_of_an_article_naming_it(engine):
    assert any("planned weeks ahead" in t for t in quoted(engine, "what did the Kenosha DA say about the crime?"))
    assert quoted(engine, "what did the Racine DA say about the crime?") == []


def test_a_body_is_answered_by_its_spokesperson_named_by_its_kind(engine):
    assert any("abundance of caution" in t for t in quoted(engine, "what did Valcorp say about the recall?"))


def test_a_spokesperson_of_an_article_not_naming_the_body_does_not_answer_for_it(engine):
    assert quoted(engine, "what did Valcorp say about prices?") == []


def test_an_occasion_the_persons_quotes_do_not_hold_gets_no_quotes(engine):
    assert quoted(engine, "what did Oskar Brandt say when he signed the harbour budget?") == []
    assert any("vetoed it" in t for t in quoted(engine, "what did Oskar Brandt say when he vetoed the harbour budget?"))
    assert any("dredging" in t for t in quoted(engine, "what did Oskar Brandt say about the harbour?"))


def test_an_occasion_is_a_clause_with_its_own_verb_not_a_noun():
    assert "sign" in occasion_terms("when he signed AB5")
    assert "sign" in occasion_terms("when Gov. Newsom signed the bill")
    assert occasion_terms("after the verdict") == frozenset()
    assert occasion_terms("about the bill he signed") == frozenset()
    assert occasion_terms("when asked about it") == frozenset()


ROLES = {
    "blood.txt": '"Every center in the country has mobilised," says Ana Pereira, CEO of the Valdorian Blood Network.\n',
    "paper.txt": (
        "Lusk Courier editor-in-chief Tom Hale addressed the campaign in a note to staff on Monday.\n\n"
        '"We will cover this campaign as we cover any other," Hale wrote.\n'
    ),
}


@pytest.fixture(scope="module")
def roles(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("speaker_roles")
    for name, body in ROLES.items():
        (folder / name).write_text(" date 2024-05-02 politics\n\n" + body, encoding="utf-8")
    return Engine.from_paths([folder])[0]


def test_the_head_of_a_body_is_its_chief_executive(roles):
    assert any("mobilised" in t for t in quoted(roles, "what did the head of the Valdorian Blood Network say?"))
    assert quoted(roles, "what did the head of the Valdorian Rail Network say?") == []


def test_a_top_editor_is_the_editor_in_chief(roles):
    assert any("cover this campaign" in t for t in quoted(roles, "what did the Lusk Courier's top editor say about the campaign?"))
    assert quoted(roles, "what did the Lusk Courier's top lawyer say about the campaign?") == []


def test_an_appositive_ends_where_a_reporting_verb_opens_the_next_clause():
    text = "According to the complaint, Wilson told Okafor's attorney, Adam Reyes, that only a pardon would help."
    groups = subject_terms("Okafor's lawyer")
    assert not beside_mention(text, "the complaint", groups)
    assert beside_mention(text, "Adam Reyes", groups)


def test_a_speaker_named_by_the_role_alone_is_not_the_role_of_a_place_named_in_passing(tmp_path: Path):
    (tmp_path / "mall.txt").write_text(
        " date 2024-05-02 crime\n\nShoppers fled a mall in Brant on Thursday, a week after a shooting in Lusk.\n\n"
        '"It is too early to determine a motive," police said of the Brant scare.\n',
        encoding="utf-8",
    )
    engine = Engine.from_paths([tmp_path])[0]
    assert any(s.name.lower().endswith("police") for s in engine.library.speakers)
    assert quoted(engine, "what did Lusk police say about the shooting?") == []
    assert any("too early" in t for t in quoted(engine, "what did the police say about the scare?"))


def test_a_role_owned_by_a_person_the_article_calls_by_surname_is_not_guessed(tmp_path: Path):
    (tmp_path / "mall.txt").write_text(
        " date 2024-05-02 crime\n\nPolice arrested Talvek Vell, 20, after the shooting at the Brant mall.\n\n"
        "Vell was charged with attempted murder.\n\n"
        '"The officer acted lawfully," said Attorney General Ruth Okafor.\n\n'
        '"He never hurt anyone," said his mother, Nadia Stroud.\n',
        encoding="utf-8",
    )
    (tmp_path / "port.txt").write_text(
        " date 2024-05-03 politics\n\nThe port of North Valdoria reopened on Monday.\n\n"
        '"The harbour is safe again," said Attorney General Ines Moreau.\n',
        encoding="utf-8",
    )
    engine = Engine.from_paths([tmp_path])[0]
    assert quoted(engine, "what did Talvek Vell's lawyer say about the shooting?") == []
    # One of the owner's family is theirs in an article naming them: a person has one mother.
    assert any("never hurt anyone" in t for t in quoted(engine, "what did Talvek Vell's mom say?"))
    assert any("harbour is safe" in t for t in quoted(engine, "what did North Valdoria's attorney general say about the harbour?"))
