"""Publication dates given as strings ("2020-01-08", "Wed, 08 Jan 2020 10:00:00 GMT", "8 January 2020").

ISO dates are read directly; anything else goes to dateparser, told to parse dates only (no
"in two days" relative to now, no guessing from an empty string), so a date from a feed or an
export means the same day whatever day it is read on.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

__all__ = ["parse_date"]

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# Relative expressions ("yesterday") depend on when they are read; a stored date must not.
_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}


def parse_date(value: object) -> dt.date | None:
    """The calendar date ``value`` names, or None when it names none.

    Args:
        value: a string, a ``date``/``datetime``, or None.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if _ISO.fullmatch(text[:10]) and (len(text) == 10 or text[10] in "T "):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    parsed = _parser()(text, settings=_SETTINGS)
    return parsed.date() if parsed else None


@functools.lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    import dateparser  # loads its language data on first use: only when a date needs it

    return dateparser.parse
