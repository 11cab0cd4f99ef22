"""Share an ephemeral answer: post it to the channel and remove the private copy.

The button's value is the question signed for the asker (``bot.sharing``): a value that was
edited, or a click by anyone else, is refused, so the bot only ever shares what it answered for
that person. The shared message is rebuilt from the corpus and goes out through the action's
``response_url``, which posts in the channel without extra scopes.
"""

from __future__ import annotations

from typing import Any, Callable

from slack_bolt import Ack, Respond

from bot.render.slack import notice_message, shared_message
from bot.sharing import ShareSigner
from retrieval.engine import Engine
from retrieval.errors import QuestionError

__all__ = ["build", "REFUSED"]

REFUSED = "This answer can no longer be shared. Ask again with /ask to get a fresh one."


def build(engine: Engine, top: int, sharing: ShareSigner) -> Callable[..., None]:
    def on_share(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        user = body.get("user")
        sharer = user.get("id") if isinstance(user, dict) else None
        question = sharing.question(action.get("value"), sharer)
        if question is None:
            respond(**notice_message(REFUSED), replace_original=False)
            return
        # The signed question is the one already cleaned when it was asked: cleaning it again
        # would change a literal "<b>" the user typed.
        try:
            answer = engine.ask(question, top=top)
        except QuestionError as error:
            respond(**notice_message(str(error)), replace_original=False)
            return
        respond(**shared_message(answer, str(sharer)), response_type="in_channel", replace_original=False)
        respond(delete_original=True)

    return on_share
