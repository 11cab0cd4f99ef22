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
