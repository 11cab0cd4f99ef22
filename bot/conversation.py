"""One place that decides whether and how to answer a message, however Slack delivered it.

A mention arrives twice (``app_mention`` and ``message``); only the first delivery gets here
(``bot.dedupe``), so both must lead to the same reply: a message that mentions the bot, or is
sent to it directly, is a question; a reply in a thread where quotebot answered recently is a
follow-up (unless the channel turned follow-ups off or is mention-only), answered when it reads
as one ("more", "what else did he say?") or asks something. The reply goes in the thread, with
a chart when the answer counts something, and becomes the thread's context.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Mapping

from bot.channels import ChannelDirectory, ChannelSettings
from bot.posting import Outbox
from bot.questions import clean_question, is_person_message, looks_like_question, mentions
from bot.render.charts import answer_bars, bar_chart_png, chart_title
from bot.replies import reply_to
from bot.threads import ThreadKey, ThreadStore
from retrieval.answer.followups import read_follow_up
from retrieval.engine import Engine
from retrieval.results import Answer, CorpusSummary

__all__ = ["Conversation", "DIRECT_THREAD"]

logger = logging.getLogger(__name__)

# A direct message conversation is one long thread: its context is kept under this name.
DIRECT_THREAD = "direct"
CHART_FILENAME = "quotebot-chart.png"


@dataclass
class Conversation:
    """What the message listeners share: the engine, the channel settings, thread memory, the outbox."""

    engine: Engine
    channels: ChannelDirectory
    threads: ThreadStore
    outbox: Outbox

    @property
    def summary(self) -> CorpusSummary:
        """The current corpus's summary, for help texts and the Home tab (articles may be added
        while serving; the engine makes it once per index generation)."""
        return self.engine.summary()

    def on_message(self, event: Mapping[str, Any], team: str, bot_user_id: str | None) -> None:
        """Answer ``event`` (an ``app_mention`` or ``message``) if it is for the bot; else do nothing."""
        if not is_person_message(event, bot_user_id):
            return
        channel, text = str(event["channel"]), str(event["text"])
        # app_mention events carry no channel_type; a DM's id starts with D.
        direct = event.get("channel_type", "im" if channel.startswith("D") else None) == "im"
        addressed = direct or event.get("type") == "app_mention" or mentions(text, bot_user_id)
        settings = self.channels.get(channel)
        thread_ts = event.get("thread_ts")
        key: ThreadKey | None = (team, channel, DIRECT_THREAD if direct else str(thread_ts)) if (direct or thread_ts) else None
        previous = self.threads.last(key) if key is not None and settings.followups else None
        question = clean_question(text, bot_user_id)
        if not addressed and not self._follows_up(previous, question, settings):
            return
        reply = reply_to(
            self.engine,
            question,
            top=settings.top,
            summary=self.summary,
            scope=settings.scope,
            previous=previous,
            followable=settings.followups,
        )
        where = thread_ts or (None if direct else str(event["ts"]))
        if reply.answer is not None and settings.followups:
            # Before posting: a reply typed the moment the answer shows up must find its context.
            self.threads.remember((team, channel, DIRECT_THREAD if direct else str(where)), reply.answer)
        self.outbox.post(channel, reply.message, thread_ts=where)
        if reply.answer is not None:
            self.send_chart(reply.answer, channel, where)

    def send_chart(self, answer: Answer, channel: str, thread_ts: str | None) -> str | None:
        """Upload the answer's chart to the thread when it counts speakers or dates; the file id."""
        bars = answer_bars(answer)
        if not bars:
            return None
        png = bar_chart_png(bars, chart_title(answer), horizontal=bool(answer.speakers))
        return self.outbox.upload_png(channel, png, filename=CHART_FILENAME, title=chart_title(answer), thread_ts=thread_ts)

    def _follows_up(self, previous: Answer | None, question: str, settings: ChannelSettings) -> bool:
        """A reply that does not mention the bot: answered only in a thread the bot is part of."""
        if previous is None or settings.mention_only:
            return False
        return read_follow_up(previous, question) is not None or looks_like_question(question)
