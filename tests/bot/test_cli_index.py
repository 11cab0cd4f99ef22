"""``quotebot index`` and ``--index-dir``: a saved index answers as the corpus does, and is refreshed."""

from __future__ import annotations

import json

import pytest

from retrieval.results import Answer
from tests.bot.cli_runs import ask_json, run


def test_index_without_a_folder_is_a_usage_error(runner, corpus):
    result = run(runner, "index", "--corpus", str(corpus))
    assert result.exit_code == 2
    assert "Give --index-dir DIR or set QUOTEBOT_INDEX_DIR." in result.stderr


def test_index_builds_then_ask_answers_the_same(runner, corpus, tmp_path):
    pytest.importorskip("retrieval.index.store")
    index_dir = tmp_path / "index"
    args = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    result = run(runner, "index", *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Indexed 2 documents, ") and result.stdout.count("\n") == 1
    assert f"(2 files processed, 0 reused, 0 skipped) into {index_dir}.\n" in result.stdout
    in_memory = ask_json(runner, "cargo volumes", "--corpus", str(corpus))
    saved = ask_json(runner, "cargo volumes", *args)
    assert saved == in_memory
    from_env = ask_json(runner, "cargo volumes", "--corpus", str(corpus), env={"QUOTEBOT_INDEX_DIR": str(index_dir)})
    assert from_env == in_memory


def test_index_reads_only_what_changed(runner, corpus, tmp_path):
    pytest.importorskip("retrieval.index.store")
    args = ["index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert "(2 files processed, 0 reused, 0 skipped)" in run(runner, *args).stdout
    assert "(0 files processed, 2 reused, 0 skipped)" in run(runner, *args).stdout
    (corpus / "ferry.txt").write_text("The ferry operator said cargo volumes were steady.\n", encoding="utf-8")
    assert "(1 file processed, 2 reused, 0 skipped)" in run(runner, *args).stdout
    assert "(3 files processed, 0 reused, 0 skipped)" in run(runner, *args, "--rebuild").stdout
    answer = ask_json(runner, "cargo volumes", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index"))
    assert "ferry.txt" in {q.document for q in answer.answers}


def test_damaged_index_is_rebuilt_with_a_warning(runner, corpus, tmp_path):
    pytest.importorskip("retrieval.index.store")
    index_dir = tmp_path / "index"
    args = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    in_memory = ask_json(runner, "cargo volumes", "--corpus", str(corpus))
    assert run(runner, "index", *args).exit_code == 0
    for path in index_dir.rglob("*"):
        if path.is_file():
            path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    result = run(runner, "ask", "cargo volumes", *args, "--json")
    assert result.exit_code == 0
    [warning] = result.stderr.splitlines()
    assert warning.startswith("Warning: ") and "rebuilt" in warning
    assert Answer.model_validate_json(result.stdout) == in_memory
