"""CMS exports -> ``Article``: JSON Lines (one article an object a line) and CSV, same columns.

Columns: ``text`` (required), and optional ``title``, ``date`` (any date dateparser reads),
``url``, ``publisher``, ``author`` and ``id`` (names the stored file). A record that cannot be
used (bad JSON, no text) is refused on its own with its line number; the others still load.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any, Iterator, Mapping

from retrieval.errors import SourceError
from retrieval.models import Article
from retrieval.sources.article import make_article
from retrieval.sources.dates import parse_date

__all__ = ["EXPORT_COLUMNS", "jsonl_records", "csv_records", "article_from_record"]

EXPORT_COLUMNS = ("text", "title", "date", "url", "publisher", "author", "id")
_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_ID_CHARS = 80

# (line number, the record or why it is unreadable)
Record = tuple[int, "Mapping[str, Any] | str"]


def jsonl_records(text: str) -> Iterator[Record]:
    """Each non-blank line's object, or why the line is not one."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as error:
            yield number, f"not JSON ({error.args[0] if error.args else error})"
            continue
        yield number, value if isinstance(value, dict) else "not a JSON object"


def csv_records(text: str) -> Iterator[Record]:
    """Each row as a mapping of the header row's column names (line numbers count the header).

    Raises:
        SourceError: the file has no ``text`` column.
    """
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "text" not in columns:
        raise SourceError(f"no text column (the header row has: {', '.join(columns) or 'nothing'})")
    reader.fieldnames = columns
    for row in reader:
        yield reader.line_num, {k: v for k, v in row.items() if k is not None}


def article_from_record(record: Mapping[str, Any]) -> Article:
    """The article one export record describes.

    Raises:
        SourceError: no ``text``, or a field of the wrong kind.
    """
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError("no text")
    values = {}
    for name in ("title", "url", "publisher", "author", "id"):
        value = record.get(name)
        if value is not None and not isinstance(value, (str, int)):
            raise SourceError(f"{name} is not a string")
        values[name] = str(value) if value not in (None, "") else None
    date = parse_date(record.get("date")) if isinstance(record.get("date"), (str, type(None))) else None
    if record.get("date") and date is None:
        raise SourceError(f"date {record.get('date')!r} is not a date")
    document = None
    if values["id"]:
        document = (_NOT_NAME.sub("-", values["id"]).strip("-.")[:_MAX_ID_CHARS] + ".txt") if _NOT_NAME.sub("", values["id"]) else None
    return make_article(
        text, title=values["title"], date=date, url=values["url"], publisher=values["publisher"],
        author=values["author"], document=document,
    )  # fmt: skip
