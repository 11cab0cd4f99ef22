"""Opening the bot's Home tab: what the bot knows, its most quoted speakers as a chart, examples.

The chart is uploaded once per process and shown as an image beside its text bars. Should Slack
refuse the view with the image (the file not visible to the user, say), the view goes out
without it, and later openings skip the image.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation import Conversation
from bot.render.charts import bar_chart_png, summary_bars
from bot.render.home import HOME_SPEAKERS, home_view

__all__ = ["build"]

logger = logging.getLogger(__name__)

CHART_FILENAME = "quotebot-top-speakers.png"
CHART_TITLE = "Most quoted speakers"


def build(conversation: Conversation) -> Callable[..., None]:
    summary = conversation.summary
    # The corpus is fixed once loaded: the chart is drawn at start-up (matplotlib's first use is
    # slow) and uploaded at the first opening, once for every opening after it.
    bars = summary_bars(summary.top_speakers[:HOME_SPEAKERS])
    png = bar_chart_png(bars, CHART_TITLE) if bars else None
    views: dict[str, dict[str, Any]] = {}  # "image" (when uploaded) and "text", built at the first opening
    lock = threading.Lock()

    def view(with_image: bool) -> dict[str, Any]:
        with lock:
            if not views:
                views["text"] = home_view(summary)
                file_id = conversation.outbox.upload_private_png(png, filename=CHART_FILENAME, title=CHART_TITLE) if png else None
                if file_id:
                    views["image"] = home_view(summary, file_id)
            return views["image"] if with_image and "image" in views else views["text"]

    def on_app_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":  # the Messages tab needs nothing published
            return
        try:
            client.views_publish(user_id=event["user"], view=view(with_image=True))
        except SlackApiError as error:
            if "image" not in views:
                raise
            logger.warning("Slack refused the Home tab with its chart (%s); publishing it without.", error.response.get("error"))
            views.pop("image", None)
            client.views_publish(user_id=event["user"], view=view(with_image=False))

    return on_app_home_opened
