"""👍/👎 votes on answers, kept in SQLite so they survive restarts and can be read back.

A vote records the question, the quotes shown (document and character offsets, enough to find
each sentence again), the channel, the answer's message and the user. One person has one vote
per answer: voting again replaces the first. The file (``QUOTEBOT_FEEDBACK_DB``, by default in
the user's data folder) may be shared by replicas on one host; SQLite's WAL journal lets them
write to it concurrently.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator, Literal, Mapping

import click

from retrieval.errors import QuotebotError
from retrieval.results import Answer

__all__ = [
    "Vote",
    "QuoteRef",
    "FeedbackStore",
    "FeedbackError",
    "default_feedback_path",
    "quote_refs",
    "now_utc",
    "votes_listing",
    "feedback_command",
]

VoteValue = Literal["up", "down"]
_BUSY_TIMEOUT_SECONDS = 10.0  # another replica writing: wait for it rather than fail the vote

_SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (
    channel TEXT NOT NULL,
    message_ts TEXT NOT NULL,
    user TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    question TEXT NOT NULL,
    quotes TEXT NOT NULL,
    voted_at TEXT NOT NULL,
    PRIMARY KEY (channel, message_ts, user)
)
"""


class FeedbackError(QuotebotError):
    """The feedback database cannot be opened or written."""


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """Where a quoted sentence stands: ``article.text[start:end]`` of ``document``."""

    document: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Vote:
    """One person's vote on one answer."""

    channel: str
    message_ts: str
    user: str
    vote: VoteValue
    question: str
    quotes: tuple[QuoteRef, ...]
    voted_at: str  # ISO 8601, UTC


def quote_refs(answer: Answer) -> tuple[QuoteRef, ...]:
    """The quotes of ``answer`` as references to their sentences."""
    return tuple(QuoteRef(q.document, q.start, q.end) for q in answer.answers)


def default_feedback_path(environ: Mapping[str, str]) -> Path:
    """``$XDG_DATA_HOME/quotebot/feedback.sqlite3`` (``~/.local/share`` by default; the app folder on Windows/macOS)."""
    if sys.platform.startswith(("win", "darwin")):
        return Path(click.get_app_dir("quotebot")) / "feedback.sqlite3"
    base = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "quotebot" / "feedback.sqlite3"


class FeedbackStore:
    """The votes table in one SQLite file; a connection per call, so threads never share one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise FeedbackError(
                f"Cannot open the feedback database {path} ({error}); set QUOTEBOT_FEEDBACK_DB to a writable file."
            ) from None

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_SECONDS)
        try:
            with db:  # commit on success, roll back on error
                yield db
        finally:
            db.close()

    def record(self, vote: Vote) -> None:
        """Store ``vote``, replacing that user's earlier vote on the same answer.

        Raises:
            FeedbackError: the database cannot be written.
        """
        row = asdict(vote)
        row["quotes"] = json.dumps([asdict(q) for q in vote.quotes])
        try:
            with self._connect() as db:
                db.execute(
                    "INSERT INTO votes (channel, message_ts, user, vote, question, quotes, voted_at) "
                    "VALUES (:channel, :message_ts, :user, :vote, :question, :quotes, :voted_at) "
                    "ON CONFLICT (channel, message_ts, user) DO UPDATE SET "
                    "vote = excluded.vote, question = excluded.question, quotes = excluded.quotes, "
                    "voted_at = excluded.voted_at",
                    row,
                )
        except sqlite3.Error as error:
            raise FeedbackError(f"Cannot write the vote to {self.path.name} ({error}).") from None

    def votes(self) -> list[Vote]:
        """Every vote, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT channel, message_ts, user, vote, question, quotes, voted_at FROM votes ORDER BY voted_at, rowid"
            ).fetchall()
        return [
            Vote(c, ts, u, v, q, tuple(QuoteRef(**ref) for ref in json.loads(refs)), at)  # type: ignore[arg-type]
            for c, ts, u, v, q, refs, at in rows
        ]


def now_utc() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def votes_listing(path: Path | None, as_json: bool) -> str:
    """What ``quotebot feedback`` prints: one vote a line, or a JSON list; nothing stored yet says so.

    Args:
        path: The database (``QUOTEBOT_FEEDBACK_DB``); None: the default one.
        as_json: A JSON list of every field instead of lines of text.
    """
    path = path or default_feedback_path(os.environ)
    votes = FeedbackStore(path).votes() if path.exists() else []
    if as_json:
        return json.dumps([asdict(v) for v in votes], indent=2, ensure_ascii=False)
    if not votes:
        return f"No votes yet in {path}."
    marks = {"up": "👍", "down": "👎"}
    return "\n".join(
        f"{v.voted_at}  {marks[v.vote]}  {v.user}  {v.channel}  {v.question}  ({len(v.quotes)} quotes)" for v in votes
    )


@click.command("feedback")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of votes, every field.")
def feedback_command(as_json: bool) -> None:
    """List the 👍/👎 votes given on answers in Slack (QUOTEBOT_FEEDBACK_DB), oldest first."""
    from bot.settings import load_settings

    click.echo(votes_listing(load_settings().feedback_db, as_json))
