"""Serving a sharded index from Ray: one actor per shard, the fan-out in the asking process.

Each ``ShardActor`` opens its shard memory-mapped (``ShardServer``) on whichever node Ray places it
(spread over the nodes); the process that answers questions holds only the global parts and a
``ShardedLibrary`` whose transport is ``RayShards``. An actor whose process dies is started again
by Ray (``MAX_RESTARTS``), reopening its shard; calls made while it is away fail at once (at-most-
once calls, ``max_task_retries=0``) or after ``CALL_TIMEOUT_SECONDS``, and the answer then says that
part of the archive is unavailable (``retrieval.index.availability``). The actors belong to the
process that made them and stop with it.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import ray
from ray.exceptions import ActorUnavailableError, GetTimeoutError, RayActorError

from retrieval.errors import IndexFormatError
from retrieval.index.availability import MISSING
from retrieval.index.fanout import ShardedLibrary, ShardHits, ShardServer
from retrieval.index.generations import ShardEntry, read_generation, vars_of
from retrieval.index.ray_cluster import ClusterError, connect

__all__ = ["ShardActor", "RayShards", "open_on_cluster", "MAX_RESTARTS", "CALL_TIMEOUT_SECONDS"]

# A shard whose process dies is restarted this many times; a shard that keeps dying (a bad node,
# a damaged file) then stays down and answers say so, instead of restarting forever.
MAX_RESTARTS = 20
# A shard that has not answered a call in this long is treated as away for that question: an
# answer that waits longer is worse than one that says part of the archive did not answer.
CALL_TIMEOUT_SECONDS = 5.0
# Opening a shard reads and checks its files once; on slow shared storage that takes a while.
START_TIMEOUT_SECONDS = 600.0
# CPU each shard actor reserves: a shard is busy only while a question is on it, so two shards
# share a core (a 2-core machine holds 4); Ray spreads the actors over the nodes.
SHARD_CPUS = 0.5


class _Shard:
    """The actor's body: a ``ShardServer`` opened from the shard's folder."""

    def __init__(self, folder: str, entry: dict[str, Any]) -> None:
        self.server = ShardServer.open(Path(folder), ShardEntry(**entry))

    def search(self, terms: Sequence[str], k: int, candidates: np.ndarray | None) -> ShardHits:
        return self.server.search(terms, k, candidates)

    def contains(self, indices: np.ndarray, terms: Sequence[str]) -> np.ndarray:
        return self.server.contains(indices, terms)

    def rows(self, indices: np.ndarray) -> list:
        return self.server.rows(indices)

    def pid(self) -> int:
        return self.server.pid()


ShardActor = ray.remote(max_restarts=MAX_RESTARTS, max_task_retries=0)(_Shard)


class RayShards:
    """The fan-out's transport to shard actors: concurrent calls, a missing shard as ``MISSING``."""

    def __init__(self, actors: Sequence[Any], timeout: float = CALL_TIMEOUT_SECONDS) -> None:
        self.actors = list(actors)
        self.timeout = timeout

    def call(self, calls: Sequence[tuple[int, str, tuple[Any, ...]]]) -> list[Any]:
        refs = [getattr(self.actors[j], method).remote(*args) for j, method, args in calls]
        ready, _ = ray.wait(refs, num_returns=len(refs), timeout=self.timeout)
        done = set(ready)
        return [self._result(ref) if ref in done else MISSING for ref in refs]

    @staticmethod
    def _result(ref: Any) -> Any:
        try:
            return ray.get(ref, timeout=0)
        except (RayActorError, ActorUnavailableError, GetTimeoutError):
            return MISSING  # died, restarting, or unreachable: the shard is away for now

    def share(self, shard: int, value: np.ndarray) -> Any:
        return ray.put(value)  # sent once, read by every later call from the object store


def open_on_cluster(index_dir: Path, address: str) -> ShardedLibrary:
    """The sharded index in ``index_dir`` served by one actor per shard on the cluster at ``address``.

    ``index_dir`` must be readable at the same path on every node (shared storage), and here.

    Raises:
        ClusterError: the cluster cannot be reached.
        IndexFormatError: no sharded index there, or a shard cannot be opened.
    """
    connect(address)
    generation = read_generation(index_dir)
    cpus = ray.cluster_resources().get("CPU", 0)
    if cpus < SHARD_CPUS * len(generation.shards):
        raise ClusterError(
            f"the cluster has {cpus:g} CPUs and {len(generation.shards)} shards need {SHARD_CPUS * len(generation.shards):g}; "
            "add nodes, or build the index with fewer shards"
        )
    tag = uuid.uuid4().hex[:8]
    actors = [
        ShardActor.options(
            name=f"shard-{j:03}-{generation.folder.name}-{tag}", scheduling_strategy="SPREAD", num_cpus=SHARD_CPUS
        ).remote(str(generation.shard_folder(j).resolve()), vars_of(entry))
        for j, entry in enumerate(generation.shards)
    ]
    try:
        ray.get([a.pid.remote() for a in actors], timeout=START_TIMEOUT_SECONDS)
    except (RayActorError, GetTimeoutError) as error:
        for actor in actors:
            ray.kill(actor, no_restart=True)
        raise IndexFormatError(f"{index_dir}: a shard could not be opened on the cluster ({_first_line(error)})") from None
    return ShardedLibrary(generation, RayShards(actors))


def _first_line(error: Exception) -> str:
    lines = [line for line in str(error).splitlines() if line.strip()]
    return lines[-1] if lines else type(error).__name__
