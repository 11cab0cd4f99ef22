"""Slash commands: ``/ask``."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation import Conversation
from bot.listeners.commands import ask
from bot.sharing import ShareSigner

__all__ = ["COMMANDS", "register"]

COMMANDS = {"/ask": ask.build}


def register(app: App, conversation: Conversation, sharing: ShareSigner) -> None:
    for command, build in COMMANDS.items():
        app.command(command)(build(conversation, sharing))
