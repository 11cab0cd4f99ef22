"""Turn the text of a Slack message into the question a person typed.

Slack sends message text in its own markup: mentions as ``<@U123>``, channels as ``<#C1|name>``,
links as ``<https://x|label>``, and ``&``, ``<``, ``>`` escaped as entities. The engine wants
plain words, so the bot's own mention is dropped, other markup becomes the text a person saw,
and entities are unescaped. Pure functions, no Slack client.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

__all__ = ["clean_question", "is_direct_question"]

_MARKUP = re.compile(r"<([^<>]*)>")
_SPACE = re.compile(r"\s+")
# Special mentions Slack writes as <!here>, <!channel>, <!everyone>; a person saw "@here".
_SPECIALS = frozenset({"here", "channel", "everyone"})


def clean_question(text: str, bot_user_id: str | None = None) -> str:
    """The question in a message, as the person typed it.

    Args:
        text: The message text in Slack markup.
        bot_user_id: The bot's user id; its mentions are removed. Without it, only a mention at
            the very start is removed (the usual ``@quotebot question`` shape).

    Returns:
        Plain text with whitespace collapsed; empty when only the mention was sent.
    """
    text = text.strip()
    if bot_user_id is None:
        text = re.sub(r"^<@[UW][A-Z0-9]+(?:\|[^>]*)?>", "", text)
    else:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _MARKUP.sub(_plain, text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return _SPACE.sub(" ", text).strip()


def is_direct_question(event: Mapping[str, Any]) -> bool:
    """True for a person's own new message in a direct message with the bot.

    Edits, deletions, joins and other subtypes are not questions, and messages from bots
    (including this one) are never answered, so two bots cannot talk to each other forever.
    """
    return (
        event.get("channel_type") == "im"
        and not event.get("subtype")
        and not event.get("bot_id")
        and isinstance(event.get("text"), str)
    )


def _plain(match: re.Match[str]) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return "@" + (label or target[1:])
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        name = target[1:].split("^")[0]
        if name in _SPECIALS:
            return "@" + name
        return label or ""
    return label or target
