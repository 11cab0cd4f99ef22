"""Message listeners: direct messages to the bot."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners.messages import direct
from retrieval.engine import Engine

__all__ = ["MESSAGES", "register"]

# Manifest event name -> listener factory. Bolt sees every message.* event as type "message".
MESSAGES = {"message.im": direct.build}


def register(app: App, engine: Engine, top: int) -> None:
    for build in MESSAGES.values():
        app.event("message")(build(engine, top))
