"""Build the Bolt app: a Web API client, start-up token check, de-duplication, listeners.

Thin on purpose: everything that decides what to say lives in ``bot.replies`` and
``bot.render``; how the app is served (HTTP or Socket Mode) lives in ``bot.server``.
Tests call ``build_app`` directly, pointed at a fake Web API through ``QUOTEBOT_SLACK_API_URL``.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.channels import ChannelDirectory, load_channels
from bot.conversation import Conversation
from bot.dedupe import EventDeduplicator
from bot.feedback import FeedbackStore, default_feedback_path
from bot.listeners import register_listeners
from bot.listeners.errors import mark_verified
from bot.posting import Outbox
from bot.ratelimit import ChannelRateLimiter
from bot.settings import Settings, SettingsError
from bot.shared_state import connect
from bot.sharing import ShareSigner
from bot.shutdown import AnswerExecutor
from bot.threads import ThreadStore
from retrieval.engine import Engine
from retrieval.errors import QuotebotError

if TYPE_CHECKING:
    from bot.adding import Intake

__all__ = ["build_app", "check_token", "SlackUnreachableError", "REQUIRED_SCOPES", "LISTENER_THREADS"]

logger = logging.getLogger(__name__)

# Bot scopes the listeners need, and what breaks without each (deploy/manifest.json has the same).
REQUIRED_SCOPES = {
    "app_mentions:read": "@mentions in channels",
    "chat:write": "replies to mentions and direct messages",
    "commands": "the /ask command",
    "im:history": "direct messages",
    "channels:history": "follow-up questions in public channel threads",
    "groups:history": "follow-up questions in private channel threads",
    "files:write": "charts uploaded with aggregate answers and to the Home tab",
}
# Answering is CPU work under the GIL; a few threads keep acks prompt without thrashing.
LISTENER_THREADS = 8


class SlackUnreachableError(QuotebotError):
    """The Slack Web API could not be reached at start-up."""


def build_app(
    settings: Settings, engine: Engine, intake: Intake | None = None, channels: ChannelDirectory | None = None
) -> App:
    """The Bolt app for ``engine``, its token checked against Slack; ``intake`` enables ``@quotebot add``.

    ``channels`` are the channel settings already read from ``settings.channels`` (``quotebot serve``
    reads the file once, before indexing); None: the file is read here.

    Raises:
        SettingsError: a setting is missing or malformed, or Slack rejects the bot token.
        SlackUnreachableError: the Slack Web API does not answer.
        SharedStateError: QUOTEBOT_REDIS_URL is set but Redis does not answer.
        FeedbackError: the feedback database cannot be opened.
    """
    settings.require_slack()
    if channels is None:
        channels = load_channels(settings.channels, settings.top_k)
    token = settings.slack_bot_token.get_secret_value().strip()  # type: ignore[union-attr]
    client = WebClient(token=token, base_url=settings.api_url())
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    check_token(client)
    state = connect(settings.redis_url)
    feedback = FeedbackStore(settings.feedback_db or default_feedback_path(os.environ))
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    app = App(
        client=client,
        signing_secret=secret,
        # Ack first, answer in a worker thread: Slack wants the ack within 3 seconds.
        process_before_response=False,
        listener_executor=AnswerExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="quotebot-listener"),
        # A request no listener takes goes to the error handler, which acknowledges it (Slack
        # retries a 404) and logs its type without the body Bolt's own warning would print.
        raise_error_for_unhandled_request=True,
    )
    app.use(mark_verified)  # first: runs once Bolt's signature check has passed
    app.use(EventDeduplicator(state).middleware)
    outbox = Outbox(client, ChannelRateLimiter(state))
    conversation = Conversation(engine, channels, ThreadStore(state), outbox)
    register_listeners(app, conversation, feedback, ShareSigner(secret.encode() if secret else None), intake)
    return app


def check_token(client: WebClient) -> list[str]:
    """Call ``auth.test``; warn about missing scopes.

    Returns:
        The required scopes the token lacks (empty when Slack does not report scopes).

    Raises:
        SettingsError: Slack rejects the token.
        SlackUnreachableError: no answer from the Web API.
    """
    try:
        response = client.auth_test()
    except OSError as error:  # urllib's URLError, timeouts, refused connections
        raise SlackUnreachableError(f"Cannot reach the Slack Web API at {client.base_url}: {error}. Check the network.") from None
    except SlackApiError as error:
        code = error.response.get("error", "unknown_error")
        raise SettingsError(
            f"SLACK_BOT_TOKEN was rejected by Slack ({code}): copy the Bot User OAuth Token again, or reinstall the app."
        ) from None
    header = {k.lower(): v for k, v in (response.headers or {}).items()}.get("x-oauth-scopes")
    if header is None:
        logger.warning("Slack did not report the token's scopes; cannot check them.")
        return []
    granted = {s.strip() for s in header.split(",") if s.strip()}
    missing = [scope for scope in REQUIRED_SCOPES if scope not in granted]
    for scope in missing:
        logger.warning(
            "The bot token lacks the %s scope, needed for %s. Add it under OAuth & Permissions and reinstall the app.",
            scope,
            REQUIRED_SCOPES[scope],
        )
    logger.info("Connected to Slack as %s in %s.", response.get("user"), response.get("team"))
    return missing
