"""The question yardstick's scorer: the pass rule, loading question files, and the report.

The yardstick's figures are printed by ``python3 -m evals.questions``, never asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evals.questions import Question, judge, load_questions, report
from retrieval.results import Answer, Quote

ROOT = Path(__file__).resolve().parents[2]


def _quote(text: str, speaker: str | None) -> Quote:
    return Quote(
        text=text, speaker=speaker, speaker_mention=speaker, speaker_description=None, cue="said",
        document="a.txt", date=None, paragraph=0, sentence=0, start=0, end=len(text),
    )


def _question(kind="who said", speakers=(), substrings=(), forbid=()) -> Question:
    return Question("who said it?", ROOT / "seeds", kind, False, tuple(speakers), tuple(substrings), tuple(forbid), "q:1")


def _answer(*quotes: Quote) -> Answer:
    return Answer(question="who said it?", intent="who_said", answers=list(quotes), total=len(quotes))


IRAQ = _quote("Iraq said its forces suffered no casualties.", "Iraq")
IRAN = _quote("Iran told Washington to withdraw its troops to prevent more deaths.", "Iran")
NARRATION = _quote("More than 5,000 US troops remain in Iraq.", None)


@pytest.mark.parametrize(
    "question, quotes, passed",
    [
        (_question(speakers=["Iraq"], substrings=["suffered no casualties"]), [IRAQ], True),
        (_question(speakers=["the Iraq"], substrings=["suffered   no\ncasualties"]), [IRAQ], True),  # article, spacing
        (_question(speakers=["Iraq"], substrings=["no casualties"], forbid=["Iran"]), [IRAN, IRAQ], False),
        (_question(speakers=["Iraq"]), [IRAN], False),
        (_question(substrings=["no U.S. casualties"]), [IRAQ], False),
        (_question(substrings=["5,000 US troops"]), [NARRATION], True),
        (_question(speakers=["Iraq"], substrings=["suffered no casualties"]), [], False),
        (_question(kind="no-answer"), [], True),
        (_question(kind="no-answer"), [NARRATION], False),
    ],
)
def test_the_pass_rule(question, quotes, passed):
    assert judge(question, _answer(*quotes)).passed is passed


def test_only_the_top_quotes_count():
    answer = _answer(*([IRAN] * 5 + [IRAQ]))
    assert not judge(_question(speakers=["Iraq"]), answer, top=5).passed
    assert judge(_question(speakers=["Iraq"]), answer, top=6).passed


def test_failures_say_why():
    verdict = judge(_question(speakers=["Iraq"], substrings=["no casualties"], forbid=["Iran"]), _answer(IRAN))
    assert verdict.reasons == ("no quote holds “no casualties”", "Iraq is not among the speakers", "quotes forbidden speaker Iran")


def test_corpus_beside_the_questions_file_or_under_root(tmp_path):
    source = tmp_path / "news" / "bbc"
    (source / "articles").mkdir(parents=True)
    row = {"question": "who said x?", "corpus": "bbc", "kind": "who said", "paraphrase": True,
           "expect_speakers": ["A"], "expect_substrings": [], "forbid_speakers": []}
    (source / "questions.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (source / "gold.jsonl").write_text('{"document": "a.txt"}\n', encoding="utf-8")  # not a question file
    (tmp_path / "questions").mkdir()
    (tmp_path / "questions" / "mine.jsonl").write_text(json.dumps({**row, "corpus": "news/bbc/articles"}) + "\n", encoding="utf-8")
    loaded = load_questions([tmp_path], tmp_path)
    assert [q.corpus for q in loaded] == [source / "articles", source / "articles"]
    assert loaded[0].paraphrase and loaded[0].expect_speakers == ("A",)


def test_a_missing_corpus_is_an_error(tmp_path):
    (tmp_path / "q.jsonl").write_text('{"question": "x", "corpus": "nowhere", "kind": "about"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="nowhere"):
        load_questions([tmp_path / "q.jsonl"], tmp_path)


def test_report_counts_kinds_paraphrases_and_no_answer_precision():
    para = Question("q", ROOT, "who said", True, ("Iraq",), (), (), "q:1")
    verdicts = [judge(para, _answer(IRAQ)), judge(_question(kind="no-answer"), _answer()), judge(_question(speakers=["Iraq"]), _answer())]
    text = report(verdicts)
    assert "kind: paraphrase" in text and "   1 / 1    100.0%" in text
    assert "no-answer questions given no quotes: 1 / 1 (100.0%)" in text
    assert "empty answers that were no-answer questions: 1 / 2 (50.0%)" in text
    assert "overall                                       2 / 3     66.7%" in text


def test_the_script_scores_a_corpus(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Mayor Tom Reyes said the bridge would reopen on Friday.\n", encoding="utf-8")
    rows = [
        {"question": "who said the bridge would reopen?", "corpus": "articles", "kind": "who said", "paraphrase": False,
         "expect_speakers": ["Tom Reyes"], "expect_substrings": ["the bridge would reopen"], "forbid_speakers": []},
        {"question": "what did Angela Merkel say?", "corpus": "articles", "kind": "no-answer", "paraphrase": False,
         "expect_speakers": [], "expect_substrings": [], "forbid_speakers": []},
    ]
    (tmp_path / "q.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "evals.questions", str(tmp_path / "q.jsonl"), "--root", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "overall" in done.stdout and "2 / 2" in done.stdout
