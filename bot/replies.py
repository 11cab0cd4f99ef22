"""What the bot says to a question, whatever the way it was asked (mention, /ask, DM, thread reply).

Help words get usage and example questions, a question the engine refuses gets the engine's own
message, anything else gets the rendered answer. A question in a conversation the bot already
answered is first read against that answer (``retrieval.answer.followups``): "more" asks the
same question for the next quotes, "what else did he say?" asks about the last speaker. The
console asks through ``ask_following`` too, so both front ends follow up the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from bot.render import slack as render
from retrieval.answer.followups import narrow, read_follow_up, wanted
from retrieval.answer.scope import Scope
from retrieval.engine import Engine
from retrieval.errors import QuestionError
from retrieval.results import Answer, CorpusSummary

__all__ = ["Reply", "reply_to", "ask_following"]


@dataclass(frozen=True, slots=True)
class Reply:
    """A message ready to send, and the answer it shows (None for help and notices)."""

    message: dict[str, Any]
    answer: Answer | None = None


def ask_following(engine: Engine, text: str, previous: Answer | None, *, top: int, scope: Scope | None = None) -> Answer:
    """Answer ``text``, read as a follow-up to ``previous`` when it is one.

    Returns:
        The answer; for a follow-up its ``question`` is the question actually asked and its
        ``follow_up`` the words typed.

    Raises:
        QuestionError: the question is empty or too long.
    """
    follow = read_follow_up(previous, text) if previous is not None else None
    if follow is None:
        return engine.ask(text, top=top, scope=scope)
    answer = engine.ask(follow.question, top=wanted(follow, top), scope=scope)
    return narrow(answer, follow, top, typed=" ".join(text.split()))


def reply_to(
    engine: Engine,
    question: str,
    *,
    top: int,
    summary: CorpusSummary,
    scope: Scope | None = None,
    previous: Answer | None = None,
    share_value: Callable[[str], str] | None = None,
    followable: bool = False,
) -> Reply:
    """The message (``text`` and ``blocks``) answering a cleaned question.

    Args:
        engine: The loaded engine.
        question: The question with Slack markup already removed.
        top: Most quotes to show.
        summary: The corpus summary, for usage and example questions.
        scope: The part of the corpus searched (the channel's settings); None for all.
        previous: The conversation's last answer, for follow-ups.
        share_value: Offer a "Share to channel" button (answers only the asker sees) whose value
            this makes from the question the engine answered.
        followable: The conversation keeps context, so the message may invite a "more".
    """
    if engine.wants_help(question):  # Slack's own usage, with how to reach the bot here
        return Reply(render.help_message(summary))
    try:
        answer = ask_following(engine, question, previous, top=top, scope=scope)
    except QuestionError as error:
        return Reply(render.notice_message(str(error)))
    share = share_value(answer.question) if share_value else None
    return Reply(render.answer_message(answer, share_value=share, followable=followable), answer)
