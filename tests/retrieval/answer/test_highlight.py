"""Which words of a quote matched the question: the terms to mark, and their offsets in the text."""

from __future__ import annotations

import pytest

from retrieval.answer.highlight import highlight_terms, highlights
from retrieval.index.terms import tokenize


@pytest.mark.parametrize(
    "question, subject, topic, expected",
    [
        ("who said casualties?", None, "casualties", "casualties"),
        ("What did Zarif say?", "Zarif", None, "Zarif"),
        # No topic reported: the question's own words, without the scaffolding.
        ("Who said anything about the stock market?", None, None, "stock market"),
        ("who said what?", None, None, ""),
    ],
)
def test_highlight_terms(question, subject, topic, expected):
    # Terms are index tokens (stemmed, case-folded), as the engine searches them.
    assert highlight_terms(question, subject, topic) == set(tokenize(expected))


def test_highlights_mark_only_matching_words():
    text = "Iraq said its forces suffered no casualties, Casualties aside."
    spans = highlights(text, set(tokenize("casualties")))
    assert [text[a:b] for a, b in spans] == ["casualties", "Casualties"]


@pytest.mark.parametrize("words", ["", "tokyo"])
def test_no_highlight_without_a_matching_word(words):
    assert highlights("Iraq said its forces suffered no casualties.", set(tokenize(words))) == []


def test_a_stemmed_question_word_marks_the_whole_word_it_matched():
    text = "Iran’s casualty figures rose."
    assert [text[a:b] for a, b in highlights(text, set(tokenize("Iran casualties")))] == ["Iran’s", "casualty"]
