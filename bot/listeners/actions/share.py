"""Share an ephemeral answer: post it to the channel and remove the private copy.

The button carries the question, not the answer, so the shared message is rebuilt from the
corpus and cannot be forged by editing the button's value into arbitrary text. It goes out
through the action's ``response_url``, which posts in the channel without extra scopes.
"""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import Ack, Respond

from bot.render.slack import notice_message, shared_message
from retrieval.engine import Engine
from retrieval.errors import QuestionError

__all__ = ["build"]


def build(engine: Engine, top: int) -> Callable[..., None]:
    def on_share(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        # The value is the question as already cleaned when it was asked: cleaning it again
        # would change a literal "<b>" the user typed.
        try:
            answer = engine.ask(action.get("value") or "", top=top)
        except QuestionError as error:  # an edited or emptied button value
            respond(**notice_message(str(error)), replace_original=False)
            return
        respond(**shared_message(answer, body["user"]["id"]), response_type="in_channel", replace_original=False)
        respond(delete_original=True)

    return on_share
