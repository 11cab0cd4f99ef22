"""``POST /slack/events``: size, signature and shape are checked before Bolt sees a request.

Every request is taken in this order, and the first failure answers it with one log line naming
the reason (never the body, never a header's value):

1. ``Content-Length`` over ``MAX_BODY_BYTES`` → 413 before anything is read; the body is also
   counted while it streams in (413), and must arrive within ``BODY_READ_SECONDS`` (408).
2. The signature (``bot.signing``): missing, malformed or stale timestamp or signature → 401.
3. The body, now known to be Slack's: not UTF-8, not JSON or a form, not an object, or a field
   Bolt or a listener reads is not of the type Slack sends (``bot.payloads``) → 400.

Only then is the request dispatched to Bolt, off the event loop (Bolt is synchronous).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable

from slack_bolt import App, BoltRequest
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_bolt.request.internals import build_normalized_headers, extract_content_type, parse_body
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from bot.listeners.errors import SIGNED
from bot.payloads import payload_problem
from bot.signing import signature_problem

__all__ = ["events_endpoint", "MAX_BODY_BYTES", "BODY_READ_SECONDS"]

logger = logging.getLogger(__name__)

# Slack's payloads are a few KB; a megabyte is far above any of them and bounds memory per request.
MAX_BODY_BYTES = 1_000_000
# Slack sends the whole body at once; a client trickling it in is holding a connection open.
BODY_READ_SECONDS = 10.0
# Decoding the body fails on these when it is not what Slack sends (bad JSON, odd nesting).
_MALFORMED = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


class _Refused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def events_endpoint(
    app: App, signing_secret: str, clock: Callable[[], float] = time.time
) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint taking Slack's requests for ``app``."""
    secret = signing_secret.encode("utf-8")

    async def slack_events(request: Request) -> Response:
        try:
            body = await _read_body(request)
            problem = signature_problem(secret, request.headers, body, clock())
            if problem is not None:
                raise _Refused(401, problem)
            bolt_request = _bolt_request(request, body)
        except _Refused as refused:
            logger.warning("Refused a request to %s (%d): %s", request.url.path, refused.status, refused.reason)
            return Response(status_code=refused.status)
        bolt_response = await run_in_threadpool(app.dispatch, bolt_request)
        return to_starlette_response(bolt_response)

    return slack_events


async def _read_body(request: Request) -> bytes:
    """The whole body, or ``_Refused`` when it is too big, too slow or cut off."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise _Refused(400, "Content-Length is not a number")
        if int(declared) > MAX_BODY_BYTES:
            raise _Refused(413, f"body of {int(declared):,} bytes declared, over the {MAX_BODY_BYTES:,}-byte limit")
    try:
        return await asyncio.wait_for(_bounded(request), BODY_READ_SECONDS)
    except asyncio.TimeoutError:
        raise _Refused(408, f"body not received within {BODY_READ_SECONDS:g} s") from None
    except ClientDisconnect:
        raise _Refused(400, "client disconnected before sending the whole body") from None


async def _bounded(request: Request) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _Refused(413, f"body over the {MAX_BODY_BYTES:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _bolt_request(request: Request, body: bytes) -> BoltRequest:
    """The request as Bolt takes it, or ``_Refused(400)`` when a signed body is not a Slack payload."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise _Refused(400, "signed body is not UTF-8") from None
    # Parsed as Bolt parses it (JSON, a form with a JSON ``payload``, or a plain form), to see
    # the shape before Bolt reads fields from it.
    content_type = extract_content_type(build_normalized_headers(dict(request.headers)))
    try:
        parsed = parse_body(text, content_type)
    except _MALFORMED as error:
        raise _Refused(400, f"signed body is not a Slack payload ({type(error).__name__})") from None
    if not isinstance(parsed, dict):
        raise _Refused(400, f"signed body is {type(parsed).__name__}, not an object")
    problem = payload_problem(parsed)
    if problem is not None:
        raise _Refused(400, f"signed payload is not as Slack sends it ({problem})")
    try:
        return to_bolt_request(request, body, {SIGNED: True})
    except _MALFORMED as error:
        raise _Refused(400, f"signed body is not a Slack payload ({type(error).__name__})") from None
