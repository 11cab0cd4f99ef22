"""The PolNeAR evaluation script end to end, on one small hand-made article."""

from __future__ import annotations

import json

from evals.polnear import main

TEXT = "“We will win,” Jane Smith said.\n\nThe weather was fine."


def _article() -> dict:
    quote = TEXT.index("We")
    return {
        "id": "a1",
        "text": TEXT,
        "sentences": [[0, 31], [33, len(TEXT)]],
        "attributions": [
            {
                "source": [[16, 26]],
                "source_text": "Jane Smith",
                "cue": [[27, 31]],
                "cue_text": "said",
                "content": [[quote, quote + 11]],
                "content_text": "We will win",
                "speaker": "Jane Smith",
            }
        ],
    }


def test_script_prints_scores_and_timing(tmp_path, capsys) -> None:
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(_article()) + "\n", encoding="utf-8")
    assert main([str(path), "--examples", "1"]) == 0
    out = capsys.readouterr().out
    assert "P 1.000  R 1.000  F1 1.000  (TP 1, FP 0, FN 0)" in out
    assert "speaker accuracy 1.000 (1/1)" in out
    assert "attribute " in out and "sentences/s" in out
