"""A name written in full once and then by its first word: "Park Sang-hak, a North Korean
defector ... Park said", "Omarosa Manigault-Newman ... Omarosa says".

A family name written first (Korean, Chinese, Hungarian names) or a person known by a first name
is later written by the name's first word alone. When no person the article names has that word
as a surname, the one name written in full before, outside quotations, whose first word it is,
stands for it. Pure look-up over the article's masked sentences for ``resolve.Resolver``, which
asks only after no surname, misspelling or longer body matched.
"""

from __future__ import annotations

import re
from typing import Sequence

from retrieval.attribution.lexicon import lexicon

__all__ = ["HEADLINE_SHARE", "HEADLINE_WORDS", "MAX_FULL_NAME_WORDS", "written_in_full"]

# "Park Sang-hak", "Omarosa Manigault-Newman", "Nguyen Van Thieu": the words after the first,
# at most this many ("Park Sang-hak Kim Jong Un" is two names run together, not one).
MAX_FULL_NAME_WORDS = 3
# "Obama Sees Personal Insult if Black Voters Stay Home": a sentence of at least this many words,
# this share of them capitalised, is a title-case headline, read for no names.
HEADLINE_WORDS = 6
HEADLINE_SHARE = 0.7
_NAME_WORD = r"[A-Z][\w’'\-]*[a-z][\w’'\-]*"  # "Sang-hak", "Manigault-Newman"; not "U.S." or "ICE"
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


def written_in_full(masked: Sequence[str], word: str, index: int) -> str | None:
    """The one full name opening with ``word`` in the masked sentences before ``index``, else None.

    Args:
        masked: the article's sentences with quotations hidden.
        word: the single capitalised name as the phrase gives it ("Park").
        index: the sentence the phrase is in; it and the sentences after it are not read.

    Returns:
        "Park Sang-hak" when exactly one such name was written; None when none was, when two
        different ones were ("Park Avenue" and "Park Sang-hak"), when the word was written alone
        before its full name ("Google said ... Google Ads"), or when the words after it are no
        person's (a title, a role, an organisation or time word: "Park Police", "Twitter Tuesday").
    """
    if not re.fullmatch(_NAME_WORD, word):
        return None
    pattern = re.compile(rf"(?<![\w’'\-.]){re.escape(word)}((?:[ \t]+{_NAME_WORD}){{0,{MAX_FULL_NAME_WORDS}}})(?![\w’'\-])")
    found: set[str] = set()
    for text in masked[:index]:
        if _headline(text):
            continue  # "Obama Sees Personal Insult ...": every word capitalised, so no name runs out of it
        for match in pattern.finditer(text):
            if _inside_name(text[: match.start()]):
                continue  # "Central Park Conservancy": the word does not open the name
            rest = [_POSSESSIVE.sub("", w) for w in match.group(1).split()]
            if rest and (_after_determiner(text[: match.start()]) or text[match.end() :].strip()[:1].isdigit()):
                return None  # "on the Trump Train", "EgyptAir Flight 804": a thing, not a person
            if not rest and not found:
                return None  # "Google said ... Google Ads": the word was written alone first
            if rest and not _someone(rest):
                return None  # "Park Police", "Twitter Tuesday": the word names something else here
            if rest:
                found.add(" ".join([word, *rest]))
    return found.pop() if len(found) == 1 else None


def _headline(text: str) -> bool:
    """A headline in title case: most of its words capitalised ("Obama Just Let Something Slip")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= HEADLINE_WORDS and sum(w[:1].isupper() for w in words) >= HEADLINE_SHARE * len(words)


def _after_determiner(before: str) -> bool:
    """A determiner stands just before ("the | Trump Train"): no person's name follows one."""
    words = before.split()
    return bool(words) and words[-1].lower() in lexicon().words["determiner"]


def _inside_name(before: str) -> bool:
    """The word before is a capitalised one that is no title and does not open the sentence
    ("Central | Park"; not "Chairman | Park", "The | Park")."""
    words = before.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1][-1] in ".,;:!?":
        return False
    lower = words[-1].lower()
    return lower not in lexicon().titles and lower not in lexicon().honorifics


def _someone(rest: Sequence[str]) -> bool:
    """Words after a first word that can close a person's name: none a title, role, group word,
    function word or time word ("Park Police", "Fox News", "Twitter Tuesday" are no one's names),
    nor a first name ("Trump Donald John Trump" is two names run together)."""
    lex = lexicon()
    for w in rest:
        lower = w.lower()
        if lower in lex.titles or lower in lex.roles or lex.groups.get(lower) or lower in lex.pronouns or lower in lex.first_names:
            return False
        if lower in lex.words["determiner"] or lower in lex.words["preposition"] or lower in lex.words["time"]:
            return False
    return True
