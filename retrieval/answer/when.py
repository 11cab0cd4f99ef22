"""Reads the dates a question limits itself to: "in January 2020", "last week", "since March".

The phrase is found by a small grammar of prepositions and date words; the date itself is read by
``dateparser`` relative to the newest article (a corpus is read after the fact, so "last week"
means the week before its latest news, not before today). How wide the period is follows from
what the phrase names: a day, a month, a year or a week. The phrase is cut from the question so
the rest is asked as usual ("what did Trump say in January 2020?" -> "what did Trump say").
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re

import dateparser

from retrieval.results import Period

__all__ = ["find_period"]

_MONTHS = "|".join(
    sorted({m.lower() for m in calendar.month_name[1:]} | {m.lower() for m in calendar.month_abbr[1:]}, key=len, reverse=True)
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR})?|{_YEAR})"
_RELATIVE = r"(?:(?:last|this|past|previous)\s+(?:week|month|year)|yesterday|today|(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)"
# "since" and "after" open the period at the date; "before" and "until" close it.
_PHRASE = re.compile(
    rf"(?:,\s*)?\b(?P<prep>in|during|on|since|after|from|before|until|by)?\s*(?:early\s+|late\s+|mid-?)?"
    rf"(?P<date>(?<!\w){_DATE}(?!\w)|(?<!\w){_RELATIVE}(?!\w))",
    re.I,
)
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b", re.I)
_WEEK = re.compile(r"\bweeks?\b", re.I)
_MONTH_WORD = re.compile(r"\bmonths?\b", re.I)
_YEAR_ONLY = re.compile(rf"^\s*{_YEAR}\s*$|\byears?\b", re.I)
_OPEN_AFTER = {"since", "after", "from"}
_OPEN_BEFORE = {"before", "until", "by"}


def find_period(question: str, newest: _dt.date | None) -> tuple[Period | None, str]:
    """The period a question names, and the question without the words that named it.

    Args:
        question: the question as typed.
        newest: the date of the newest article, which relative dates count from; None for
            an undated corpus, where only absolute dates are understood.

    Returns:
        ``(period, rest)``; ``(None, question)`` when no date is named.
    """
    for match in _PHRASE.finditer(question):
        date_words = match.group("date")
        if not match.group("prep") and (date_words.isdigit() or _MONTH.fullmatch(date_words.rstrip("."))):
            continue  # "2023 budget", "they may march": a bare year or month name is no date
        day = _parse(date_words, newest)
        if day is None:
            continue
        start, end = _span(date_words, day, newest)
        prep = (match.group("prep") or "").lower()
        if prep in _OPEN_AFTER:
            end = None
        elif prep in _OPEN_BEFORE:
            start, end = None, start - _dt.timedelta(days=1)
        rest = " ".join((question[: match.start()] + " " + question[match.end() :]).split())
        return Period(phrase=match.group().strip(" ,"), start=start, end=end), rest
    return None, question


@functools.lru_cache(maxsize=1024)
def _parse(words: str, newest: _dt.date | None) -> _dt.date | None:
    base = _dt.datetime.combine(newest, _dt.time()) if newest else None
    if base is None and not re.search(_YEAR, words):
        return None  # "last week" or "in May" of an undated corpus cannot be placed
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    parsed = dateparser.parse(words, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _span(words: str, day: _dt.date, newest: _dt.date | None) -> tuple[_dt.date, _dt.date]:
    """The first and last day of what ``words`` names: a day, a week, a month or a year."""
    if _WEEK.search(words):
        return day, day + _dt.timedelta(days=7)
    if _MONTH_WORD.search(words):
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if _MONTH.search(words):
        if _DAY.search(_MONTH.sub(" ", re.sub(_YEAR, " ", words))):
            return day, day
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if _YEAR_ONLY.search(words):
        return _dt.date(day.year, 1, 1), _dt.date(day.year, 12, 31)
    return day, day
