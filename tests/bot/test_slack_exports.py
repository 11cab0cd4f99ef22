"""Every Slack-side module declares its public names, and each exists."""

from __future__ import annotations

import importlib

import pytest

MODULES = [
    "bot.app", "bot.server", "bot.settings", "bot.questions", "bot.replies", "bot.dedupe", "bot.render.slack",
    "bot.listeners", "bot.listeners.events", "bot.listeners.messages", "bot.listeners.commands", "bot.listeners.actions",
    "bot.listeners.errors", "bot.listeners.events.mention", "bot.listeners.events.app_home",
    "bot.listeners.messages.direct", "bot.listeners.commands.ask", "bot.listeners.actions.share",
]


@pytest.mark.parametrize("name", MODULES)
def test_all_names_exist_and_module_is_documented(name):
    module = importlib.import_module(name)
    assert module.__doc__ and module.__all__
    missing = [attr for attr in module.__all__ if not hasattr(module, attr)]
    assert missing == []
