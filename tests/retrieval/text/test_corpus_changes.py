"""``relist`` gives what listing the corpus again gives, or None when only listing can tell."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from retrieval.text.corpus import list_corpus
from retrieval.text.corpus_changes import relist


def _write(path: Path, text: str = "Some text.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    one, two = tmp_path / "one", tmp_path / "two"
    for name in ("b.txt", "d.txt", "sub/a.txt", "sub/z.txt", "sub.txt", "sub-x/k.txt", "clash.txt", "deep/clash.txt"):
        _write(one / name)
    _write(two / "m.txt")
    _write(two / "n.txt")
    return [one, two]


def test_random_adds_changes_and_removals_equal_a_new_listing(corpus: list[Path]) -> None:
    rng = random.Random(5)
    relisted = 0
    names = ["a.txt", "c.txt", "e.txt", "sub/b.txt", "sub/y.txt", "sub-x/a.txt", "new/deeper/q.txt", "0.txt", "~.txt"]
    for _ in range(60):
        previous = list_corpus(corpus)
        changed = []
        for _ in range(rng.randint(1, 3)):
            path = rng.choice(corpus) / rng.choice(names + ["b.txt", "sub/a.txt"])
            if path.exists() and rng.random() < 0.4:
                path.unlink()
            else:
                _write(path, "x" * rng.randint(1, 50))
            changed.append(path)
        got = relist(corpus, previous, changed)
        if got is not None:  # None only where a name clash or an emptied folder needs a listing
            assert got == list_corpus(corpus)
            relisted += 1
    assert relisted >= 15  # the rest named a file two files share


def test_an_added_file_is_placed_and_named_as_listing_does(corpus: list[Path]) -> None:
    previous = list_corpus(corpus)
    added = _write(corpus[0] / "sub" / "c.txt")
    got = relist(corpus, previous, [added])
    assert got == list_corpus(corpus)
    assert got is not None and got[[f.path for f in got].index(str(added))].document == "c.txt"


def test_files_outside_the_corpus_or_not_articles_change_nothing(corpus: list[Path], tmp_path: Path) -> None:
    previous = list_corpus(corpus)
    outside = _write(tmp_path / "elsewhere" / "x.txt")
    other = _write(corpus[0] / "notes.md")
    assert relist(corpus, previous, [outside, other]) == previous


@pytest.mark.parametrize("case", ["clash added", "clash removed", "folder moved in", "folder moved out", "link", "emptied"])
def test_what_a_change_cannot_tell_lists_again(corpus: list[Path], tmp_path: Path, case: str) -> None:
    previous = list_corpus(corpus)
    if case == "clash added":  # both files of one name are then named by their paths
        changed = _write(corpus[0] / "sub" / "b.txt")
    elif case == "clash removed":  # the other file of that name is named by its file name again
        changed = corpus[0] / "deep" / "clash.txt"
        changed.unlink()
    elif case == "folder moved in":
        _write(tmp_path / "staging" / "f.txt")
        changed = corpus[0] / "moved"
        os.rename(tmp_path / "staging", changed)
    elif case == "folder moved out":
        changed = corpus[0] / "sub"
        os.rename(changed, tmp_path / "gone")
    elif case == "link":
        changed = corpus[0] / "link.txt"
        changed.symlink_to(corpus[1] / "m.txt")
    else:  # a folder left without articles is an error that listing reports
        changed = [corpus[1] / "m.txt", corpus[1] / "n.txt"]
        for f in changed:
            f.unlink()
    assert relist(corpus, previous, changed if isinstance(changed, list) else [changed]) is None


def test_a_corpus_named_by_its_files_is_listed_again(corpus: list[Path]) -> None:
    files = [corpus[0] / "b.txt", corpus[1]]
    assert relist(files, list_corpus(files), [corpus[0] / "b.txt"]) is None
