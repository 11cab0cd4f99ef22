"""retrieval.index.bm25 must give rank-bm25's BM25Okapi scores exactly, and its top-k order."""

import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval.index import pruning, scoring
from retrieval.index.bm25 import BM25Index, bm25_arrays
from retrieval.index.vocabulary import TermCounts


def zipf_corpus(seed, sentences, vocabulary, max_len=30):
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(vocabulary)]
    weights = [1 / (i + 1) for i in range(vocabulary)]
    corpus = [rng.choices(words, weights, k=rng.randint(0, max_len)) for _ in range(sentences)]
    queries = [rng.choices(words, weights, k=rng.randint(1, 5)) for _ in range(60)]
    queries += [[words[0], words[-1]], [words[0], words[1], words[0]], ["unknown"], ["unknown", words[3]]]
    return corpus, queries


def index_of(corpus, chunk=7):
    # Counted in chunks and merged, as worker processes do, to test the renumbering too.
    counts = TermCounts.concat([TermCounts.count(corpus[i : i + chunk]) for i in range(0, len(corpus), chunk)])
    a = bm25_arrays(counts.ptr, counts.terms, counts.tfs, len(counts.vocabulary))
    index = BM25Index(a["term_ptr"], a["post_sentences"], a["post_scores"], a["term_max"], len(counts))
    ids = {t: i for i, t in enumerate(counts.vocabulary)}
    return index, lambda query: [ids.get(t, -1) for t in query]


def reference_top(reference, query, k, allowed=None):
    scores = reference.get_scores(query)
    matching = np.array([any(t in doc for t in query) for doc in reference.doc_freqs], bool)
    if allowed is not None:
        matching &= allowed
    idx = np.flatnonzero(matching)
    order = np.lexsort((idx, -scores[idx]))[:k]
    return idx[order], scores[idx][order]


CORPORA = {
    "one sentence": ([["iran", "fire", "missil"]], [["iran"], ["missil", "iran"], ["iraq"]]),
    "two sentences": (
        [["iran", "fire", "missil"], ["iraq", "fire", "rocket"]],
        [["fire"], ["iran"], ["fire", "iran"], ["fire", "fire"], ["nobodi"]],
    ),
    "with an empty sentence": ([["a", "b"], [], ["b", "c", "c"]], [["a"], ["b"], ["c", "b"], ["b", "b", "a"]]),
    "all identical": ([["x", "y"]] * 5, [["x"], ["y", "x"]]),
    "small zipf": zipf_corpus(1, 300, 200),
    "large zipf": zipf_corpus(2, 6000, 2000),
}


@pytest.mark.parametrize("name", CORPORA)
@pytest.mark.parametrize("k", [1, 10, 100_000])
def test_scores_and_order_equal_rank_bm25(name, k):
    corpus, queries = CORPORA[name]
    reference = BM25Okapi(corpus)
    index, ids = index_of(corpus)
    for query in queries:
        expected_idx, expected_scores = reference_top(reference, query, k)
        hits = index.search(ids(query), k)
        assert hits.indices.tolist() == expected_idx.tolist(), query
        # Same operations in the same order: equal, not merely close.
        assert hits.scores.tolist() == expected_scores.tolist(), query


@pytest.mark.parametrize("name", ["one sentence", "two sentences", "all identical"])
def test_tiny_corpora_match_by_containment_not_by_score(name):
    corpus, queries = CORPORA[name]
    reference = BM25Okapi(corpus)
    index, ids = index_of(corpus)
    for query in queries:
        hits = index.search(ids(query), 10)
        containing = [i for i, doc in enumerate(corpus) if set(query) & set(doc)]
        assert sorted(hits.indices.tolist()) == containing
    # The trap itself: rank-bm25 gives these matching sentences scores of zero or below.
    assert min(reference.get_scores(corpus[0][:1])) <= 0


@pytest.mark.parametrize("size", [5, 50, 3000])
def test_candidates_restrict_the_hits(size):
    corpus, queries = CORPORA["large zipf"]
    reference = BM25Okapi(corpus)
    index, ids = index_of(corpus)
    rng = np.random.default_rng(size)
    for query in queries:
        candidates = rng.choice(len(corpus), size, replace=False)
        allowed = np.zeros(len(corpus), bool)
        allowed[candidates] = True
        expected_idx, expected_scores = reference_top(reference, query, 10, allowed)
        hits = index.search(ids(query), 10, candidates)
        assert hits.indices.tolist() == expected_idx.tolist()
        assert hits.scores.tolist() == expected_scores.tolist()


@pytest.mark.parametrize("size", [50, 3000])
def test_candidates_in_any_form_give_the_same_hits(size):
    """Ascending pools, pools given again (their mask kept), unsorted ones with repeats and
    numbers out of range, and plain lists all restrict the hits alike."""
    corpus, queries = CORPORA["large zipf"]
    reference = BM25Okapi(corpus)
    index, ids = index_of(corpus)
    rng = np.random.default_rng(size)
    pool = np.sort(rng.choice(len(corpus), size, replace=False))  # one pool asked again and again
    for query in queries:
        allowed = np.zeros(len(corpus), bool)
        allowed[pool] = True
        expected = reference_top(reference, query, 10, allowed)
        shuffled = np.concatenate([rng.permutation(pool), pool[:7], [-3, len(corpus), len(corpus) + 9]])
        for candidates in (pool, pool, shuffled, pool.tolist(), pool.astype(np.int32)):
            hits = index.search(ids(query), 10, candidates)
            assert hits.indices.tolist() == expected[0].tolist()
            assert hits.scores.tolist() == expected[1].tolist()


def test_common_term_pruning_is_used_and_exact():
    corpus, queries = zipf_corpus(3, 6000, 2000)
    index, ids = index_of(corpus)
    used = 0
    for query in queries:
        terms = [t for t in ids(query) if t >= 0]
        if not terms:
            continue
        pruned = index._search_pruned(terms, 10)
        full = index._search_all(terms, 10)
        if pruned is not None:
            used += 1
            assert pruned.indices.tolist() == full.indices.tolist()
            assert pruned.scores.tolist() == full.scores.tolist()
    assert used >= 5


def test_pruning_on_the_most_frequent_term_alone_is_used_and_exact(monkeypatch):
    """With no term in more than the common share, the most frequent one is looked up only for
    the others' candidates when its postings outnumber theirs: the same hits and scores."""
    monkeypatch.setattr(pruning, "PRUNE_FRACTION", 1.0)  # no term is common by its share
    monkeypatch.setattr(pruning, "PRUNE_MIN_DF", 50)
    corpus, queries = zipf_corpus(4, 6000, 2000)
    reference = BM25Okapi(corpus)
    index, ids = index_of(corpus)
    pool = np.sort(np.random.default_rng(4).choice(len(corpus), 4000, replace=False))
    allowed = np.zeros(len(corpus), bool)
    allowed[pool] = True
    used = 0
    for query in queries:
        terms = [t for t in ids(query) if t >= 0]
        if not terms:
            continue
        pruned = index._search_pruned(terms, 10)
        if pruned is not None:
            used += 1
            full = index._search_all(terms, 10)
            assert pruned.indices.tolist() == full.indices.tolist()
            assert pruned.scores.tolist() == full.scores.tolist()
        for candidates, within in ((None, None), (pool, allowed)):
            expected_idx, expected_scores = reference_top(reference, query, 10, within)
            hits = index.search(terms, 10, candidates)
            assert hits.indices.tolist() == expected_idx.tolist()
            assert hits.scores.tolist() == expected_scores.tolist()
    assert used >= 5


@pytest.mark.parametrize("query, k", [([], 10), ([-1], 10), ([0], 0)])
def test_nothing_to_search_gives_no_hits(query, k):
    index, _ = index_of([["a"], ["b"]])
    hits = index.search(query, k)
    assert len(hits.indices) == 0 and len(hits.scores) == 0


def test_empty_corpus():
    index, ids = index_of([])
    assert len(index.search(ids(["a"]), 10).indices) == 0


@pytest.mark.parametrize("block", [1, 7, 1000])
def test_building_in_blocks_gives_the_same_arrays(monkeypatch, block):
    corpus, _ = CORPORA["large zipf"]
    counts = TermCounts.count(corpus)
    whole = bm25_arrays(counts.ptr, counts.terms, counts.tfs, len(counts.vocabulary))
    monkeypatch.setattr(scoring, "BUILD_BLOCK", block)
    blocks = bm25_arrays(counts.ptr, counts.terms, counts.tfs, len(counts.vocabulary))
    assert whole.keys() == blocks.keys()
    for name in whole:
        assert whole[name].dtype == blocks[name].dtype and whole[name].tolist() == blocks[name].tolist(), name
