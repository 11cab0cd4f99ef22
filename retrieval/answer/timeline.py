"""Which of a speaker's matching quotes a timeline answer shows: the span of dates, in date order.

"what has Reyes said about the plant over time?" shown as the first five quotes by date would
often be five from the earliest article. Instead the best quote of each date is taken, then the
second best of each, and so on until the answer is full; those shown are then put in date order
(undated last), so the answer runs from the first time they spoke of it to the last.
"""

from __future__ import annotations

import datetime as _dt
from typing import Sequence

__all__ = ["over_time"]


def over_time(dates: Sequence[_dt.date | None], positions: Sequence[int], top: int) -> list[int]:
    """Indices into ``dates`` (one per ranked quote, best first) of the quotes to show.

    Args:
        dates: each ranked quote's article date, None when undated.
        positions: each quote's place in the corpus (ties of one date keep corpus order).
        top: how many to show.

    Returns:
        At most ``top`` indices, best of each date first in the choosing, sorted by date then position.
    """
    by_date: dict[_dt.date | None, list[int]] = {}
    for j, d in enumerate(dates):
        by_date.setdefault(d, []).append(j)
    chosen: list[int] = []
    depth = 0
    while len(chosen) < min(top, len(dates)):
        for group in by_date.values():
            if depth < len(group) and len(chosen) < top:
                chosen.append(group[depth])
        depth += 1
    return sorted(chosen, key=lambda j: (dates[j] is None, dates[j] or _dt.date.min, positions[j]))
