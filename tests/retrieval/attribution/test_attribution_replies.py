"""A reply's "he"/"she" is the one just spoken to, or the other side of an exchange, never the
last speaker again; a pronoun with another cue, or a reply with nobody else to give it to, keeps
the pronoun's own rules."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "the one the question was put to",
        "Mike Pompeo met Mary Louise Kelly.\n\n\"Do you owe her an apology?\" Kelly asked Pompeo.\n\n\"I agreed to come on your show to talk about Iran,\" he responded.",
        [None, "Mary Louise Kelly", "Mike Pompeo"],
    ),
    (
        "the other side of an exchange",
        "Pete Buttigieg met the board.\n\n\"That is false,\" said Buttigieg.\n\n\"You worked for a company that fixed prices,\" said Binyamin Appelbaum.\n\n\"No, I worked for a consulting firm,\" he responded.",
        [None, "Pete Buttigieg", "Binyamin Appelbaum", "Pete Buttigieg"],
    ),
    # negative rows: the rule must not fire
    (
        "another cue keeps the last speaker",
        "Pete Buttigieg met the board.\n\n\"That is false,\" said Buttigieg.\n\n\"You worked for a company that fixed prices,\" said Binyamin Appelbaum.\n\n\"It was in the filings,\" he added.",
        [None, "Pete Buttigieg", "Binyamin Appelbaum", "Binyamin Appelbaum"],
    ),
    (
        "a reply the pronoun's rules give to someone other than the last speaker",
        "\"The plan is sound,\" said John Carter.\n\n\"It is not,\" said Mary Smith.\n\n\"We will see,\" he replied.",
        ["John Carter", "Mary Smith", "John Carter"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_replies(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
