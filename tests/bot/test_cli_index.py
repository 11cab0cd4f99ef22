"""``quotebot index`` and ``--index-dir``: a saved index answers as the corpus does, and is refreshed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.settings import default_index_dir
from retrieval.results import Answer
from tests.bot.cli_runs import ask_json, run


def test_index_without_a_folder_goes_to_the_user_cache_and_ask_finds_it(runner, corpus, tmp_path):
    pytest.importorskip("retrieval.index.store")
    result = run(runner, "index", "--corpus", str(corpus))
    assert result.exit_code == 0, result.output
    folder = Path(result.stdout.rstrip().rsplit(" into ", 1)[1].removesuffix("."))
    assert folder == default_index_dir([corpus])
    assert folder.parent == tmp_path / "cache" / "quotebot" / "indexes" and folder.name.startswith("corpus-")
    in_memory = ask_json(runner, "cargo volumes", "--corpus", str(corpus), env={"XDG_CACHE_HOME": str(tmp_path / "none")})
    assert ask_json(runner, "cargo volumes", "--corpus", str(corpus)) == in_memory
    for path in folder.rglob("*.npy"):  # a damaged index is noticed only by a command that opens it
        path.write_bytes(b"")
    result = run(runner, "ask", "cargo volumes", "--corpus", str(corpus))
    assert result.exit_code == 0 and "rebuilt" in result.stderr


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


def test_each_corpus_gets_its_own_default_index(runner, corpus, tmp_path):
    pytest.importorskip("retrieval.index.store")
    other = tmp_path / "other"
    other.mkdir()
    (other / "ferry.txt").write_text("The ferry operator said cargo volumes were steady.\n", encoding="utf-8")
    first = run(runner, "index", "--corpus", str(corpus)).stdout
    second = run(runner, "index", "--corpus", str(other)).stdout
    assert first.rsplit(" into ", 1)[1] != second.rsplit(" into ", 1)[1]
    assert "(0 files processed, 2 reused, 0 skipped)" in run(runner, "index", "--corpus", str(corpus)).stdout


def test_ask_without_an_index_builds_in_memory_and_writes_nothing(runner, corpus, tmp_path):
    assert ask_json(runner, "cargo volumes", "--corpus", str(corpus)).answers
    assert not (tmp_path / "cache").exists()


def test_skipped_files_are_warned_about_when_read_not_on_every_ask_from_the_index(runner, corpus, tmp_path):
    pytest.importorskip("retrieval.index.store")
    (corpus / "notepad.txt").write_bytes("\ufeffThe mayor said the bridge would reopen.".encode("utf-16-le"))
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    built = run(runner, "index", *args)
    assert built.stderr == f"Warning: skipped {corpus / 'notepad.txt'}: UTF-16 text, not UTF-8; save it as UTF-8\n"
    assert "1 skipped" in built.stdout
    asked = run(runner, "ask", "cargo volumes", *args)
    assert asked.exit_code == 0 and asked.stderr == ""
    assert run(runner, "index", *args).stderr.count("Warning: skipped") == 1  # index always lists them


def test_ask_refuses_the_index_of_another_corpus(runner, corpus, tmp_path):
    pytest.importorskip("retrieval.index.store")
    other = tmp_path / "other"
    other.mkdir()
    (other / "ferry.txt").write_text("The ferry operator said cargo volumes were steady.\n", encoding="utf-8")
    index_dir = tmp_path / "index"
    assert run(runner, "index", "--corpus", str(corpus), "--index-dir", str(index_dir)).exit_code == 0
    result = run(runner, "ask", "cargo volumes", "--corpus", str(other), "--index-dir", str(index_dir))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {index_dir} holds the index of another corpus") and result.stderr.count("\n") == 1
    assert "(0 files processed, 2 reused" in run(runner, "index", "--corpus", str(corpus), "--index-dir", str(index_dir)).stdout
