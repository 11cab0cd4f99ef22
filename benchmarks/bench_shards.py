"""One shard against K shards on a local Ray cluster: build time, peak memory per process, latency.

Sentences come from the retrieval-only generator (``benchmarks.retrieval_only``: wire-style
sentences tokenised with quotebot's own code, no files, splitting or attribution). For each shard
count, in one run and on a fresh local Ray cluster: the generated chunks are made by Ray tasks and
cut, reduced, scored and written by ``shard_on_cluster`` (the pipeline ``quotebot index --shards K
--ray`` runs after reading files); then the index is served by one actor per shard and the same
questions are timed through ``Engine.ask`` and the fan-out's ``search``. The baseline row is the
1-shard index answered in one process without Ray (what ``quotebot ask --index-dir`` does). Peak
memory is each process's high-water mark (``VmHWM``): the largest Ray worker during the build, the
largest shard actor while serving, and the process asking. Every top 10 is checked equal to the
baseline's, scores included.

    python -m benchmarks.bench_shards --size 1000000 --shards 4
    python -m benchmarks.bench_shards --size 10000000 --shards 4 --work /tmp/shards   # needs ~25 GB free RAM
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.timing import time_questions
from benchmarks.wire_corpus import questions

TOP = 10
CHUNK = 250_000  # sentences per generating task, as benchmarks.retrieval_only cuts them
CLUSTER_CPUS = 2  # this machine's cores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="sentences")
    parser.add_argument("--shards", type=int, default=4, help="the shard count compared with 1")
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--work", type=Path, default=Path("benchmarks/.work/shards"), help="where the indexes go")
    args = parser.parse_args()
    asked = questions(args.questions)
    from benchmarks import bench_shards  # by module name: Ray workers cannot import __main__

    rows = [_child(bench_shards._run, args.size, k, args.work / f"k{k}", asked) for k in (1, args.shards)]
    baseline = _child(bench_shards._baseline, args.work / "k1", asked)
    _print(args.size, baseline, rows)


def _child(function, *args):  # type: ignore[no-untyped-def]
    """Run in a fresh process, so each row's peak memory is its own."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(function, args)


def _run(size: int, shards: int, folder: Path, asked: list[str]) -> dict:
    import ray

    from retrieval.engine import Engine
    from retrieval.index.generations import GenerationWriter
    from retrieval.index.ray_build import shard_on_cluster
    from retrieval.index.ray_cluster import connect
    from retrieval.index.ray_serve import open_on_cluster

    print(f"[{size:,} sentences, {shards} shard(s)] building on a local Ray cluster ...", file=sys.stderr)
    shutil.rmtree(folder, ignore_errors=True)
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # nodes on 127.0.0.1 (see tests/conftest.py)
    connect("local")
    started = time.perf_counter()
    generate = ray.remote(_generate).options(num_returns=2)
    refs = [generate.remote((i, min(CHUNK, size - i * CHUNK))) for i in range((size + CHUNK - 1) // CHUNK)]
    segments, document_refs = zip(*refs)
    documents = ray.get(list(document_refs))
    writer = GenerationWriter(folder)
    statistics, entries, speaker_ids = shard_on_cluster(list(segments), documents, shards, writer)
    writer.commit(statistics, entries, [d for batch in documents for d in batch], np.concatenate(speaker_ids), [])
    build_s = time.perf_counter() - started
    build_worker_mb = max(_peaks(_ray_workers()), default=0.0)
    del segments, refs
    print(f"[{size:,} sentences, {shards} shard(s)] serving from shard actors ...", file=sys.stderr)
    started = time.perf_counter()
    library = open_on_cluster(folder, "local")
    start_s = time.perf_counter() - started
    timed = time_questions(library, asked, TOP)
    actors = [ray.get(a.pid.remote()) for a in library.transport.actors]
    row = {
        "shards": shards,
        "build_s": build_s,
        "build_worker_mb": build_worker_mb,
        "start_s": start_s,
        "actor_mb": max(_peaks(actors)),
        "asker_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "search_ms": timed.search_ms,
        "ask_ms": timed.ask_ms,
        "top": [(h.indices.tolist(), h.scores.tolist()) for h in timed.hits],
        "answers": [Engine(library).ask(q) for q in asked[:10]],
    }
    ray.shutdown()
    return row


def _generate(task: tuple[int, int]):  # type: ignore[no-untyped-def]
    from benchmarks.retrieval_only import _chunk

    segment = _chunk(task)
    return segment, segment.documents


def _baseline(folder: Path, asked: list[str]) -> dict:
    from retrieval.engine import Engine
    from retrieval.index.sharded import open_sharded

    print("[baseline] 1 shard in this process, no Ray ...", file=sys.stderr)
    library = open_sharded(folder)
    timed = time_questions(library, asked, TOP)
    return {
        "search_ms": timed.search_ms,
        "ask_ms": timed.ask_ms,
        "top": [(h.indices.tolist(), h.scores.tolist()) for h in timed.hits],
        "answers": [Engine(library).ask(q) for q in asked[:10]],
    }


def _ray_workers() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "cmdline").read_bytes().startswith(b"ray::"):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _peaks(pids: list[int]) -> list[float]:
    """High-water resident memory (MB) of each live process in ``pids``."""
    out = []
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out.append(int(line.split()[1]) / 1024)
        except OSError:
            continue
    return out


def _print(size: int, baseline: dict, rows: list[dict]) -> None:
    def pct(values: list[float], q: float) -> str:
        return f"{np.percentile(values, q):.2f}"

    print(f"machine: {os.cpu_count()} cores; {size:,} sentences; {len(baseline['ask_ms'])} questions; Ray cluster with {CLUSTER_CPUS} CPUs")
    print("| index | build s | peak MB per build worker | start s | peak MB per shard actor | peak MB asking process | search p50 / p95 ms | Engine.ask p50 / p95 ms | p50 ask vs baseline | top-10 = baseline | answers = baseline |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    b50 = np.percentile(baseline["ask_ms"], 50)
    print(f"| 1 shard, one process, no Ray (baseline) | — | — | — | — | — | {pct(baseline['search_ms'], 50)} / {pct(baseline['search_ms'], 95)} | {pct(baseline['ask_ms'], 50)} / {pct(baseline['ask_ms'], 95)} | 1.00× | — | — |")
    for r in rows:
        same = sum(a == b for a, b in zip(r["top"], baseline["top"]))
        answers = sum(a == b for a, b in zip(r["answers"], baseline["answers"]))
        print(
            f"| {r['shards']} shard(s), Ray actors | {r['build_s']:.0f} | {r['build_worker_mb']:,.0f} | {r['start_s']:.1f} | {r['actor_mb']:,.0f} | {r['asker_mb']:,.0f} "
            f"| {pct(r['search_ms'], 50)} / {pct(r['search_ms'], 95)} | {pct(r['ask_ms'], 50)} / {pct(r['ask_ms'], 95)} "
            f"| {np.percentile(r['ask_ms'], 50) / b50:.2f}× | {same}/{len(r['top'])} | {answers}/{len(r['answers'])} |"
        )


if __name__ == "__main__":
    main()
