"""The questions the bundled article must answer, asked the way a user asks them: `quotebot ask --json`."""

import json
import subprocess
import sys

import pytest


def ask(question: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ask", question, "--json"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_who_said_casualties():
    answer = ask("who said casualties?")
    by_speaker = {q["speaker"]: q["text"] for q in answer["answers"]}
    assert {"Donald Trump", "One source", "Iraq"} <= set(by_speaker)
    assert all("casualties" in text for text in by_speaker.values())


def test_what_did_zarif_say_returns_both_his_sentences_and_no_one_else():
    answer = ask("What did Zarif say?")
    assert {q["speaker"] for q in answer["answers"]} == {"Mohammad Javad Zarif"}
    assert len(answer["answers"]) == 2
    assert answer["answers"][1]["speaker_mention"] == "he" and answer["answers"][1]["cue"].startswith("wrote")


def test_what_did_trump_say_includes_his_tweet():
    texts = [q["text"] for q in ask("what did Trump say?")["answers"]]
    assert "“All is well!” Trump said on Twitter." in texts


def test_how_many_missiles_shows_both_figures_with_their_sources():
    answer = ask("how many missiles were fired?")
    figures = {q["figure"]: q["speaker"] for q in answer["answers"]}
    assert figures.get("15 missiles") == "Iranian state television"
    assert figures.get("22 rockets") == "Iraq"


@pytest.mark.parametrize(
    "question", ["who said anything about the stock market in Tokyo?", "what did Angela Merkel say?"]
)
def test_questions_the_article_cannot_answer_quote_nothing(question):
    answer = ask(question)
    assert answer["answers"] == [] and answer["message"]


# The questions of the question issue, as a new user asks them: words the article does not use.
def _matched(answer: dict) -> dict[str, set[tuple[str, str]]]:
    return {q["speaker"]: {(m["word"], m["stands_for"]) for m in q["matched"]} for q in answer["answers"]}


def test_who_said_there_were_no_deaths_finds_the_casualty_denials_not_irans_threat():
    matched = _matched(ask("who said there were no deaths?"))
    assert {"Iraq", "One source"} <= set(matched)
    assert matched["Iraq"] == {("casualties", "deaths")}
    assert "Iran" not in matched and "Donald Trump" not in matched  # "to prevent more deaths" denies nothing


def test_who_said_nobody_was_hurt_finds_none_of_their_troops_were_harmed():
    matched = _matched(ask("who said nobody was hurt?"))
    assert matched.get("Germany, Denmark, Norway and Poland") == {("harmed", "hurt")}


def test_who_said_iran_would_strike_back_finds_esper():
    matched = _matched(ask("who said Iran would strike back?"))
    assert matched.get("Mark Esper") == {("retaliate", "strike back")}


def test_how_many_missiles_finds_both_figures_without_fired():
    figures = {q["figure"]: q["speaker"] for q in ask("how many missiles?")["answers"]}
    assert figures == {"15 missiles": "Iranian state television", "22 rockets": "Iraq"}


def test_a_period_is_understood_and_shown():
    answer = ask("what did Trump say in January 2020?")
    assert answer["period"] == {"phrase": "in January 2020", "start": "2020-01-01", "end": "2020-01-31"}
    assert {q["speaker"] for q in answer["answers"]} == {"Donald Trump"}
    assert ask("what did Trump say in 2019?")["answers"] == []
