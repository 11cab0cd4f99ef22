"""A stop inside a party-and-state tag ("R-Ky.,") ends no sentence: no sentence opens with a comma."""

from __future__ import annotations

import pytest

from retrieval.text.fixes import merge_comma_openers
from retrieval.text.sentences import split_text

CASES = [
    ("Sen. Jo Bloggs, R-Ky., told reporters the vote would wait. Nobody objected.",
     ["Sen. Jo Bloggs, R-Ky., told reporters the vote would wait.", "Nobody objected."]),
    ("Rep. Ann Vale, D-Calif., said in a letter that the rule was unfair.",
     ["Rep. Ann Vale, D-Calif., said in a letter that the rule was unfair."]),
    # a tag closing the sentence is still its end
    ("The bill was written by Rep. Ann Vale, D-Calif. It passed on Monday.",
     ["The bill was written by Rep. Ann Vale, D-Calif.", "It passed on Monday."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_party_tag_keeps_its_sentence_whole(text: str, expected: list[str]) -> None:
    assert split_text(text) == expected


def test_merge_comma_openers_on_given_spans() -> None:
    text = "Sen. Jo Bloggs, R-Ky., told us; then left. Fine."
    tag, semicolon, fine = text.index(", told"), text.index("; then"), text.index("Fine")
    spans = [(0, tag), (tag, semicolon), (semicolon, fine - 1), (fine, len(text))]
    assert merge_comma_openers(text, spans) == [(0, fine - 1), (fine, len(text))]
