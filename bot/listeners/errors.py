"""The one error handler: log the traceback, tell the user briefly, reveal nothing.

A listener that raises lands here (Bolt's ``app.error``). The user sees a fixed apology in the
place they asked (thread, DM or ephemeral), never the exception text, which may hold a path
or a token.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.render.slack import APOLOGY, notice_message

__all__ = ["register"]

# Events whose author is waiting for a reply in a conversation.
_CONVERSATION_EVENTS = frozenset({"app_mention", "message"})


def register(app: App) -> None:
    app.error(_on_error)


def _on_error(error: Exception, body: dict[str, Any], logger: logging.Logger, client: WebClient, respond: Respond) -> None:
    """Log ``error`` with its traceback and apologise where the question was asked."""
    logger.error("Failed to handle a Slack request: %s", type(error).__name__, exc_info=error)
    try:
        if body.get("response_url"):  # slash commands and button clicks
            respond(**notice_message(APOLOGY), response_type="ephemeral", replace_original=False)
            return
        event = body.get("event") or {}
        if event.get("type") in _CONVERSATION_EVENTS and event.get("channel"):
            thread_ts = event.get("thread_ts") or (event.get("ts") if event["type"] == "app_mention" else None)
            client.chat_postMessage(channel=event["channel"], thread_ts=thread_ts, **notice_message(APOLOGY))
    except Exception:  # the apology itself failed (Slack unreachable): the log is all we have
        logger.exception("Could not send the apology to Slack")
