"""``@quotebot add <url>`` in a channel, or a link sent by direct message: fetch, store, index, reply.

These listeners are registered before the question listeners and match only add requests (a
mention whose text is ``add`` and one link; a direct message that is a link, ``add`` optional),
so everything else is still a question. Who may add is ``QUOTEBOT_ADD_ALLOWED`` (user IDs, or
``*``); others get a short refusal. The reply goes in the thread: the title linked to the
article, its date, the sentences and quotes found and two example questions from it, or why
it was not added. Slack's ``<https://...|label>`` link markup is unwrapped to the URL.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from slack_bolt import App, BoltContext, Say

from bot.live import LiveEngine
from bot.questions import is_direct_question
from bot.render import slack as render
from bot.render.added import added_message
from retrieval.errors import QuotebotError
from retrieval.intake import read_all
from retrieval.sources.read import Reader

__all__ = ["Intake", "add_request", "register", "NOT_ALLOWED", "NO_FOLDER", "FAILED"]

logger = logging.getLogger(__name__)

NOT_ALLOWED = "Sorry, you cannot add articles here. Ask whoever runs quotebot to add your user ID to QUOTEBOT_ADD_ALLOWED."
NO_FOLDER = "Adding articles needs a corpus folder to store them in; whoever runs quotebot can set QUOTEBOT_CORPUS."
FAILED = "Sorry, the article could not be stored: the index could not be updated. It has been logged."

_LINK = re.compile(r"<(https?://[^|<>\s]+)(?:\|[^<>]*)?>", re.IGNORECASE)
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_ADD = re.compile(r"\A\s*add\b:?\s*", re.IGNORECASE)


@dataclass
class Intake:
    """What the add listeners need: the live engine, how to read, where to store, who may add."""

    live: LiveEngine
    reader: Reader
    corpus_dir: Path | None
    may_add: Callable[[str | None], bool]


def add_request(text: str, *, need_add: bool) -> str | None:
    """The URL a message asks to add, or None when it is not an add request.

    Args:
        text: the message in Slack markup (``<@U1> add <https://x|x>``).
        need_add: the word ``add`` must come first (mentions); a direct message may be the link alone.
    """
    rest = _MENTION.sub(" ", text).strip()
    added = _ADD.match(rest)
    if need_add and not added:
        return None
    rest = rest[added.end() :] if added else rest
    links = _LINK.findall(rest)
    if len(links) != 1 or _LINK.sub("", rest).strip():
        return None
    return links[0].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def register(app: App, intake: Intake) -> None:
    """Register the add listeners; call before the question listeners so they are tried first."""

    def is_add_mention(event: dict[str, Any]) -> bool:
        channel = str(event.get("channel", ""))
        return not channel.startswith("D") and add_request(event.get("text") or "", need_add=True) is not None

    def is_add_dm(event: dict[str, Any]) -> bool:
        return is_direct_question(event) and add_request(event["text"], need_add=False) is not None

    def on_add_mention(event: dict[str, Any], say: Say, context: BoltContext) -> None:
        url = add_request(event.get("text") or "", need_add=True)
        _add(intake, url, event.get("user"), say, event.get("thread_ts") or event["ts"])

    def on_add_dm(event: dict[str, Any], say: Say, context: BoltContext) -> None:
        _add(intake, add_request(event["text"], need_add=False), event.get("user"), say, event.get("thread_ts") or event.get("ts"))

    app.event("app_mention", matchers=[is_add_mention])(on_add_mention)
    app.event("message", matchers=[is_add_dm])(on_add_dm)


def _add(intake: Intake, url: str | None, user: str | None, say: Say, thread_ts: str | None) -> None:
    if url is None:
        return
    if not intake.may_add(user):
        say(**render.notice_message(NOT_ALLOWED), thread_ts=thread_ts)
        return
    if intake.corpus_dir is None:
        say(**render.notice_message(NO_FOLDER), thread_ts=thread_ts)
        return
    try:
        outcome = intake.live.add(read_all([url], intake.reader), intake.corpus_dir)
    except QuotebotError:  # the index or the corpus folder: its message may name local paths
        logger.exception("Adding %s failed", url)
        say(**render.notice_message(FAILED), thread_ts=thread_ts)
        return
    say(**added_message(outcome.articles, outcome.shards), thread_ts=thread_ts)
