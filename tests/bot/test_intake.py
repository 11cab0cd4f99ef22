"""bot.intake's limits that a live-server test would have to wait for: a body that never arrives."""

from __future__ import annotations

import asyncio

import pytest
from starlette.requests import Request

from bot import intake


def _request(headers: dict[str, str], receive) -> Request:
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/slack/events",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "query_string": b"",
    }
    return Request(scope, receive)


def test_body_trickled_in_too_slowly_is_408(monkeypatch, caplog):
    monkeypatch.setattr(intake, "BODY_READ_SECONDS", 0.2)

    async def trickle():
        await asyncio.sleep(0.05)
        return {"type": "http.request", "body": b"{", "more_body": True}

    endpoint = intake.events_endpoint(app=None, signing_secret="s")  # refused before the app is used
    response = asyncio.run(endpoint(_request({"content-type": "application/json"}, trickle)))
    assert response.status_code == 408
    assert "(408): body not received within 0.2 s" in caplog.text


@pytest.mark.parametrize("length, status", [("12x", 400), (str(intake.MAX_BODY_BYTES + 1), 413)])
def test_content_length_is_checked_before_reading(length, status):
    async def must_not_be_read():
        raise AssertionError("the body was read")

    endpoint = intake.events_endpoint(app=None, signing_secret="s")
    response = asyncio.run(endpoint(_request({"content-length": length}, must_not_be_read)))
    assert response.status_code == status
