"""A person an article names: their name, key, gender, description and the sentences naming them
(what ``people.scan_people`` finds and ``resolve`` links mentions to)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

__all__ = ["Person", "is_initial", "person_key"]


@dataclass
class Person:
    name: str
    surname: str  # lower case
    key: tuple[str, str]  # (first name, surname) lower case: "Donald J. Trump" is "Donald Trump"
    gender: str | None
    description: str | None
    mentions: list[int] = field(default_factory=list)  # sentence numbers naming them in full
    subject_of: list[int] = field(default_factory=list)  # sentences they open as the subject
    first_at: dict[int, int] = field(default_factory=dict)  # sentence -> character offset of their first mention there
    opens_clause: list[int] = field(default_factory=list)  # sentences whose main clause they open after an opening phrase
    addressed: list[int] = field(default_factory=list)  # sentences naming them as the one spoken to ("told Jo Bloggs")


def is_initial(word: str) -> bool:
    """A middle initial ("J." in "Donald J. Trump"), left out of the person's key."""
    return len(word.rstrip(".")) == 1


def person_key(words: Sequence[str]) -> tuple[str, str]:
    return words[0].lower(), words[-1].lower()
