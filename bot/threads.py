"""Each Slack thread's last answer, kept for a while so replies in it can follow up.

A thread is known once quotebot has answered in it; its last ``Answer`` (as JSON, the model's
own form) is what "more", "what else did he say?" or "and about the troops?" are read against.
Context lives in ``bot.shared_state``, so a follow-up reaching another replica still finds it,
and expires after ``THREAD_CONTEXT_SECONDS``: an old thread needs a fresh mention.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError

from bot.shared_state import SharedState, SharedStateError
from retrieval.results import Answer

__all__ = ["ThreadStore", "ThreadKey", "THREAD_CONTEXT_SECONDS"]

logger = logging.getLogger(__name__)

# A working session: a thread quiet for longer is a new conversation, started with a mention.
THREAD_CONTEXT_SECONDS = 6 * 3600.0

ThreadKey = tuple[str, str, str]  # (team, channel, thread ts)


class ThreadStore:
    """The last answer given in each thread, for ``ttl`` seconds after it was given."""

    def __init__(self, state: SharedState, ttl: float = THREAD_CONTEXT_SECONDS) -> None:
        self._state = state
        self._ttl = ttl

    def remember(self, key: ThreadKey, answer: Answer) -> None:
        """Keep ``answer`` as the context of the thread ``key`` (replacing any before it).

        When the shared state cannot be reached the answer still goes out, without context (logged).
        """
        try:
            self._state.put(_name(key), answer.model_dump_json(), self._ttl)
        except SharedStateError as error:
            logger.warning("Cannot keep the context of thread %s (%s).", key[1:], error)

    def last(self, key: ThreadKey) -> Answer | None:
        """The thread's last answer; None when quotebot has not answered there, or long ago."""
        try:
            raw = self._state.get(_name(key))
        except SharedStateError as error:
            logger.warning("Cannot read the context of thread %s (%s); treating it as new.", key[1:], error)
            return None
        if raw is None:
            return None
        try:
            return Answer.model_validate_json(raw)
        except ValidationError:  # written by an older or newer replica: start the thread afresh
            logger.warning("Thread context for %s could not be read; treating the thread as new.", key[1:])
            return None


def _name(key: ThreadKey) -> str:
    return "thread:" + ":".join(key)
