"""A message in a DM with the bot, or in a channel it is in: a question, a follow-up, or not for us.

Edits, other bots' messages and the bot's own are never answered (``bot.questions``).
"""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import BoltContext

from bot.conversation import Conversation

__all__ = ["build"]


def build(conversation: Conversation) -> Callable[..., None]:
    def on_message(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        conversation.on_message(event, str(body.get("team_id") or context.team_id or ""), context.bot_user_id)

    return on_message
