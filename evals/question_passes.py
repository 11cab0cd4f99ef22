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
    python3 -m evals.question_passes evals/questions evals/news --by-set --table /tmp/first.tsv

``--table`` reads the WordNet words from another table (an earlier commit's, or one written by
``derive_related --no-kinds`` or ``--no-filter``); ``--stand-ins embeddings`` takes instead the corpus words whose
wordllama embedding is nearest a question word's (cosine at least ``MIN_COSINE``; needs
wordllama, the ``derive`` extra); ``--by-set`` prints the paraphrased, other and no-answer
figures of each top folder given; ``--no-classes`` leaves out the class words that carry half a
question word's weight (``class_words.tsv``, ``search.CLASS_CREDIT``).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import retrieval.answer.related as related  # noqa: E402
import retrieval.answer.search as search  # noqa: E402
from evals.questions import judge, load_questions, report  # noqa: E402
from retrieval.answer.related import TermGroup, _stop_terms, term_groups  # noqa: E402
from retrieval.engine import Engine  # noqa: E402
from retrieval.index.library import Searcher  # noqa: E402
from retrieval.index.terms import tokenize  # noqa: E402

__all__ = ["associations", "by_set", "main", "MIN_COSINE", "MIN_SUPPORT", "TOP", "SENTENCES_READ"]

MIN_SUPPORT = 2  # sentences (or passages) an association must share with the word
TOP = 8  # associations kept per word, as MAX_STAND_INS for the WordNet table
_WORD = re.compile(r"[A-Za-z]+")
SENTENCES_READ = 200  # sentences holding the word that are read, best first
MIN_COSINE = 0.6  # embedding neighbours closer than this are mostly word forms and spelling neighbours


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


class _Neighbours:
    """Corpus words nearest a question word by wordllama's embeddings (each word as the corpus or
    the question most often writes it)."""

    def __init__(self) -> None:
        from retrieval.answer.derive_related import wordllama_model

        self.model, self.vocab, self.asked = wordllama_model(), {}, {}  # type: ignore[var-annotated]

    def __call__(self, library: Searcher, term: str) -> tuple[str, ...]:
        if id(library) not in self.vocab:
            seen: dict[str, Counter[str]] = {}
            for i in range(len(library)):
                for word in _WORD.findall(library.text(i)):
                    if len(word) > 2 and len(t := tokenize(word)) == 1:
                        seen.setdefault(t[0], Counter())[word.lower()] += 1
            stems = sorted(seen)
            self.vocab[id(library)] = stems, self.model.embed([seen[t].most_common(1)[0][0] for t in stems], norm=True)
        stems, vectors = self.vocab[id(library)]
        cosines = vectors @ self.model.embed([self.asked.get(term, term)], norm=True)[0]
        return tuple(stems[i] for i in np.argsort(-cosines)[: TOP + 1] if cosines[i] >= MIN_COSINE and stems[i] != term)


def _groups(mode: str, library: Callable[[], Searcher], reach: int, classes: bool = True) -> Callable:
    cache: dict[tuple[int, str], tuple[str, ...]] = {}
    near = _Neighbours() if mode == "embeddings" else None

    def groups(terms: Sequence[str], frequency: Callable[[str], int]) -> list[TermGroup]:
        found = _found(terms, frequency)
        return found if classes else [TermGroup(g.asked, g.stand_ins) for g in found]

    def _found(terms: Sequence[str], frequency: Callable[[str], int]) -> list[TermGroup]:
        if near is not None:
            skip = _stop_terms() | set(terms)
            return [TermGroup((t,), tuple(n for n in near(library(), t) if n not in skip and frequency(n) > 0)[:TOP]) for t in terms]
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
            out.append(TermGroup(g.asked, tuple(t for t in dict.fromkeys(g.stand_ins + extra) if t not in asked), g.classes))
        return out

    groups.near = near  # type: ignore[attr-defined]
    return groups


def by_set(verdicts: Sequence, roots: Sequence[Path]) -> str:  # type: ignore[type-arg]
    """Paraphrased passed, other answerable passed, no-answer given no quotes, per folder given."""
    lines = [f"{'set':<24} {'paraphrased':>12} {'other':>9} {'no-answer quiet':>16}"]
    for root in [*roots, None]:
        mine = [v for v in verdicts if root is None or Path(v.question.source).is_relative_to(root)]
        para = [v for v in mine if v.question.paraphrase]
        other = [v for v in mine if not v.question.paraphrase and not v.question.no_answer]
        quiet = [v for v in mine if v.question.no_answer]
        share = f"{sum(v.passed for v in para)}/{len(para)}", f"{sum(v.passed for v in other)}/{len(other)}"
        lines.append(f"{str(root or 'all'):<24} {share[0]:>12} {share[1]:>9} {sum(v.empty for v in quiet):>9}/{len(quiet)}")
    return "\n".join(lines)


def _read_table(path: Path) -> None:
    """Make the related-words pass read ``path`` instead of the shipped table."""
    shipped = related.lines

    def lines(name: str) -> tuple[str, ...]:
        if name != "related_words.tsv":
            return shipped(name)
        rows = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
        return tuple(row for row in rows if row)

    related.lines = lines  # type: ignore[assignment]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="questions.jsonl files or folders holding them")
    parser.add_argument("--stand-ins", choices=("wordnet", "associations", "both", "embeddings", "none"), default="wordnet")
    parser.add_argument("--table", type=Path, help="a related_words.tsv to read instead of the shipped one")
    parser.add_argument("--by-set", action="store_true", help="figures per folder given")
    parser.add_argument("--reach", type=int, default=0, help="neighbouring sentences an association may come from")
    parser.add_argument("--no-passage", action="store_true", help="leave the passage pass out")
    parser.add_argument("--no-classes", action="store_true", help="leave out the class words that carry part of a word's weight")
    args = parser.parse_args(argv)
    if args.table:
        _read_table(args.table)
    engines: dict[Path, Engine] = {}
    current: list[Searcher] = []
    search.term_groups = _groups(args.stand_ins, lambda: current[-1], args.reach, not args.no_classes)  # type: ignore[assignment]
    if args.no_passage:
        search.passage_ranked = lambda *a, **k: (np.empty(0, np.int64), np.empty(0), ())  # type: ignore[assignment]
    verdicts = []
    for q in load_questions(args.paths, Path(".")):
        if q.corpus not in engines:
            engines[q.corpus], _ = Engine.from_paths([q.corpus])
        current.append(engines[q.corpus].library)
        if isinstance(neighbours := getattr(search.term_groups, "near", None), _Neighbours):
            neighbours.asked.update((t[0], w.lower()) for w in _WORD.findall(q.question) if len(t := tokenize(w)) == 1)
        verdicts.append(judge(q, engines[q.corpus].ask(q.question)))
    print(by_set(verdicts, args.paths) if args.by_set else report(verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
