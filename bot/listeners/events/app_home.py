"""Opening the bot's Home tab: what the bot knows, its most quoted speakers as a chart, examples."""

from __future__ import annotations

import threading
from typing import Any, Callable

from slack_sdk import WebClient

from bot.conversation import Conversation
from bot.render.charts import bar_chart_png, summary_bars
from bot.render.home import HOME_SPEAKERS, home_view

__all__ = ["build"]

CHART_FILENAME = "quotebot-top-speakers.png"


def build(conversation: Conversation) -> Callable[..., None]:
    summary = conversation.summary
    views: list[dict[str, Any]] = []  # built at the first opening (the chart is uploaded once)
    lock = threading.Lock()

    def view() -> dict[str, Any]:
        with lock:
            if not views:
                bars = summary_bars(summary.top_speakers[:HOME_SPEAKERS])
                file_id = None
                if bars:  # the corpus is fixed once loaded: one upload serves every opening
                    png = bar_chart_png(bars, "Most quoted speakers")
                    file_id = conversation.outbox.upload_private_png(png, filename=CHART_FILENAME, title="Most quoted speakers")
                views.append(home_view(summary, file_id))
            return views[0]

    def on_app_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":  # the Messages tab needs nothing published
            return
        client.views_publish(user_id=event["user"], view=view())

    return on_app_home_opened
