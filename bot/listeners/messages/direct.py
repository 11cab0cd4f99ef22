"""A direct message to the bot is a question; no mention needed."""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import BoltContext, Say

from bot.questions import clean_question, is_direct_question
from bot.replies import reply_to
from retrieval.engine import Engine

__all__ = ["build"]


def build(engine: Engine, top: int) -> Callable[..., None]:
    def on_direct_message(event: dict[str, Any], say: Say, context: BoltContext) -> None:
        if not is_direct_question(event):
            return
        question = clean_question(event["text"], context.bot_user_id)
        say(**reply_to(engine, question, top=top, summary=engine.summary()), thread_ts=event.get("thread_ts"))

    return on_direct_message
