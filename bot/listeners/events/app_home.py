"""Opening the bot's Home tab: what the bot knows, its most quoted speakers as a chart, examples.

The chart is uploaded once per corpus (again after articles are added) and shown as an image beside
its text bars. Should Slack
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
    # The chart is drawn and uploaded once per corpus summary (a new index generation, after an
    # article is added, brings a new one): matplotlib's first use is slow, and each opening after
    # the first reuses the uploaded image.
    views: dict[str, Any] = {}  # "summary", "text" and (when uploaded) "image"
    lock = threading.Lock()

    def view(with_image: bool) -> dict[str, Any]:
        with lock:
            summary = conversation.summary
            if views.get("summary") is not summary:
                views.clear()
                views["summary"] = summary
                views["text"] = home_view(summary)
                bars = summary_bars(summary.top_speakers[:HOME_SPEAKERS])
                png = bar_chart_png(bars, CHART_TITLE) if bars else None
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
