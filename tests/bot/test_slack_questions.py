"""Cleaning Slack text into the question a person typed, and telling questions from chatter."""

from __future__ import annotations

import pytest

from bot.questions import clean_question, is_direct_question

BOT = "UQUOTEBOT"


@pytest.mark.parametrize(
    "text, bot, question",
    [
        (f"<@{BOT}> who said casualties?", BOT, "who said casualties?"),
        (f"<@{BOT}|quotebot> who said casualties?", BOT, "who said casualties?"),
        (f"hey <@{BOT}>   who said   casualties?", BOT, "hey who said casualties?"),
        (f"<@{BOT}>", BOT, ""),
        (f"  <@{BOT}>  \n ", BOT, ""),
        (f"<@{BOT}> what did <@U999|ann> say?", BOT, "what did @ann say?"),
        (f"<@{BOT}> what did <@U999> say?", BOT, "what did @U999 say?"),
        (f"<@{BOT}> who said <!channel> and <!here>?", BOT, "who said @channel and @here?"),
        (f"<@{BOT}> news in <#C123|general>", BOT, "news in #general"),
        (f"<@{BOT}> see <https://example.com|the site> and <https://x.org>", BOT, "see the site and https://x.org"),
        (f"<@{BOT}> ratio &lt;5 &amp; &gt;2", BOT, "ratio <5 & >2"),
        (f"<@{BOT}> &lt;!channel&gt; typed literally", BOT, "<!channel> typed literally"),
        (f"<@{BOT}> team <!subteam^S123|@editors> said", BOT, "team @editors said"),
        (f"<@{BOT}> 🦄 émoji ünïcode", BOT, "🦄 émoji ünïcode"),
        ("<@UOTHER> who said casualties?", None, "who said casualties?"),  # bot id unknown: leading mention only
        ("who said <@UOTHER>?", None, "who said @UOTHER?"),
        ("who said casualties?", BOT, "who said casualties?"),  # a DM has no mention
    ],
)
def test_clean_question(text, bot, question):
    assert clean_question(text, bot) == question


@pytest.mark.parametrize(
    "event, expected",
    [
        ({"channel_type": "im", "text": "who said x?", "user": "U1"}, True),
        ({"channel_type": "im", "text": "who said x?", "user": "U1", "thread_ts": "1.2"}, True),
        ({"channel_type": "im", "text": "x", "bot_id": "B1"}, False),
        ({"channel_type": "im", "text": "x", "subtype": "bot_message"}, False),
        ({"channel_type": "im", "subtype": "message_changed", "message": {"text": "x"}}, False),
        ({"channel_type": "im", "subtype": "message_deleted"}, False),
        ({"channel_type": "channel", "text": "x", "user": "U1"}, False),
        ({"channel_type": "mpim", "text": "x", "user": "U1"}, False),
        ({"channel_type": "im", "user": "U1"}, False),  # no text (a file share without a subtype)
    ],
)
def test_is_direct_question(event, expected):
    assert is_direct_question(event) is expected
