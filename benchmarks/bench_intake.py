"""Benchmark adding one article to a large saved index and answering from it.

For each size, in one run: generate (or reuse) a seeded wire-style corpus, build its index from
scratch in a child process (the baseline: what every add would cost without generations), then
in a fresh child process load the index, drop one new article into the corpus near the start of
its order (so nearly every sentence number shifts: the costly case), and time the next
generation until a question only the new article answers is answered from it (listing the
corpus, processing the new file, splicing and rescoring the postings, building the engine and
answering, as a running server does before the save finishes), and until it is saved. The
add is also given in CPU seconds of the process, which other work on the machine inflates less. The child then removes the
article again (a second generation). Peak memory is the child's maximum resident set.

    python -m benchmarks.bench_intake --work /tmp/bench              # 10k, 100k and 1M sentences
    python -m benchmarks.bench_intake --sizes 10000 --work /tmp/bench
    python -m benchmarks.bench_intake --work /tmp/bench --reuse-index   # time adds again on those indexes
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.wire_corpus import generate

ADDED = """ date 2026-12-01 world news

OSLO – The northern ferry line will close for the winter, the transport agency said on Monday.

"We will reopen the Vardholm crossing in March," said Halvard Quist, the agency's director.

Quist said the closure would save the agency 40 million kroner.
"""
QUESTION = "what did Quist say about the Vardholm crossing?"
EXPECTED = "We will reopen the Vardholm crossing in March"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="sentences per corpus, comma-separated")
    parser.add_argument("--work", type=Path, default=Path("benchmarks/.work"), help="where corpora and indexes go")
    parser.add_argument("--reuse-index", action="store_true", help="reuse an index (and its build time) a previous run made")
    parser.add_argument("--child", choices=["build", "add"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "build":
        print(json.dumps(_child_build(args.corpus, args.index)))
        return
    if args.child == "add":
        print(json.dumps(_child_add(args.corpus, args.index)))
        return
    rows = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        corpus, index = args.work / f"corpus-{size}", args.work / f"intake-index-{size}"
        if not (corpus / ".complete").exists():
            print(f"[{size:,}] generating corpus ...", file=sys.stderr)
            generate(corpus, size)
            (corpus / ".complete").write_text("")
        recorded = args.work / f"intake-build-{size}.json"
        if args.reuse_index and recorded.exists() and (index / "manifest.json").exists():
            build = json.loads(recorded.read_text())
        else:
            print(f"[{size:,}] building the index from scratch (baseline) ...", file=sys.stderr)
            build = _child("build", corpus, index)
            recorded.write_text(json.dumps(build))
        print(f"[{size:,}] adding one article ...", file=sys.stderr)
        rows.append({"size": size, **build, **_child("add", corpus, index)})
    _print_table(rows)


def _child(kind: str, corpus: Path, index: Path) -> dict:
    command = [sys.executable, "-m", "benchmarks.bench_intake", "--child", kind, "--corpus", str(corpus), "--index", str(index)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_build(corpus: Path, index: Path) -> dict:
    from retrieval.index.store import build_index

    started = time.perf_counter()
    report = build_index([corpus], index, rebuild=True)
    return {"build_s": time.perf_counter() - started, "sentences": report.sentences, "build_peak_mb": _peak_mb()}


def _child_add(corpus: Path, index: Path) -> dict:
    from retrieval.engine import Engine
    from retrieval.index.store import open_index

    from retrieval.index.columns import Segment
    from retrieval.index.library import Library
    from retrieval.text.corpus import parse_article

    started = time.perf_counter()
    opened = open_index([corpus], index)
    load_s = time.perf_counter() - started
    # A running server has split, attributed and answered before: load those modules, lexicons
    # and caches first, as answering a question of the same kind from the current generation
    # does, and as answering one about an article it has (which loads the related-words table:
    # once per process, not per generation).
    warm_up = Segment.from_articles([parse_article("warm-up.txt", ADDED.replace("Quist", "Warmup"))])
    Engine(opened.library, opened.report).ask(QUESTION)
    Engine(Library(warm_up)).ask(QUESTION.replace("Quist", "Warmup"))
    added = sorted(p for p in corpus.iterdir() if p.is_dir())[0] / "0000000a-added.txt"
    stages: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        stages.setdefault(f"{stage}_{'start' if done == 0 else 'end'}", time.perf_counter())

    answered: dict[str, float] = {}

    def ready(opened_now) -> None:  # what a running server does: answer from it while it is saved
        engine = Engine(opened_now.library, opened_now.report)
        answer = engine.ask(QUESTION)
        assert answer.answers and EXPECTED in answer.answers[0].text, answer
        answered["s"] = time.perf_counter() - started
        answered["cpu_s"] = time.process_time() - cpu_started  # this process's own work, whatever else runs

    try:
        added.write_text(ADDED, encoding="utf-8")
        started, cpu_started = time.perf_counter(), time.process_time()
        # As a running server's folder watcher (or `quotebot add`) does: it names the file that changed.
        new = open_index([corpus], index, progress, base=opened, ready=ready, changed=[added])
        saved_s = time.perf_counter() - started
        add_started = started
        assert (new.report.processed, new.report.generation) == (1, opened.report.generation + 1)
    finally:
        added.unlink(missing_ok=True)
    started = time.perf_counter()
    removed = open_index([corpus], index, base=new, changed=[added])
    remove_s = time.perf_counter() - started
    assert removed.report.sentences == opened.report.sentences
    return {
        "load_s": load_s,
        "add_s": answered["s"],
        "add_cpu_s": answered["cpu_s"],
        "read_s": stages.get("indexing_start", add_started) - add_started,  # listing the corpus, reading the new file
        "splice_s": stages.get("indexing_end", 0) - stages.get("indexing_start", 0),
        "save_s": stages.get("saving_end", 0) - stages.get("saving_start", 0),
        "saved_s": saved_s,
        "remove_s": remove_s,
        "add_peak_mb": _peak_mb(),
    }


def _print_table(rows: list[dict]) -> None:
    print("| sentences | full build s (baseline) | add one article → answered from it s (CPU s) | of which list + read / splice s | speed-up vs full build | saved (durable) s | remove one article s | load s | peak MB (add) | peak MB (build) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['sentences']:,} | {r['build_s']:.1f} | {r['add_s']:.2f} ({r['add_cpu_s']:.2f}) | {r['read_s']:.2f} / {r['splice_s']:.2f} "
            f"| {r['build_s'] / r['add_s']:.0f}× | {r['saved_s']:.2f} | {r['remove_s']:.2f} | {r['load_s']:.2f} | {r['add_peak_mb']:,.0f} | {r['build_peak_mb']:,.0f} |"
        )


if __name__ == "__main__":
    main()
