"""What each later pass of the question layer is worth on the question yardstick.

Asks the questions of ``evals.questions`` with the related-words pass (WordNet and newswire
groups, ``retrieval/answer/related.py``) or the passage pass (``retrieval/answer/passage.py``)
left out, or with corpus-learned term associations as the stand-ins instead of, or beside, the
WordNet table. An association of a question word is a word that shares sentences with it (or
their neighbours, ``--reach``) in the corpus asked over more often than chance: pointwise mutual
information over the sentences holding the word, at least ``MIN_SUPPORT`` of them, the best
``TOP`` kept. It is computed from the index, deterministically; the literal pass is untouched.

    python3 -m evals.question_passes evals/questions evals/news --stand-ins wordnet
    python3 -m evals.questions evals/questions evals/news        # the same as the line above
    python3 -m evals.question_passes evals/questions evals/news --stand-ins associations --reach 1
    python3 -m evals.question_passes evals/questions evals/news --no-passage
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import retrieval.answer.search as search  # noqa: E402
from evals.questions import judge, load_questions, report  # noqa: E402
from retrieval.answer.related import TermGroup, _stop_terms, term_groups  # noqa: E402
from retrieval.engine import Engine  # noqa: E402
from retrieval.index.library import Searcher  # noqa: E402
from retrieval.index.terms import tokenize  # noqa: E402

__all__ = ["associations", "main", "MIN_SUPPORT", "TOP", "SENTENCES_READ"]

MIN_SUPPORT = 2  # sentences (or passages) an association must share with the word
TOP = 8  # associations kept per word, as MAX_STAND_INS for the WordNet table
SENTENCES_READ = 200  # sentences holding the word that are read, best first


def associations(library: Searcher, term: str, reach: int = 0) -> tuple[str, ...]:
    """Index terms that share sentences (or passages of ``reach`` sentences either side) with ``term``."""
    hits = library.search([term], SENTENCES_READ)
    if not len(hits.indices):
        return ()
    shared: Counter[str] = Counter()
    for h in hits.indices.tolist():
        doc = library.document_of(h)
        first, last = doc.first_sentence, doc.first_sentence + doc.sentence_count - 1
        held = {t for j in range(max(first, h - reach), min(last, h + reach) + 1) for t in tokenize(library.text(j))}
        shared.update(held - {term} - _stop_terms())
    n, read = len(library), len(hits.indices)
    scored = sorted((-math.log(k * n / (read * max(1, library.document_frequency(t)))), t) for t, k in shared.items() if k >= MIN_SUPPORT)
    return tuple(t for _, t in scored[:TOP])


def _groups(mode: str, library: Callable[[], Searcher], reach: int) -> Callable:
    cache: dict[tuple[int, str], tuple[str, ...]] = {}

    def groups(terms: Sequence[str], frequency: Callable[[str], int]) -> list[TermGroup]:
        base = term_groups(terms, frequency) if mode in ("wordnet", "both") else [TermGroup((t,), ()) for t in terms]
        if mode not in ("associations", "both"):
            return base
        lib, asked = library(), set(terms)
        out = []
        for g in base:
            extra: tuple[str, ...] = ()
            if len(g.asked) == 1 and frequency(g.asked[0]) > 0:
                key = (id(lib), g.asked[0])
                extra = cache[key] if key in cache else cache.setdefault(key, associations(lib, g.asked[0], reach))
            out.append(TermGroup(g.asked, tuple(t for t in dict.fromkeys(g.stand_ins + extra) if t not in asked)))
        return out

    return groups


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="questions.jsonl files or folders holding them")
    parser.add_argument("--stand-ins", choices=("wordnet", "associations", "both", "none"), default="wordnet")
    parser.add_argument("--reach", type=int, default=0, help="neighbouring sentences an association may come from")
    parser.add_argument("--no-passage", action="store_true", help="leave the passage pass out")
    args = parser.parse_args(argv)
    engines: dict[Path, Engine] = {}
    current: list[Searcher] = []
    search.term_groups = _groups(args.stand_ins, lambda: current[-1], args.reach)  # type: ignore[assignment]
    if args.no_passage:
        search.passage_ranked = lambda *a, **k: (np.empty(0, np.int64), np.empty(0), ())  # type: ignore[assignment]
    verdicts = []
    for q in load_questions(args.paths, Path(".")):
        if q.corpus not in engines:
            engines[q.corpus], _ = Engine.from_paths([q.corpus])
        current.append(engines[q.corpus].library)
        verdicts.append(judge(q, engines[q.corpus].ask(q.question)))
    print(report(verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
