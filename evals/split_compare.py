"""List every sentence that two checkouts of quotebot split differently, on the same articles.

``evals/split_diff.py`` checks one checkout's fast splitter against its slow path; this compares
two checkouts (a branch against main, say), so that a change to the splitting rules can be read
in full before it is merged. Each article is parsed the way the loader parses it and its sentences
are taken from ``article_sentences`` (offsets into the article text), in this checkout and, in a
subprocess with ``PYTHONPATH`` set to the baseline, in the other. Every change is printed with the
baseline's sentences and this checkout's, and classed: ``joined`` (consecutive baseline sentences
became one), ``cut`` (one became several), ``dropped``/``added`` (a sentence disappeared or
appeared with nothing else touched), ``other``. Reads what ``split_diff.py`` reads.

    python3 evals/split_compare.py --baseline ../other-checkout evals/news ../shared/eval/polnear/dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.split_diff import texts  # noqa: E402

__all__ = ["spans_of", "changes", "classify", "main"]

Span = tuple[int, int]

# Run in the baseline's interpreter: only names every checkout has (parse_article, article_sentences).
_DUMP = """
import json, sys
from retrieval.text.corpus import parse_article
from retrieval.text.sentences import article_sentences
articles = json.load(open(sys.argv[1], encoding="utf-8"))
out = []
for name, text in articles:
    article = parse_article(name, text)
    out.append([[s.start, s.end] for s in article_sentences(article)])
json.dump(out, sys.stdout)
"""


def spans_of(articles: list[tuple[str, str]], baseline: Path | None = None) -> list[list[Span]]:
    """Sentence spans of each article, by this checkout or by the one at ``baseline``."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as handle:
        json.dump(articles, handle)
    try:
        env = dict(os.environ)
        code = Path(baseline).resolve() if baseline else Path(__file__).resolve().parent.parent
        env["PYTHONPATH"] = str(code)
        done = subprocess.run(
            [sys.executable, "-c", _DUMP, handle.name], cwd=code, env=env, capture_output=True, text=True, check=True
        )
    finally:
        os.unlink(handle.name)
    return [[(a, b) for a, b in spans] for spans in json.loads(done.stdout)]


def changes(old: list[Span], new: list[Span]) -> list[tuple[list[Span], list[Span]]]:
    """Runs of differing sentences, each as (baseline spans, new spans) covering the same text."""
    old_set, new_set = set(old), set(new)
    old_rest = [s for s in old if s not in new_set]
    new_rest = [s for s in new if s not in old_set]
    groups: list[tuple[list[Span], list[Span]]] = []
    reach = -1
    for (start, end), side in sorted([(s, 0) for s in old_rest] + [(s, 1) for s in new_rest]):
        if start >= reach:
            groups.append(([], []))
        groups[-1][side].append((start, end))
        reach = max(reach, end)
    return groups


def classify(old: list[Span], new: list[Span]) -> str:
    """joined, cut, dropped, added or other (see the module docstring)."""
    if len(new) == 1 and len(old) > 1 and (old[0][0], old[-1][1]) == new[0]:
        return "joined"
    if len(old) == 1 and len(new) > 1 and (new[0][0], new[-1][1]) == old[0]:
        return "cut"
    if not new:
        return "dropped"
    if not old:
        return "added"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help=".txt files, folders or .jsonl files")
    parser.add_argument("--baseline", type=Path, required=True, help="root of the checkout to compare with")
    parser.add_argument("--quiet", action="store_true", help="print the counts only")
    args = parser.parse_args(argv)
    articles = list(texts(args.paths))
    before, after = spans_of(articles, args.baseline), spans_of(articles)
    kinds: Counter[str] = Counter()
    for (name, text), old, new in zip(articles, before, after):
        for old_run, new_run in changes(old, new):
            kind = classify(old_run, new_run)
            kinds[kind] += 1
            if not args.quiet:
                print(f"--- {name} at {(old_run or new_run)[0][0]}: {kind}")
                print("  baseline:", [text[a:b] for a, b in old_run])
                print("  now:     ", [text[a:b] for a, b in new_run])
    sentences = sum(map(len, before))
    summary = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())) or "none"
    print(f"articles {len(articles)}, baseline sentences {sentences}, now {sum(map(len, after))}; changes: {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
