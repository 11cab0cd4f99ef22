"""The console: piped mode as a real process, the REPL through prompt_toolkit's pipe input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot.console import PROMPT, ConsoleOptions, history_path, run_interactive
from retrieval.engine import Engine
from retrieval.results import Answer

ROOT = Path(__file__).resolve().parents[2]


def console(stdin: bytes, *args: str) -> subprocess.CompletedProcess:
    """``printf ... | python -m bot console ARGS``, as a user scripts it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUOTEBOT_", "SLACK_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", "console", *args],
        input=stdin,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )


def test_piped_console_answers_one_question_per_line(corpus):
    result = console(b"cargo volumes\nbudget vote\n", "--corpus", str(corpus))
    assert result.returncode == 0 and result.stderr == b""
    out = result.stdout.decode("utf-8")
    assert PROMPT not in out and "quotebot:" not in out
    blocks = out.split("Q: ")[1:]
    assert [block.splitlines()[0] for block in blocks] == ["cargo volumes", "budget vote"]
    assert "cargo volumes" in blocks[0] and "budget vote" in blocks[1]
    assert all("  — " in block for block in blocks)


def test_piped_console_json_is_one_answer_per_line(corpus, article_texts):
    result = console(b"cargo volumes\nbudget vote\nzebra xylophone\n", "--corpus", str(corpus), "--json")
    assert result.returncode == 0 and result.stderr == b""
    answers = [Answer.model_validate_json(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [a.question for a in answers] == ["cargo volumes", "budget vote", "zebra xylophone"]
    assert answers[2].answers == [] and answers[2].message
    for quote in answers[0].answers + answers[1].answers:
        assert article_texts[quote.document][quote.start : quote.end] == quote.text


def test_piped_console_reports_bad_questions_and_goes_on(corpus):
    stdin = b"\n" + b"x" * 4000 + b"\ncaf\xe9\n:frobnicate\ncargo volumes\n"
    result = console(stdin, "--corpus", str(corpus), "--json")
    assert result.returncode == 0
    errors = result.stderr.decode("utf-8").splitlines()
    assert len(errors) == 4 and all(line.startswith("Error: ") for line in errors)
    assert errors[2] == "Error: line 3 is not UTF-8 text."
    assert errors[3].startswith("Error: unknown command :frobnicate.")
    assert "Traceback" not in result.stderr.decode("utf-8")
    [answer] = [Answer.model_validate_json(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert answer.question == "cargo volumes"


def test_piped_console_commands_toggle_and_quit(corpus):
    stdin = b":json\n:top 1\nbudget\n:top zero\n:quit\ncargo volumes\n"
    result = console(stdin, "--corpus", str(corpus))
    assert result.returncode == 0
    [line] = result.stdout.decode("utf-8").splitlines()
    answer = Answer.model_validate_json(line)
    assert answer.question == "budget" and len(answer.answers) == 1
    assert result.stderr.decode("utf-8").splitlines() == [
        "JSON output on.",
        "Showing at most 1 quote.",
        "Error: :top takes a whole number of at least 1, not “zero”.",
    ]


def test_piped_console_explain_and_help(corpus):
    result = console(b":help\n:explain\ncargo volumes\n", "--corpus", str(corpus))
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0
    assert out.startswith("Type a question and press Enter")
    assert "\n  why: " in out and "Understood: intent " in out


def test_piped_console_with_no_input_exits_cleanly(corpus):
    result = console(b"", "--corpus", str(corpus))
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


def interact(engine: Engine, keys: str, options: ConsoleOptions | None = None, **session_args) -> None:
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        run_interactive(engine, options or ConsoleOptions(), input=pipe, output=DummyOutput(), **session_args)


@pytest.mark.parametrize("ending", ["\x04", "\x03", ":quit\r", ":q\r", ":exit\r"])
def test_repl_answers_then_leaves_cleanly(engine, capsys, ending):
    interact(engine, "cargo volumes\r\r" + ending + "budget vote\r", history=InMemoryHistory())
    out = capsys.readouterr().out
    assert out.startswith("quotebot: 2 articles, ")
    assert "harbour.txt, 2021-03-04" in out  # with or without a speaker before it
    assert "Councillor" not in out  # the question after the exit was never asked


def test_repl_ctrl_c_on_a_half_typed_line_clears_it_and_goes_on(engine, capsys):
    interact(engine, "councillor okafor budg\x03cargo volumes\r\x04", history=InMemoryHistory())
    out = capsys.readouterr().out
    assert "harbour.txt, 2021-03-04" in out  # the question typed after the Ctrl-C was answered
    assert "Councillor" not in out and "council.txt" not in out  # the cleared one was never asked


def test_repl_toggles_and_survives_a_bad_question(engine, capsys):
    options = ConsoleOptions()
    interact(engine, ":json\r" + "x" * 4000 + "\rcargo volumes\r:explain\r:json\r\x04", options, history=InMemoryHistory())
    captured = capsys.readouterr()
    assert "Error: " in captured.err
    body = captured.out.split("\n", 1)[1]
    assert Answer.model_validate_json(body.strip()).question == "cargo volumes"
    assert options == ConsoleOptions(json=False, explain=True)


def test_repl_keeps_history_in_the_data_folder(engine, capsys, monkeypatch, tmp_path):
    if sys.platform.startswith(("win", "darwin")):
        pytest.skip("the XDG data folder applies to Linux and other Unix systems")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    interact(engine, "cargo volumes\r\x04")
    history = tmp_path / "data" / "quotebot" / "history"
    assert history == history_path(os.environ)
    assert "+cargo volumes" in history.read_text(encoding="utf-8")


def test_repl_without_a_writable_data_folder_still_works(engine, capsys, monkeypatch, tmp_path):
    if sys.platform.startswith(("win", "darwin")):
        pytest.skip("the XDG data folder applies to Linux and other Unix systems")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    interact(engine, "cargo volumes\r\x04")
    assert "harbour.txt, 2021-03-04" in capsys.readouterr().out


def test_repl_corpus_command_lists_the_articles(engine, capsys):
    interact(engine, ":corpus\r\x04", history=InMemoryHistory())
    out = capsys.readouterr().out
    assert "\n2 articles, " in out and "  harbour.txt" in out and "  council.txt" in out


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({"XDG_DATA_HOME": "/srv/data"}, Path("/srv/data/quotebot/history")),
        ({}, Path.home() / ".local/share/quotebot/history"),
        ({"XDG_DATA_HOME": ""}, Path.home() / ".local/share/quotebot/history"),
    ],
)
def test_history_path(environ, expected):
    if sys.platform.startswith(("win", "darwin")):
        pytest.skip("the XDG data folder applies to Linux and other Unix systems")
    assert history_path(environ) == expected


def test_one_article_is_counted_in_the_singular(corpus, capsys):
    (corpus / "election" / "council.txt").unlink()
    engine = Engine.from_paths([corpus])[0]
    interact(engine, ":corpus\r\x04", history=InMemoryHistory())
    out = capsys.readouterr().out
    assert out.startswith("quotebot: 1 article, ") and "\n1 article, " in out
    assert "1 articles" not in out
