"""Speakers as people name them: family words and short forms of offices and places, a firm's
one-word name before a role, a topic of pronouns alone."""

from __future__ import annotations

import pytest

from retrieval.engine import Engine

VERDICT = """ date 2024-09-03 courts

A jury in Orvale cleared nurse Tomas Reyes of negligence on Monday.

“He gave that ward everything he had,” Reyes's mother, Lidia Cano, said outside the court.

State Attorney General Ruth Pell said her office would not appeal the verdict.

Sports news: the Harbour FC coach was sacked on Sunday.
"""

RESULTS = """ date 2024-10-20 business

Quillon, the ride-hailing firm, lost 2 million riders in the third quarter.

“Growth will come back next year,” Chief Financial Officer Nadia Voss told analysts.

Quillon said in a statement it would cut prices in Los Angeles.

In Los Angeles, the city's schools superintendent, Hal Brandt, said buses would run late.

“We will keep every route,” Brandt said.
"""


@pytest.fixture(scope="module")
def engine(engine_over) -> Engine:
    return engine_over({"verdict.txt": VERDICT, "results.txt": RESULTS})


def speakers(engine: Engine, question: str) -> list[str | None]:
    return [q.speaker for q in engine.ask(question).answers]


@pytest.mark.parametrize(
    "question, speaker",
    [
        ("what did Reyes's mom say?", "Lidia Cano"),  # mom ~ mother
        ("what did the state AG say?", "Ruth Pell"),  # AG ~ attorney general
        ("what did Quillon's finance chief say?", "Nadia Voss"),  # a one-word firm before a role
        ("what did the LA schools chief say?", "Hal Brandt"),  # LA ~ Los Angeles, schools chief ~ superintendent
    ],
)
def test_a_speaker_named_by_a_short_form(engine, question, speaker):
    assert speaker in speakers(engine, question)


def test_a_short_form_finds_nobody_the_article_does_not_describe(engine):
    assert "Lidia Cano" not in speakers(engine, "what did the state AG say?")
    assert speakers(engine, "what did Quillon's police chief say?") == []


def test_a_topic_of_pronouns_alone_asks_for_the_speakers_quotes(engine):
    answer = engine.ask("what did Reyes's mother say about him?")
    assert [q.speaker for q in answer.answers] == ["Lidia Cano"]


HEARING = """ date 2024-11-02 politics

The committee toured the county jail on Friday.

“It is as good as a jail can be,” said Rep. Ana Ruiz, D-Texas, a former public defender.

“The conditions shocked me,” said Rep. Carl Moss, R-Ohio.
"""


@pytest.fixture(scope="module")
def hearing(engine_over) -> Engine:
    return engine_over({"hearing.txt": HEARING})


@pytest.mark.parametrize("noun, first", [("Democrats", "Ana Ruiz"), ("Republicans", "Carl Moss")])
def test_a_party_tag_after_the_name_says_the_party(hearing, noun, first):
    # The speakers the noun names rank first, anyone else quoted on the topic after them.
    answer = hearing.ask(f"which {noun} were quoted about the jail?")
    assert answer.speakers[0].name == first


AGENCY = """ date 2024-11-03 health

The World Health Organization said on Monday the outbreak was slowing.

“We must be careful not to relax too soon,” said Dr. Mia Tanaka, executive director of the WHO's emergencies programme.

Iran denied that its missile hit the airliner.
"""


@pytest.fixture(scope="module")
def agency(engine_over) -> Engine:
    return engine_over({"agency.txt": AGENCY})


def test_an_acronym_finds_the_people_described_by_it_beside_the_body(agency):
    assert set(speakers(agency, "what did the WHO say?")) == {"World Health Organization", "Mia Tanaka"}


def test_a_capital_stands_for_its_government(agency):
    assert speakers(agency, "what is Tehran saying about the missile?") == ["Iran"]
    assert speakers(agency, "what is Moscow saying about the missile?") == []
