"""Connections go only to the addresses that were checked: DNS rebinding cannot reach this machine.

These tests serve a page on 127.0.0.1 with a real HTTP server and connect to it for real.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest
import requests

from retrieval.errors import SourceError
from retrieval.sources.fetch import HTML_TYPES, fetch
from retrieval.sources.pinned import PinnedAdapter
from tests.retrieval.sources.conftest import PAGE, PUBLIC_ADDRESS


class _Page(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the handler's name is fixed by http.server)
        self.hits.append(self.path)
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[tuple[int, list[str]]]:
    hits: list[str] = []
    handler = type("Handler", (_Page,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()


def test_a_name_that_rebinds_to_loopback_after_the_check_is_refused(local_server):
    port, hits = local_server
    answers = iter([[PUBLIC_ADDRESS], ["127.0.0.1"], ["127.0.0.1"]])
    url = f"http://localhost:{port}/story"
    with pytest.raises(SourceError) as error:
        fetch(url, HTML_TYPES, resolve=lambda host, p: next(answers))
    assert str(error.value) == (
        f"{url}: refused: 127.0.0.1 is a loopback address (set QUOTEBOT_ALLOW_PRIVATE_URLS=1 to allow private addresses)"
    )
    assert hits == []


def test_the_connection_goes_to_the_checked_address_without_a_second_lookup(local_server):
    port, hits = local_server
    asked: list[tuple[str, int]] = []

    def check(host: str, p: int) -> list[str]:
        asked.append((host, p))
        return ["127.0.0.1"]

    with requests.Session() as session:
        session.mount("http://", PinnedAdapter(check))
        # ``.invalid`` never resolves in DNS, so the page can only come from the checked address.
        response = session.get(f"http://news.invalid:{port}/story", timeout=5)
    assert response.status_code == 200 and response.text == PAGE
    assert asked == [("news.invalid", port)] and hits == ["/story"]


def test_a_refused_check_opens_no_connection(local_server):
    port, hits = local_server

    def refuse(host: str, p: int) -> list[str]:
        raise SourceError(f"{host}: refused")

    with requests.Session() as session, pytest.raises(SourceError, match="news.invalid: refused"):
        session.mount("http://", PinnedAdapter(refuse))
        session.get(f"http://news.invalid:{port}/story", timeout=5)
    assert hits == []
