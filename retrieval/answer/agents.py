"""A role named by who does it ("owner", "pollster", "runner") and a description saying what they
do ("who owns several bars", "of YouGov polling", "runs the shelter"): the agent noun's base.

English makes a doer's noun from a verb or noun with "-er" or "-ster" ("own" -> "owner",
"poll" -> "pollster", "run" -> "runner", "manage" -> "manager"); a question naming the doer is
matched, once the words as asked found nobody, against the descriptions' words of the base.
The endings are ``agent_suffixes.txt``; not "-or", whose nouns are established roles of their own
("governor" is no "government" speaker, "senator" no "Senate" committee).
"""

from __future__ import annotations

from retrieval.lexicon import lines

__all__ = ["agent_bases", "MIN_BASE"]

# A base shorter than this says too little of a doing: "own", "run" and "sue" are three.
MIN_BASE = 3
_VOWELS = frozenset("aeiou")


def agent_bases(word: str) -> tuple[str, ...]:
    """The words ``word`` may be the doer's noun of, in the order tried; () when it is none.

    "owner" -> ("own", "owne"); "pollster" -> ("poll", "pollst"); "runner" -> ("runn", "run");
    "manager" -> ("manag", "manage"). A word whose base would be shorter than ``MIN_BASE``, or
    has no vowel ("her"), is no doer's noun.
    """
    word = word.lower()
    out: list[str] = []
    for suffix in lines("agent_suffixes.txt")[0].split():
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < MIN_BASE or not _VOWELS & set(base):
            continue
        out.append(base)
        if suffix == "er" and len(base) > MIN_BASE and base[-1] == base[-2] and base[-1] not in _VOWELS:
            out.append(base[:-1])  # "runner" -> "run"
        elif suffix == "er" and base[-1] not in _VOWELS:
            out.append(base + "e")  # "manager" -> "manage", "driver" -> "drive"
    return tuple(dict.fromkeys(out))
