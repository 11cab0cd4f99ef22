"""Whether the whole archive answered: shards that did not are recorded, never left out silently.

The fan-out (``retrieval.index.fanout``) reports a shard that did not answer (dead, restarting,
too slow) with ``report_missing``; the engine answers each question inside ``missing_shards()``
and says in the answer that part of the archive is unavailable. A sentence that cannot be read
because its shard is away raises ``ShardUnavailableError``. On one index nothing is ever missing.
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import Any, Iterator, Sequence

from retrieval.errors import QuotebotError

__all__ = ["MISSING", "MissingShards", "ShardUnavailableError", "missing_shards", "report_missing", "unavailable_message"]


class ShardUnavailableError(QuotebotError):
    """A shard of the archive did not answer; the message says what to do."""

    def __init__(self, shards: set[int], total: int) -> None:
        super().__init__(unavailable_message(shards, total))
        self.shards = shards
        self.total = total


def unavailable_message(missing: set[int], total: int) -> str:
    """What an answer says while shards (numbered from 0) are missing."""
    names = ", ".join(str(j + 1) for j in sorted(missing))
    part = f"shard {names}" if len(missing) == 1 else f"shards {names}"
    return (
        f"Part of the archive is unavailable right now ({part} of {total} did not answer), "
        "so this answer may be missing quotes. Try again in a minute."
    )


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""What a ``Transport`` returns for a shard that did not answer (dead, restarting, too slow)."""


class MissingShards:
    """The shards that did not answer while one question was answered."""

    def __init__(self, total: int = 0) -> None:
        self.shards: set[int] = set()
        self.total = total

    def __bool__(self) -> bool:
        return bool(self.shards)


_recording: contextvars.ContextVar[MissingShards | None] = contextvars.ContextVar("quotebot_missing_shards", default=None)


@contextlib.contextmanager
def missing_shards() -> Iterator[MissingShards]:
    """Record, for the code inside, every shard that did not answer (empty on one index)."""
    record = MissingShards()
    token = _recording.set(record)
    try:
        yield record
    finally:
        _recording.reset(token)


def report_missing(missing: Sequence[int], total: int) -> None:
    """Note, for the question being answered, that these of ``total`` shards did not answer."""
    record = _recording.get()
    if record is not None:
        record.shards.update(missing)
        record.total = total
