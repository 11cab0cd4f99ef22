"""The *Share to channel* button under an ephemeral /ask answer, clicked as Slack sends it.

The button's value comes from a real /ask answer; an edited value, or someone else's click, is
refused and nothing is shared.
"""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest

from tests.bot.slack_fakes import ask_command, payload_text, unique

SETTLE_SECONDS = 0.5


def _share_payload(response_url: str, value: str, user: str = "UASKER") -> str:
    payload = {
        "type": "block_actions", "team": {"id": "T0001"}, "user": {"id": user}, "api_app_id": "A0001",
        "channel": {"id": unique("C")}, "container": {"type": "message", "is_ephemeral": True},
        "trigger_id": "1.2.3", "response_url": response_url,
        "actions": [{"type": "button", "action_id": "share_answer", "block_id": "b", "value": value,
                     "action_ts": "1.2"}],
    }
    return urlencode({"payload": json.dumps(payload)})


def _share_value(post, fake_slack, question: str) -> str:
    """The share button's value from a real /ask answer."""
    path = "/" + unique("respond")
    post(ask_command(question, path, fake_slack), form=True)
    (call,) = fake_slack.wait_for(path)
    (button,) = [e for b in call.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    return button["value"]


def test_share_button_posts_the_answer_to_the_channel(post, fake_slack):
    value = _share_value(post, fake_slack, "apples")
    path = "/" + unique("respond")
    response = post(_share_payload(fake_slack.url + path, value), form=True)
    assert response.status_code == 200
    calls = fake_slack.wait_for(path, count=2)
    shared = next(c for c in calls if c.params.get("response_type") == "in_channel")
    assert "We picked more apples than ever before" in payload_text(shared)
    assert "<@UASKER>" in payload_text(shared)
    assert any(c.params.get("delete_original") for c in calls)


def _edited(value: str) -> str:
    parsed = json.loads(value)
    return json.dumps({**parsed, "q": "the pier will stay closed"})


@pytest.mark.parametrize(
    "tamper, user",
    [
        (_edited, "UASKER"),  # the question swapped for another
        (lambda value: "the pier will stay closed", "UASKER"),  # the old, unsigned kind of value
        (lambda value: "   ", "UASKER"),  # emptied
        (lambda value: value, "UOTHER"),  # someone else's button
        (lambda value: value.replace('"mac":"', '"mac":"0'), "UASKER"),
    ],
    ids=["edited", "unsigned", "emptied", "other-user", "bad-mac"],
)
def test_share_button_with_a_tampered_value_is_refused_and_shares_nothing(post, fake_slack, tamper, user):
    value = tamper(_share_value(post, fake_slack, "apples"))
    path = "/" + unique("respond")
    assert post(_share_payload(fake_slack.url + path, value, user=user), form=True).status_code == 200
    (call,) = fake_slack.wait_for(path)
    assert "can no longer be shared" in payload_text(call)
    assert call.params.get("response_type") != "in_channel"
    time.sleep(SETTLE_SECONDS)
    assert len(fake_slack.find(path)) == 1
