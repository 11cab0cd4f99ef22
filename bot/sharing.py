"""Share-button values that only the bot can make: the question, signed for the person asking.

An ephemeral ``/ask`` answer carries a *Share to channel* button. Slack sends the button's value
back when it is clicked, and anyone can send a signed interaction payload with an edited value
(their own app, a proxy). So the value is the question plus an HMAC-SHA256 over the question and
the asker's user id, keyed with the signing secret: the click is honoured only for the asker, and
only for a question the bot itself answered for them; the shared message is rebuilt from the
corpus. Without a signing secret (Socket Mode) the key is random per process, so buttons from
before a restart are refused with a message to ask again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

__all__ = ["ShareSigner"]

# Keeps these MACs apart from any other use of the same secret.
_PURPOSE = b"quotebot share button v1\x00"


class ShareSigner:
    """Makes and checks share-button values."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    def value(self, question: str, asker: str) -> str:
        """The button value for ``question`` as answered for user ``asker``."""
        return json.dumps({"q": question, "mac": self._mac(question, asker)}, ensure_ascii=False, separators=(",", ":"))

    def question(self, value: object, clicker: object) -> str | None:
        """The question a button value was made for, or None if ``clicker`` did not ask it or it was altered."""
        if not isinstance(value, str) or not isinstance(clicker, str):
            return None
        try:
            parsed = json.loads(value)
        except ValueError:
            return None
        if not isinstance(parsed, dict) or not isinstance(parsed.get("q"), str) or not isinstance(parsed.get("mac"), str):
            return None
        if not hmac.compare_digest(self._mac(parsed["q"], clicker).encode(), parsed["mac"].encode("utf-8", "replace")):
            return None
        return parsed["q"]

    def _mac(self, question: str, asker: str) -> str:
        # Each part's length leads it, so ("ab", "c") and ("a", "bc") never sign alike.
        message = b"".join(f"{len(part)}:{part}".encode("utf-8", "surrogatepass") for part in (asker, question))
        return hmac.new(self._key, _PURPOSE + message, hashlib.sha256).hexdigest()
