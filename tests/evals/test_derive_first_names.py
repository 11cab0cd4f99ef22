"""The first-name derivation keeps only names that are clearly one sex, frequent, and neither
common words, nor mostly surnames, nor left out by name."""

from __future__ import annotations

from pathlib import Path

from evals.derive_first_names import MIN_BEARERS, count_bearers, derive


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
