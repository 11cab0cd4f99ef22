"""Word lists quotebot's rules read: plain text files beside this module, documented in README.md."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

__all__ = ["words", "lines"]


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a lexicon file, comments ("#" to end of line) removed."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of a lexicon file, lower-cased."""
    return frozenset(w.lower() for line in lines(name) for w in line.split())
