"""Comparing two checkouts' sentences: runs of changed sentences and what kind of change each is."""

from __future__ import annotations

from pathlib import Path

from evals.split_compare import changes, classify, spans_of


def test_changes_group_joined_cut_and_dropped_sentences() -> None:
    old = [(0, 5), (6, 12), (13, 20), (21, 30), (31, 40)]
    new = [(0, 12), (13, 20), (21, 25), (26, 30)]
    runs = changes(old, new)
    assert runs == [([(0, 5), (6, 12)], [(0, 12)]), ([(21, 30)], [(21, 25), (26, 30)]), ([(31, 40)], [])]
    assert [classify(*run) for run in runs] == ["joined", "cut", "dropped"]
    assert classify([], [(1, 2)]) == "added"
    assert classify([(0, 5)], [(0, 4)]) == "other"
    assert changes(old, old) == []


def test_spans_of_splits_in_the_checkout_given() -> None:
    articles = [("a.txt", "It went to the . Duke of York. Then it rained.\n\nScroll down for video .")]
    here = spans_of(articles)
    assert [articles[0][1][a:b] for a, b in here[0]] == ["It went to the . Duke of York.", "Then it rained."]
    assert spans_of(articles, Path(__file__).resolve().parents[2]) == here
