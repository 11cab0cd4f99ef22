"""The wire attribution yardstick: name matching, scoring, span alignment and the gold file.

The articles' attribution figures are reported by ``evals/wire_eval.py``, never asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.wire_eval import Row, align, main, names_match, score

WIRE = Path(__file__).resolve().parents[2] / "evals" / "wire"


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ("Donald Trump", "Donald Trump", True),
        ("Donald Trump", "donald TRUMP", True),
        ("Donald Trump", "Trump", True),
        ("Trump", "Donald Trump", True),
        ("the Health Ministry", "Health Ministry", True),
        ("the Health Ministry", "the ministry", True),
        ("Dalton Micro Inc.", "Dalton Micro Inc", True),
        ("Norway’s central bank", "Norway's central bank", True),
        ("a source familiar with the matter", "source familiar with the matter", True),
        # negative rows
        ("Donald Trump", "Donald", False),  # shorter must end on the longer's last word
        ("Donald Trump", "Ivanka Trump", False),
        ("Per Aune", "Kjersti Aune", False),  # same surname, different people
        ("the Health Ministry", "the Foreign Ministry", False),
        ("Mark Esper", "Esperanza", False),  # whole words only
        ("a Western diplomat", "a Western diplomat who asked not to be named", False),
        ("the", "the Health Ministry", False),
        ("Police", "", False),
    ],
)
def test_names_match(gold: str, predicted: str, expected: bool) -> None:
    assert names_match(gold, predicted) is expected
    assert names_match(predicted, gold) is expected


def test_score_counts_each_outcome() -> None:
    rows = [
        Row("a.txt", "s1", "Jane Doe", "Doe"),  # true positive, right speaker
        Row("a.txt", "s2", "Jane Doe", "John Roe"),  # true positive, wrong speaker
        Row("a.txt", "s3", None, "Police"),  # false positive
        Row("a.txt", "s4", "Police", None),  # missed
        Row("a.txt", "s5", None, None),  # correctly left alone
    ]
    result = score(rows)
    assert (result.true_positives, result.false_positives, result.false_negatives) == (2, 1, 1)
    assert result.speaker_correct == 1
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 / 3)
    assert result.speaker_accuracy == pytest.approx(0.5)
    assert [(e.kind, e.row.text) for e in result.errors] == [
        ("wrong speaker", "s2"),
        ("false positive", "s3"),
        ("missed", "s4"),
    ]


def test_score_of_nothing_predicted_is_zero_not_an_error() -> None:
    result = score([Row("a.txt", "s1", "Jane Doe", None), Row("a.txt", "s2", None, None)])
    assert (result.precision, result.recall, result.f1, result.speaker_accuracy) == (0.0, 0.0, 0.0, 0.0)
    assert [e.kind for e in result.errors] == ["missed"]


@pytest.mark.parametrize(
    "gold, system, expected",
    [
        ([(0, 10), (11, 20)], [((0, 10), "A"), ((11, 20), None)], ["A", None]),
        # system merged two gold sentences: both take its speaker
        ([(0, 10), (11, 20)], [((0, 20), "A")], ["A", "A"]),
        # system cut one gold sentence in two: the larger piece decides
        ([(0, 20)], [((0, 5), "A"), ((6, 20), None)], [None]),
        ([(0, 20)], [((0, 15), "A"), ((16, 20), None)], ["A"]),
        # no overlap at all
        ([(30, 40)], [((0, 20), "A")], [None]),
    ],
)
def test_align_takes_the_most_overlapping_system_sentence(gold, system, expected) -> None:
    assert align(gold, system) == expected


def test_gold_file_matches_the_articles_in_order() -> None:
    records = [json.loads(line) for line in (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    documents = sorted({r["document"] for r in records})
    assert documents == sorted(p.name for p in (WIRE / "articles").glob("*.txt"))
    for document in documents:
        text = (WIRE / "articles" / document).read_text(encoding="utf-8")
        cursor = 0
        for record in (r for r in records if r["document"] == document):
            assert set(record) == {"document", "text", "speaker"}
            assert record["speaker"] is None or record["speaker"].strip() == record["speaker"] != ""
            found = text.find(record["text"], cursor)
            assert found >= 0, record["text"]
            cursor = found + len(record["text"])


def test_main_prints_figures_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(WIRE)]) == 0
    out = capsys.readouterr().out
    assert "precision " in out and "speaker accuracy " in out and "errors: " in out
    # the figures themselves are reported, not asserted: this is a yardstick
