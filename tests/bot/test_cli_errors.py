"""The command line's errors: usage mistakes exit 2, quotebot's own errors are one ``Error:`` line."""

from __future__ import annotations

import json

import pytest

from retrieval.results import Answer
from tests.bot.cli_runs import one_error_line, run


@pytest.mark.parametrize(
    "args, code",
    [
        (["ask"], 2),
        (["ask", "q", "--top", "0"], 2),
        (["ask", "q", "--top", "many"], 2),
        (["quotes"], 2),
        (["frobnicate"], 2),
        (["ask", "q", "--no-such-option"], 2),
    ],
)
def test_usage_errors_exit_2(runner, args, code):
    result = run(runner, *args)
    assert result.exit_code == code
    assert result.stdout == ""
    assert "Usage: quotebot" in result.stderr and "Traceback" not in result.stderr


def test_a_corpus_error_names_the_option_that_sets_the_corpus(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    line = one_error_line(run(runner, "ask", "q", "--corpus", str(tmp_path / "empty")))
    assert line.startswith("Error: ") and "folder has no .txt files" in line
    assert line.endswith("(--corpus or QUOTEBOT_CORPUS)")


@pytest.mark.parametrize("question", ["", "   ", "x" * 4000])
def test_bad_question_isone_error_line(runner, corpus, question):
    one_error_line(run(runner, "ask", question, "--corpus", str(corpus)))


@pytest.mark.parametrize(
    "command",
    [["ask", "q", "--corpus", "{missing}"], ["quotes", "{missing}"], ["sentences", "{missing}"], ["console", "--corpus", "{missing}"]],
)
def test_missing_path_is_one_error_line_naming_it(runner, tmp_path, command):
    missing = str(tmp_path / "no-such-folder")
    line = one_error_line(run(runner, *[part.format(missing=missing) for part in command]))
    assert missing in line


def test_missing_path_from_the_environment_isone_error_line(runner, tmp_path):
    missing = str(tmp_path / "gone")
    assert missing in one_error_line(run(runner, "ask", "q", env={"QUOTEBOT_CORPUS": missing}))


@pytest.mark.parametrize("command", [["ask", "q"], ["console"], ["index", "--index-dir", "idx"]])
def test_bad_setting_is_one_error_line_naming_the_variable_exit_2(runner, corpus, command):
    result = run(runner, *command, "--corpus", str(corpus), env={"QUOTEBOT_TOP_K": "lots"})
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("Error: QUOTEBOT_TOP_K is invalid") and result.stderr.count("\n") == 1


def test_skipped_files_warn_once_each_and_the_rest_loads(runner, corpus, tmp_path):
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (corpus / "latin1.txt").write_bytes("Le ministre a d\xe9clar\xe9 que tout va bien.".encode("latin-1"))
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    result = run(runner, "ask", "cargo volumes", "--corpus", str(corpus), "--json")
    assert result.exit_code == 0
    warnings = result.stderr.splitlines()
    assert len(warnings) == 3
    for name in ("binary.txt", "latin1.txt", "empty.txt"):
        assert sum(line.startswith("Warning: skipped ") and name in line for line in warnings) == 1
    assert Answer.model_validate_json(result.stdout).answers
