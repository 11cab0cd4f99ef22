"""Sentences that share words with a question without answering it: a stand-in beside a missing
specific word, the sentence after a quote, the writer's words around a speech noun."""

from __future__ import annotations

import pytest

from retrieval.answer.matching import name_shares
from retrieval.answer.nominal import noun_phrase
from retrieval.engine import Engine

PARCELS = """ date 2024-05-02 business

The courier firm Norda delivers about 40,000 parcels a day, said Pia Holt, a logistics analyst.

“Norda has grown faster than anyone expected,” said Omar Diaz, a retail consultant. Norda has also tested drones for its deliveries in two cities.

Norda began flying drones over the harbour in March. “Norda's pilots were nervous at first,” said Ines Berg, who runs the trials.

Deliveries rose by a tenth in April. Late deliveries cost the firm a contract with the port, and deliveries to the islands stopped.

The city museum shut its west wing last week amid complaints of damp from several visitors, including two teachers.

Museum director Carl Wren said the west wing would reopen in June.
"""


@pytest.fixture(scope="module")
def engine(engine_over) -> Engine:
    return engine_over({"parcels.txt": PARCELS})


def speakers(engine: Engine, question: str) -> list[str | None]:
    answer = engine.ask(question)
    return [q.speaker for q in answer.answers] + [t.name for t in answer.speakers or []]


def test_a_stand_in_does_not_answer_while_the_specific_word_is_missing(engine):
    # "delivers" stands in for "deliveries", but Holt's sentence says nothing of drones.
    assert "Pia Holt" not in speakers(engine, "who commented on Norda's drone deliveries?")
    assert "Pia Holt" in speakers(engine, "who commented on Norda's deliveries?")  # the stand-in alone still works


def test_the_sentence_after_a_quote_does_not_give_it_a_topic(engine):
    # Diaz's quote comes before the drone sentence: he said nothing about drones. Berg's follows one.
    found = speakers(engine, "who talked about Norda's drones?")
    assert "Omar Diaz" not in found
    assert "Ines Berg" in found


def test_a_speech_noun_answers_only_for_its_own_phrase(engine):
    # The visitors' words are "complaints of damp"; the shutting of the wing is the writer's.
    assert "several visitors" not in speakers(engine, "who commented on the west wing being shut?")
    assert "Carl Wren" in speakers(engine, "who commented on the west wing being shut?")
    assert "several visitors" in speakers(engine, "who complained about damp?")


def test_noun_phrase_runs_from_the_speech_noun_to_its_source():
    text = "The museum shut amid complaints of damp from several visitors, including two teachers."
    assert noun_phrase(text, "complaints from", "several visitors") == "complaints of damp from several visitors"
    assert noun_phrase(text, "complaints from", "the mayor") is None
    assert noun_phrase(text, None, "several visitors") is None


CITY = """ date 2024-11-05 city

Port Arden closed its ferry terminal for a day after a storm warning.

“Port Arden overreacted to a forecast,” said Tom Vale, a harbour pilot.

“Port Arden has the best harbour on the coast,” said Ana Roos, who runs the ferry company.

The mayor, Lisa Dorn, said the terminal would open again on Friday.
"""

# Sentences without the name, so that "Port Arden" is as rare as in a real archive.
WEATHER = " date 2024-11-04 weather\n\n" + "\n\n".join(
    f"Rain fell on the {place} road for {n} hours, the weather office said."
    for n, place in enumerate(["north", "south", "east", "west", "valley", "coast", "hill", "river", "lake", "forest", "bridge", "airport"], 2)
) + "\n"


def test_a_name_of_two_words_weighs_as_one_thing_asked(engine_over):
    engine = engine_over({"city.txt": CITY, "weather.txt": WEATHER})
    # "Port Arden" alone is half of "Port Arden overreacted" only when a name counts as one word.
    assert speakers(engine, "who said Port Arden overreacted?") == ["Tom Vale"]


def test_name_shares_make_a_name_weigh_as_its_most_specific_word():
    shares = name_shares("who said Port Arden overreacted?", {"port": 9, "arden": 3}.get, 100)
    assert set(shares) == {"port", "arden"} and all(0.0 < v < 1.0 for v in shares.values())
    assert name_shares("who said the port overreacted?", {"port": 9}.get, 100) == {}  # no name of two words


def test_a_capital_stands_for_its_country(engine_over):
    engine = engine_over(
        {"talks.txt": " date 2024-12-01 world\n\n“Iran is moving carefully on enrichment,” said analyst Rana Haddad.\n\nThe talks resume in Vienna.\n"}
    )
    answer = engine.ask("who commented on Tehran?")
    assert [q.speaker for q in answer.answers] == ["Rana Haddad"]
    assert [(m.word, m.stands_for) for m in answer.answers[0].matched] == [("Iran", "Tehran")]
    assert engine.ask("who commented on Ankara?").answers == []
