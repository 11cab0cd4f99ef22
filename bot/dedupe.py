"""Answer each Slack message once, whichever replica and whichever delivery gets it first.

Slack resends a request it thinks was not acknowledged in time (``X-Slack-Retry-Num``, or
``retry_attempt`` in Socket Mode), possibly to another replica; and one message that mentions
the bot arrives twice, as ``app_mention`` and as ``message``, with different event ids. So the
key claimed is the message itself, ``(team, channel, ts)``, for message events; the
``trigger_id`` for slash commands and button clicks; the ``event_id`` for any other event. The
first delivery to claim a key runs the listeners; later ones are acknowledged and dropped.
Claims live in ``bot.shared_state`` (Redis ``SET NX EX`` when configured), so replicas agree.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Mapping

from slack_bolt import BoltResponse

from bot.shared_state import MemoryState, SharedState, SharedStateError

__all__ = ["EventDeduplicator", "delivery_key", "RETRY_WINDOW_SECONDS"]

# Slack retries three times: at once, after 1 minute and after 5 minutes; remember twice that.
RETRY_WINDOW_SECONDS = 600.0
# Events that carry a user's message: the twins app_mention / message share its channel and ts.
_MESSAGE_EVENTS = frozenset({"app_mention", "message"})


def delivery_key(body: Mapping[str, Any]) -> str | None:
    """The key that is the same for every delivery of one thing a user did, None when unknown."""
    event = body.get("event")
    if isinstance(event, Mapping) and event.get("type") in _MESSAGE_EVENTS and event.get("channel") and event.get("ts"):
        team = body.get("team_id") or event.get("team") or ""
        return f"msg:{team}:{event['channel']}:{event['ts']}"
    trigger = body.get("trigger_id")
    if isinstance(trigger, str) and trigger:
        return f"trigger:{trigger}"
    event_id = body.get("event_id")
    if isinstance(event_id, str) and event_id:
        return f"event:{event_id}"
    return None


class EventDeduplicator:
    """Claims each delivery's key for ``ttl`` seconds in ``state``; a claimed key is a repeat."""

    def __init__(self, state: SharedState | None = None, ttl: float = RETRY_WINDOW_SECONDS) -> None:
        self._state = state if state is not None else MemoryState()
        self._ttl = ttl

    def first_time(self, key: str) -> bool:
        """True the first time ``key`` is claimed within the window, by any replica sharing the state.

        When the shared state cannot be reached the delivery goes through (logged): a message
        answered twice is better than one never answered.
        """
        try:
            return self._state.claim("seen:" + key, self._ttl)
        except SharedStateError as error:
            logging.getLogger(__name__).warning("Cannot check %s for repeats (%s); answering it.", key, error)
            return True

    def middleware(self, body: dict[str, Any], next: Callable[[], None], logger: logging.Logger) -> BoltResponse | None:
        """Bolt global middleware: acknowledge a repeated delivery without running listeners."""
        key = delivery_key(body) if isinstance(body, dict) else None
        if key is not None and not self.first_time(key):
            logger.info("Ignoring repeated delivery of %s", key)
            return BoltResponse(status=200, body="")
        next()
        return None
