"""Slash commands: ``/ask``."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners.commands import ask
from bot.sharing import ShareSigner
from retrieval.engine import Engine

__all__ = ["COMMANDS", "register"]

COMMANDS = {"/ask": ask.build}


def register(app: App, engine: Engine, top: int, sharing: ShareSigner) -> None:
    for command, build in COMMANDS.items():
        app.command(command)(build(engine, top, sharing))
