"""The naive baseline every attribution figure is set against: a capitalised name right before
"said", or right after a closing quote and before "said"."""

from __future__ import annotations

import re

__all__ = ["naive_speaker"]

_NAIVE = re.compile(
    r"(?:^|[”\"],?\s+)([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)\s+said\b|\b([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)\s+said\b"
)


def naive_speaker(sentence: str) -> str | None:
    """The name before "said" in ``sentence``, or None."""
    match = _NAIVE.search(sentence)
    return (match.group(1) or match.group(2)) if match else None
