"""``Claim``: one sentence's reporting clause as the cue rules find it, before resolution."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Claim"]


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence's reporting clause: who (as written), the cue and the layout."""

    start: int  # offsets of the speaker phrase within the sentence
    end: int
    cue: str
    kind: str
    appositive: str | None = None  # ", a nurse" kept as a description
    bare: bool = False  # the whole sentence is "Trump said on Twitter.": its words came before

