"""The quotebot command line, run through click's CliRunner: help, ask, and where settings come from."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest

from bot.cli import cli
from bot.settings import bundled_corpus
from bot.render.text import answer_text
from retrieval.results import Answer, Quote
from tests.bot.cli_runs import ROOT, ask_json, run


def _commands(group: click.Group):
    for name, command in sorted(group.commands.items()):
        yield name, command


@pytest.mark.parametrize("name, command", list(_commands(cli)))
def test_every_command_and_option_has_help(name, command):
    assert (command.help or "").strip(), f"{name} has no help"
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"{name} {param.opts} has no help"
        else:  # click arguments carry no help of their own: the command's help must name them
            assert param.human_readable_name.rstrip(".") in command.help, f"{name} does not explain {param.name}"


def test_group_help_lists_every_command(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    for name in cli.commands:
        assert f"  {name} " in result.output


def test_ask_json_prints_exactly_the_answer_model(runner, corpus, article_texts):
    result = run(runner, "ask", "cargo volumes", "--corpus", str(corpus), "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == set(Answer.model_fields)
    answer = Answer.model_validate(data)
    assert result.stdout == answer.model_dump_json(indent=2) + "\n"
    assert answer.answers
    for quote in answer.answers:
        assert set(data["answers"][0]) == set(Quote.model_fields)
        assert article_texts[quote.document][quote.start : quote.end] == quote.text


@pytest.mark.parametrize("explain", [False, True])
def test_ask_human_output_matches_the_json_answer(runner, corpus, explain):
    answer = ask_json(runner, "cargo volumes", "--corpus", str(corpus))
    flags = ["--explain"] if explain else []
    result = run(runner, "ask", "cargo volumes", "--corpus", str(corpus), *flags)
    assert result.exit_code == 0
    assert result.stdout == answer_text(answer, explain=explain) + "\n"
    lines = result.stdout.splitlines()
    for quote in answer.answers:
        at = lines.index(" ".join(quote.text.split()))
        assert lines[at + 1].startswith("  — ") and quote.document in lines[at + 1]
        assert ("score" in lines[at + 1]) is explain
        assert lines[at + 2].startswith("  why: ") if explain else True


@pytest.mark.parametrize("top", [1, 2, 3])
def test_ask_top_caps_the_answers(runner, corpus, top):
    # "budget" is in three sentences of the council article.
    answer = ask_json(runner, "budget", "--corpus", str(corpus), "--top", str(top))
    assert len(answer.answers) == top and answer.total >= 3


def test_ask_with_nothing_to_quote_prints_the_message(runner, corpus):
    answer = ask_json(runner, "zebra xylophone quartet", "--corpus", str(corpus))
    assert answer.answers == [] and answer.message
    result = run(runner, "ask", "zebra xylophone quartet", "--corpus", str(corpus))
    assert (result.exit_code, result.stdout, result.stderr) == (0, answer.message + "\n", "")


def test_corpus_defaults_to_the_environment_then_the_bundled_seeds(runner, corpus, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("The ferry operator said cargo volumes were steady.\n", encoding="utf-8")
    env_corpus = f"{corpus / 'harbour.txt'}:{other}".replace(":", __import__("os").pathsep)
    from_env = ask_json(runner, "cargo volumes", "--top", "10", env={"QUOTEBOT_CORPUS": env_corpus})
    assert {q.document for q in from_env.answers} == {"harbour.txt", "other.txt"}
    # --corpus wins over the environment.
    flag = ask_json(runner, "cargo volumes", "--corpus", str(other), env={"QUOTEBOT_CORPUS": env_corpus})
    assert {q.document for q in flag.answers} == {"other.txt"}
    seeds = {p.name for p in bundled_corpus().rglob("*.txt")}
    default = ask_json(runner, "casualties")
    assert default.answers and {q.document for q in default.answers} <= seeds


def test_top_defaults_to_the_environment(runner, corpus):
    answer = ask_json(runner, "budget", "--corpus", str(corpus), env={"QUOTEBOT_TOP_K": "1"})
    assert len(answer.answers) == 1


def test_python_dash_m_bot_runs_the_same_command_line(corpus):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "cargo volumes", "--corpus", str(corpus), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert Answer.model_validate_json(result.stdout).answers


def test_version(runner):
    from importlib.metadata import version

    result = run(runner, "--version")
    assert result.exit_code == 0 and result.stdout == f"quotebot, version {version('quotebot')}\n"
