"""The sentences a search may return, as a mask, kept for the restrictions asked again and again.

A question restricted to attributed sentences (every "who said"), or to a channel's part of the
corpus, passes the same array of sentence numbers each time. Marking hundreds of thousands of
them in a mask costs milliseconds at a million sentences, so the mask made for such an array is
kept and found again by the array's identity (arrays given as candidates are never changed).
An ascending array (sorted and distinct, as an engine's pools are) needs no mask to be brought
into range: two binary searches do.
"""

from __future__ import annotations

import weakref

import numpy as np

__all__ = ["CandidateMasks", "in_range", "KEPT_MASKS", "KEPT_MASK_SHARE"]

# Restrictions whose masks are kept, the most recently used last: an engine's attributed
# sentences and a few channels' parts of the corpus.
KEPT_MASKS = 4
# ...when they hold at least this share of the sentences (a question's own pool is smaller and
# asked once: its mask is made and dropped, as it would be with no keeping at all).
KEPT_MASK_SHARE = 1 / 8


class CandidateMasks:
    """Masks of candidate arrays over ``n`` sentences, the large ones kept (see the module docstring)."""

    def __init__(self, n: int) -> None:
        self.n = n
        # id(candidates) -> (weak reference to it, candidates in range, their mask)
        self._kept: dict[int, tuple[weakref.ref, int, np.ndarray]] = {}

    def kept(self, given: object) -> tuple[int, np.ndarray] | None:
        """(candidates in range, their mask) made for this very object before, if any."""
        entry = self._kept.pop(id(given), None)
        if entry is None or entry[0]() is not given:
            return None
        self._kept[id(given)] = entry  # the most recently used goes last, the last to be dropped
        return entry[1], entry[2]

    def keeps(self, count: int) -> bool:
        """Whether a mask of ``count`` candidates is kept (when its array can be recognised)."""
        return count >= KEPT_MASK_SHARE * self.n

    def keep(self, given: object, candidates: np.ndarray) -> tuple[int, np.ndarray]:
        """A mask of ``candidates`` (in range), kept for ``given`` when it is large and an array."""
        mask = np.zeros(self.n, bool)
        mask[candidates] = True
        if not self.keeps(len(candidates)):
            return len(candidates), mask
        try:
            ref = weakref.ref(given)
        except TypeError:  # a list: nothing to recognise it by next time
            return len(candidates), mask
        for key in [key for key, entry in self._kept.items() if entry[0]() is None]:
            del self._kept[key]
        while len(self._kept) >= KEPT_MASKS:
            del self._kept[next(iter(self._kept))]
        self._kept[id(given)] = (ref, len(candidates), mask)
        return len(candidates), mask


def in_range(candidates: np.ndarray, n: int) -> tuple[np.ndarray, bool]:
    """The candidates that are sentence numbers (0 to n - 1), and whether they strictly ascend."""
    if len(candidates) < 2 or bool(np.all(candidates[1:] > candidates[:-1])):
        return candidates[np.searchsorted(candidates, 0) : np.searchsorted(candidates, n)], True
    return candidates[(candidates >= 0) & (candidates < n)], False
