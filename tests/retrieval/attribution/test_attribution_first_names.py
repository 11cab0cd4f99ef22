"""First names from the SSA counts: a pronoun finds the bearer of a name the hand list lacks, an
untitled pair of such a name is a person, and the derivation keeps only names that are clearly
one sex, frequent, and neither common words nor mostly surnames."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.attribution.derive_first_names import MIN_BEARERS, count_bearers, derive
from retrieval.attribution.lexicon import lexicon

ROWS = [
    (
        "a pronoun skips the man for a woman named outside the hand list",
        "Felix Tshisekedi met Christiane Amanpour in Kinshasa.\n\n\"We will not give up,\" she said.",
        [None, "Christiane Amanpour"],
    ),
    (
        "a pronoun skips the woman for the man",
        "Christiane Amanpour met Felix Tshisekedi in Kinshasa.\n\n\"We will not give up,\" he said.",
        [None, "Felix Tshisekedi"],
    ),
    ("an untitled pair is a person", "Kelvin MacKenzie was in the studio.\n\nHe said the paper had lied.", [None, "Kelvin MacKenzie"]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_first_names(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, gender", [("christiane", "female"), ("felix", "male"), ("john", "male"), ("kelvin", "male")])
def test_table_holds_names_beyond_the_hand_list(name: str, gender: str) -> None:
    assert lexicon().first_names[name] == gender


@pytest.mark.parametrize("word", ["will", "grant", "warren", "clinton", "jordan", "india", "june"])
def test_table_leaves_out_words_surnames_places_and_shared_names(word: str) -> None:
    assert word not in lexicon().first_names


def test_derive_applies_every_rule(tmp_path: Path) -> None:
    many = MIN_BEARERS
    (tmp_path / "yob2000.txt").write_text(
        f"Christiane,F,{many}\nChristiane,M,10\nFelix,M,{many}\nJordan,M,{many}\nJordan,F,{many}\n"
        f"Grant,M,{many}\nWarren,M,{many}\nBob,M,{many}\nRarename,F,{many // 4}\nIndia,F,{many}\n",
        encoding="utf-8",
    )
    (tmp_path / "yob2001.txt").write_text(f"Rarename,F,{many // 4}\nFelix,F,10\n", encoding="utf-8")
    counts = count_bearers(tmp_path)
    assert counts["felix"] == {"F": 10, "M": many}
    table = derive(counts, {"warren": 2 * many}, frozenset({"grant"}), frozenset({"india"}))
    # Jordan is shared, Grant a common word, Warren mostly a surname, India excluded, Rarename rare.
    assert table == {"christiane": "female", "felix": "male", "bob": "male"}
