"""CPU time of ``Engine.ask`` per question, on an index a ``bench_retrieval`` run saved.

On a shared machine wall-clock percentiles move more between runs than a change of the question
layer does. This asks each of the benchmark's questions ``--repeat`` times and keeps the least
CPU time of this thread (other processes inflate it far less than wall time), then prints p50 and
p95 over the questions and, with ``--out``, each question's time and number of quotes, so two
versions of the code alternated on the same index can be compared question by question
(``--answers``: each whole answer, which two versions must give alike):

    python3 -m benchmarks.bench_retrieval --sizes 20000 --work /tmp/qb-questions-bench
    python3 -m benchmarks.ask_cpu /tmp/qb-questions-bench/index-20000 --out /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Sequence

from benchmarks.wire_corpus import questions

__all__ = ["main", "least_cpu_ms"]


def least_cpu_ms(ask, question: str, repeat: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """The least thread CPU time of ``repeat`` asks of ``question``, in ms, and the quotes given."""
    best, shown = float("inf"), 0
    for _ in range(repeat):
        started = time.thread_time()
        answer = ask(question)
        best = min(best, (time.thread_time() - started) * 1000)
        shown = len(answer.answers)
    return best, shown


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="an index folder a bench_retrieval run saved")
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", type=Path, help="write each question's time and quotes as JSON")
    parser.add_argument("--answers", type=Path, help="write each question's whole answer as JSON, to compare two versions")
    args = parser.parse_args(argv)
    from retrieval import Engine
    from retrieval.index.store import load_library

    engine = Engine(load_library(args.index))
    asked = questions(args.questions)
    for q in asked:  # first answers build what an engine makes on first use
        engine.ask(q)
    times = {q: least_cpu_ms(engine.ask, q, args.repeat) for q in asked}
    ms = sorted(t for t, _ in times.values())
    print(f"Engine.ask CPU ms over {len(ms)} questions: p50 {statistics.median(ms):.3f}, p95 {ms[min(len(ms) - 1, int(0.95 * len(ms)))]:.3f}")
    if args.out:
        args.out.write_text(json.dumps({q: {"ms": t, "quotes": n} for q, (t, n) in times.items()}, indent=1), encoding="utf-8")
    if args.answers:  # the benchmark's questions, and those of its related-words pass
        from benchmarks.retrieval_only import related_questions

        answers = {q: engine.ask(q).model_dump(mode="json") for q in asked + related_questions(engine.library, args.questions)}
        args.answers.write_text(json.dumps(answers, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
