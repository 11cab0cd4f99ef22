"""👍/👎 under an answer: store the vote (a second vote by the same person replaces the first).

The button carries the question and the quotes shown; the channel, the answer's message and the
voter come from Slack's signed request. The voter gets a short ephemeral thank-you.
"""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import Ack, Respond

from bot.feedback import FeedbackStore, QuoteRef, Vote, now_utc
from bot.render.slack import FEEDBACK_ACTIONS, notice_message, read_feedback_value

__all__ = ["build"]

_THANKS = {"up": "Thanks: your 👍 is recorded.", "down": "Thanks: your 👎 is recorded; it helps fix wrong answers."}


def build(store: FeedbackStore) -> Callable[..., None]:
    def on_vote(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        vote = FEEDBACK_ACTIONS[action["action_id"]]
        question, refs = read_feedback_value(action.get("value") or "")
        container = body.get("container") or {}
        store.record(
            Vote(
                channel=str((body.get("channel") or {}).get("id") or container.get("channel_id") or ""),
                message_ts=str(container.get("message_ts") or (body.get("message") or {}).get("ts") or ""),
                user=str((body.get("user") or {}).get("id") or ""),
                vote=vote,  # type: ignore[arg-type]
                question=question,
                quotes=tuple(QuoteRef(*ref) for ref in refs),
                voted_at=now_utc(),
            )
        )
        respond(**notice_message(_THANKS[vote]), response_type="ephemeral", replace_original=False)

    return on_vote
