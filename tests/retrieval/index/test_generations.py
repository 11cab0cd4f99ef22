"""Sharded index on disk: generations swapped atomically, damage refused, other folders left alone."""

from __future__ import annotations

import json

import numpy as np
import pytest

from retrieval.engine import Engine
from retrieval.errors import CorpusError, IndexFormatError
from retrieval.index.generations import POINTER, read_generation
from retrieval.index.sharded import build_sharded_index, open_sharded
from tests.retrieval.index.conftest import TINY


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TINY.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def generations(index):
    return sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))


def test_each_build_is_a_new_generation_swapped_in_and_readers_keep_theirs(corpus, tmp_path):
    index = tmp_path / "index"
    build_sharded_index([corpus], index, 3)
    first = Engine(open_sharded(index))
    before = first.ask("who said the road was closed?")
    (corpus / "zz.txt").write_text("Officials said the road was closed again. Engineers said the road was safe.", encoding="utf-8")
    build_sharded_index([corpus], index, 3)
    assert len(generations(index)) == 2
    assert json.loads((index / POINTER).read_text())["generation"] == generations(index)[-1]
    assert first.ask("who said the road was closed?") == before  # an open reader keeps its generation
    second = Engine(open_sharded(index))
    assert len(second.library) == len(first.library) + 2
    assert any(q.document == "zz.txt" for q in second.ask("road safe").answers)
    build_sharded_index([corpus], index, 2)
    assert len(generations(index)) == 2 and read_generation(index).manifest["shards"][1]["name"] == "shard-001"


def test_a_failed_build_leaves_the_current_generation(corpus, tmp_path):
    index = tmp_path / "index"
    build_sharded_index([corpus], index, 2)
    current = (index / POINTER).read_text()
    with pytest.raises(CorpusError):
        build_sharded_index([tmp_path / "missing"], index, 2)
    with pytest.raises(IndexFormatError, match="choose between 1 and 8"):
        build_sharded_index([corpus], index, 9)
    assert (index / POINTER).read_text() == current
    assert sorted(p.name for p in index.iterdir()) == sorted([POINTER, *generations(index)])  # no half-written folder


def flip_df(folder):
    path = folder / "df.npy"
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x10
    path.write_bytes(bytes(data))


def drop_vocabulary(folder):
    (folder / "vocabulary.json").unlink()


def other_version(folder):
    manifest = json.loads((folder / "global.json").read_text())
    manifest["version"] = 99
    (folder / "global.json").write_text(json.dumps(manifest))


def damaged_shard(folder):
    path = folder / "shard-001" / "post_scores.npy"
    path.write_bytes(path.read_bytes()[:-8])


@pytest.mark.parametrize("damage", [flip_df, drop_vocabulary, other_version, damaged_shard])
def test_a_damaged_generation_is_refused(corpus, tmp_path, damage):
    index = tmp_path / "index"
    build_sharded_index([corpus], index, 3)
    damage(read_generation(index).folder)
    with pytest.raises(IndexFormatError):
        open_sharded(index)


def test_a_folder_that_is_no_sharded_index_is_refused_before_any_work(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(IndexFormatError, match="not a sharded quotebot index"):
        build_sharded_index([tmp_path / "missing"], folder, 2)
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
    with pytest.raises(IndexFormatError, match="no sharded index"):
        read_generation(tmp_path / "nothing-here")


def test_speaker_ids_in_the_global_parts_follow_the_merged_speaker_table(corpus, tmp_path):
    index = tmp_path / "index"
    build_sharded_index([corpus], index, 4)
    generation = read_generation(index)
    names = [s.name for s in generation.speakers]
    counts = np.bincount(np.asarray(generation.speaker_ids)[np.asarray(generation.speaker_ids) >= 0], minlength=len(names))
    assert counts.tolist() == [s.quote_count for s in generation.speakers]


def test_a_generation_left_by_a_killed_build_is_removed_by_the_next_build(corpus, tmp_path):
    import os

    index = tmp_path / "index"
    build_sharded_index([corpus], index, 2)
    killed = index / ".tmp-gen-000009-deadbeef-999999999"  # its writer is gone
    killed.mkdir()
    (killed / "df.npy").write_bytes(b"partial")
    running = index / f".tmp-gen-000010-cafebabe-{os.getpid()}"  # a build still going on
    running.mkdir()
    build_sharded_index([corpus], index, 2)
    assert not killed.exists() and running.exists()
    assert len(generations(index)) == 2 and len(open_sharded(index)) > 0
