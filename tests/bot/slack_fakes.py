"""Slack test doubles: a fake Slack Web API, a made-up corpus, `quotebot serve` as a subprocess.

The fake is a real HTTP server on 127.0.0.1 (port 0) that records every call it gets, Web API
methods under ``/api/`` and anything else (response URLs) by path, and answers like Slack.
The app under test is the real one, started the way users start it, pointed at the fake.
Request builders are in ``slack_requests``; fixtures using both live in ``conftest.py``.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import parse_qs

import requests

ROOT = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
BOT_USER = "UQUOTEBOT"
ALL_SCOPES = "app_mentions:read,chat:write,commands,im:history,channels:history,groups:history,files:write"
START_TIMEOUT = 30.0
WAIT_TIMEOUT = 10.0

ARTICLES = {
    "harbour.txt": """\
         date 2021-03-04 ports

        PORTVILLE – The harbour authority closed the northern pier on Tuesday after a crane collapsed onto the quay.

        "The pier will stay closed until the crane is removed," said Marta Quell, the harbour master.

        Quell said no dockworkers were hurt in the collapse.

        Tomas Brenn, leader of the dockworkers union, said the crane had failed a safety inspection last year.

        A notice taped to the gate read <!channel> & <!here> keep away from the northern pier.

        Passes for the southern pier are issued by <@U024BE7LH> at the gatehouse.
        """,
    "orchard.txt": """\
         date 2022-09-15 farming

        GREENVALE – Apple growers in the valley reported a record harvest this autumn.

        "We picked more apples than ever before," said Lena Okafor, chair of the growers cooperative.

        Agriculture minister Piet Halvorsen said the frost warnings had come early enough to save the blossoms.
        """,
}


# Per-channel settings the served app reads (QUOTEBOT_CHANNELS); other channels get the defaults.
CHANNELS_TOML = """\
[channels.CFARMING]
tags = ["farming"]
top = 1

[channels.CQUIET]
mention_only = true

[channels.CNOFOLLOW]
followups = false
"""


@dataclass
class Call:
    method: str  # Web API method ("chat.postMessage") or request path for response URLs
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class Failure:
    """One refused call: an HTTP status, Slack's error code, extra headers (``Retry-After``)."""

    error: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


def ratelimited(retry_after: int = 1) -> Failure:
    return Failure("ratelimited", 429, {"Retry-After": str(retry_after)})


class FakeSlack:
    """A fake Slack Web API: records calls, answers ``{"ok": true, ...}``.

    File uploads work as Slack's do (``files_upload_v2``): ``files.getUploadURLExternal`` hands
    out an upload URL on this server, the raw bytes POSTed there are recorded as an ``upload``
    call (``params["data"]``), and ``files.completeUploadExternal`` shares the file.
    """

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.scopes: str | None = ALL_SCOPES
        self.socket_url: str | None = None
        # (method, channel) -> errors to answer with, one per call, before answering ok: a Slack
        # error code (HTTP 200, ok false) or a Failure (a 5xx, a 429 with Retry-After).
        self.failures: dict[tuple[str, str | None], list[str | Failure]] = {}
        # (method, channel) -> seconds to wait before answering (an answer still being written).
        self.delays: dict[tuple[str, str | None], float] = {}
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length)
                if self.path.startswith("/upload/"):  # the file's bytes, as Slack's upload URL takes them
                    status, body, headers = fake._upload(self.path[len("/upload/") :], data)
                    payload = body.encode()
                else:
                    raw = data.decode("utf-8")
                    if "json" in (self.headers.get("Content-Type") or ""):
                        params = json.loads(raw or "{}")
                    else:
                        params = {k: v[0] for k, v in parse_qs(raw).items()}
                    method = self.path[len("/api/") :] if self.path.startswith("/api/") else self.path
                    status, answer, headers = fake._answer(method, params)
                    payload = json.dumps(answer).encode()
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
                failure = errors.pop(0)
                failure = failure if isinstance(failure, Failure) else Failure(failure)
                return failure.status, {"ok": False, "error": failure.error}, failure.headers
        if method == "auth.test":
            headers = {"x-oauth-scopes": self.scopes} if self.scopes is not None else {}
            body = {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "quotebot",
                    "team_id": "T0001", "user_id": BOT_USER, "bot_id": "BQUOTEBOT"}
            return 200, body, headers
        if method == "apps.connections.open":
            return 200, {"ok": True, "url": self.socket_url}, {}
        if method == "chat.postMessage":
            return 200, {"ok": True, "channel": params.get("channel"), "ts": f"{next(self._ts)}.000100"}, {}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):08d}"
            return 200, {"ok": True, "upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}, {}
        if method == "files.completeUploadExternal":
            files = json.loads(params["files"]) if isinstance(params.get("files"), str) else params.get("files") or []
            return 200, {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}, {}
        return 200, {"ok": True}, {}

    def _upload(self, file_id: str, data: bytes) -> tuple[int, str, dict[str, str]]:
        with self._changed:
            self.calls.append(Call("upload", {"file_id": file_id, "data": data}))
            self._changed.notify_all()
        return 200, f"OK - {len(data)}", {}

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


@contextmanager
def local_site(page: Callable[[str, str], tuple[str, str] | None]) -> Iterator[str]:
    """A web site on 127.0.0.1 for the duration: ``page(path, base)`` gives (body, content type) for
    a path, or None for a 404; ``base`` is the site's own address, for feeds that link its pages."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            found = page(self.path, f"http://127.0.0.1:{self.server.server_address[1]}")
            body, kind = (found[0].encode(), found[1]) if found else (b"", "text/html; charset=utf-8")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


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
    env = {"QUOTEBOT_FEEDBACK_DB": str(tmp / "feedback.sqlite3"), **env}  # never the developer's data folder
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
