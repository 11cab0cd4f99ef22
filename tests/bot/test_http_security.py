"""`quotebot serve` under attack: unsigned, oversized and malformed requests to /slack/events.

Each test sends what an attacker (or a broken proxy) would, then asserts on the HTTP status, on
what reached the fake Slack Web API or a URL pointed at it (nothing), and on the server log (one
line with the reason, never the body).
"""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest
import requests

from bot.intake import MAX_BODY_BYTES
from bot.listeners.errors import is_slack_response_url
from bot.signing import sign, signature_problem
from tests.bot.slack_fakes import BOT_USER, SIGNING_SECRET, event_body, mention, signature, unique

SETTLE_SECONDS = 0.5


def _raw(served, body: bytes, headers: dict[str, str]) -> requests.Response:
    return requests.post(served.url + "/slack/events", data=body, headers=headers, timeout=10)


def _signed_headers(body: bytes, content_type: str = "application/json") -> dict[str, str]:
    ts = str(int(time.time()))
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": sign(SIGNING_SECRET.encode(), ts, body)}


def _log_lines_since(served, mark: int) -> list[str]:
    return served.output()[mark:].splitlines()


@pytest.mark.parametrize(
    "headers, reason",
    [
        ({"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=nope"}, "not a Unix time"),
        ({"X-Slack-Request-Timestamp": "1.5e9", "X-Slack-Signature": "v0=nope"}, "not a Unix time"),
        ({"X-Slack-Request-Timestamp": "", "X-Slack-Signature": "v0=nope"}, "not a Unix time"),
        ({"X-Slack-Signature": "v0=nope"}, "no X-Slack-Request-Timestamp"),
        ({"X-Slack-Request-Timestamp": "NOW"}, "no X-Slack-Signature"),
        ({"X-Slack-Request-Timestamp": "NOW", "X-Slack-Signature": "v0=nope"}, "not v0= and 64 hex digits"),
        ({"X-Slack-Request-Timestamp": "NOW", "X-Slack-Signature": "v0=" + "é" * 64}, "not v0= and 64 hex digits"),
        ({"X-Slack-Request-Timestamp": "NOW", "X-Slack-Signature": "v0=" + "0" * 64}, "does not match"),
        ({"X-Slack-Request-Timestamp": "99999999999", "X-Slack-Signature": "v0=" + "0" * 64}, "five minutes"),
    ],
    ids=["abc", "float", "empty", "no-timestamp", "no-signature", "short-signature", "non-ascii", "wrong", "future"],
)
def test_unverified_event_is_401_and_posts_nothing(served, fake_slack, headers, reason):
    """The issue's repro: a non-integer timestamp made Bolt raise, and the error handler posted."""
    channel = unique("CVICTIM")
    body = json.dumps({"type": "event_callback", "event_id": unique("E"),
                       "event": {"type": "app_mention", "channel": channel, "ts": "1.1", "text": "x"}}).encode()
    headers = {k: (str(int(time.time())) if v == "NOW" else v) for k, v in headers.items()}
    mark = len(served.output())
    response = _raw(served, body, {"Content-Type": "application/json", **headers})
    assert response.status_code == 401
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find("chat.postMessage", channel=channel) == []
    lines = _log_lines_since(served, mark)
    assert len(lines) == 1 and reason in lines[0] and "(401)" in lines[0]
    assert channel not in served.output() and "Traceback" not in "\n".join(lines)


def test_unverified_form_cannot_make_the_server_post_to_its_response_url(served, fake_slack):
    """The issue's SSRF repro: a command form whose response_url points inside the network."""
    path = "/" + unique("internal")
    body = urlencode({"command": "/ask", "text": "apples", "user_id": "U1", "channel_id": "C1",
                      "response_url": fake_slack.url + path}).encode()
    response = _raw(served, body, {"Content-Type": "application/x-www-form-urlencoded",
                                   "X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=nope"})
    assert response.status_code == 401
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find(path) == []


def test_oversized_body_is_413_before_it_is_read_and_never_logged(served):
    marker = unique("HUGE")
    body = (marker * (MAX_BODY_BYTES // len(marker) + 10)).encode()
    mark = len(served.output())
    assert _raw(served, body, {"Content-Type": "application/json"}).status_code == 413
    lines = _log_lines_since(served, mark)
    assert len(lines) == 1 and "413" in lines[0] and "declared" in lines[0]
    assert marker not in served.output()


def test_oversized_body_without_a_length_is_counted_while_it_streams(served):
    chunk = b"x" * 65536
    chunks = (chunk for _ in range(MAX_BODY_BYTES // len(chunk) + 5))  # chunked: no Content-Length
    mark = len(served.output())
    response = requests.post(served.url + "/slack/events", data=chunks, headers=_signed_headers(b""), timeout=10)
    assert response.status_code == 413
    assert "over the 1,000,000-byte limit" in served.output()[mark:]


def test_signed_body_of_exactly_the_limit_is_read(served):
    body = b" " * MAX_BODY_BYTES  # whitespace: an empty payload Bolt acknowledges
    assert _raw(served, body, _signed_headers(body)).status_code in (200, 400)


@pytest.mark.parametrize(
    "body, content_type, reason",
    [
        (b'{"type": "event_callback", "event": ', "application/json", "not a Slack payload (JSONDecodeError)"),
        (b"[1, 2, 3]", "application/json", "signed body is list, not an object"),
        (b'"just a string"', "application/json", "not an object"),
        (b"payload=%7Bnot+json", "application/x-www-form-urlencoded", "not a Slack payload"),
        (b"payload=%5B%5D", "application/x-www-form-urlencoded", "not an object"),
        (b"\xff\xfe{}", "application/json", "not UTF-8"),
        (b"[" * 100_000, "application/json", "not a Slack payload (RecursionError)"),
        (b'{"type": "event_callback", "event": null}', "application/json", "(event: input should be a valid"),
        (b'{"type": "event_callback", "event": {"type": "app_mention", "channel": 5, "ts": "1.1", "text": "x"}}',
         "application/json", "(event.channel: input should be a valid string)"),
        (b'{"type": "event_callback", "event": {"type": "app_mention", "channel": "C1", "text": "x"}}',
         "application/json", "(event.ts: field required)"),
        (b"payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%5D%7D", "application/x-www-form-urlencoded",
         "(actions: list should have at least 1 item"),
        (b"command=%2Fask&text=x", "application/x-www-form-urlencoded", "(user_id: field required)"),
        (b"payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%7D%2C%22response_url%22%3A%22x%22%2C"
         b"%22actions%22%3A%5B%7B%22value%22%3A%22v%22%7D%5D%7D", "application/x-www-form-urlencoded",
         "(actions.0.action_id: field required)"),
    ],
    ids=["broken-json", "json-array", "json-string", "payload-not-json", "payload-array", "not-utf8", "deep",
         "event-null", "channel-number", "mention-without-ts", "no-actions", "command-without-user",
         "action-without-id"],
)
def test_signed_but_malformed_body_is_400_with_one_log_line(served, fake_slack, body, content_type, reason):
    mark = len(served.output())
    response = _raw(served, body, _signed_headers(body, content_type))
    assert response.status_code == 400
    lines = _log_lines_since(served, mark)
    assert len(lines) == 1 and reason in lines[0] and "(400)" in lines[0]


def test_malformed_content_length_is_400(served):
    import http.client

    host, port = served.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    connection.putrequest("POST", "/slack/events")
    connection.putheader("Content-Length", "-5")
    connection.endheaders()
    assert connection.getresponse().status == 400
    connection.close()


@pytest.mark.parametrize(
    "event",
    [
        {"type": "reaction_added", "user": "U1", "reaction": "tada", "item": {}},
        {"type": "channel_created", "channel": {"id": "C1"}},
    ],
)
def test_events_the_app_does_not_handle_are_acknowledged_not_404(post, event):
    assert post(event_body(event)).status_code == 200


def test_command_the_app_does_not_handle_is_acknowledged(post, fake_slack):
    body = urlencode({"command": "/quote", "text": "x", "user_id": "U1", "channel_id": "C1", "team_id": "T0001",
                      "response_url": fake_slack.url + "/unused", "trigger_id": "1"})
    assert post(body, form=True).status_code == 200


def test_apology_never_goes_to_a_response_url_that_is_not_slacks(post, fake_slack, served):
    """A verified request whose listener fails, carrying a response_url of someone else's."""
    channel, path = unique("C"), "/" + unique("internal")
    fake_slack.failures[("chat.postMessage", channel)] = ["channel_not_found"]
    body = {**event_body(mention(f"<@{BOT_USER}> apples", channel)), "response_url": fake_slack.url + path}
    assert post(body).status_code == 200
    fake_slack.wait_for("chat.postMessage", channel=channel)  # the answer, which fails
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find(path) == []
    assert "Sent no apology: the request's response_url is not Slack's" in served.output()


def test_log_holds_no_token_or_secret(served, post):
    post(event_body(mention(f"<@{BOT_USER}> apples", unique("C"))))
    time.sleep(SETTLE_SECONDS)
    output = served.output()
    assert "xoxb-" not in output and SIGNING_SECRET not in output


@pytest.mark.parametrize(
    "url, slack",
    [
        ("https://hooks.slack.com/commands/T1/2/abc", True),
        ("http://hooks.slack.com/commands/T1/2/abc", False),
        ("https://hooks.slack.com.evil.example/x", False),
        ("https://hooks.slack.com@evil.example/x", False),
        ("https://evil.example/https://hooks.slack.com/", False),
        ("http://127.0.0.1:3000/internal", False),
        (None, False),
        (["https://hooks.slack.com/x"], False),
    ],
)
def test_only_slacks_response_urls_are_slacks(url, slack):
    assert is_slack_response_url(url) is slack


def test_signature_matches_slack_sdks_verifier():
    from slack_sdk.signature import SignatureVerifier

    body, ts = '{"text": "naïve “quotes”"}', "1700000000"
    expected = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=ts, body=body)
    assert sign(SIGNING_SECRET.encode(), ts, body.encode()) == expected == signature(body, ts)
    headers = {"x-slack-request-timestamp": ts, "x-slack-signature": expected}
    assert signature_problem(SIGNING_SECRET.encode(), headers, body.encode(), now=1700000000 + 299) is None
    assert "five minutes" in signature_problem(SIGNING_SECRET.encode(), headers, body.encode(), now=1700000000 + 301)


def test_error_handler_ignores_a_request_bolt_could_not_verify(http_settings, engine, fake_slack):
    """Straight into Bolt, past the server's own check: Bolt's verifier raises on "abc"."""
    from slack_bolt import BoltRequest

    from bot.app import build_app

    app = build_app(http_settings, engine)
    channel, path = unique("CVICTIM"), "/" + unique("internal")
    for body, content_type in [
        (json.dumps(event_body(mention("x", channel))), "application/json"),
        (urlencode({"command": "/ask", "text": "x", "response_url": fake_slack.url + path}), "application/x-www-form-urlencoded"),
    ]:
        headers = {"content-type": [content_type], "x-slack-request-timestamp": ["abc"], "x-slack-signature": ["v0=nope"]}
        assert app.dispatch(BoltRequest(body=body, headers=headers)).status == 401
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find("chat.postMessage", channel=channel) == [] and fake_slack.find(path) == []
