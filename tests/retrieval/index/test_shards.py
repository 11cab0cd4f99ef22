"""A sharded index ranks exactly as rank-bm25 and as the single index: same floats, same order, same answers."""

from __future__ import annotations

import random

import numpy as np
import pytest
from click.testing import CliRunner
from rank_bm25 import BM25Okapi

from bot.cli import cli
from retrieval.engine import Engine
from retrieval.errors import IndexFormatError
from retrieval.index.shards import shard_bounds
from retrieval.index.sharded import open_sharded
from retrieval.index.terms import tokenize
from tests.retrieval.index.conftest import SHARD_COUNTS, reference_top

CORPORA = ("tiny", "wire-700", "wire-2500")
TOP = 10


def queries_for(library, count: int = 40) -> list[list[str]]:
    """Term lists drawn from the corpus's own sentences (so common and rare terms both come up)."""
    rng = random.Random(len(library))
    sentences = [tokenize(library.text(i)) for i in range(len(library))]
    picked = [rng.sample(s, min(len(s), rng.randint(1, 4))) for s in rng.choices([s for s in sentences if s], k=count)]
    common = max(library.segment.counts.vocabulary, key=library.document_frequency)
    return picked + [[common], [common, picked[0][0], common], ["zzunknownzz"], ["zzunknownzz", picked[1][0]]]


def questions_for(library) -> list[str]:
    surnames = [s.name.split()[-1] for s in library.speakers[:4]]
    words = [w for w in tokenize(library.text(len(library) // 2)) if len(w) > 3][:3] or ["road"]
    asked = [f"what did {name} say?" for name in surnames] + [f"what did {surnames[0]} say about {words[0]}?"] if surnames else []
    return asked + [f"who said {w}?" for w in words] + [f"how many {words[0]}?", " ".join(words), "help", "nothing like this zzz"]


@pytest.mark.parametrize(
    "counts, shards",
    [([5], 1), ([1, 1, 1], 3), ([30, 1, 1, 1, 1], 3), ([1] * 10 + [50], 4), ([3, 9, 4, 4, 8, 2, 7, 1], 7)],
)
def test_shard_bounds_are_contiguous_nonempty_and_cover_every_document(counts, shards):
    bounds = shard_bounds(counts, shards)
    assert bounds[0] == 0 and bounds[-1] == len(counts) and len(bounds) == shards + 1
    assert all(a < b for a, b in zip(bounds, bounds[1:]))


@pytest.mark.parametrize("shards", [0, 4])
def test_more_shards_than_documents_is_refused(shards):
    with pytest.raises(IndexFormatError, match="choose between 1 and 3"):
        shard_bounds([2, 2, 2], shards)


@pytest.mark.parametrize("shards", SHARD_COUNTS)
@pytest.mark.parametrize("name", CORPORA)
def test_scores_are_rank_bm25_s_and_the_single_index_s_bit_for_bit(name, shards, single_library, sharded_dir):
    single = single_library(name)
    sharded = open_sharded(sharded_dir(name, shards))
    reference = BM25Okapi([tokenize(single.text(i)) for i in range(len(single))])
    attributed = np.flatnonzero(single.speaker_ids >= 0)
    allowed = single.speaker_ids >= 0
    for query in queries_for(single):
        expected_idx, expected_scores = reference_top(reference, query, TOP)
        hits = sharded.search(query, TOP)
        assert hits.indices.tolist() == expected_idx.tolist(), query
        assert hits.scores.tolist() == expected_scores.tolist(), query  # equal floats, not merely close
        alone = single.search(query, TOP)
        assert (hits.indices.tolist(), hits.scores.tolist()) == (alone.indices.tolist(), alone.scores.tolist())
        restricted = sharded.search(query, TOP, attributed)
        expected_idx, expected_scores = reference_top(reference, query, TOP, allowed)
        assert (restricted.indices.tolist(), restricted.scores.tolist()) == (expected_idx.tolist(), expected_scores.tolist())
        assert sharded.contains(hits.indices, query).tolist() == single.contains(hits.indices, query).tolist()


@pytest.mark.parametrize("shards", SHARD_COUNTS)
@pytest.mark.parametrize("name", CORPORA)
def test_what_the_question_layer_reads_is_the_single_index_s(name, shards, single_library, sharded_dir):
    single = single_library(name)
    sharded = open_sharded(sharded_dir(name, shards))
    assert len(sharded) == len(single) and sharded.shard_count == shards
    assert sharded.speakers == single.speakers
    assert sharded.speaker_ids.tolist() == single.speaker_ids.tolist()
    assert sharded.documents == single.documents
    for term in single.segment.counts.vocabulary[::7] + ("zzunknownzz",):
        assert sharded.document_frequency(term) == single.document_frequency(term)
    for i in range(0, len(single), max(1, len(single) // 60)):
        assert (sharded.sentence(i), sharded.attribution(i), sharded.document_of(i)) == (
            single.sentence(i), single.attribution(i), single.document_of(i)
        )


@pytest.mark.parametrize("shards", SHARD_COUNTS)
@pytest.mark.parametrize("name", CORPORA)
def test_engine_answers_as_on_one_index(name, shards, single_library, sharded_dir):
    single = Engine(single_library(name))
    sharded = Engine(open_sharded(sharded_dir(name, shards)))
    assert sharded.summary() == single.summary()
    for question in questions_for(single.library):
        assert sharded.ask(question) == single.ask(question), question


@pytest.mark.parametrize("name", CORPORA)
def test_quotebot_ask_json_is_the_same_on_every_shard_count(name, parity_corpora, sharded_dir, single_library, tmp_path):
    runner = CliRunner()
    single_dir = tmp_path / "single"
    for question in questions_for(single_library(name))[:4]:
        expected = runner.invoke(cli, ["ask", question, "--json", "--corpus", str(parity_corpora[name]), "--index-dir", str(single_dir)])
        assert expected.exit_code == 0, expected.output
        for shards in SHARD_COUNTS:
            got = runner.invoke(cli, ["ask", question, "--json", "--index-dir", str(sharded_dir(name, shards))])
            assert got.exit_code == 0, got.output
            assert got.stdout == expected.stdout, (question, shards)


def test_ties_across_shards_break_by_global_sentence_id(single_library, sharded_dir):
    single = single_library("tiny")
    sharded = open_sharded(sharded_dir("tiny", 7))
    query = tokenize("Officials said the road was closed.")
    hits = sharded.search(query, TOP)
    copies = [i for i in range(len(single)) if single.text(i) == "Officials said the road was closed."]
    shards_holding = {int(np.searchsorted(sharded._bounds, i, side="right")) - 1 for i in copies}
    assert len(copies) == 8 and len(shards_holding) == 7  # one tie spread over every shard
    tied = [i for i, s in zip(hits.indices.tolist(), hits.scores.tolist()) if s == hits.scores[0]]
    assert tied == copies  # equal scores: lower global id first, as on one index
    assert hits.indices.tolist() == single.search(query, TOP).indices.tolist()


def test_manifest_records_the_statistics_rank_bm25_uses(single_library, sharded_dir):
    import json

    from retrieval.index.generations import SHARDED_VERSION, read_generation

    single = single_library("tiny")
    generation = read_generation(sharded_dir("tiny", 3))
    reference = BM25Okapi([tokenize(single.text(i)) for i in range(len(single))])
    manifest = generation.manifest
    assert manifest["sentences"] == reference.corpus_size and manifest["total_length"] == sum(reference.doc_len)
    assert manifest["idf_floor"] == reference.epsilon * reference.average_idf
    assert list(generation.vocabulary) == list(reference.idf)  # first-occurrence order
    assert generation.df.tolist() == [sum(t in d for d in reference.doc_freqs) for t in reference.idf]
    stored_idf = np.load(generation.folder / "idf.npy")
    assert stored_idf.tolist() == list(reference.idf.values())
    assert json.loads((generation.folder / "global.json").read_text())["version"] == SHARDED_VERSION
