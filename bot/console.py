"""The interactive console: type questions, read quoted answers, with history and a few commands.

On a terminal it is a prompt_toolkit REPL with a history file kept between sessions. When standard
input is piped, every input line is one question (or console command) and only answers are
printed, so the console can be scripted. A bad question prints its error and the session goes on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from bot.render.text import answer_text, use_colour
from bot.render.words import count
from retrieval.engine import DEFAULT_TOP, Engine
from retrieval.errors import QuotebotError

__all__ = ["ConsoleOptions", "run_console", "run_interactive", "run_piped", "history_path", "PROMPT"]

PROMPT = "quotebot> "

# A corpus of thousands of articles would bury the summary; past this many, say how many more.
_CORPUS_LISTED = 20

# The console's own part of :help; what quotebot understands comes from the engine's help text.
_COMMANDS = """\
Commands:
  :help          this help
  :json          switch JSON output on or off
  :explain       switch explanations (score, pattern, cue, how the speaker was found) on or off
  :top N         show at most N quotes per answer
  :corpus        what the articles hold
  :quit          leave (Ctrl-D, or Ctrl-C on an empty line, also leave)
Ctrl-C on a half-typed line clears it."""


@dataclass
class ConsoleOptions:
    """What the console shows; the toggles change these during a session."""

    top: int = DEFAULT_TOP
    json: bool = False
    explain: bool = False


class _Quit(Exception):
    """Raised by :quit to leave the loop."""


def run_console(engine: Engine, options: ConsoleOptions) -> None:
    """Run the console on the process's standard streams: a REPL on a terminal, else piped mode."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        run_interactive(engine, options)
    else:
        run_piped(engine, options, _binary_lines(sys.stdin.buffer))


def run_piped(engine: Engine, options: ConsoleOptions, lines: Iterable[bytes | str]) -> None:
    """Answer one question (or run one command) per line; answers to stdout, errors to stderr.

    In JSON mode each answer is one line of JSON (JSON Lines); otherwise each answer is headed by
    its question and followed by a blank line.
    """
    colour = use_colour(sys.stdout, os.environ)
    try:
        for number, raw in enumerate(lines, start=1):
            if isinstance(raw, bytes):
                try:
                    raw = raw.decode("utf-8")
                except UnicodeDecodeError:
                    click.echo(f"Error: line {number} is not UTF-8 text.", err=True)
                    continue
            _respond(raw.rstrip("\r\n"), engine, options, colour, piped=True)
    except (_Quit, KeyboardInterrupt):
        pass


def run_interactive(engine: Engine, options: ConsoleOptions, **session_args: Any) -> None:
    """The REPL: prompt, answer, repeat until :quit, Ctrl-D or Ctrl-C.

    Args:
        engine: answers the questions.
        options: initial output settings; :json, :explain and :top change them.
        session_args: passed to ``PromptSession`` (tests give ``input``, ``output``, ``history``).
    """
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    if "history" not in session_args:
        path = history_path(os.environ)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            session_args["history"] = FileHistory(str(path))
        except OSError:  # a read-only home still gets a working console, only without saved history
            session_args["history"] = InMemoryHistory()
    session = PromptSession(key_bindings=_key_bindings(), **session_args)
    colour = use_colour(sys.stdout, os.environ)
    summary = engine.summary()
    click.echo(
        f"quotebot: {_counts(summary)}. "
        "Type a question, :help for help, :quit to leave."
    )
    try:
        while True:
            line = session.prompt(PROMPT).strip()
            if not line:
                continue
            _respond(line, engine, options, colour, piped=False)
    except (_Quit, EOFError, KeyboardInterrupt):
        pass


def _key_bindings() -> Any:
    """Ctrl-C clears a half-typed line, as in a shell; on an empty line it leaves."""
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    @bindings.add("c-c")
    def _interrupt(event: Any) -> None:
        if event.current_buffer.text:
            event.current_buffer.reset()
        else:
            event.app.exit(exception=KeyboardInterrupt())

    return bindings


def _counts(summary: Any) -> str:
    return f"{count(len(summary.documents), 'article')}, {count(summary.sentences, 'sentence')}, {count(summary.quotes, 'quote')}"


def _respond(line: str, engine: Engine, options: ConsoleOptions, colour: bool, piped: bool) -> None:
    """Run a console command or answer a question. Piped output names each question and keeps
    each JSON answer on one line, so a script can read it back line by line."""
    if line.lstrip().startswith(":"):
        _command(line.strip(), engine, options)
        return
    try:
        answer = engine.ask(line, top=options.top)
    except QuotebotError as error:
        click.echo(f"Error: {error}", err=True)
        return
    if options.json:
        click.echo(answer.model_dump_json(indent=None if piped else 2))
    elif piped:
        click.echo(f"Q: {answer.question}\n\n{answer_text(answer, explain=options.explain, colour=colour)}\n")
    else:
        click.echo(answer_text(answer, explain=options.explain, colour=colour) + "\n")


def history_path(environ: Mapping[str, str]) -> Path:
    """Where the console keeps its question history: the user's data folder for quotebot.

    ``$XDG_DATA_HOME/quotebot/history`` (``~/.local/share`` by default) on Linux and other Unix
    systems; the platform's application folder on Windows and macOS.
    """
    if sys.platform.startswith(("win", "darwin")):
        return Path(click.get_app_dir("quotebot")) / "history"
    base = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "quotebot" / "history"


def _command(line: str, engine: Engine, options: ConsoleOptions) -> None:
    name, _, argument = line.partition(" ")
    name, argument = name.lower(), argument.strip()
    if name in (":quit", ":q", ":exit"):
        raise _Quit
    if name in (":help", ":h", ":?"):
        click.echo(f"Type a question and press Enter.\n{engine.help_text()}\n{_COMMANDS}")
    elif name == ":json":
        options.json = not options.json
        click.echo(f"JSON output {'on' if options.json else 'off'}.", err=True)
    elif name == ":explain":
        options.explain = not options.explain
        click.echo(f"Explanations {'on' if options.explain else 'off'}.", err=True)
    elif name == ":top":
        if not argument.isdigit() or int(argument) < 1:
            click.echo(f"Error: :top takes a whole number of at least 1, not “{argument}”.", err=True)
        else:
            options.top = int(argument)
            click.echo(f"Showing at most {count(options.top, 'quote')}.", err=True)
    elif name == ":corpus":
        click.echo(_corpus_text(engine))
    else:
        click.echo(f"Error: unknown command {name}. Try :help, :json, :explain, :top N, :corpus or :quit.", err=True)


def _corpus_text(engine: Engine) -> str:
    summary = engine.summary()
    lines = [f"{_counts(summary)}."]
    lines += [
        f"  {d.document}" + (f" ({d.date.isoformat()})" if d.date else "") + f": {count(d.sentences, 'sentence')}, {count(d.quotes, 'quote')}"
        for d in summary.documents[:_CORPUS_LISTED]
    ]
    if len(summary.documents) > _CORPUS_LISTED:
        lines.append(f"  ... and {len(summary.documents) - _CORPUS_LISTED} more.")
    if summary.top_speakers:
        lines.append("Most quoted: " + ", ".join(f"{s.name} ({s.quotes})" for s in summary.top_speakers) + ".")
    if summary.example_questions:
        lines.append("Try: " + " · ".join(summary.example_questions))
    return "\n".join(lines)


def _binary_lines(stream: Any) -> Iterable[bytes]:
    # Read line by line (not all at once) so answers come back while a producer is still writing.
    return iter(stream.readline, b"")
