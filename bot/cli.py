"""The ``quotebot`` command line: a thin click layer over ``retrieval``.

Each command turns options into engine calls and hands the typed result to ``bot.render.text``
(or prints the models as JSON). Errors quotebot raises on purpose (``QuotebotError``) become one
``Error: ...`` line on stderr and exit status 1; usage mistakes exit 2 as click decides; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from bot.add_command import add
from bot.feedback import feedback_command
from bot.opening import build_shards, open_any_engine
from bot.options import QuotebotGroup, corpus_option, explain_option, index_dir_option, ray_option, top_option
from bot.progress import StageBar
from bot.render.text import answer_json, answer_text, quote_json_line, quote_text, use_colour
from bot.render.words import count
from bot.settings import load_settings
from retrieval.engine import Engine
from retrieval.models import SkippedFile
from retrieval.text.corpus import load_corpus
from retrieval.text.sentences import article_sentences, split_text

__all__ = [
    "cli",
    "main",
    "open_engine",
    "corpus_option",
    "index_dir_option",
]

@click.group(name="quotebot", cls=QuotebotGroup, commands=[feedback_command], context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotebot", prog_name="quotebot")
def cli() -> None:
    """Answer questions about news articles with verbatim, attributed quotes.

    With no --corpus, quotebot reads the folders or files listed in QUOTEBOT_CORPUS (separated
    like PATH), else the bundled seed articles. Settings are read from the environment and from a
    .env file (UTF-8, NAME=value lines) in the working directory.
    """


def open_engine(paths: Sequence[Path], index_dir: Path | None, ray_address: str | None = None) -> Engine:
    """An engine over ``paths``: built in memory, or from the saved index in ``index_dir``.

    A saved index is brought up to date first (only new or changed files are read again), so it
    never answers from a stale corpus; a sharded index answers from its current generation, in
    this process or from shard actors on the Ray cluster at ``ray_address``. Files that cannot be
    read (when read this time, not each time a saved index is opened), and a saved index that had
    to be rebuilt, are reported on stderr, one warning line each.

    Raises:
        QuotebotError: a path is missing, nothing could be read, or the index cannot be used.
    """
    with StageBar() as progress:
        engine, skipped = open_any_engine(paths, index_dir, ray_address, progress)
    # Files a saved index already recorded as skipped were warned about when they were read.
    _warn_skipped(engine.report.newly_skipped if engine.report is not None else skipped)
    for warning in engine.warnings:
        click.echo(f"Warning: {warning}", err=True)
    return engine


def _warn_skipped(skipped: Sequence[SkippedFile]) -> None:
    for item in skipped:
        click.echo(f"Warning: skipped {item.path}: {item.reason}", err=True)


@cli.command()
@click.argument("question")
@corpus_option
@top_option
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (the Answer model).")
@explain_option
@index_dir_option
@ray_option
def ask(
    question: str, corpus: tuple[Path, ...], top: int | None, as_json: bool, explain: bool, index_dir: Path | None,
    ray_address: str | None,
) -> None:
    """Answer one question with quotes from the articles.

    QUESTION is for example "who said casualties?", "what did Zarif say about the attack?" or
    "how many missiles were fired?".
    """
    settings = load_settings()
    paths = settings.corpus_paths(corpus)
    engine = open_engine(paths, settings.index_location(paths, index_dir), ray_address or settings.ray_address)
    answer = engine.ask(question, top=top or settings.top_k)
    if as_json:
        click.echo(answer_json(answer))
    else:
        click.echo(answer_text(answer, explain=explain, colour=use_colour(sys.stdout, os.environ)))


@cli.command()
@corpus_option
@top_option
@click.option(
    "--json", "as_json", is_flag=True, help="Start with JSON output (one Answer per line when input is piped)."
)
@click.option("--explain", is_flag=True, help="Start with explanations on (toggle with :explain).")
@index_dir_option
@ray_option
def console(
    corpus: tuple[Path, ...], top: int | None, as_json: bool, explain: bool, index_dir: Path | None, ray_address: str | None
) -> None:
    """Ask questions interactively (:help lists commands).

    When standard input is not a terminal, each input line is one question and each answer is
    printed with no prompt, so `printf 'q1\\nq2\\n' | quotebot console` can be scripted.
    """
    from bot.console import ConsoleOptions, run_console  # prompt_toolkit loads only when needed
    from bot.live import keep_current

    settings = load_settings()
    paths = settings.corpus_paths(corpus)
    index_dir = settings.index_location(paths, index_dir)
    engine = open_engine(paths, index_dir, ray_address or settings.ray_address)
    # New files in the corpus folders, feeds and other processes' generations are picked up while it runs.
    live, watchers = keep_current(settings, engine, paths, index_dir)
    watchers.start()
    try:
        run_console(live, ConsoleOptions(top=top or settings.top_k, json=as_json, explain=explain))  # type: ignore[arg-type]
    finally:
        watchers.stop()


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines: one object per quote, every field but score.")
@explain_option
def quotes(paths: tuple[Path, ...], as_json: bool, explain: bool) -> None:
    """List every attributed sentence of the given files.

    Each PATH is an article file or a folder read for *.txt files recursively.
    """
    engine = open_engine(list(paths), None)
    colour = use_colour(sys.stdout, os.environ)
    for number, quote in enumerate(engine.quotes()):
        if as_json:
            click.echo(quote_json_line(quote))
        else:
            click.echo(("\n" if number else "") + quote_text(quote, explain=explain, colour=colour))


@cli.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of strings.")
def sentences(path: Path | None, as_json: bool) -> None:
    """Split an article, or text on standard input, into sentences.

    PATH is an article file, read through the article loader (date header and boilerplate left
    out); without it, text on standard input is split as it is.
    """
    found = _file_sentences(path) if path is not None else split_text(_read_stdin())
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        for sentence in found:
            click.echo(" ".join(sentence.split()))


def _file_sentences(path: Path) -> list[str]:
    if path.is_dir():
        raise click.ClickException(f"{path} is a folder; give one article file.")
    loaded = load_corpus([path])
    if loaded.skipped:
        raise click.ClickException(f"{loaded.skipped[0].path}: {loaded.skipped[0].reason}")
    return [s.text for article in loaded.articles for s in article_sentences(article)]


def _read_stdin() -> str:
    stdin = sys.stdin.buffer
    if stdin.isatty():
        raise click.UsageError("Give an article PATH, or pipe text on standard input.")
    try:
        return stdin.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise click.ClickException("standard input is not UTF-8 text.") from error


@cli.command()
@corpus_option
@click.option(
    "--index-dir",
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to keep the index in. Default: $QUOTEBOT_INDEX_DIR, else a folder for this corpus "
    "in the user cache folder, which ask, console and serve then find by themselves.",
)
@click.option("--rebuild", is_flag=True, help="Ignore the saved index and read every file again.")
@click.option(
    "--shards", metavar="K", type=click.IntRange(min=1), default=None,
    help="Build K shard indexes plus their global manifest: a new generation, built whole from the corpus.",
)
@ray_option
def index(corpus: tuple[Path, ...], index_dir: Path | None, rebuild: bool, shards: int | None, ray_address: str | None) -> None:
    """Build or update the saved index of the corpus.

    Only new or changed files are split and attributed again; ask, console and serve then load the
    index instead of reading the whole corpus. With --shards (or in a folder that holds a sharded
    index) every build is a new generation, swapped in atomically. The last line says where the
    index went.
    """
    settings = load_settings()
    paths = settings.corpus_paths(corpus)
    index_dir = settings.index_location(paths, index_dir, building=True)
    assert index_dir is not None  # building: there is always a folder
    from retrieval.index.store import build_index  # the persisted index is only needed here

    # `kill` (SIGTERM) unwinds like Ctrl-C, so a half-written index folder is removed on the way out.
    signal.signal(signal.SIGTERM, _interrupt)
    with StageBar() as progress:
        report = build_shards(paths, index_dir, shards, ray_address or settings.ray_address, progress)
        report = report or build_index(paths, index_dir, progress=progress, rebuild=rebuild)
    _warn_skipped(report.skipped)
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(
        f"Indexed {count(report.documents, 'document')}, {count(report.sentences, 'sentence')}, "
        f"{count(report.quotes, 'quote')} in {report.seconds:.1f} s ({count(report.processed, 'file')} "
        f"processed, {report.reused} reused, {len(report.skipped)} skipped) into {index_dir}."
    )


@cli.command()
@corpus_option
@click.option("--host", default=None, help="Interface to listen on. Default: $QUOTEBOT_HOST, else 0.0.0.0.")
@click.option(
    "--port",
    default=None,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0 picks a free one). Default: $QUOTEBOT_PORT, else 3000.",
)
@index_dir_option
@ray_option
def serve(
    corpus: tuple[Path, ...], host: str | None, port: int | None, index_dir: Path | None, ray_address: str | None
) -> None:
    """Run the Slack app.

    It connects in Socket Mode when SLACK_APP_TOKEN is set, else serves HTTP at /slack/events.
    """
    from bot.server import run  # Slack libraries load only for the command that needs them

    settings = load_settings()
    port = settings.port if port is None else port
    run(settings, host or settings.host, port, corpus, index_dir, ray_address or settings.ray_address)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


cli.add_command(add)


def main() -> None:
    """Entry point of the ``quotebot`` script and ``python -m bot``."""
    cli(prog_name="quotebot")


if __name__ == "__main__":
    main()
