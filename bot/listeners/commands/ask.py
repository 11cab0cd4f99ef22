"""``/ask question``: acknowledge at once, then answer only the asker, with a share button."""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import Ack, BoltContext, Respond

from bot.questions import clean_question
from bot.render.slack import help_message, usage_text
from bot.replies import reply_to
from bot.sharing import ShareSigner
from retrieval.engine import Engine

__all__ = ["build"]


def build(engine: Engine, top: int, sharing: ShareSigner) -> Callable[..., None]:
    def on_ask(ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext) -> None:
        summary = engine.summary()  # the current corpus's: articles may be added while serving
        question = clean_question(command.get("text") or "", context.bot_user_id)
        if not question:
            ack(text=usage_text(summary))
            return
        if engine.wants_help(question):
            ack(**help_message(summary))
            return
        ack()
        asker = str(command.get("user_id") or "")
        message = reply_to(engine, question, top=top, summary=summary, share_value=lambda q: sharing.value(q, asker))
        respond(**message, response_type="ephemeral")

    return on_ask
