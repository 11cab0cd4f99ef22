"""Answer each Slack event once, even when Slack delivers it again.

Slack resends an event (``X-Slack-Retry-Num``, or ``retry_attempt`` in Socket Mode) when it
thinks the first delivery was not acknowledged in time. Every delivery carries the same
``event_id``; a bounded, time-limited memory of the ids seen drops the repeats before any
listener runs. The memory is per process: run one replica, or the repeats of one event may
reach two processes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Any, Callable

from slack_bolt import BoltResponse

__all__ = ["EventDeduplicator", "RETRY_WINDOW_SECONDS", "MAX_REMEMBERED_EVENTS"]

# Slack retries three times: at once, after 1 minute and after 5 minutes; remember twice that.
RETRY_WINDOW_SECONDS = 600.0
# Bounds memory under a flood of events; far more than a workspace sends in ten minutes.
MAX_REMEMBERED_EVENTS = 50_000


class EventDeduplicator:
    """Remembers event ids for ``ttl`` seconds, at most ``capacity`` of them (oldest dropped)."""

    def __init__(
        self,
        ttl: float = RETRY_WINDOW_SECONDS,
        capacity: int = MAX_REMEMBERED_EVENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl
        self._capacity = capacity
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        """True the first time ``event_id`` is seen within the window; records it."""
        now = self._clock()
        with self._lock:
            while self._seen and (len(self._seen) >= self._capacity or next(iter(self._seen.values())) <= now - self._ttl):
                self._seen.popitem(last=False)
            if event_id in self._seen:
                return False
            self._seen[event_id] = now
            return True

    def middleware(self, body: dict[str, Any], next: Callable[[], None], logger: logging.Logger) -> BoltResponse | None:
        """Bolt global middleware: acknowledge a repeated event without running listeners."""
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if isinstance(event_id, str) and not self.first_time(event_id):
            logger.info("Ignoring repeated delivery of event %s", event_id)
            return BoltResponse(status=200, body="")
        next()
        return None
