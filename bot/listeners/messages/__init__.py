"""Message listeners: direct messages, and replies in threads the bot answered (follow-ups)."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation import Conversation
from bot.listeners.messages import message

__all__ = ["MESSAGES", "register"]

# Manifest event name -> listener factory. Bolt sees every message.* event as type "message",
# so one listener serves them all; it tells a DM from a thread reply itself.
MESSAGES = {"message.im": message.build, "message.channels": message.build, "message.groups": message.build}


def register(app: App, conversation: Conversation) -> None:
    for build in dict.fromkeys(MESSAGES.values()):
        app.event("message")(build(conversation))
