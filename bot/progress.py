"""Progress of long index builds: a bar on a terminal's stderr, or log lines for a server."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

__all__ = ["StageBar", "LogProgress", "PROGRESS_LOG_SECONDS"]

# A log line this often while a stage runs: often enough to show life, rare enough to read.
PROGRESS_LOG_SECONDS = 5.0


class StageBar:
    """A ``progress(stage, done, total)`` callback drawing one tqdm bar per stage on stderr.

    The bar shows only on a terminal, so piped and scripted runs get clean stderr.
    """

    def __init__(self) -> None:
        self._bar: Any = None
        self._stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        if stage != self._stage or self._bar is None:
            self.close()
            self._stage = stage
            self._bar = tqdm(
                desc=stage.capitalize(), total=total, file=sys.stderr, disable=not sys.stderr.isatty(), leave=False
            )
        self._bar.total = total
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> StageBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LogProgress:
    """A ``progress(stage, done, total)`` callback writing log lines, for a server starting up.

    One line when a stage starts, then one every ``every`` seconds while it runs, so a long
    index build at ``serve`` start shows it is working.
    """

    def __init__(self, logger: logging.Logger, every: float = PROGRESS_LOG_SECONDS) -> None:
        self._logger = logger
        self._every = every
        self._stage = ""
        self._last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self._stage:
            self._stage, self._last = stage, now
            self._logger.info("%s: %s of %s...", stage.capitalize(), f"{done:,}", f"{total:,}")
        elif now - self._last >= self._every:
            self._last = now
            self._logger.info("%s: %s of %s (%.0f%%)...", stage.capitalize(), f"{done:,}", f"{total:,}", 100 * done / max(total, 1))
