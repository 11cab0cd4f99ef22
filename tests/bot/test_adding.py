"""Which Slack messages are add requests, and the URL Slack's link markup wraps."""

from __future__ import annotations

import pytest

from bot.adding import add_request
from bot.settings import Settings

BOT = "<@UQUOTEBOT>"


@pytest.mark.parametrize(
    "text, need_add, url",
    [
        (f"{BOT} add <https://news.example/a|news.example/a>", True, "https://news.example/a"),
        (f"{BOT} add <https://news.example/a>", True, "https://news.example/a"),
        (f"{BOT} ADD: <https://news.example/a?x=1&amp;y=2|label>", True, "https://news.example/a?x=1&y=2"),
        (f"{BOT} <https://news.example/a>", True, None),  # a mention needs the word add
        (f"{BOT} add", True, None),
        (f"{BOT} add <https://a.example/1> <https://b.example/2>", True, None),  # one article at a time
        (f"{BOT} add <https://news.example/a> please", True, None),
        (f"{BOT} who said <https://news.example/a>?", True, None),  # a question that holds a link
        (f"{BOT} add <mailto:a@b.example|a@b.example>", True, None),
        (f"{BOT} address the <https://news.example/a>", True, None),  # "address" is not "add"
        ("<https://news.example/a|news.example/a>", False, "https://news.example/a"),  # a DM: the link alone
        ("add <https://news.example/a>", False, "https://news.example/a"),
        ("who said pier?", False, None),
    ],
)
def test_add_request(text, need_add, url):
    assert add_request(text, need_add=need_add) == url


@pytest.mark.parametrize(
    "allowed, user, expected",
    [("", "U1", False), ("U1,U2", "U2", True), ("U1 U2", "U3", False), ("*", "U9", True), ("U1", None, False)],
)
def test_who_may_add(allowed, user, expected):
    assert Settings(add_allowed=allowed).may_add(user) is expected
