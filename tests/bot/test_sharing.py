"""Share-button values: only the bot can make one, and only its asker can use it."""

from __future__ import annotations

import json

import pytest

from bot.sharing import ShareSigner

KEY = b"test-signing-secret"


def test_a_value_gives_back_its_question_to_its_asker():
    signer = ShareSigner(KEY)
    value = signer.value("who said <this> & “that”?", "U1")
    assert signer.question(value, "U1") == "who said <this> & “that”?"
    assert ShareSigner(KEY).question(value, "U1") == "who said <this> & “that”?"  # same key: another process


@pytest.mark.parametrize(
    "tamper, clicker",
    [
        (lambda v: json.dumps({**json.loads(v), "q": "something else"}), "U1"),
        (lambda v: v, "U2"),
        (lambda v: v, None),
        (lambda v: json.dumps({**json.loads(v), "mac": "0" * 64}), "U1"),
        (lambda v: json.dumps({"q": json.loads(v)["q"]}), "U1"),
        (lambda v: "who said that?", "U1"),
        (lambda v: "[1, 2]", "U1"),
        (lambda v: None, "U1"),
        (lambda v: json.dumps({**json.loads(v), "mac": "é" * 64}), "U1"),
    ],
    ids=["question-edited", "other-user", "no-user", "mac-edited", "mac-removed", "plain-text", "json-array", "none",
         "non-ascii-mac"],
)
def test_an_altered_value_or_another_clicker_is_refused(tamper, clicker):
    signer = ShareSigner(KEY)
    assert signer.question(tamper(signer.value("who said that?", "U1")), clicker) is None


def test_parts_cannot_slide_between_question_and_asker():
    signer = ShareSigner(KEY)
    forged = json.dumps({"q": "1who", "mac": json.loads(signer.value("who", "U1"))["mac"]})
    assert signer.question(forged, "U") is None


def test_another_key_refuses_the_value():
    assert ShareSigner(b"other").question(ShareSigner(KEY).value("q", "U1"), "U1") is None
    assert ShareSigner().question(ShareSigner().value("q", "U1"), "U1") is None  # random keys differ
