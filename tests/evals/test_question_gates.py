"""The gate diagnostic: which step of the question layer loses the sentence a question expects."""

from __future__ import annotations

import pytest

from evals.question_gates import expected_sentence, gate
from evals.questions import Question
from retrieval.engine import Engine

ARTICLE = """ date 2023-03-12 world

“The plant will reopen in July,” said Tom Reyes, the mayor.

“Safety checks at the plant were skipped,” said Jon Hale, a union steward.

The river flooded the lower town on Sunday.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gates")
    (folder / "plant.txt").write_text(ARTICLE, encoding="utf-8")
    engine, _ = Engine.from_paths([folder])
    return folder, engine


def _ask(corpus, question: str, speakers=(), substrings=()) -> str:
    folder, engine = corpus
    q = Question(question, folder, "who said", False, tuple(speakers), tuple(substrings), (), "q:1")
    return gate(engine, q, engine.ask(question))


def test_a_speaker_nobody_is_is_named_as_the_gate(corpus):
    assert _ask(corpus, "what did the harbour master say?", substrings=["reopen in July"]).startswith("speaker not found")


def test_another_speaker_is_an_attribution_error(corpus):
    assert _ask(corpus, "who said the checks were skipped?", ["Tom Reyes"], ["checks at the plant"]).startswith("attribution")


def test_too_little_of_the_question_is_the_coverage_gate(corpus):
    why = _ask(corpus, "who said the factory would open its gates in summer?", ["Tom Reyes"], ["reopen in July"])
    assert why.startswith(("coverage", "claim verb unheld", "unknown-word share"))


def test_a_sentence_found_but_not_shown_passes_alone(corpus):
    why = _ask(corpus, "who said anything about the plant?", ["Tom Reyes"], ["reopen in July"])
    assert why.startswith("passes alone")


def test_the_expected_sentence_is_the_one_no_shown_quote_holds(corpus):
    folder, engine = corpus
    q = Question("q", folder, "who said", False, (), ("reopen in July",), (), "q:1")
    assert "reopen" in engine.library.text(expected_sentence(engine, q, []))
    assert expected_sentence(engine, Question("q", folder, "who said", False, (), ("no such words",), (), "q:1"), []) is None


def test_the_speaker_gate_reads_the_subject_as_the_engine_does(corpus):
    # "Hale's office" is Hale as an owner's voice (``owned``): found, so what loses the sentence
    # is the topic, not the speaker.
    why = _ask(corpus, "what did Hale's office say about the weather?", ["Jon Hale"], ["checks at the plant"])
    assert not why.startswith("speaker"), why
    assert _ask(corpus, "what did the harbour master say about the weather?", ["Jon Hale"], ["checks at the plant"]).startswith("speaker not found")


CROWD = """ date 2023-03-12 world

“The plant will reopen in July,” said Tom Reyes, the mayor.

“Safety checks at the plant were skipped,” said Jon Hale, a union steward.

“The plant has been a good employer,” Hale said.

“The plant pays well,” said Ida Moss.

“The plant is loud,” said Bo Hart.

“The plant is old,” said Al Finch.

“The plant is big,” said Ed Ross.

“The plant is near,” said Cy Dunn.
"""


def test_an_aggregate_says_where_it_ranks_the_speaker(tmp_path):
    (tmp_path / "plant.txt").write_text(CROWD, encoding="utf-8")
    engine, _ = Engine.from_paths([tmp_path])
    question = "who is quoted about the plant?"
    answer = engine.ask(question)

    def why(speaker: str, words: str) -> str:
        return gate(engine, Question(question, tmp_path, "aggregates", False, (speaker,), (words,), (), "q:1"), answer)

    assert why("Jon Hale", "checks at the plant") == "aggregate: Jon Hale ranked #1, shown with another quote of theirs"
    assert why("Cy Dunn", "plant is near").startswith("aggregate: Cy Dunn ranked #6")
