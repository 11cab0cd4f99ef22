"""Running the quotebot command line in tests: through CliRunner, reading JSON answers and error lines."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from bot.cli import cli
from retrieval.results import Answer

ROOT = Path(__file__).resolve().parents[2]


def run(runner: CliRunner, *args: str, input: str | bytes | None = None, env: dict | None = None) -> Result:
    return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def ask_json(runner: CliRunner, *args: str, env: dict | None = None) -> Answer:
    result = run(runner, "ask", *args, "--json", env=env)
    assert result.exit_code == 0, result.output
    return Answer.model_validate_json(result.stdout)


def one_error_line(result: Result) -> str:
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]
