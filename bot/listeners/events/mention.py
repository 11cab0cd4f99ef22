"""``@quotebot question`` in a channel: answer in a thread under the question."""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import BoltContext, Say

from bot.questions import clean_question
from bot.replies import reply_to
from retrieval.engine import Engine

__all__ = ["build"]


def build(engine: Engine, top: int) -> Callable[..., None]:
    def on_app_mention(event: dict[str, Any], say: Say, context: BoltContext) -> None:
        # A mention inside a direct message also arrives as message.im; that listener answers it.
        if str(event.get("channel", "")).startswith("D"):
            return
        question = clean_question(event.get("text") or "", context.bot_user_id)
        message = reply_to(engine, question, top=top, summary=engine.summary())
        say(**message, thread_ts=event.get("thread_ts") or event["ts"])

    return on_app_mention
