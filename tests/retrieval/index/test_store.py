"""Saved index: same answers as in memory, refreshed per changed file, never trusted when damaged."""

import json
import os

import numpy as np
import pytest

from retrieval.errors import CorpusError, IndexFormatError, IndexWriteError
from retrieval.index import files as index_files
from retrieval.index.store import build_index, load_library, open_index, open_library
from retrieval.index.terms import tokenize

ARTICLES = {
    "a.txt": " date 2020-01-08 world\n\nIran fired 15 missiles at US targets, state television said. "
    "“All is well!” Trump said on Twitter.\n\nIraq said 22 rockets were launched.",
    "b.txt": "The central bank said inflation rose to 3.5% in December. Oil prices fell.\n\n"
    "“We expect inflationary pressure to ease,” the governor told reporters.",
    "c.txt": "Police said 5,000 people marched in Baghdad. One source said there were casualties.",
    "d.txt": "The ministry said in a statement that talks would resume in Geneva.",
}
QUESTIONS = ["casualties", "missiles fired", "inflation", "oil prices", "said", "Geneva talks", "nothing here"]


@pytest.fixture
def corpus(tmp_path):
    return write_store_corpus(tmp_path)


def write_store_corpus(tmp_path):
    """The four articles above in ``tmp_path/corpus``."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def answers(library):
    """Everything a question can see: sentences, speakers, documents and rankings."""
    sentences = [(library.sentence(i), library.attribution(i)) for i in range(len(library))]
    documents = [(d.document, d.date, d.tags, d.first_sentence, d.sentence_count) for d in library.documents]
    hits = [library.search(tokenize(q), 10) for q in QUESTIONS]
    return sentences, documents, [(h.indices.tolist(), h.scores.tolist()) for h in hits], library.speakers


def fresh(corpus):
    return answers(open_library([corpus], None)[0])


def test_saved_index_answers_like_memory(corpus, tmp_path):
    index = tmp_path / "index"
    built, report = open_index([corpus], index)
    assert report.saved and report.processed == 4 and report.reused == 0
    loaded, again = open_index([corpus], index)
    assert not again.saved and again.reused == 4 and again.processed == 0 and again.warnings == ()
    assert answers(loaded) == answers(built) == fresh(corpus)
    assert isinstance(loaded.segment.numbers, np.memmap)  # loaded from disk, not rebuilt


def test_build_index_reports_counts(corpus, tmp_path):
    report = build_index([corpus], tmp_path / "index")
    library, _ = open_library([corpus], None)
    assert (report.documents, report.sentences, report.quotes) == (4, len(library), int((library.speaker_ids >= 0).sum()))
    assert build_index([corpus], tmp_path / "index").reused == 4
    assert build_index([corpus], tmp_path / "index", rebuild=True).processed == 4


def modify(corpus):
    (corpus / "b.txt").write_text("The central bank said inflation fell sharply. Oil prices rose.", encoding="utf-8")


def add(corpus):
    (corpus / "e.txt").write_text("Officials said casualties were rising in Tehran.", encoding="utf-8")


def remove(corpus):
    (corpus / "c.txt").unlink()


def same_size_new_content(corpus):
    text = (corpus / "d.txt").read_text(encoding="utf-8")
    (corpus / "d.txt").write_text(text.replace("Geneva", "Vienna"), encoding="utf-8")
    os.utime(corpus / "d.txt", ns=(1, 1))


def touch_only(corpus):
    os.utime(corpus / "a.txt", ns=(10**18, 10**18))


@pytest.mark.parametrize(
    "change, processed, reused",
    [(modify, 1, 3), (add, 1, 4), (remove, 0, 3), (same_size_new_content, 1, 3), (touch_only, 0, 4)],
)
def test_only_changed_files_are_processed(corpus, tmp_path, change, processed, reused):
    index = tmp_path / "index"
    open_index([corpus], index)
    change(corpus)
    refreshed, report = open_index([corpus], index)
    assert (report.processed, report.reused) == (processed, reused)
    assert answers(refreshed) == fresh(corpus)
    reloaded, again = open_index([corpus], index)
    assert again.processed == 0 and not again.saved
    assert answers(reloaded) == fresh(corpus)


def test_skipped_files_are_remembered(corpus, tmp_path):
    (corpus / "binary.txt").write_bytes(b"\xff\xfe\x00\x01garbage")
    index = tmp_path / "index"
    _, first = open_index([corpus], index)
    _, second = open_index([corpus], index)
    assert [s.path for s in first.skipped] == [s.path for s in second.skipped] == [str((corpus / "binary.txt").resolve())]
    assert second.processed == 0


def truncate(index):
    path = index / "post_scores.npy"
    path.write_bytes(path.read_bytes()[:-9])


def flip_a_byte(index):
    path = index / "post_scores.npy"
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x40  # a score changes: sizes and headers still look right
    path.write_bytes(bytes(data))


def delete_part(index):
    (index / "vocabulary.json").unlink()


def garbage_manifest(index):
    (index / "manifest.json").write_bytes(b"\x00{not json")


def truncated_manifest(index):
    path = index / "manifest.json"
    path.write_bytes(path.read_bytes()[:40])


def other_version(index):
    manifest = json.loads((index / "manifest.json").read_text())
    manifest["version"] = index_files.FORMAT_VERSION + 1
    (index / "manifest.json").write_text(json.dumps(manifest))


def swapped_part(index):
    os.replace(index / "term_max.npy", index / "idf.npy")
    (index / "term_max.npy").write_bytes((index / "idf.npy").read_bytes())


@pytest.mark.parametrize("damage", [truncate, flip_a_byte, delete_part, garbage_manifest, truncated_manifest, other_version, swapped_part])
def test_damaged_index_is_rebuilt_never_used(corpus, tmp_path, damage):
    index = tmp_path / "index"
    open_index([corpus], index)
    damage(index)
    with pytest.raises(IndexFormatError):
        load_library(index)
    library, report = open_index([corpus], index)
    assert report.warnings and "rebuilt" in report.warnings[0]
    assert report.processed == 4 and report.saved
    assert answers(library) == fresh(corpus)
    assert open_index([corpus], index)[1].warnings == ()


def test_interrupted_write_leaves_the_previous_index(corpus, tmp_path, monkeypatch):
    index = tmp_path / "index"
    open_index([corpus], index)
    before = answers(open_index([corpus], index)[0])
    add(corpus)

    def killed(*args):
        raise KeyboardInterrupt  # as if the process stopped just before the index was swapped in

    monkeypatch.setattr(index_files.os, "rename", killed)
    with pytest.raises(KeyboardInterrupt):
        open_index([corpus], index)
    monkeypatch.undo()
    assert answers(load_library(index)) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".index.lock") == ["corpus", "index"]  # the lock stays


def test_leftover_partial_folder_never_loads_and_is_cleaned(corpus, tmp_path):
    index = tmp_path / "index"
    leftover = tmp_path / ".index.tmp-999999999-deadbeef"  # a write killed with SIGKILL
    leftover.mkdir()
    (leftover / "numbers.npy").write_bytes(b"partial")
    with pytest.raises(IndexFormatError):
        load_library(index)
    library, report = open_index([corpus], index)
    assert report.warnings == () and answers(library) == fresh(corpus)
    assert not leftover.exists()


def test_refuses_to_replace_a_folder_that_is_not_an_index(corpus, tmp_path):
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "todo.md").write_text("keep me")
    with pytest.raises(IndexFormatError, match="not a quotebot index"):
        build_index([corpus], precious)
    assert (precious / "todo.md").read_text() == "keep me"


@pytest.mark.parametrize("paths", [[], ["missing-folder"]])
def test_bad_corpus_paths_raise_corpus_error(tmp_path, paths):
    with pytest.raises(CorpusError):
        open_library([tmp_path / p for p in paths] if paths else [], tmp_path / "index")


def test_engine_from_saved_index_answers_like_memory(corpus, tmp_path):
    from retrieval.engine import Engine

    in_memory, skipped = Engine.from_paths([corpus])
    Engine.from_paths([corpus], tmp_path / "index")
    from_disk, skipped_too = Engine.from_paths([corpus], tmp_path / "index")
    assert skipped == skipped_too == ()
    for question in ["who said casualties?", "inflation", "how many missiles were fired?"]:
        assert from_disk.ask(question) == in_memory.ask(question)


def test_progress_reports_each_stage_in_order(corpus, tmp_path):
    calls = []
    build_index([corpus], tmp_path / "index", lambda stage, done, total: calls.append((stage, done, total)))
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages == ["reading", "indexing", "saving"]
    assert ("reading", 4, 4) in calls and all(0 <= done <= total for _, done, total in calls)


def test_unwritable_index_folder_answers_from_memory_but_index_command_fails(corpus, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    index = blocker / "index"  # cannot be created under a file
    library, report = open_index([corpus], index)
    assert not report.saved and "cannot write the index" in report.warnings[0]
    assert answers(library) == fresh(corpus)
    with pytest.raises(IndexWriteError, match="writable folder"):
        build_index([corpus], index)


def test_damaged_file_list_in_manifest_is_rebuilt(corpus, tmp_path):
    index = tmp_path / "index"
    build_index([corpus], index)
    manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"] = "abc"
    (index / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    library, report = open_index([corpus], index)
    assert report.saved and report.processed == 4 and "damaged" in report.warnings[0]
    assert answers(library) == fresh(corpus)


@pytest.mark.parametrize(
    "edit",
    [
        lambda entry: entry.pop("blake2b"),
        lambda entry: entry.update(size="12"),
        lambda entry: entry.update(document=1.5),
    ],
)
def test_a_hand_edited_file_entry_is_refused_where_the_manifest_is_read(corpus, tmp_path, edit):
    index = tmp_path / "index"
    build_index([corpus], index)
    manifest = json.loads((index / "manifest.json").read_text(encoding="utf-8"))
    edit(manifest["files"][0])
    (index / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexFormatError, match="file list is damaged"):
        index_files.load_index(index)
