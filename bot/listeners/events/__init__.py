"""Events API listeners: @mentions in channels and the App Home tab."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation import Conversation
from bot.listeners.events import app_home, mention

__all__ = ["EVENTS", "register"]

# Slack event type -> listener factory; the manifest subscribes to exactly these (and MESSAGES).
EVENTS = {"app_mention": mention.build, "app_home_opened": app_home.build}


def register(app: App, conversation: Conversation) -> None:
    for event_type, build in EVENTS.items():
        app.event(event_type)(build(conversation))
