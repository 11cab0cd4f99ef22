"""Aliases: short forms an article gives for a name, so "BW said" is British Widgets speaking.

Found once per article: a capitalised name followed by its initials in brackets ("British Widgets
(BW)", "the Football Association (FA)") or after ", or" ("the Kurdish People's Protection Units,
or YPG"), and an all-capitals word used later whose letters are the initials of a name the
article gave before ("the Football Association ... the FA"). Small words inside a name ("of",
"for", "the", "and") may be left out of the initials or kept ("Bank of England" -> "BoE", "BE").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from retrieval.lexicon import words as word_list

__all__ = ["MIN_ALIAS_LETTERS", "ArticleAliases", "aliased_parts", "scan_aliases", "short_form"]

# An alias is at least this many capitals ("FA", "BW"): one letter is an initial, not a name.
MIN_ALIAS_LETTERS = 2
_NAME = re.compile(r"\b((?:[A-Z][\w’'&\-]*[ \t]+(?:(?:of|for|and|the|on|&)[ \t]+)*)+[A-Z][\w’'&\-]*)[ \t]*(?:\(|,[ \t]+or[ \t]+)([A-Z][A-Za-z]{1,6})\b")
# What must follow a name for _NAME to match: a cheap search that spares most sentences the full one.
_NAME_END = re.compile(r"\(|,[ \t]+or[ \t]")
# (The word boundary is checked after the first capital, so the search skips to capitals.)
_CAPITALS = re.compile(r"[A-Z](?<=\b[A-Z])[A-Z]{1,5}\b")
_RUN = re.compile(r"(?:[A-Z](?<=\b[A-Z])[\w’'&\-]*[ \t]+(?:(?:of|for|and|the|on|&)[ \t]+)*)+[A-Z][\w’'&\-]*")
_OWNER_END = re.compile(r"(?:’s|'s)$")
# "WTOL-TV", "KQED-FM": a broadcaster's call sign and its band; the call sign alone is the same outlet.
_CALL_SIGN = re.compile(r"\b([A-Z]{3,5})-([A-Z]{2})\b")
_SMALL = frozenset({"of", "for", "and", "the", "on", "&"})


def _initials(name: str, keep_small: bool) -> str:
    words = [w for w in name.split() if keep_small or w.lower() not in _SMALL]
    return "".join(w[0] for w in words)


def _fits(alias: str, name: str) -> bool:
    letters = alias.upper()
    return len(letters) >= MIN_ALIAS_LETTERS and letters in (_initials(name, False).upper(), _initials(name, True).upper())


def _plain(name: str) -> str:
    return name[4:] if name.startswith("The ") else name


def short_form(name: str) -> str | None:
    """ "FA", "the FA" -> "FA": a speaker phrase that may be an alias (all capitals), else None."""
    short = name.removeprefix("the ").removeprefix("The ")
    return short if short.isupper() and short.isalpha() and len(short) >= MIN_ALIAS_LETTERS else None


def aliased_parts(name: str) -> tuple[str | None, str | None]:
    """The short form a speaker phrase may be, and what it owns when the phrase is its possessive:
    "the FA" -> ("FA", None), "the ACLU’s Rhode Island chapter" -> ("ACLU", "Rhode Island chapter")."""
    first, _, rest = name.removeprefix("the ").removeprefix("The ").partition(" ")
    owner = _OWNER_END.sub("", first)
    if rest and owner != first and short_form(owner) is not None:
        return owner, rest
    return short_form(name), None


@lru_cache(maxsize=1)
def _bands() -> frozenset[str]:
    return frozenset(w.upper() for w in word_list("call_sign_bands.txt"))


def scan_aliases(texts: Sequence[str]) -> dict[str, str]:
    """Alias -> full name for every short form the article gives (texts in article order)."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _CALL_SIGN.finditer(text) if "-" in text else ():
            if m.group(2) in _bands():
                out.setdefault(m.group(1), m.group())  # "WTOL-TV reported ... WTOL said"
    # Initials (both ways, upper case) -> the names so far that have them, so that a capitalised
    # word is looked up instead of checked against every name (``_fits`` for an all-capitals word).
    by_initials: dict[str, set[str]] = {}
    for text in texts:
        for m in _NAME.finditer(text) if _NAME_END.search(text) else ():
            name, alias = _OWNER_END.sub("", m.group(1)), m.group(2)  # "the Democratic National Committee’s (DNC)"
            words = name.split()
            # The alias's initials fix where the name starts: "The Kurdish People's Protection Units".
            for k in range(len(words)):
                if _fits(alias, " ".join(words[k:])):
                    out.setdefault(alias, _plain(" ".join(words[k:])))
                    break
        for m in _CAPITALS.finditer(text):
            word = m.group()
            if word not in out:
                fitting = by_initials.get(word, ())
                if len(fitting) == 1:
                    out[word] = next(iter(fitting))
        for m in _RUN.finditer(text):
            if len(m.group().split()) >= MIN_ALIAS_LETTERS:
                name = _plain(m.group())
                for initials in {_initials(name, False).upper(), _initials(name, True).upper()}:
                    by_initials.setdefault(initials, set()).add(name)
    return out


class ArticleAliases:
    """One article's short forms, scanned from its masked sentences the first time a speaker
    phrase may be one ("BW", "ACLU’s Rhode Island chapter")."""

    def __init__(self, masked: Sequence[str]) -> None:
        self._masked = masked
        self._found: dict[str, str] | None = None

    def full(self, name: str) -> str | None:
        """The full name a short form stands for, keeping what it owns ("ACLU’s Rhode Island
        chapter" -> "American Civil Liberties Union's Rhode Island chapter"); None when none."""
        short, owned = aliased_parts(name)
        if self._found is None and short is not None:
            self._found = scan_aliases(self._masked)
        full = self._found.get(short or "") if self._found else None
        return f"{full}'s {owned}" if full and owned else full
