"""What the bot says to a question, whatever the way it was asked (mention, /ask, DM).

Help words get usage and example questions, a question the engine refuses gets the engine's own
message, anything else gets the rendered answer. Listeners call this and only send the result.
"""

from __future__ import annotations

from typing import Any, Callable

from bot.render import slack as render
from retrieval.engine import Engine
from retrieval.errors import QuestionError
from retrieval.results import CorpusSummary

__all__ = ["reply_to"]


def reply_to(
    engine: Engine,
    question: str,
    *,
    top: int,
    summary: CorpusSummary,
    share_value: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """The message (``text`` and ``blocks``) answering a cleaned question.

    Args:
        engine: The loaded engine.
        question: The question with Slack markup already removed.
        top: Most quotes to show.
        summary: The corpus summary, for usage and example questions.
        share_value: Offer a "Share to channel" button (answers only the asker sees) whose value
            this makes from the question the engine answered.
    """
    if engine.wants_help(question):  # Slack's own usage, with how to reach the bot here
        return render.help_message(summary)
    try:
        answer = engine.ask(question, top=top)
    except QuestionError as error:
        return render.notice_message(str(error))
    return render.answer_message(answer, share_value=share_value(answer.question) if share_value else None)
