"""``/ask question``: acknowledge at once, then answer only the asker, with a share button.

The channel's settings apply (its part of the corpus, its quotes per answer).
"""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import Ack, BoltContext, Respond

from bot.conversation import Conversation
from bot.questions import clean_question
from bot.render.slack import help_message, usage_text
from bot.replies import reply_to
from bot.sharing import ShareSigner

__all__ = ["build"]


def build(conversation: Conversation, sharing: ShareSigner) -> Callable[..., None]:
    def on_ask(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> None:
        summary = conversation.summary  # the current corpus's: articles may be added while serving
        question = clean_question(command.get("text") or "", context.bot_user_id)
        if not question:
            ack(text=usage_text(summary))
            return
        if conversation.engine.wants_help(question):
            ack(**help_message(summary))
            return
        ack()
        settings = conversation.channels.get(command.get("channel_id"))
        asker = str(command.get("user_id") or "")
        reply = reply_to(
            conversation.engine,
            question,
            top=settings.top,
            summary=summary,
            scope=settings.scope,
            share_value=lambda q: sharing.value(q, asker),
        )
        conversation.outbox.respond(respond, reply.message, response_type="ephemeral")

    return on_ask
