"""The many-publisher yardstick: what counts as right, how errors are classed, and the report.

The articles' figures are printed by ``evals/news_eval.py``, never asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.news_eval import NewsRow, error_classes, evaluate, is_right, main, report, score, shared_sentences


def _row(gold: str | None, predicted: str | None, alternatives: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> NewsRow:
    return NewsRow("bbc", "a.txt", "text", gold, alternatives, tags, predicted)


@pytest.mark.parametrize(
    "gold, alternatives, predicted, expected",
    [
        ("Tony Blair", (), "Blair", True),
        ("Tony Blair", (), "Tony Blair", True),
        ("an official", ("state television",), "state television", True),  # the outer source is acceptable
        ("Football Association", ("FA",), "FA", True),
        (None, (), None, True),  # rightly nobody
        # negative rows
        ("Tony Blair", (), "Gordon Brown", False),
        ("Tony Blair", (), None, False),  # missed
        (None, (), "Tony Blair", False),  # spurious
        ("an official", ("state television",), "state radio", False),
    ],
)
def test_is_right(gold, alternatives, predicted, expected) -> None:
    assert is_right(_row(gold, predicted, alternatives)) is expected


def test_error_classes_use_the_tags_and_name_spurious_speakers() -> None:
    assert error_classes(_row("Tony Blair", None, tags=("verb", "description"))) == ("verb", "description")
    assert error_classes(_row(None, "Comments", tags=("passive",))) == ("passive", "spurious")
    assert error_classes(_row(None, "Q")) == ("spurious",)
    assert error_classes(_row("Tony Blair", "Brown")) == ("other",)


def test_score_counts_sentences_and_speaking_detection() -> None:
    rows = [_row("A B", "B"), _row("A B", "C D"), _row(None, "X"), _row("Y", None), _row(None, None)]
    result = score(rows)
    assert (result.sentences, result.right) == (5, 2)
    assert (result.true_positives, result.false_positives, result.false_negatives) == (2, 1, 1)
    assert result.accuracy == pytest.approx(0.4)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)


def test_report_lists_sources_overall_and_classes_with_examples() -> None:
    rows = [
        NewsRow("bbc", "a.txt", "He denied it.", "Tony Blair", (), ("verb", "description"), None),
        NewsRow("reuters", "b.txt", "Q: Who pays?", None, (), ("transcript",), "Q"),
        NewsRow("reuters", "b.txt", "It rained.", None, (), (), None),
    ]
    out = report(rows, examples=1)
    assert [line.split()[0] for line in out.splitlines()[1:4]] == ["bbc", "reuters", "overall"]
    assert "1 of 1 tagged  verb" in out and "1 of 1 tagged  transcript" in out and "spurious" in out
    assert "He denied it." in out and "gold: Tony Blair  got: None" in out


def _folder(tmp_path: Path, name: str, paragraphs: list[str], gold: list[dict]) -> Path:
    folder = tmp_path / name
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    lines = [json.dumps({"document": "a.txt", "alternatives": [], "tags": [], **g}) for g in gold]
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_evaluate_runs_the_extractor_and_aligns_gold_sentences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(
        tmp_path,
        "wire",
        ["“We will rebuild the bridge by spring,” Mayor Jane Okafor said on Monday.", "The river rose two metres overnight."],
        [
            {"text": "“We will rebuild the bridge by spring,” Mayor Jane Okafor said on Monday.", "speaker": "Jane Okafor"},
            {"text": "The river rose two metres overnight.", "speaker": None},
        ],
    )
    rows = evaluate(folder)
    assert [(r.source, r.gold, r.predicted) for r in rows] == [("wire", "Jane Okafor", "Jane Okafor"), ("wire", None, None)]
    assert main([str(folder)]) == 0
    assert "overall" in capsys.readouterr().out


def test_evaluate_names_the_gold_sentence_missing_from_the_article(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "bad", ["The river rose."], [{"text": "A sentence the article lacks.", "speaker": None}])
    with pytest.raises(ValueError, match="a.txt: gold sentence not found"):
        evaluate(folder)


def test_main_takes_a_folder_of_sources_and_passes_over_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _folder(tmp_path, "alpha", ["The river rose."], [{"text": "The river rose.", "speaker": None}])
    _folder(tmp_path, "beta", ["The river fell."], [{"text": "The river fell.", "speaker": None}])
    (tmp_path / "README.md").write_text("sources\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()[1:4]] == ["alpha", "beta", "overall"]


def test_gold_fragments_of_one_sentence_are_each_scored_by_the_whole_sentence(tmp_path: Path) -> None:
    # gold units cut where a dataset's line-break stop fell; the splitter keeps the sentence whole
    paragraph = "Erica . explained that the dog . escaped, Erica Lane said."
    folder = _folder(
        tmp_path,
        "tabloid",
        [paragraph, "The river rose."],
        [
            {"text": "Erica .", "speaker": "Erica Lane"},
            {"text": "explained that the dog .", "speaker": "Erica Lane"},
            {"text": "escaped, Erica Lane said.", "speaker": "Erica Lane"},
            {"text": "The river rose.", "speaker": None},
        ],
    )
    rows = evaluate(folder)
    assert [r.predicted for r in rows] == ["Erica Lane", "Erica Lane", "Erica Lane", None]
    assert rows[0].sentence == rows[1].sentence == rows[2].sentence != rows[3].sentence
    assert [r.sentence for r in rows].count(None) == 0
    assert shared_sentences(rows) == (3, 1)
    assert "3 gold units lie in 1 system sentences that hold more than one" in report(rows)
