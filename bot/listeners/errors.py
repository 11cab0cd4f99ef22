"""The one error handler: log the traceback, tell the user briefly, reveal nothing.

A listener that raises lands here (Bolt's ``app.error``), and so does anything Bolt's own
middleware raises, including while it checks the signature. The user sees a fixed apology in the
place they asked (thread, DM or ephemeral), never the exception text, which may hold a path or a
token. The apology goes out only for a request that got past Bolt's own middleware, signature
check included (``mark_verified`` runs as the first global middleware after them; Socket Mode
requests come over the app's own authenticated connection), and through a ``response_url`` only
when it is Slack's: an unsigned or forged body can make the bot send nothing anywhere. A request
signed as Slack's (checked by ``bot.intake``) that Bolt's middleware cannot read is a malformed
payload: 400. A request no listener handles is acknowledged with 200, since Slack retries a 404.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse, Respond
from slack_bolt.error import BoltUnhandledRequestError
from slack_sdk import WebClient

from bot.render.slack import APOLOGY, notice_message

__all__ = ["register", "mark_verified", "is_slack_response_url", "VERIFIED", "SIGNED", "SLACK_RESPONSE_URL_PREFIX"]

logger = logging.getLogger(__name__)

# Events whose author is waiting for a reply in a conversation.
_CONVERSATION_EVENTS = frozenset({"app_mention", "message"})
# Where Slack's response URLs live; anything else in a body is not Slack's to give.
SLACK_RESPONSE_URL_PREFIX = "https://hooks.slack.com/"
# Context key set once Bolt's middleware (its signature check first) has passed the request.
VERIFIED = "quotebot_verified"
# Context key ``bot.intake`` sets on a request whose signature it checked, before Bolt sees it.
SIGNED = "quotebot_signed"
# A payload type is logged, cut to this length: enough to name it, never a body.
_TYPE_LOGGED = 40


def register(app: App) -> None:
    app.error(_on_error)


def mark_verified(context: BoltContext, next: Callable[[], None]) -> None:
    """Bolt global middleware: record that the request got past Bolt's signature check."""
    context[VERIFIED] = True
    next()


def is_slack_response_url(url: object) -> bool:
    """True for a response URL Slack issues (``https://hooks.slack.com/...``)."""
    return isinstance(url, str) and url.startswith(SLACK_RESPONSE_URL_PREFIX)


def _on_error(error: Exception, body: Any, request: BoltRequest, client: WebClient, respond: Respond) -> BoltResponse | None:
    """Log ``error`` and apologise where the question was asked, if the request was Slack's."""
    if isinstance(error, BoltUnhandledRequestError):
        logger.info("Acknowledged a Slack request no listener handles (type %s)", _kind(body))
        return BoltResponse(status=200, body="")
    if request.context.get(VERIFIED) is not True:
        if request.context.get(SIGNED) is True or request.mode == "socket_mode":
            logger.warning("Refused a Slack payload Bolt could not read (400): %s", type(error).__name__)
            return BoltResponse(status=400, body="")
        logger.warning("Refused an unverified Slack request (401): %s", type(error).__name__)
        return BoltResponse(status=401, body="")
    logger.error("Failed to handle a Slack request: %s", type(error).__name__, exc_info=error)
    if not isinstance(body, dict):
        return None
    try:
        _apologise(body, client, respond)
    except Exception:  # the apology itself failed (Slack unreachable): the log is all we have
        logger.exception("Could not send the apology to Slack")
    return None


def _apologise(body: dict[str, Any], client: WebClient, respond: Respond) -> None:
    if "response_url" in body:  # slash commands and button clicks
        if is_slack_response_url(body["response_url"]):
            respond(**notice_message(APOLOGY), response_type="ephemeral", replace_original=False)
        else:
            logger.warning("Sent no apology: the request's response_url is not Slack's")
        return
    event = body.get("event")
    if not isinstance(event, dict) or event.get("type") not in _CONVERSATION_EVENTS:
        return
    channel, ts, thread_ts = event.get("channel"), event.get("ts"), event.get("thread_ts")
    if not isinstance(channel, str) or not channel:
        return
    if not isinstance(thread_ts, str):
        thread_ts = ts if event["type"] == "app_mention" and isinstance(ts, str) else None
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, **notice_message(APOLOGY))


def _kind(body: Any) -> str:
    if not isinstance(body, dict):
        return "unknown"
    kind = body.get("type")
    event = body.get("event")
    if isinstance(event, dict) and isinstance(event.get("type"), str):
        kind = f"{kind}/{event['type']}"
    return repr(kind)[:_TYPE_LOGGED]
