"""Corpora for the sharding parity tests, and their single and sharded indexes, built once per session."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
import pytest

from benchmarks.wire_corpus import generate
from retrieval.index.library import Library
from retrieval.index.sharded import build_sharded_index
from retrieval.index.store import open_library

SHARD_COUNTS = (1, 2, 3, 7)

# Eight short articles: the same sentence stands in every one (ties across every shard), the same
# speakers are quoted in several articles with different roles (the speaker table is merged).
TINY = {
    f"{n:02}.txt": f" date 2021-03-0{n % 9 + 1} local\n\n{body}\n"
    for n, body in enumerate(
        [
            "Mayor Tom Reyes said the bridge would reopen on Friday. Officials said the road was closed.",
            "“We are stretched to the limit,” Health Minister Maria Lopez said. Officials said the road was closed.",
            "Officials said the road was closed.",
            "Council spokesman Tom Reyes told reporters repairs would cost $2 million. Officials said the road was closed.",
            "Engineers inspected the bridge overnight. Officials said the road was closed. “It held,” Reyes said.",
            "Officials said the road was closed. Lopez said 40 patients were treated after the flood.",
            "River levels fell on Tuesday. Officials said the road was closed.",
            "“Nobody will be turned away,” Dr Maria Lopez said. Officials said the road was closed.",
        ]
    )
}


def reference_top(reference, query: list[str], k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """rank-bm25's top ``k`` among sentences holding a query term: score desc, then index asc."""
    scores = reference.get_scores(query)
    matching = np.array([any(t in doc for t in query) for doc in reference.doc_freqs], bool)
    if allowed is not None:
        matching &= allowed
    idx = np.flatnonzero(matching)
    order = np.lexsort((idx, -scores[idx]))[:k]
    return idx[order], scores[idx][order]


@pytest.fixture(scope="session")
def parity_corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three generated corpora: a tiny one, and two wire-style ones of different seeds and sizes."""
    tiny = tmp_path_factory.mktemp("tiny")
    for name, text in TINY.items():
        (tiny / name).write_text(text, encoding="utf-8")
    small = tmp_path_factory.mktemp("wire-small")
    generate(small, 700, seed=3)
    medium = tmp_path_factory.mktemp("wire-medium")
    generate(medium, 2500, seed=1)
    return {"tiny": tiny, "wire-700": small, "wire-2500": medium}


@pytest.fixture(scope="session")
def single_library(parity_corpora: dict[str, Path]) -> Callable[[str], Library]:
    """The single in-memory index of a parity corpus, built once."""
    built: dict[str, Library] = {}

    def get(name: str) -> Library:
        if name not in built:
            built[name] = open_library([parity_corpora[name]], None)[0]
        return built[name]

    return get


@pytest.fixture(scope="session")
def sharded_dir(parity_corpora: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, int], Path]:
    """The folder of a parity corpus's sharded index with K shards, built once."""
    built: dict[tuple[str, int], Path] = {}

    def get(name: str, shards: int) -> Path:
        if (name, shards) not in built:
            folder = tmp_path_factory.mktemp(f"{name}-k{shards}") / "index"
            build_sharded_index([parity_corpora[name]], folder, shards)
            built[name, shards] = folder
        return built[name, shards]

    return get
