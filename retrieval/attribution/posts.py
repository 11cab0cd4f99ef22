"""Embedded posts: a social-media post that a page embedded, flattened into the article's text.

Extraction keeps an embedded post as one paragraph ending with its signature, the poster's
display name, their handle and the date (``... The press is not the enemy. — Jo Bloggs
(@jobloggs) July 31, 2018``), or opening with the display name and handle before the post
(``Jo Bloggs (@jobloggs) I have written to the council. ...``). Every sentence of that paragraph is the poster's, whatever it
reports (``Two sources tell me ...`` is still the poster's post), and a "he"/"she" after it may
refer to them.
"""

from __future__ import annotations

import re

__all__ = ["poster"]

# "— Jo Bloggs (@jobloggs) July 31, 2018" closing the paragraph: a dash, the display name, the
# handle in brackets, then a date written as a month word, a day and a year.
_SIGNATURE = re.compile(
    r"(?:^|\s)[—–]\s*(?P<name>[^—–()@\n]{1,80}?)\s*\(@\w{1,30}\)\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$"
)

# "Jo Bloggs (@jobloggs) I have written ..." opening the paragraph: a capitalised display name of
# one to four words, the handle in brackets, then the post opening with a capital or a mark.
_HEADER = re.compile(r"\s*(?P<name>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})[ \t]*\(@\w{1,30}\)[ \t]+[A-Z“\"‘']")


def poster(paragraph: str) -> str | None:
    """The display name signing a paragraph that is an embedded post, else None.

    A name written all in lower case ("jo bloggs") is the poster's styling: it is returned
    capitalised, so that it reads as the person the article names.
    """
    if "(@" not in paragraph:
        return None  # no handle in brackets, so no signature: skips the search in most paragraphs
    found = _SIGNATURE.search(paragraph) or _HEADER.match(paragraph)
    if found is None:
        return None
    name = found.group("name").strip(" ,")
    if not any(c.isalpha() for c in name):
        return None
    return name.title() if name.islower() else name
