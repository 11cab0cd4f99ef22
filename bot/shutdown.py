"""Answers being written when the server is told to stop: finish what fits, count the rest.

Bolt acknowledges a request at once and writes the answer on a worker thread. On SIGTERM the
server stops taking requests and gives those workers ``ANSWER_GRACE_SECONDS`` to finish; the
answers still queued or running then are dropped, and their number is logged. The whole stop
stays within ``SHUTDOWN_GRACE_SECONDS``, below the 30 s Docker and compose wait before SIGKILL.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

__all__ = ["AnswerExecutor", "SHUTDOWN_GRACE_SECONDS", "REQUEST_GRACE_SECONDS", "ANSWER_GRACE_SECONDS"]

# Open HTTP requests get this long to finish (a /ask waits for its ack, at most 3 s in Slack's rules).
REQUEST_GRACE_SECONDS = 5.0
# Then answers being written get this long.
ANSWER_GRACE_SECONDS = 15.0
# Longest a stop takes; compose's stop_grace_period (30 s) must stay above it.
SHUTDOWN_GRACE_SECONDS = REQUEST_GRACE_SECONDS + ANSWER_GRACE_SECONDS


class AnswerExecutor(ThreadPoolExecutor):
    """A thread pool that knows how many tasks are queued or running, and can stop in bounded time."""

    def __init__(self, max_workers: int, thread_name_prefix: str = "") -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix=thread_name_prefix)
        self._pending = 0
        self._idle = threading.Condition()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        with self._idle:
            self._pending += 1
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._finished(None)
            raise
        future.add_done_callback(self._finished)
        return future

    def pending(self) -> int:
        """Tasks queued or running."""
        with self._idle:
            return self._pending

    def drain(self, timeout: float) -> int:
        """Wait up to ``timeout`` seconds for every task, then cancel the queued ones.

        Returns:
            How many tasks had not finished (running ones are left to end on their own).
        """
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending and (left := deadline - time.monotonic()) > 0:
                self._idle.wait(left)
            dropped = self._pending
        self.shutdown(wait=False, cancel_futures=True)
        return dropped

    def _finished(self, _: Future | None) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()
