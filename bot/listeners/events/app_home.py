"""Opening the bot's Home tab: publish what the bot knows and example questions."""

from __future__ import annotations

from typing import Any, Callable

from slack_sdk import WebClient

from bot.render.slack import home_view
from retrieval.engine import Engine

__all__ = ["build"]


def build(engine: Engine, top: int) -> Callable[..., None]:
    def on_app_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":  # the Messages tab needs nothing published
            return
        # Built from the current corpus (summaries are made once per index generation).
        client.views_publish(user_id=event["user"], view=home_view(engine.summary()))

    return on_app_home_opened
