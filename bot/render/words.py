"""Small wording helpers shared by the terminal and Slack renderers."""

from __future__ import annotations

__all__ = ["count"]


def count(number: int, noun: str) -> str:
    """``"1 quote"``, ``"3 quotes"``: a number with its noun, plural unless it is one."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"
