"""The header lines an article file may open with, parsed and written.

A file may open with header lines before its first blank line::

     date 2020-01-08 advertisement
     title: Iran fires missiles at US bases in Iraq
     url: https://news.example/iran-missiles
     publisher: Example News
     author: Jane Doe

``date`` (an ISO date, with or without a colon) may be followed by tags, as quotebot has always
read it; ``title``, ``url``, ``publisher`` and ``author`` take a colon and the rest of the line.
Every line is optional and they may come in any order, so today's `` date 2020-01-08 tags``
files read as before. Header lines are never prose: the body starts after them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

__all__ = ["Header", "HEADER_FIELDS", "parse_header", "render_header"]

# Header fields besides the date, in the order they are written.
HEADER_FIELDS = ("title", "url", "publisher", "author")

_DATE_LINE = re.compile(r"[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b([^\r\n]*)(?:\r\n|\n|\r|\Z)", re.IGNORECASE)
_FIELD_LINE = re.compile(
    r"[ \t]*(" + "|".join(HEADER_FIELDS) + r"):[ \t]*([^\r\n]*?)[ \t]*(?:\r\n|\n|\r|\Z)", re.IGNORECASE
)
_BOM_AND_BLANKS = re.compile(r"\ufeff?\s*")


@dataclass(frozen=True, slots=True)
class Header:
    """What an article file's header says; every field may be missing."""

    date: dt.date | None = None
    tags: tuple[str, ...] = ()
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    fields: tuple[str, ...] = field(default=(), compare=False)  # names of the lines present


def parse_header(text: str) -> tuple[Header, int]:
    """The header at the start of ``text`` and the offset where the body starts.

    Args:
        text: a whole decoded article file.

    Returns:
        The header (all fields None when there is none) and the offset of the first character
        after the header lines (0 when there is no header).
    """
    lead = _BOM_AND_BLANKS.match(text)
    cursor = lead.end() if lead else 0
    # Leading blanks only count as part of a header when one follows.
    values: dict[str, object] = {}
    seen: list[str] = []
    end = 0
    while cursor < len(text):
        date_line = _DATE_LINE.match(text, cursor)
        if date_line and "date" not in values:
            values["date"] = _iso_date(date_line.group(1))
            values["tags"] = tuple(date_line.group(2).split())
            seen.append("date")
            cursor = end = date_line.end()
            continue
        field_line = _FIELD_LINE.match(text, cursor)
        name = field_line.group(1).lower() if field_line else None
        if field_line is None or name in values or not field_line.group(2):
            break
        values[name] = field_line.group(2)
        seen.append(name)
        cursor = end = field_line.end()
    return Header(**values, fields=tuple(seen)), end  # type: ignore[arg-type]


def render_header(header: Header) -> str:
    """The header lines for ``header``, each ending in a newline; empty when it has no field.

    Values are written on one line each (line breaks inside a title become spaces), so
    ``parse_header(render_header(h))`` gives ``h`` back.
    """
    lines = []
    if header.date is not None:
        lines.append(" ".join(["", "date", header.date.isoformat(), *header.tags]))
    for name in HEADER_FIELDS:
        value = getattr(header, name)
        if value and " ".join(value.split()):
            lines.append(f" {name}: {' '.join(value.split())}")
    return "".join(line + "\n" for line in lines)


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # shaped like a date but not one (2020-13-45): the line is still a header
        return None
