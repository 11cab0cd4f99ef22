"""Which index a command answers from, and how a sharded one is built: shared by the CLI and ``serve``.

A folder holding a sharded index (``quotebot index --shards K``) is answered from its current
generation, in this process or, with a Ray address, by one actor per shard on the cluster. Any
other ``--index-dir`` (or none) is the single index, opened and refreshed from the corpus as
always; Ray is then never imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from retrieval.engine import Engine
from retrieval.errors import QuotebotError
from retrieval.index.store import IndexReport
from retrieval.index.workers import Progress
from retrieval.models import SkippedFile

__all__ = ["UsageProblem", "open_any_engine", "build_shards"]


class UsageProblem(QuotebotError):
    """Options that do not go together; the CLI shows it as a usage error."""


def open_any_engine(
    paths: Sequence[Path], index_dir: Path | None, ray_address: str | None, progress: Progress | None = None
) -> tuple[Engine, tuple[SkippedFile, ...]]:
    """The engine for these options, and the corpus files that were skipped (none for a sharded index).

    Raises:
        UsageProblem: ``ray_address`` without an index folder.
        QuotebotError: the corpus, the index or the cluster cannot be used.
    """
    from retrieval.index.generations import is_sharded

    if ray_address is not None or (index_dir is not None and is_sharded(index_dir)):
        if index_dir is None:
            raise UsageProblem("--ray serves a sharded index: give --index-dir DIR (built with quotebot index --shards K).")
        return Engine.from_sharded(index_dir, ray_address), ()
    return Engine.from_paths(paths, index_dir=index_dir, progress=progress)


def build_shards(
    paths: Sequence[Path], index_dir: Path, shards: int | None, ray_address: str | None, progress: Progress | None = None
) -> IndexReport | None:
    """Build a new generation of the sharded index in ``index_dir``; None when it is no sharded build.

    A sharded build is asked for with ``shards``, or implied by ``index_dir`` already holding a sharded
    index (then with as many shards as its current generation).

    Raises:
        UsageProblem: ``ray_address`` with no number of shards.
        QuotebotError: the corpus, the folder or the cluster cannot be used.
    """
    from retrieval.index.generations import is_sharded, read_generation

    if shards is None and is_sharded(index_dir):
        shards = len(read_generation(index_dir).shards)
    if shards is None:
        if ray_address is not None:
            raise UsageProblem("--ray builds a sharded index: give --shards K as well.")
        return None
    if ray_address is None:
        from retrieval.index.sharded import build_sharded_index

        return build_sharded_index(paths, index_dir, shards, progress)
    from retrieval.index.ray_cluster import connect

    connect(ray_address)  # first: a clear error when Ray is not installed or the cluster is away
    from retrieval.index.ray_build import build_on_cluster

    return build_on_cluster(paths, index_dir, shards, ray_address, progress)
