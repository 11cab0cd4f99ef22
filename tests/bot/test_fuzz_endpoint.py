"""Fuzzing `quotebot serve`'s /slack/events with generated requests of every shape (hypothesis).

Unsigned and wrongly signed requests (odd headers, every content type, truncated, huge, non-UTF-8
and deeply nested bodies) must get 401 or 413 (400 for a broken Content-Length) and make the bot
send nothing anywhere. Correctly signed requests with Slack-like but mangled payloads must get 200
or 400, never 500. Afterwards the same server still answers a real signed mention.

The number of examples is bounded so the whole file runs in about half a minute.
"""

from __future__ import annotations

import http.client
import json
import time
from urllib.parse import urlencode

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.intake import MAX_BODY_BYTES
from tests.bot.slack_fakes import (
    BOT_TOKEN,
    BOT_USER,
    SIGNING_SECRET,
    FakeSlack,
    clean_env,
    event_body,
    mention,
    signature,
    start_serve,
    stop_serve,
    unique,
    write_corpus,
)

# Examples per test: enough to reach every branch of the request checks, few enough that the
# file runs in about half a minute on two cores (raise them locally to search harder).
UNSIGNED_EXAMPLES = 100
SIGNED_EXAMPLES = 100
LISTENER_EXAMPLES = 100
_CHECKS = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]

CONTENT_TYPES = [
    None, "application/json", "application/json; charset=utf-8", "application/x-www-form-urlencoded",
    "text/plain", "multipart/form-data; boundary=x", "application/xml", "", "garbage/ü", "application/JSON",
]
SLACK_KEYS = [
    "type", "event", "event_id", "channel", "ts", "thread_ts", "text", "user", "actions", "action_id", "value",
    "response_url", "command", "team_id", "authorizations", "challenge", "view", "bot_id", "subtype",
    "channel_type", "tab", "api_app_id", "enterprise", "is_enterprise_install", "team", "container",
    "trigger_id", "block_id", "user_id", "token", "retry_attempt", "channel_id",
]
SLACK_TYPES = [
    "event_callback", "app_mention", "message", "block_actions", "url_verification", "app_home_opened",
    "view_submission", "shortcut", "message_action", "reaction_added", "button", "im", "/ask", "share_answer",
]

_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | st.sampled_from(SLACK_TYPES) | st.just(f"<@{BOT_USER}> apples")
)
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(SLACK_KEYS) | st.text(max_size=8), inner, max_size=5),
    max_leaves=25,
)
_slack_like = st.dictionaries(st.sampled_from(SLACK_KEYS), _json, min_size=1, max_size=8)


def _form(data: dict) -> str:
    return urlencode({k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()})


_bodies = st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=512).map(lambda t: t.encode("utf-8", "surrogatepass")),
    _json.map(lambda v: json.dumps(v).encode()),
    _slack_like.map(lambda v: json.dumps(v).encode()),
    _slack_like.map(lambda v: _form(v).encode()),
    _slack_like.map(lambda v: urlencode({"payload": json.dumps(v)}).encode()),
    st.tuples(_slack_like, st.integers(0, 200)).map(lambda t: json.dumps(t[0]).encode()[: t[1]]),  # truncated
    st.integers(1, 5000).map(lambda depth: b"[" * depth + b"]" * depth),  # nested
    st.sampled_from([MAX_BODY_BYTES + 1, 3 * MAX_BODY_BYTES]).map(lambda n: b"{" + b" " * n + b"}"),  # huge
)


def _timestamps(now: int) -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.none(), st.just(str(now)), st.just(str(now - 400)), st.just("abc"), st.just(""), st.just("-1"),
        st.just("1e10"), st.just(" " + str(now)), st.integers().map(str), st.text(max_size=15),
    )


_signatures = st.one_of(
    st.none(), st.just("v0=nope"), st.just(""), st.text(max_size=70),
    st.binary(min_size=32, max_size=32).map(lambda b: "v0=" + b.hex()),
    st.just("v1=" + "0" * 64), st.just("V0=" + "a" * 64),
)


def _header_value(value: str) -> bytes:
    # Line breaks would end the header block: that is another request, not an odd header.
    return value.encode("utf-8", "surrogatepass").replace(b"\r", b"").replace(b"\n", b"")


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory):
    fake = FakeSlack()
    corpus = write_corpus(tmp_path_factory.mktemp("fuzz-corpus"))
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                    QUOTEBOT_SLACK_API_URL=fake.api_url, QUOTEBOT_CORPUS=str(corpus))
    served = start_serve(tmp_path_factory.mktemp("fuzz-serve"), env)
    session = requests.Session()
    yield fake, served, session
    session.close()
    stop_serve(served)
    fake.close()


def _send(served, body: bytes, headers: dict[str, bytes]) -> int:
    """POST with headers exactly as given (requests refuses some odd values a client could send)."""
    host, port = served.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=15)
    try:
        connection.putrequest("POST", "/slack/events", skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders()
        try:
            connection.send(body)
        except (BrokenPipeError, ConnectionResetError):  # refused before the whole body was sent
            pass
        return connection.getresponse().status
    finally:
        connection.close()


@settings(max_examples=UNSIGNED_EXAMPLES, deadline=None, suppress_health_check=_CHECKS)
@given(data=st.data(), body=_bodies, content_type=st.sampled_from(CONTENT_TYPES), signature_value=_signatures,
       retry=st.none() | st.text(max_size=5))
def test_unverified_requests_are_refused_and_send_nothing(fuzz_target, data, body, content_type, signature_value, retry):
    fake, served, session = fuzz_target
    calls_before = len(fake.calls)
    timestamp = data.draw(_timestamps(int(time.time())))
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature_value,
               "X-Slack-Retry-Num": retry}
    status = _send(served, body, {k: _header_value(v) for k, v in headers.items() if v is not None})
    assert status in (400, 401, 413), status
    assert len(fake.calls) == calls_before, fake.calls[calls_before:]


@settings(max_examples=SIGNED_EXAMPLES, deadline=None, suppress_health_check=_CHECKS)
@given(body=_bodies, content_type=st.sampled_from(CONTENT_TYPES))
def test_signed_requests_of_any_shape_never_fail_the_server(fuzz_target, body, content_type):
    fake, served, session = fuzz_target
    ts = str(int(time.time()))
    headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": _sign_bytes(body, ts)}
    if content_type is not None:
        headers["Content-Type"] = content_type
    status = _send(served, body, {k: _header_value(v) for k, v in headers.items()})
    assert status in (200, 400, 413), status


def _sign_bytes(body: bytes, ts: str) -> str:
    from bot.signing import sign

    return sign(SIGNING_SECRET.encode(), ts, body)


@st.composite
def _mangled(draw, template: dict) -> dict:
    """``template`` with some of its fields (nested ones too) replaced by any JSON value, or dropped."""

    def mangle(value):
        if isinstance(value, dict):
            out = {}
            for key, inner in value.items():
                choice = draw(st.sampled_from(["keep", "keep", "replace", "drop"]))
                if choice == "keep":
                    out[key] = mangle(inner)
                elif choice == "replace":
                    out[key] = draw(_json)
            return out
        if isinstance(value, list):
            return [mangle(v) for v in value]
        return value

    return mangle(template)


_EVENTS = [
    {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> apples", "channel": "CFUZZ", "ts": "1.2", "thread_ts": "1.1"},
    {"type": "message", "channel_type": "im", "user": "U1", "text": "apples", "channel": "DFUZZ", "ts": "1.2"},
    {"type": "app_home_opened", "user": "U1", "channel": "DFUZZ", "tab": "home"},
]
_ACTION = {
    "type": "block_actions", "team": {"id": "T0001"}, "user": {"id": "U1"}, "api_app_id": "A0001",
    "channel": {"id": "CFUZZ"}, "container": {"type": "message"}, "trigger_id": "1", "response_url": "RESPONSE_URL",
    "actions": [{"type": "button", "action_id": "share_answer", "block_id": "b", "value": "apples", "action_ts": "1"}],
}
_listener_bodies = st.one_of(
    st.sampled_from(_EVENTS).flatmap(lambda e: _mangled(event_body(e, event_id="EvFuzz"))).map(
        lambda b: (json.dumps(b), "application/json")),
    _mangled(_ACTION).map(lambda b: (urlencode({"payload": json.dumps(b)}), "application/x-www-form-urlencoded")),
)


@settings(max_examples=LISTENER_EXAMPLES, deadline=None, suppress_health_check=_CHECKS)
@given(request=_listener_bodies)
def test_signed_listener_payloads_with_odd_fields_are_answered_or_refused_not_crashed(fuzz_target, request):
    fake, served, session = fuzz_target
    body, content_type = request
    # Each example is a new event to the app, not a repeat the de-duplication would drop.
    body = body.replace("EvFuzz", unique("EvFuzz")).replace("RESPONSE_URL", fake.url + "/fuzz-respond")
    ts = str(int(time.time()))
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature(body, ts)}
    status = _send(served, body.encode(), {k: v.encode() for k, v in headers.items()})
    assert status in (200, 400), status  # answers run after the ack: the last test reads the log


def test_after_the_fuzzing_the_server_still_answers_and_logged_no_traceback(fuzz_target):
    fake, served, session = fuzz_target
    channel = unique("CAFTER")
    body = json.dumps(event_body(mention(f"<@{BOT_USER}> the pier will stay closed", channel)))
    ts = str(int(time.time()))
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature(body, ts)}
    assert session.post(served.url + "/slack/events", data=body.encode(), headers=headers, timeout=10).status_code == 200
    (reply,) = fake.wait_for("chat.postMessage", channel=channel)
    assert "The pier will stay closed" in json.dumps(reply.params["blocks"])
    assert "Traceback" not in served.output()
    assert requests.get(served.url + "/healthz", timeout=5).status_code == 200
