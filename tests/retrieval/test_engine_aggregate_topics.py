"""Aggregate questions over made-up articles: quotes in the article about the topic count, each
speaker's best quote is their own words, one person under two names is one speaker, a person
the topic names is found by surname, and a passing mention brings nobody in."""

from __future__ import annotations

import pytest

from retrieval.engine import Engine

FERRY = """ date 2024-05-02 politics

HALDEN, May 2 - The council voted on Thursday to raise the ferry tax by a third.

Ines Varga, a councillor, criticised the ferry tax, calling it a burden on island families.

“Families on the islands will pay twice for the same crossing,” Varga said.

Mayor Oskar Lind defended the ferry tax at a packed meeting.

“Nobody likes paying more, but the boats are forty years old,” Lind told reporters.

Harbour master Eva Holm praised Mr. Lind for keeping the old boats running.

Ruth Okafor, who runs a bakery on the pier, said trade had been slow all spring.

“I close at four now because the last boat leaves at five,” Okafor said.

The ferry tax rise takes effect in June.
"""

REGATTA = """ date 2024-05-04 sport

The regatta drew a record crowd on Saturday.

“The wind was perfect from the first race,” said rower Tilde Sand, who won the single sculls.

Many spectators came over on the ferry from Halden.

Coach Marta Berg said the crew had trained through the winter.
"""

BRIDGE = """ date 2024-05-06 politics

Representative Peter Kale said the bridge plan was already two years late.

Kale said the bridge plan had no money behind it yet.
"""

BRIDGE_LATER = """ date 2024-05-09 politics

Kale said the bridge plan would need another vote.
"""

BANK = """ date 2024-05-07 business

Northbank said on Tuesday that the bridge plan would cost more than forecast.

A Northbank spokeswoman said the bank would not pay for the bridge plan alone.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder = tmp_path_factory.mktemp("aggregates")
    for name, text in (("ferry.txt", FERRY), ("regatta.txt", REGATTA), ("bridge.txt", BRIDGE), ("bridge_later.txt", BRIDGE_LATER), ("bank.txt", BANK)):
        (folder / name).write_text(text, encoding="utf-8")
    built, skipped = Engine.from_paths([folder])
    assert skipped == ()
    return built


def test_without_a_kind_of_speaker_only_quotes_on_the_topic_count(engine):
    # Okafor never says "ferry" or "tax": asked for anyone, she is no answer (an article may go on
    # to another story), while those whose quotes match are ranked.
    answer = engine.ask("who is quoted most about the ferry tax?")
    names = [t.name for t in answer.speakers]
    assert answer.intent == "speakers" and "Ines Varga" in names and "Oskar Lind" in names
    assert "Ruth Okafor" not in names


def test_a_passing_mention_brings_no_speaker_in(engine):
    # The regatta article names the ferry once: its rower and coach did not comment on the ferry tax.
    names = {t.name for t in engine.ask("who commented on the ferry tax?").speakers}
    assert names and not names & {"Tilde Sand", "Marta Berg"}


def test_the_best_quote_is_the_speakers_own_words_beside_the_reporters_line(engine):
    # "Mayor Oskar Lind defended the ferry tax" is the reporter's; Lind's words follow it.
    answer = engine.ask("who is quoted most about the ferry tax?")
    lind = next(t for t in answer.speakers if t.name == "Oskar Lind")
    assert lind.quotes[0].text.startswith("“Nobody likes paying more")
    assert any(q.text.startswith("Mayor Oskar Lind defended") for q in lind.quotes)  # still among the examples


def test_a_match_that_reports_the_act_asked_about_stays_first(engine):
    answer = engine.ask("who criticised the ferry tax?")
    assert answer.intent == "speakers"
    varga = next(t for t in answer.speakers if t.name == "Ines Varga")
    assert varga.quotes[0].text.startswith("Ines Varga, a councillor, criticised the ferry tax")


def test_a_person_the_topic_names_in_full_is_found_by_surname(engine):
    # "Mr. Lind" in the sentence, "Oskar Lind" in the question.
    answer = engine.ask("who praised Oskar Lind?")
    assert "Eva Holm" in [t.name for t in answer.speakers]
    assert "Oskar Lind" not in [t.name for t in answer.speakers]  # whom it is about, not who said it


def test_one_person_under_two_names_is_one_speaker(engine):
    answer = engine.ask("who is quoted most about the bridge plan?")
    kale = [t for t in answer.speakers if t.name.endswith("Kale")]
    assert len(kale) == 1 and kale[0].count == 3 and kale[0].name != "Kale"


def test_a_noun_ranks_its_speakers_first_and_the_answer_lists_each_once(engine):
    answer = engine.ask("which councillors commented on the ferry tax?")
    assert [t.name for t in answer.speakers][:1] == ["Ines Varga"]
    assert len({q.speaker for q in answer.answers}) == len(answer.answers)  # one best quote per speaker


def test_a_body_and_its_spokeswoman_are_one_speaker(engine):
    answer = engine.ask("who is quoted most about the bridge plan?")
    bank = [t for t in answer.speakers if "Northbank" in t.name]
    assert [t.name for t in bank] == ["Northbank"] and bank[0].count == 2


def test_a_timeline_shows_the_span_of_dates_in_date_order(engine):
    # Two quotes on May 6 and one on May 9: two shown are one of each date, not May 6 twice.
    answer = engine.ask("what has Kale said about the bridge plan over time?", top=2)
    assert answer.intent == "timeline"
    assert [q.date.isoformat() for q in answer.answers] == ["2024-05-06", "2024-05-09"]
    assert [(p.date.isoformat(), p.count) for p in answer.timeline] == [("2024-05-06", 2), ("2024-05-09", 1)]
    assert engine.ask("how has Kale's view of the bridge plan changed?", top=2).intent == "timeline"


def test_a_noun_for_bodies_ranks_the_bodies_first(engine):
    # "which organisations": Northbank is a body; the people quoted on the bridge plan come after it.
    answer = engine.ask("which organisations commented on the bridge plan?")
    assert [t.name for t in answer.speakers][:1] == ["Northbank"]
