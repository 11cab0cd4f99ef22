"""``@quotebot question`` in a channel: answer in a thread under the question.

The same message also arrives as a ``message`` event; whichever delivery comes first is
answered (``bot.dedupe``), by the same ``Conversation``, so the reply is the same either way.
"""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import BoltContext

from bot.conversation import Conversation

__all__ = ["build"]


def build(conversation: Conversation) -> Callable[..., None]:
    def on_app_mention(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        conversation.on_message(event, str(body.get("team_id") or context.team_id or ""), context.bot_user_id)

    return on_app_mention
