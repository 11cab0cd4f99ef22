"""Check that a request came from Slack: its timestamp and its ``X-Slack-Signature``.

Slack signs every HTTP request with the app's signing secret: ``v0=`` and the hex HMAC-SHA256 of
``v0:{timestamp}:{body}``, and refuses to be trusted more than five minutes after the timestamp
(https://api.slack.com/authentication/verifying-requests-from-slack). This is the algorithm of
``slack_sdk.signature.SignatureVerifier``, which raises on a timestamp that is not a number or a
signature that is not ASCII, and decodes the body as UTF-8 first; here every malformed header is
a reason (never an exception) and the HMAC runs over the raw bytes, so a request that is not
Slack's is refused whatever it holds. Pure functions: no Slack client, no logging.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping

__all__ = ["signature_problem", "sign", "MAX_CLOCK_SKEW_SECONDS", "TIMESTAMP_HEADER", "SIGNATURE_HEADER"]

TIMESTAMP_HEADER = "x-slack-request-timestamp"
SIGNATURE_HEADER = "x-slack-signature"
# Slack's replay window: a request signed more than five minutes from now is refused.
MAX_CLOCK_SKEW_SECONDS = 5 * 60
# Unix seconds: Slack sends ten digits; more than twelve is no clock this century.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    """The ``X-Slack-Signature`` Slack would send for ``body`` at ``timestamp``."""
    digest = hmac.new(secret, b"v0:" + timestamp.encode("ascii") + b":" + body, hashlib.sha256).hexdigest()
    return "v0=" + digest


def signature_problem(secret: bytes, headers: Mapping[str, str], body: bytes, now: float) -> str | None:
    """Why the request is not verifiably Slack's, or None when it is.

    Args:
        secret: The app's signing secret.
        headers: Request headers with lower-case names.
        body: The raw request body, exactly as received.
        now: The current Unix time.

    Returns:
        A short reason fit for a log line (it never repeats the headers' values), or None.
    """
    timestamp = headers.get(TIMESTAMP_HEADER)
    if timestamp is None:
        return "no X-Slack-Request-Timestamp header"
    if not _TIMESTAMP.fullmatch(timestamp):
        return "X-Slack-Request-Timestamp is not a Unix time in seconds"
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
        return "X-Slack-Request-Timestamp is more than five minutes from now (stale or replayed)"
    signature = headers.get(SIGNATURE_HEADER)
    if signature is None:
        return "no X-Slack-Signature header"
    if not _SIGNATURE.fullmatch(signature):
        return "X-Slack-Signature is not v0= and 64 hex digits"
    if not hmac.compare_digest(sign(secret, timestamp, body), signature):
        return "X-Slack-Signature does not match the body (wrong signing secret or altered body)"
    return None
