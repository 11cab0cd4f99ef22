"""Pace outgoing messages per channel, across every replica, the way Slack asks.

Slack allows about one ``chat.postMessage`` per second per channel, with short bursts; past
that it answers ``ratelimited`` (HTTP 429 with ``Retry-After``, retried by the Web API client's
``RateLimitErrorRetryHandler``). Counting each channel's posts in one-second windows of the
shared state keeps a busy channel under the limit before Slack has to say so, even when several
replicas answer in it at once.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Callable

from bot.shared_state import SharedState, SharedStateError

__all__ = ["ChannelRateLimiter", "POSTS_PER_SECOND", "MAX_WAIT_SECONDS"]

logger = logging.getLogger(__name__)

# Slack: "1 message per second per channel", short bursts allowed (docs.slack.dev, rate limits).
POSTS_PER_SECOND = 1
# Longer than this, and the user has waited enough: send and let Slack's Retry-After pace it.
MAX_WAIT_SECONDS = 30.0
_WINDOW_TTL = 2.0  # a window's counter outlives its second so late increments still see it


class ChannelRateLimiter:
    """Blocks a post until its channel has room in the current one-second window."""

    def __init__(
        self,
        state: SharedState,
        per_second: int = POSTS_PER_SECOND,
        clock: Callable[[], float] = time.time,  # wall time: replicas must agree on the window
        sleep: Callable[[float], None] = time.sleep,
        max_wait: float = MAX_WAIT_SECONDS,
    ) -> None:
        self._state = state
        self._per_second = per_second
        self._clock = clock
        self._sleep = sleep
        self._max_wait = max_wait

    def wait(self, channel: str) -> float:
        """Take a slot for one post to ``channel``, sleeping until one is free.

        Returns:
            The seconds waited (0.0 when the channel had room).
        """
        started = self._clock()
        while True:
            now = self._clock()
            second = math.floor(now)
            try:
                count = self._state.increment(f"rate:{channel}:{second}", _WINDOW_TTL)
            except SharedStateError as error:  # unpaced is better than unsent; Slack's Retry-After still applies
                logger.warning("Cannot pace posts to %s (%s); posting now.", channel, error)
                return now - started
            if count <= self._per_second:
                return now - started
            if now - started >= self._max_wait:
                logger.warning("Channel %s stayed busy for %.0f s; posting anyway.", channel, now - started)
                return now - started
            self._sleep(second + 1 - now)
