"""Slack test doubles and builders: a fake Slack Web API, a made-up corpus, signed requests.

The fake is a real HTTP server on 127.0.0.1 (port 0) that records every call it gets, Web API
methods under ``/api/`` and anything else (response URLs) by path, and answers like Slack.
The app under test is the real one, started the way users start it, pointed at the fake.
Fixtures using these live in ``conftest.py``.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import requests

ROOT = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
BOT_USER = "UQUOTEBOT"
ALL_SCOPES = "app_mentions:read,chat:write,commands,im:history"
START_TIMEOUT = 30.0
WAIT_TIMEOUT = 10.0

ARTICLES = {
    "harbour.txt": """\
         date 2021-03-04

        PORTVILLE – The harbour authority closed the northern pier on Tuesday after a crane collapsed onto the quay.

        "The pier will stay closed until the crane is removed," said Marta Quell, the harbour master.

        Quell said no dockworkers were hurt in the collapse.

        Tomas Brenn, leader of the dockworkers union, said the crane had failed a safety inspection last year.

        A notice taped to the gate read <!channel> & <!here> keep away from the northern pier.

        Passes for the southern pier are issued by <@U024BE7LH> at the gatehouse.
        """,
    "orchard.txt": """\
         date 2022-09-15

        GREENVALE – Apple growers in the valley reported a record harvest this autumn.

        "We picked more apples than ever before," said Lena Okafor, chair of the growers cooperative.

        Agriculture minister Piet Halvorsen said the frost warnings had come early enough to save the blossoms.
        """,
}


@dataclass
class Call:
    method: str  # Web API method ("chat.postMessage") or request path for response URLs
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class FakeSlack:
    """A fake Slack Web API: records calls, answers ``{"ok": true, ...}``."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.scopes: str | None = ALL_SCOPES
        self.socket_url: str | None = None
        # (method, channel) -> Slack error codes to answer with, one per call, before answering ok.
        self.failures: dict[tuple[str, str | None], list[str]] = {}
        # (method, channel) -> seconds to wait before answering (an answer still being written).
        self.delays: dict[tuple[str, str | None], float] = {}
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(raw).items()}
                method = self.path[len("/api/") :] if self.path.startswith("/api/") else self.path
                status, body, headers = fake._answer(method, params)
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.api_url = self.url + "/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        delay = self.delays.get((method, params.get("channel")))
        if delay:
            time.sleep(delay)
        with self._changed:
            self.calls.append(Call(method, params))
            self._changed.notify_all()
            errors = self.failures.get((method, params.get("channel")))
            if errors:
                return 200, {"ok": False, "error": errors.pop(0)}, {}
        if method == "auth.test":
            headers = {"x-oauth-scopes": self.scopes} if self.scopes is not None else {}
            body = {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "quotebot",
                    "team_id": "T0001", "user_id": BOT_USER, "bot_id": "BQUOTEBOT"}
            return 200, body, headers
        if method == "apps.connections.open":
            return 200, {"ok": True, "url": self.socket_url}, {}
        if method == "chat.postMessage":
            return 200, {"ok": True, "channel": params.get("channel"), "ts": f"{next(self._ts)}.000100"}, {}
        return 200, {"ok": True}, {}

    def find(self, method: str, **match: Any) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.method == method and all(c.params.get(k) == v for k, v in match.items())]

    def wait_for(self, method: str, count: int = 1, timeout: float = WAIT_TIMEOUT, **match: Any) -> list[Call]:
        """The calls matching, once there are at least ``count`` (fails after ``timeout``)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self.calls if c.method == method and all(c.params.get(k) == v for k, v in match.items())]
                if len(found) >= count or time.monotonic() > deadline:
                    break
                self._changed.wait(0.05)
        assert len(found) >= count, f"expected {count} {method} {match}, got {len(found)}: {self.calls[-5:]}"
        return found

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Served:
    url: str
    process: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def clean_env(**values: str) -> dict[str, str]:
    """The parent's environment without any Slack or quotebot setting, plus ``values``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "QUOTEBOT_"))}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(values)
    return env


def start_serve(tmp: Path, env: dict[str, str], healthy: bool = True) -> Served:
    """``python -m bot serve --port 0`` as a subprocess; waits until /healthz answers 200
    (or, with ``healthy=False``, until it says it is serving)."""
    log = tmp / "serve.log"
    handle = log.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", "0"],
        cwd=tmp,  # no stray .env is read
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + START_TIMEOUT
    url = None
    while time.monotonic() < deadline and process.poll() is None:
        for line in log.read_text(errors="replace").splitlines():
            if "quotebot is serving on " in line:
                url = line.split("quotebot is serving on ")[1].split()[0]
        if url and not healthy:
            return Served(url, process, log)
        if url:
            try:
                if requests.get(url + "/healthz", timeout=1).status_code == 200:
                    return Served(url, process, log)
            except requests.ConnectionError:
                pass
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"quotebot serve did not become healthy:\n{log.read_text(errors='replace')}")


def stop_serve(served: Served) -> None:
    served.process.terminate()
    try:
        served.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        served.process.kill()


def signature(body: str, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


_ids = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}{os.getpid()}x{next(_ids)}"


def event_body(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "unused",
        "team_id": "T0001",
        "api_app_id": "A0001",
        "type": "event_callback",
        "event_id": event_id or unique("Ev"),
        "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0001", "user_id": BOT_USER, "is_bot": True}],
        "event": event,
    }


def mention(text: str, channel: str, ts: str | None = None, thread_ts: str | None = None, user: str = "UASKER") -> dict[str, Any]:
    event = {"type": "app_mention", "user": user, "text": text, "channel": channel, "ts": ts or f"{time.time():.6f}",
             "event_ts": ts or f"{time.time():.6f}"}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def signed_request(body: str, content_type: str = "application/json", timestamp: int | None = None):
    """A BoltRequest as the HTTP adapter would build it from a signed Slack request."""
    from slack_bolt import BoltRequest

    ts = str(timestamp if timestamp is not None else int(time.time()))
    headers = {"content-type": [content_type], "x-slack-request-timestamp": [ts], "x-slack-signature": [signature(body, ts)]}
    return BoltRequest(body=body, headers=headers)


def payload_text(call: Call) -> str:
    """Everything a message carries that Slack would render: fallback text and blocks."""
    blocks = call.params.get("blocks")
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    return (call.params.get("text") or "") + json.dumps(blocks or [], ensure_ascii=False)


def ask_command(text: str, response_path: str, fake_slack: FakeSlack) -> str:
    """The form body of ``/ask text`` whose response URL is ``response_path`` on the fake."""
    return urlencode({
        "token": "unused", "team_id": "T0001", "channel_id": unique("C"), "user_id": "UASKER",
        "command": "/ask", "text": text, "trigger_id": "1.2.3",
        "response_url": fake_slack.url + response_path, "api_app_id": "A0001",
    })
