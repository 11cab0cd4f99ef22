""""no longer" and "anymore" are a question's negation, no word of its topic."""

from pathlib import Path

import pytest

from retrieval.answer.matching import query_terms
from retrieval.answer.negated import negated
from retrieval.engine import Engine

ARTICLE = """ date 2024-05-02 world

"I don't trust the Lusk police at all after what they did to my son," said Anna Kovac, a baker.

"The queues at the Lusk police station are longer than ever," said Piet Moreau.

"We trust the Lusk police to keep the harbor safe," said Jan Olsen, the harbor master.
"""


@pytest.mark.parametrize(
    "question, terms",
    [
        ("who said she no longer trusts the police?", ["trust", "polic"]),
        ("who won't wait any longer?", ["wait"]),
        ("who doesn't go there anymore?", ["go", "there"]),
    ],
)
def test_the_phrase_leaves_the_topic_and_the_negation(question, terms):
    assert [t for t in query_terms(question) if t != "there"] == [t for t in terms if t != "there"]
    assert negated(question)


def test_longer_alone_is_a_word_of_the_topic():
    assert "longer" in query_terms("who said the queues were longer?")
    assert not negated("who said the queues were longer?")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("longer")
    (folder / "police.txt").write_text(ARTICLE, encoding="utf-8")
    engine, _ = Engine.from_paths([folder])
    return engine


def test_no_longer_is_answered_by_a_sentence_that_says_no(engine):
    speakers = [q.speaker for q in engine.ask("who said she no longer trusts the Lusk police?").answers]
    assert speakers and speakers[0] == "Anna Kovac"
    assert "Jan Olsen" not in speakers
