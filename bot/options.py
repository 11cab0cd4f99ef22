"""The command line's shared pieces: the group that turns quotebot's errors into one line, and
the options several ``quotebot`` commands take, each with its help text."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, TypeVar

import click

from bot.opening import UsageProblem
from bot.settings import SettingsError
from retrieval.errors import QuotebotError

__all__ = ["QuotebotGroup", "corpus_option", "index_dir_option", "ray_option", "top_option", "explain_option"]

F = TypeVar("F", bound=Callable[..., Any])


class _SettingsProblem(click.ClickException):
    """A missing or malformed setting: the command cannot start as configured, like a usage error."""

    exit_code = 2


class QuotebotGroup(click.Group):
    """A click group that shows quotebot's own errors as one ``Error: <message>`` line.

    Exit status 1 for what went wrong while working (missing corpus, bad question), 2 for
    settings, which stop a command before it starts, as usage errors do.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SettingsError as error:
            raise _SettingsProblem(str(error)) from error
        except UsageProblem as error:
            raise click.UsageError(str(error), ctx) from error
        except QuotebotError as error:
            raise click.ClickException(_with_option(error)) from error


_OPTIONS = {"corpus": "--corpus or QUOTEBOT_CORPUS", "index_dir": "--index-dir or QUOTEBOT_INDEX_DIR"}


def _with_option(error: QuotebotError) -> str:
    """The error's message, followed by where the command line sets the thing it names."""
    return f"{error} ({_OPTIONS[error.setting]})" if error.setting in _OPTIONS else str(error)


def corpus_option(command: F) -> F:
    """The ``--corpus PATH`` option (repeatable), shared by every command that reads articles."""
    return click.option(
        "--corpus",
        "corpus",
        multiple=True,
        metavar="PATH",
        type=click.Path(path_type=Path),
        help="An article file, or a folder read for *.txt files recursively. Repeatable. "
        "Default: $QUOTEBOT_CORPUS, else the bundled seed articles.",
    )(command)


def index_dir_option(command: F) -> F:
    """The ``--index-dir DIR`` option, shared by every command that can use a saved index."""
    return click.option(
        "--index-dir",
        metavar="DIR",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder of a saved index, built or brought up to date as needed. Default: $QUOTEBOT_INDEX_DIR, "
        "else the corpus's index in the user cache folder once `quotebot index` has built it, else the "
        "index is built in memory.",
    )(command)


def ray_option(command: F) -> F:
    """The ``--ray ADDRESS`` option: a sharded index built by Ray tasks, served by shard actors."""
    return click.option(
        "--ray",
        "ray_address",
        metavar="ADDRESS",
        default=None,
        help="Ray cluster (HOST:PORT of its head, auto, or local for one inside this process) to build "
        "the sharded index in --index-dir on, or to serve it from with one actor per shard. Default: $QUOTEBOT_RAY_ADDRESS.",
    )(command)


def top_option(command: F) -> F:
    """The ``--top N`` option of the commands that answer questions."""
    return click.option(
        "--top",
        metavar="N",
        type=click.IntRange(min=1),
        default=None,
        help="Show at most N quotes. Default: $QUOTEBOT_TOP_K, else 5.",
    )(command)


def explain_option(command: F) -> F:
    """The ``--explain`` flag: scores, quote layout, cue and speaker resolution beside each quote."""
    return click.option(
        "--explain",
        is_flag=True,
        help="Also show, for each quote, its score, the pattern that fired, the cue and how the speaker was resolved.",
    )(command)
