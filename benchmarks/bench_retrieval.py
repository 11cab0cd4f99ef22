"""Benchmark quotebot's retrieval against rank-bm25 on generated wire corpora.

For each size, in one run: generate (or reuse) a seeded corpus, build the index in a child
process (build time with splitting and attribution, the share of each stage, peak memory),
measure the index on disk, load it in a fresh child process (load time, then question latency
of ``Library.search`` and of the whole ``Engine.ask``), and score the same questions with
rank-bm25's ``BM25Okapi.get_scores`` + sort in this process. Prints one table; speed is given
as a ratio to rank-bm25 measured in the same run.

    python -m benchmarks.bench_retrieval                    # 10k, 100k and 1M sentences
    python -m benchmarks.bench_retrieval --sizes 10000      # one size
    python -m benchmarks.bench_retrieval --huge             # also 10M (rank-bm25 skipped there)
    python -m benchmarks.bench_retrieval --sizes '' --retrieval-only 10000000   # 10M, no files (see retrieval_only)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.timing import time_questions
from benchmarks.wire_corpus import generate, questions

TOP = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="sentences per corpus, comma-separated")
    parser.add_argument("--huge", action="store_true", help="also run 10,000,000 sentences (quotebot only)")
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--work", type=Path, default=Path("benchmarks/.work"), help="where corpora and indexes go")
    parser.add_argument("--reuse-index", action="store_true", help="time questions on indexes a previous run built")
    parser.add_argument("--retrieval-only", default="", metavar="SIZES", help="sentences per in-memory corpus: no files, splitting or attribution; comma-separated")
    parser.add_argument("--child", choices=["build", "query", "retrieval-only"], help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "build":
        print(json.dumps(_child_build(args.corpus, args.index)))
        return
    if args.child == "query":
        print(json.dumps(_child_query(args.corpus, args.index, args.questions)))
        return
    if args.child == "retrieval-only":
        from benchmarks.retrieval_only import measure

        print(json.dumps(measure(args.size, args.questions)))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([10_000_000] if args.huge else [])
    rows = [_run(size, args.work, args.questions, size <= 2_000_000, args.reuse_index) for size in sizes]
    if rows:
        _print_table(rows)
    only = [int(s) for s in args.retrieval_only.split(",") if s]
    if only:
        _print_retrieval_only([_retrieval_only(size, args.questions) for size in only])


def _run(size: int, work: Path, n_questions: int, with_reference: bool, reuse_index: bool) -> dict:
    corpus = work / f"corpus-{size}"
    index = work / f"index-{size}"
    if not (corpus / ".complete").exists():
        print(f"[{size:,}] generating corpus ...", file=sys.stderr)
        generate(corpus, size)
        (corpus / ".complete").write_text("")
    if reuse_index and (index / "manifest.json").exists():
        build = {"build_s": float("nan"), "stages_s": {}, "build_peak_mb": float("nan"), "build_worker_peak_mb": float("nan")}
    else:
        print(f"[{size:,}] building index ...", file=sys.stderr)
        build = _child("build", corpus, index)
    query = _child("query", corpus, index, n_questions)
    row = {"size": size, "sentences": query["sentences"], **build, **query, "disk_mb": sum(p.stat().st_size for p in index.iterdir()) / 1e6}
    row["stage_share"] = _stage_share(corpus)
    if with_reference:
        print(f"[{size:,}] rank-bm25 ...", file=sys.stderr)
        row.update(_reference(index, query, n_questions))
    return row


def _child(kind: str, corpus: Path, index: Path, n_questions: int = 0) -> dict:
    command = [sys.executable, "-m", "benchmarks.bench_retrieval", "--child", kind, "--corpus", str(corpus), "--index", str(index), "--questions", str(n_questions)]
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def _retrieval_only(size: int, n_questions: int) -> dict:
    print(f"[{size:,}] retrieval only: generating, tokenising, indexing in memory ...", file=sys.stderr)
    command = [sys.executable, "-m", "benchmarks.bench_retrieval", "--child", "retrieval-only", "--size", str(size), "--questions", str(n_questions)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def _print_retrieval_only(rows: list[dict]) -> None:
    def pct(values: list[float], q: float) -> float:
        return float(np.percentile(values, q))

    print()
    print("Retrieval only: generated sentences tokenised and indexed in memory; no files, splitting or attribution; rank-bm25 not run.")
    header = "| sentences | generate + tokenise s (2 workers) | build total s | BM25 arrays MB | peak MB | search p50 / p95 ms | top-10 same as unpruned | Engine.ask p50 / p95 ms | Engine.ask, related-words pass, p50 / p95 ms (questions) |"
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    for r in rows:
        print(
            f"| {r['sentences']:,} | {r['generate_tokenize_s']:.0f} | {r['build_s']:.0f} | {r['bm25_mb']:,.0f} | {r['peak_mb']:,.0f} "
            f"| {pct(r['search_ms'], 50):.2f} / {pct(r['search_ms'], 95):.2f} | {r['same_as_unpruned']}/{r['compared']} "
            f"| {pct(r['ask_ms'], 50):.2f} / {pct(r['ask_ms'], 95):.2f} "
            f"| {_pair(r.get('second_ms', []))} |"
        )


def _pair(values: list[float]) -> str:
    """p50 / p95 of some timings, with how many there are; "-" for none."""
    if not values:
        return "-"
    return f"{np.percentile(values, 50):.2f} / {np.percentile(values, 95):.2f} ({len(values)})"


def _peak_mb() -> dict:
    return {
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _child_build(corpus: Path, index: Path) -> dict:
    from retrieval.index.store import build_index

    stages: dict[str, list[float]] = {}

    def progress(stage: str, done: int, total: int) -> None:
        stages.setdefault(stage, [time.perf_counter()]).append(time.perf_counter())

    started = time.perf_counter()
    report = build_index([corpus], index, progress, rebuild=True)
    seconds = time.perf_counter() - started
    order = sorted(stages, key=lambda s: stages[s][0])
    marks = [stages[s][0] for s in order] + [started + seconds]
    stage_seconds = {s: marks[i + 1] - (started if i == 0 else marks[i]) for i, s in enumerate(order)}
    return {"build_s": seconds, "stages_s": stage_seconds, "sentences": report.sentences, "documents": report.documents, **{f"build_{k}": v for k, v in _peak_mb().items()}}


def _child_query(corpus: Path, index: Path, n_questions: int) -> dict:
    from retrieval.index.store import load_library, open_library

    started = time.perf_counter()
    library = load_library(index)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    library, _ = open_library([corpus], index)  # with the corpus change check (stat of every file)
    open_s = time.perf_counter() - started
    terms, search_ms, hits, ask_ms = time_questions(library, questions(n_questions), TOP)
    try:  # the related-words pass is not in every version of the engine this may time
        from benchmarks.retrieval_only import time_second_pass

        second_ms = time_second_pass(library, n_questions)
    except ImportError:
        second_ms = []
    return {
        "sentences": len(library),
        "second_ms": second_ms,
        "load_s": load_s,
        "open_s": open_s,
        "terms": terms,
        "search_ms": search_ms,
        "ask_ms": ask_ms,
        "top": [[h.indices.tolist(), h.scores.tolist()] for h in hits],
        **{f"query_{k}": v for k, v in _peak_mb().items()},
    }


def _stage_share(corpus: Path, articles: int = 60) -> dict:
    """Single-core seconds per 1,000 sentences of each build stage, on a sample of articles."""
    from retrieval.attribution import attribute
    from retrieval.index.terms import tokenize
    from retrieval.text.corpus import read_article
    from retrieval.text.sentences import article_sentences

    files = sorted(corpus.rglob("*.txt"))[:articles]
    t = {"read": 0.0, "split": 0.0, "attribute": 0.0, "tokenize": 0.0}
    n = 0
    for f in files:
        s = time.perf_counter()
        article = read_article(f)
        t["read"] += time.perf_counter() - s
        s = time.perf_counter()
        sentences = article_sentences(article)
        t["split"] += time.perf_counter() - s
        s = time.perf_counter()
        attribute(article, sentences)
        t["attribute"] += time.perf_counter() - s
        s = time.perf_counter()
        for sentence in sentences:
            tokenize(sentence.text)
        t["tokenize"] += time.perf_counter() - s
        n += len(sentences)
    return {k: v / n * 1000 for k, v in t.items()}


def _reference(index: Path, query: dict, n_questions: int) -> dict:
    from rank_bm25 import BM25Okapi

    from retrieval.index.store import load_library
    from retrieval.index.terms import tokenize

    library = load_library(index)
    started = time.perf_counter()
    corpus = [tokenize(library.segment.text(i)) for i in range(len(library))]
    reference = BM25Okapi(corpus)
    build_s = time.perf_counter() - started
    times, identical, close = [], 0, 0
    for terms, (indices, scores) in zip(query["terms"], query["top"]):
        t = time.perf_counter()
        all_scores = reference.get_scores(terms)
        np.argsort(all_scores)[::-1][:TOP]
        times.append((time.perf_counter() - t) * 1000)
        wanted = set(terms)
        matching = np.flatnonzero([bool(wanted.intersection(d)) for d in reference.doc_freqs]) if terms else np.empty(0, int)
        order = np.lexsort((matching, -all_scores[matching]))[:TOP]
        expected = matching[order]
        same_order = expected.tolist() == indices
        identical += same_order and all_scores[expected].tolist() == scores
        close += same_order and np.allclose(all_scores[expected], scores)
    return {"reference_build_s": build_s, "reference_ms": times, "identical": identical, "close": close, "compared": len(times)}


def _print_table(rows: list[dict]) -> None:
    def pct(values: list[float], q: float) -> float:
        return float(np.percentile(values, q))

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, numpy {np.__version__}")
    header = "| sentences | build s | index MB | peak MB build (workers) | load s (with corpus check) | quotebot search p50 / p95 ms | rank-bm25 p50 / p95 ms | p50 speed-up | top-10 identical | Engine.ask p50 / p95 ms | related-words pass p50 / p95 ms (questions) |"
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    for r in rows:
        ref = r.get("reference_ms")
        ratio = f"{pct(ref, 50) / pct(r['search_ms'], 50):,.0f}×" if ref else "—"
        agree = f"{r['identical']}/{r['compared']} (allclose {r['close']})" if ref else "—"
        ref_cell = f"{pct(ref, 50):,.1f} / {pct(ref, 95):,.1f}" if ref else "not run"
        print(
            f"| {r['sentences']:,} | {r['build_s']:.1f} | {r['disk_mb']:,.0f} | {r['build_peak_mb']:,.0f} ({r['build_worker_peak_mb']:,.0f}) "
            f"| {r['load_s']:.2f} ({r['open_s']:.2f}) | {pct(r['search_ms'], 50):.3f} / {pct(r['search_ms'], 95):.3f} "
            f"| {ref_cell} | {ratio} | {agree} | {pct(r['ask_ms'], 50):.1f} / {pct(r['ask_ms'], 95):.1f} | {_pair(r.get('second_ms', []))} |"
        )
    print()
    for r in rows:
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in r["stages_s"].items())
        share = ", ".join(f"{k} {v:.2f} s" for k, v in r["stage_share"].items())
        print(f"{r['sentences']:,} sentences: build stages {stages}; single-core cost per 1,000 sentences: {share}")


if __name__ == "__main__":
    main()
