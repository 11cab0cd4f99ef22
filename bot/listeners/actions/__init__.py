"""Interactive actions: "Share to channel" under an ephemeral answer, 👍/👎 under every answer."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation import Conversation
from bot.feedback import FeedbackStore
from bot.listeners.actions import feedback, share
from bot.render.slack import FEEDBACK_ACTIONS, SHARE_ACTION_ID
from bot.sharing import ShareSigner

__all__ = ["ACTIONS", "register"]

ACTIONS = (SHARE_ACTION_ID, *FEEDBACK_ACTIONS)


def register(app: App, conversation: Conversation, store: FeedbackStore, sharing: ShareSigner) -> None:
    app.action(SHARE_ACTION_ID)(share.build(conversation, sharing))
    on_vote = feedback.build(store)
    for action_id in FEEDBACK_ACTIONS:
        app.action(action_id)(on_vote)
