"""deploy/manifest*.json and the listeners agree: everything subscribed is handled, and back."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.app import REQUIRED_SCOPES, build_app
from bot.listeners.actions import ACTIONS
from bot.listeners.commands import COMMANDS
from bot.listeners.events import EVENTS
from bot.listeners.messages import MESSAGES
from tests.bot.slack_fakes import BOT_USER, ROOT, event_body, signed_request, unique

MANIFESTS = sorted((ROOT / "deploy").glob("manifest*.json"))

# One sample delivery per subscribable event, named as the manifest names it.
SAMPLES = {
    "app_mention": lambda: {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> apples", "channel": unique("C"),
                            "ts": f"{time.time():.6f}"},
    "message.im": lambda: {"type": "message", "channel_type": "im", "user": "U1", "text": "apples", "channel": unique("D"),
                           "ts": f"{time.time():.6f}"},
    "app_home_opened": lambda: {"type": "app_home_opened", "user": unique("U"), "channel": unique("D"), "tab": "home"},
    # Not subscribed: must find no listener.
    "reaction_added": lambda: {"type": "reaction_added", "user": "U1", "reaction": "tada", "item": {}},
    "member_joined_channel": lambda: {"type": "member_joined_channel", "user": "U1", "channel": "C1"},
}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def app(http_settings, slack_engine):
    return build_app(http_settings, slack_engine)


def test_both_manifests_exist():
    assert [p.name for p in MANIFESTS] == ["manifest-http.json", "manifest.json"]


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_manifest_lists_exactly_what_the_listeners_handle(path):
    manifest = _load(path)
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == set(EVENTS) | set(MESSAGES)
    assert {c["command"] for c in manifest["features"]["slash_commands"]} == set(COMMANDS)
    assert manifest["settings"]["interactivity"]["is_enabled"] is bool(ACTIONS)
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == set(REQUIRED_SCOPES)
    assert manifest["features"]["app_home"]["home_tab_enabled"] and manifest["features"]["app_home"]["messages_tab_enabled"]


def test_http_manifest_points_everything_at_the_events_path():
    manifest = _load(ROOT / "deploy" / "manifest-http.json")
    urls = [manifest["settings"]["event_subscriptions"]["request_url"], manifest["settings"]["interactivity"]["request_url"]]
    urls += [c["url"] for c in manifest["features"]["slash_commands"]]
    assert all(url.endswith("/slack/events") for url in urls)
    assert manifest["settings"]["socket_mode_enabled"] is False
    assert _load(ROOT / "deploy" / "manifest.json")["settings"]["socket_mode_enabled"] is True


SUBSCRIBED = set(_load(ROOT / "deploy" / "manifest.json")["settings"]["event_subscriptions"]["bot_events"])


UNHANDLED = "no listener handles"  # what the error handler logs for a request it acknowledges unhandled


@pytest.mark.parametrize("name", sorted(SAMPLES), ids=str)
def test_every_subscribed_event_reaches_a_listener_and_no_other(app, name, caplog):
    caplog.set_level("INFO")
    response = app.dispatch(signed_request(json.dumps(event_body(SAMPLES[name]()))))
    assert response.status == 200  # unhandled ones too: Slack retries a 404
    assert (UNHANDLED in caplog.text) is (name not in SUBSCRIBED)


@pytest.mark.parametrize("command, handled", [("/ask", True), ("/quote", False)])
def test_every_manifest_command_reaches_a_listener(app, command, handled, caplog):
    caplog.set_level("INFO")
    body = urlencode({"command": command, "text": "", "user_id": "U1", "channel_id": "C1", "team_id": "T0001",
                      "response_url": "http://127.0.0.1:9/unused", "trigger_id": "1"})
    assert app.dispatch(signed_request(body, "application/x-www-form-urlencoded")).status == 200
    assert (UNHANDLED in caplog.text) is not handled


def test_every_subscribed_event_has_a_sample():
    assert SUBSCRIBED <= set(SAMPLES)
