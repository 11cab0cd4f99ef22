"""A progress bar for long index builds, drawn on stderr only when it is a terminal."""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["StageBar"]


class StageBar:
    """A ``progress(stage, done, total)`` callback drawing one tqdm bar per stage on stderr.

    The bar shows only on a terminal, so piped and scripted runs get clean stderr.
    """

    def __init__(self) -> None:
        self._bar: Any = None
        self._stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        if stage != self._stage or self._bar is None:
            self.close()
            self._stage = stage
            self._bar = tqdm(
                desc=stage.capitalize(), total=total, file=sys.stderr, disable=not sys.stderr.isatty(), leave=False
            )
        self._bar.total = total
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> StageBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
