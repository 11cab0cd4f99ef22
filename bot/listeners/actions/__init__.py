"""Interactive actions: the "Share to channel" button under an ephemeral answer."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners.actions import share
from bot.render.slack import SHARE_ACTION_ID
from bot.sharing import ShareSigner
from retrieval.engine import Engine

__all__ = ["ACTIONS", "register"]

ACTIONS = {SHARE_ACTION_ID: share.build}


def register(app: App, engine: Engine, top: int, sharing: ShareSigner) -> None:
    for action_id, build in ACTIONS.items():
        app.action(action_id)(build(engine, top, sharing))
