"""A surname written one letter off: "Judge Thad Balkman ... Balman said", "Michael Ullmann ... Ullman
went on to say", "Jessica Vaughan ... Vaughn said".

Copy is not always proofread: a bare surname that names nobody in the article but differs by one
letter (one added, dropped, changed or two swapped) from the surname of exactly one person named in
full before it is that person. Pure; ``resolve.Resolver`` asks only after no surname matched.
"""

from __future__ import annotations

from typing import Iterable

from retrieval.attribution.person import Person

__all__ = ["misspelt", "one_letter_off", "MIN_MISSPELT_LETTERS"]

# Shorter names are too often other names one letter away ("Lee" / "Lea", "Cain" / "Kain", "Gray" / "Grey").
MIN_MISSPELT_LETTERS = 5


def one_letter_off(a: str, b: str) -> bool:
    """Whether two different words differ by one letter added, dropped or changed, or by two
    neighbouring letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1 or swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[k:] == long[k + 1 :]


def misspelt(people: Iterable[Person], word: str, index: int) -> Person | None:
    """The one person named in full before sentence ``index`` whose surname ``word`` misspells, if
    there is exactly one. The first letter is kept (a misprint rarely starts a name), and a plural
    or possessive ("the Clintons") is a form of the name, not a misprint of it."""
    lowered = word.lower().rstrip(".")
    if len(lowered) < MIN_MISSPELT_LETTERS or not lowered.isalpha():
        return None
    found = [
        p
        for p in people
        if p.key[0]
        and p.surname[:1] == lowered[:1]
        and len(p.surname) >= MIN_MISSPELT_LETTERS
        and p.surname.isalpha()  # "Sanders’" is a possessive read into a name, not a spelling
        and lowered != p.surname + "s"
        and any(m <= index for m in p.mentions)
        and one_letter_off(lowered, p.surname)
    ]
    return found[0] if len(found) == 1 else None
