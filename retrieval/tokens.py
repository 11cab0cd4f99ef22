"""PROVISIONAL tokenizer: lower-cased word tokens. To be replaced (possessives, stemming...)."""

from __future__ import annotations

import re

__all__ = ["tokenize"]

_WORD = re.compile(r"\w+", re.UNICODE)


def tokenize(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text)]
