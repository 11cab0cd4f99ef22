"""A full stop set apart (" .") that a news-dataset pipeline made from a line break, not a sentence end."""

from __future__ import annotations

import pytest

from retrieval.text.fast_split import plain_spans
from retrieval.text.fixes import correct_spans, merge_spaced_stops
from retrieval.text.sentences import pysbd_spans, split_spans, split_text

CASES = [
    # the word before " ." never ends a sentence (a determiner, a conjunction): one sentence,
    # whatever case the next word is in
    ("The award was handed to the . Duke of York on Friday, officials said.",
     ["The award was handed to the . Duke of York on Friday, officials said."]),
    ("'We gave it to our . Labrador and he loved it,' Ms Lane said.",
     ["'We gave it to our . Labrador and he loved it,' Ms Lane said."]),
    ("Prices rose faster than . January's forecast, the bank said. Shares fell.",
     ["Prices rose faster than . January's forecast, the bank said.", "Shares fell."]),
    ("Sales of bikes and . 3D printers doubled, the firm said.",
     ["Sales of bikes and . 3D printers doubled, the firm said."]),
    ("The . Prime Minister said he would not resign.", ["The . Prime Minister said he would not resign."]),
    # the next word is in lower case: one sentence
    ("She . followed the couple home from a park about six years . ago, they said.",
     ["She . followed the couple home from a park about six years . ago, they said."]),
    ("'It was a shock to see a cat . take on a dog,' Tom Lane . said.",
     ["'It was a shock to see a cat . take on a dog,' Tom Lane . said."]),
    ("Troops from the U.S . military arrived on Monday.", ["Troops from the U.S . military arrived on Monday."]),
    # ordinary " ." before a capital after a word that can end a sentence: two sentences
    ("He moved to the U.S . He was born in Ohio.", ["He moved to the U.S .", "He was born in Ohio."]),
    ("The dog was put down at the shelter . The family said it was sad.",
     ["The dog was put down at the shelter .", "The family said it was sad."]),
    ("Plan A . The second plan failed.", ["Plan A .", "The second plan failed."]),
    ("She wrote the foreword for a new book, . She spoke about it this week.",
     ["She wrote the foreword for a new book, .", "She spoke about it this week."]),
    # a real full stop, then a stray spaced one: the stray one is no sentence, nothing is joined
    ("It was over. . The next day it rained.", ["It was over.", "The next day it rained."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_split_keeps_line_break_stops_inside_sentences(text: str, expected: list[str]) -> None:
    assert split_text(text) == expected


@pytest.mark.parametrize("text", [row[0] for row in CASES])
def test_spans_are_verbatim_and_paths_agree(text: str) -> None:
    spans = split_spans(text)
    assert [text[s:e] for s, e in spans] == split_text(text)
    assert correct_spans(text, pysbd_spans(text)) == spans
    plain = plain_spans(text)
    if plain is not None:
        assert correct_spans(text, plain) == spans


def test_merge_spaced_stops_on_given_spans() -> None:
    text = "It went to the . Duke of York. Then it rained ."
    spans = [(0, 16), (17, 30), (31, 47)]
    assert merge_spaced_stops(text, spans) == [(0, 30), (31, 47)]

