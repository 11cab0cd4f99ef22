"""Unnamed sources a later description repeats ("a person familiar with the matter ... the source
said"): made-up sentences of the shapes seen across publishers, with rows where it must not fire."""

from __future__ import annotations

import pytest

from retrieval.attribution.informants import refers_back, repeats_source

ARTICLES = [
    (
        "the source after a person familiar with the matter",
        "Lena Ortiz met the minister in May, according to a person familiar with the matter.\n\n"
        "Ortiz did not mention the loan, the source said.",
        ["a person familiar with the matter", "a person familiar with the matter"],
    ),
    (
        "the source after the newer of two sources",
        "Aviation sources said the fog was thick on Sunday.\n\n"
        "A second aviation source said the engines had been checked.\n\n"
        "“It was a clear case of pilot error,” the source said.",
        ["Aviation sources", "A second aviation source", "A second aviation source"],
    ),
    (
        "a demonstrative description with an ordinal",
        "Two people familiar with the talks said the deal was close.\n\n"
        "Another person familiar with the talks disputed that account.\n\n"
        "This third source contended that the sides were far apart.",
        ["Two people familiar with the talks", "Another person familiar with the talks", "Another person familiar with the talks"],
    ),
    (
        "a demonstrative description repeating an official",
        "A senior city official said the plan was ready.\n\n"
        "“We will move fast,” according to this senior city official.",
        ["A senior city official", "A senior city official"],
    ),
    # negative rows: a description with words of its own is someone else
    (
        "a narrower description is not the whole group",
        "Supreme Court justices said the case was hard.\n\n"
        "The court’s liberal justices expressed doubt about the law.",
        ["Supreme Court justices", "The court’s liberal justices"],
    ),
    (
        "the source is no group of several",
        "Aviation experts said the fog was thick on Sunday.\n\n“It was pilot error,” the source said.",
        ["Aviation experts", "the source"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_unnamed_source_repeated(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_refers_back_reads_demonstratives() -> None:
    assert refers_back("This third source")
    assert refers_back("that official")
    assert not refers_back("A senior official")
    assert not refers_back("")


def test_repeats_source_by_head_words_and_informant_nouns() -> None:
    assert repeats_source("the source", "source", "a person familiar with the matter", 2)
    assert repeats_source("the sources", "sources", "four sources familiar with the matter")
    assert repeats_source("the person", "person", "a person familiar with the matter")
    assert not repeats_source("the source", "source", "a person familiar with the matter", 31)  # too far back
    assert not repeats_source("the source", "source", "four people familiar with the matter")  # one source, not four
    assert not repeats_source("the person", "person", "a man who hired a person")  # a word after the head
