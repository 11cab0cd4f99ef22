"""`quotebot serve` in Socket Mode: the app dials a local WebSocket server the fake Web API names.

The WebSocket server plays Slack's side: it sends an ``events_api`` envelope (and a retry of it)
and records what the app sends back; answers still go through the fake Web API.
"""

from __future__ import annotations

import json
import queue
import socket as _socket
import threading
import time

import pytest
import requests
from websockets.sync.server import serve

from tests.bot.slack_fakes import APP_TOKEN, BOT_TOKEN, BOT_USER, FakeSlack, clean_env, event_body, mention, start_serve, stop_serve

SETTLE_SECONDS = 0.5


class FakeSocket:
    """Slack's Socket Mode end: sends queued envelopes to each connection, records replies."""

    def __init__(self, envelopes: list[dict]) -> None:
        self.envelopes = envelopes
        self.received: queue.Queue[dict] = queue.Queue()
        self.server = serve(self._handler, "127.0.0.1", 0)
        self.url = f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}/link/?ticket=test"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(self, connection) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1, "debug_info": {"host": "test"}}))
        for envelope in self.envelopes:
            connection.send(json.dumps(envelope))
        for message in connection:
            self.received.put(json.loads(message))

    def acks(self, count: int, timeout: float = 10.0) -> list[dict]:
        acks: list[dict] = []
        deadline = time.monotonic() + timeout
        while len(acks) < count and time.monotonic() < deadline:
            try:
                acks.append(self.received.get(timeout=0.1))
            except queue.Empty:
                pass
        return acks

    def close(self) -> None:
        self.server.shutdown()


def _envelope(envelope_id: str, body: dict, retry_attempt: int = 0) -> dict:
    return {"envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False,
            "retry_attempt": retry_attempt, "retry_reason": "timeout" if retry_attempt else "", "payload": body}


@pytest.fixture
def socket_mode(tmp_path, corpus_dir):
    fake = FakeSlack()
    body = event_body(mention(f"<@{BOT_USER}> the pier will stay closed", "CSOCKET", ts="1700000000.000200"))
    socket = FakeSocket([_envelope("env-1", body), _envelope("env-2", body, retry_attempt=1)])
    fake.socket_url = socket.url
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN=APP_TOKEN, QUOTEBOT_SLACK_API_URL=fake.api_url,
                    QUOTEBOT_CORPUS=str(corpus_dir))
    served = start_serve(tmp_path, env)
    yield fake, socket, served
    stop_serve(served)
    socket.close()
    fake.close()


def test_socket_mode_acks_envelopes_and_answers_once(socket_mode):
    fake, socket, served = socket_mode
    acks = socket.acks(2)
    assert sorted(a["envelope_id"] for a in acks) == ["env-1", "env-2"]
    (reply,) = fake.wait_for("chat.postMessage", channel="CSOCKET")
    assert reply.params["thread_ts"] == "1700000000.000200"
    assert "The pier will stay closed until the crane is removed" in json.dumps(reply.params["blocks"])
    time.sleep(SETTLE_SECONDS)
    assert len(fake.find("chat.postMessage", channel="CSOCKET")) == 1  # the retry was not answered again
    assert fake.find("apps.connections.open")


def test_socket_mode_logs_that_it_connected(socket_mode):
    fake, socket, served = socket_mode
    socket.acks(1)
    assert "Connected to Slack in Socket Mode." in served.output()
    assert "Not connected" not in served.output()


def test_failed_socket_mode_connection_is_logged_as_failed_not_connected(tmp_path, corpus_dir):
    fake = FakeSlack()
    closed = _socket.socket()
    closed.bind(("127.0.0.1", 0))
    fake.socket_url = f"ws://127.0.0.1:{closed.getsockname()[1]}/link/?ticket=test"  # nothing listens there
    closed.close()
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN=APP_TOKEN, QUOTEBOT_SLACK_API_URL=fake.api_url,
                    QUOTEBOT_CORPUS=str(corpus_dir))
    served = start_serve(tmp_path, env, healthy=False)
    try:
        assert _health_status(served.url) == 503
        output = served.output()
        assert "Not connected to Slack in Socket Mode; retrying" in output
        assert "Connected to Slack in Socket Mode" not in output and "Connected to a new endpoint" not in output
        assert "new session has been established" not in output
    finally:
        stop_serve(served)
        fake.close()


def _health_status(url: str, timeout: float = 10.0) -> int:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return requests.get(url + "/healthz", timeout=5).status_code
        except requests.ConnectionError:  # "serving" is logged just before the server listens
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_socket_mode_health_and_no_http_events(socket_mode):
    fake, socket, served = socket_mode
    health = requests.get(served.url + "/healthz", timeout=5)
    assert health.status_code == 200 and health.json()["mode"] == "socket"
    assert requests.post(served.url + "/slack/events", data="{}", timeout=5).status_code in (404, 405)


def test_rejected_app_token_is_one_line_naming_it(fake_slack, monkeypatch, corpus_dir):
    from click.testing import CliRunner

    from bot.cli import cli

    monkeypatch.setattr(fake_slack, "failures", {("apps.connections.open", None): ["invalid_auth"]})
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "QUOTEBOT_SLACK_API_URL": fake_slack.api_url,
           "QUOTEBOT_CORPUS": str(corpus_dir)}
    result = CliRunner().invoke(cli, ["serve", "--host", "127.0.0.1", "--port", "0"], env=env)
    assert result.exit_code == 2
    assert result.output.startswith("Error: SLACK_APP_TOKEN was rejected by Slack (invalid_auth)")
    assert result.output.count("\n") == 1
