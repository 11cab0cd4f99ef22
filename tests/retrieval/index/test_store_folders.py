"""Saved index folders: another corpus's index, a folder that is no index, what an interrupted
write left, and files too large to read are all refused or cleaned, never used."""

import json
import os

import pytest

from retrieval.errors import IndexCorpusError, IndexFormatError
from retrieval.index import files as index_files
from retrieval.index.store import build_index, open_index
from tests.retrieval.index.test_store import ARTICLES, write_store_corpus


@pytest.fixture
def corpus(tmp_path):
    return write_store_corpus(tmp_path)


def test_a_folder_that_is_no_index_is_refused_before_the_corpus_is_read(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "precious.txt").write_text("keep me", encoding="utf-8")
    # The corpus path does not even exist: the index folder is checked first.
    with pytest.raises(IndexFormatError, match="not a quotebot index"):
        open_index([tmp_path / "missing"], folder)
    assert (folder / "precious.txt").read_text(encoding="utf-8") == "keep me"


def test_index_of_another_corpus_is_neither_used_nor_replaced(corpus, tmp_path):
    index = tmp_path / "index"
    other = tmp_path / "other"
    other.mkdir()
    (other / "e.txt").write_text("The harbour master said the pier would reopen.", encoding="utf-8")
    open_index([corpus], index)
    manifest = (index / index_files.MANIFEST).read_bytes()
    with pytest.raises(IndexCorpusError, match="holds the index of another corpus") as raised:
        open_index([other], index)
    assert str(corpus.resolve()) in str(raised.value) and str(other.resolve()) in str(raised.value)
    assert (index / index_files.MANIFEST).read_bytes() == manifest  # untouched
    report = build_index([other], index, rebuild=True)  # asked for: replaced
    assert report.saved and report.documents == 1
    assert open_index([other], index).report.reused == 1


def test_index_saved_before_corpora_were_recorded_is_taken_as_this_ones(corpus, tmp_path):
    index = tmp_path / "index"
    open_index([corpus], index)
    manifest = json.loads((index / index_files.MANIFEST).read_text(encoding="utf-8"))
    del manifest["corpus"]
    (index / index_files.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert open_index([corpus], index).report.reused == len(ARTICLES)


def test_opening_an_index_removes_what_an_interrupted_write_left(corpus, tmp_path):
    import subprocess
    import sys

    index = tmp_path / "index"
    open_index([corpus], index)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a writer killed with -9 leaves its folder behind, named with its process id
    leftover = tmp_path / f".index.tmp-{gone.pid}-0123abcd"
    leftover.mkdir()
    (leftover / "numbers.npy").write_bytes(b"half")
    mine = tmp_path / f".index.tmp-{os.getpid()}-0123abcd"  # a live writer's folder stays
    mine.mkdir()
    open_index([corpus], index)
    assert not leftover.exists() and mine.exists()


def test_file_too_large_is_skipped_once_and_remembered(corpus, tmp_path):
    from retrieval.text.corpus import MAX_ARTICLE_BYTES

    (corpus / "dump.txt").write_bytes(b"word " * (MAX_ARTICLE_BYTES // 5 + 1))
    index = tmp_path / "index"
    first = open_index([corpus], index).report
    assert [s.reason.split(" (")[0] for s in first.newly_skipped] == ["too large for one article"]
    again = open_index([corpus], index).report
    assert again.reused == len(ARTICLES) + 1 and again.newly_skipped == () and len(again.skipped) == 1
