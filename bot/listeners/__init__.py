"""Slack listeners, one per file, grouped by kind; each folder's ``register`` wires its own.

A listener only acknowledges, hands the message to ``bot.conversation`` (or cleans the question
and asks ``bot.replies``) and sends what ``bot.render`` produced. ``EVENTS``/``MESSAGES``/
``COMMANDS``/``ACTIONS`` name what is handled, so a test can hold them against ``deploy/manifest.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slack_bolt import App

from bot.conversation import Conversation
from bot.feedback import FeedbackStore
from bot.listeners import actions, commands, errors, events, messages
from bot.sharing import ShareSigner

if TYPE_CHECKING:
    from bot.adding import Intake

__all__ = ["register_listeners"]


def register_listeners(
    app: App,
    conversation: Conversation,
    feedback: FeedbackStore,
    sharing: ShareSigner | None = None,
    intake: Intake | None = None,
) -> None:
    """Register every listener and the error handler on ``app``.

    ``sharing`` signs share-button values; by default with a key random to this process. With
    ``intake``, ``@quotebot add`` requests are registered first (they match only adds).
    """
    sharing = sharing or ShareSigner()
    if intake is not None:
        from bot import adding

        adding.register(app, intake)  # before the question listeners: tried first
    events.register(app, conversation)
    messages.register(app, conversation)
    commands.register(app, conversation, sharing)
    actions.register(app, conversation, feedback, sharing)
    errors.register(app)
