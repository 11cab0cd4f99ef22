"""Send what the bot says, paced per channel, and never silently lost.

Slack can refuse a message the renderer built (``invalid_blocks``, ``msg_too_long``) or fail
(a 5xx). The user still gets an answer: the message's own plain-text fallback, shortened, with
no blocks, and the log says why. ``ratelimited`` is handled below this, by the Web API client's
``RateLimitErrorRetryHandler`` (it waits ``Retry-After`` and tries again).
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.ratelimit import ChannelRateLimiter
from bot.render.slack import plain_message

__all__ = ["Outbox", "FALLBACK_ERRORS"]

logger = logging.getLogger(__name__)

# Slack errors that a plain, shorter text avoids: the blocks or the length were the problem.
FALLBACK_ERRORS = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_too_long", "invalid_attachments"})
_SERVER_ERROR = 500


class Outbox:
    """Posts to Slack through one Web API client and one rate limiter."""

    def __init__(self, client: WebClient, limiter: ChannelRateLimiter) -> None:
        self.client = client
        self._limiter = limiter

    def post(self, channel: str, message: dict[str, Any], thread_ts: str | None = None) -> str | None:
        """``chat.postMessage``, falling back to plain text when Slack refuses the message.

        Returns:
            The posted message's ``ts`` (None when even the fallback failed; that is logged).

        Raises:
            SlackApiError: Slack refused for another reason (a missing scope, an unknown channel).
        """
        self._limiter.wait(channel)
        try:
            return self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message).get("ts")
        except SlackApiError as error:
            reason = _fallback_reason(error)
            if reason is None:
                raise
        logger.warning("Slack refused a message to %s (%s); sending it as plain text.", channel, reason)
        self._limiter.wait(channel)
        try:
            return self.client.chat_postMessage(channel=channel, thread_ts=thread_ts, **plain_message(message)).get("ts")
        except SlackApiError as error:
            logger.error("The plain-text fallback to %s failed too (%s).", channel, _code(error))
            return None

    def respond(self, respond: Callable[..., Any], message: dict[str, Any], **options: Any) -> None:
        """Send through a ``response_url``; a refused message is sent again as plain text."""
        response = respond(**message, **options)
        status = getattr(response, "status_code", 200)
        body = str(getattr(response, "body", "") or "")
        if status == 200 or "delete_original" in options:
            return
        reason = body if body in FALLBACK_ERRORS else f"HTTP {status}"
        logger.warning("Slack refused a response (%s); sending it as plain text.", reason)
        again = respond(**plain_message(message), **options)
        if getattr(again, "status_code", 200) != 200:
            logger.error("The plain-text fallback response failed too (HTTP %s).", again.status_code)

    def upload_png(self, channel: str, png: bytes, *, filename: str, title: str, thread_ts: str | None) -> str | None:
        """Upload a chart into ``channel`` (in the thread), through ``files_upload_v2``.

        Returns:
            The file id, or None when Slack refused (logged; the answer above it stands alone).
        """
        self._limiter.wait(channel)
        return _upload(self.client, png, filename=filename, title=title, channel=channel, thread_ts=thread_ts)

    def upload_private_png(self, png: bytes, *, filename: str, title: str) -> str | None:
        """Upload a chart shared with no channel (for the App Home); its file id, or None (logged)."""
        return _upload(self.client, png, filename=filename, title=title)


def _upload(client: WebClient, png: bytes, **options: Any) -> str | None:
    try:
        response = client.files_upload_v2(content=png, **options)
    except SlackClientError as error:  # a refused method, or the upload POST itself failing
        reason = _code(error) if isinstance(error, SlackApiError) else type(error).__name__
        logger.error("Could not upload %s (%s).", options.get("filename"), reason)
        return None
    file = response.get("file") or {}
    return file.get("id")


def _code(error: SlackApiError) -> str:
    return str(error.response.get("error") or f"HTTP {error.response.status_code}")


def _fallback_reason(error: SlackApiError) -> str | None:
    code = error.response.get("error") if isinstance(error.response.data, dict) else None
    if code in FALLBACK_ERRORS:
        return str(code)
    if error.response.status_code >= _SERVER_ERROR:
        return f"HTTP {error.response.status_code}"
    return None
