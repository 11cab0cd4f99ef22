"""What follows a label's colon when it is no one's words: a figure alone ("Clinton: 547."), a
handle, an address or a link ("Twitter: @jobloggs.", "EMAIL: desk@example.com"), or a list of
names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ..."). A tally, a contact line and a
roster name nobody speaking, however name-like the label before them."""

from __future__ import annotations

import re

__all__ = ["MIN_LISTED_NAMES", "says_nothing"]

# "Iowa: Tim Albrecht, Brad Anderson, Rob Barron": this many names in a row at least make a
# roster ("Sanders: Clinton, Trump and the rest" is still someone's words).
MIN_LISTED_NAMES = 3
_FIGURE = re.compile(r"[+\-–]?[$£€]?\d[\d,.]*\s*(?:%|percent|per cent|points?)?[.!]?")
_CONTACT = re.compile(r"(?:@\w+|\S+@\S+\.\w+|(?:https?://|www\.)\S+)[.]?")
_NAME = re.compile(r"(?:[A-Z][\w.’'\-]*)(?:\s+(?:[A-Z][\w.’'\-]*|de|van|von|al|bin))*")


def says_nothing(after: str) -> bool:
    """Does the text after a label's colon hold no words anyone said?"""
    rest = after.strip()
    if not rest:
        return False
    if _FIGURE.fullmatch(rest) or _CONTACT.fullmatch(rest):
        return True
    items = [item.strip() for item in re.split(r",|\band\b", rest.rstrip(".…"))]
    return len(items) >= MIN_LISTED_NAMES and all(_NAME.fullmatch(item) for item in items if item)
