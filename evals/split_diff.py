"""Compare quotebot's sentence splitter with its slow reference path, article by article.

The reference is pysbd on every block plus the same corrections (``retrieval.text.fixes``),
which is what ``split_spans`` gave before any fast path existed; the fast path must give exactly
the same spans. Reads ``.txt`` files or folders (every ``*.txt`` inside, recursively) and JSON
Lines files with a ``text`` field (such as PolNeAR's ``dev.jsonl``); each article is parsed the
way the loader parses it and every kept paragraph is split both ways. Prints the number of
articles, blocks and sentences compared, the number of blocks that differ, and the first few
differences side by side. Exits 1 when anything differs.

    python3 evals/split_diff.py seeds evals/wire/articles ../shared/eval/polnear/dev.jsonl
    python3 evals/split_diff.py --raw ../shared/eval/polnear/test.jsonl   # whole texts, no loader
    python3 evals/split_diff.py --fuzz 200000                             # generated tricky paragraphs

``--fuzz N`` also compares N seeded random paragraphs built from the pieces pysbd has rules for
(abbreviations in any case, initials, lone letters, numbers, quotes, brackets, odd spaces).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pysbd.lang.english import English  # noqa: E402

from retrieval.text.corpus import parse_article  # noqa: E402
from retrieval.text.fixes import Span, correct_spans  # noqa: E402
from retrieval.text.sentences import _blocks, _block_spans, pysbd_spans  # noqa: E402



def texts(paths: list[Path]) -> Iterator[tuple[str, str]]:
    """(name, text) of every article in the given files and folders."""
    for path in paths:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines):
                    yield f"{path.name}:{number + 1}", json.loads(line)["text"]
        elif path.is_dir():
            for file in sorted(path.rglob("*.txt")):
                yield str(file), file.read_text(encoding="utf-8")
        else:
            yield str(path), path.read_text(encoding="utf-8")


def reference_spans(block: str) -> list[Span]:
    """The slow path: pysbd on the whole block, then the corrections."""
    flat = block.replace("\r", " ").replace("\n", " ")
    return correct_spans(block, pysbd_spans(flat))


_FUZZ_WORDS = "the said he is no a I it plan officials U.S. U.N. a.m. p.m. 3.5% $4.7 1:30 5,000 2 11 (AP) ok end.12 No.5 v.2 i.e. e.g. Ph.D. A.M. P.M.".split()
_FUZZ_ENDS = [".", ".", ".", "!", "?", ",", ".”", ",”", "?”", '."', ".)", ":", ";", ""]
_FUZZ_GAPS = [" ", " ", " ", " ", "  ", "\xa0", " “", ' "', " (", " — "]


def fuzz_paragraphs(count: int, seed: int) -> Iterator[str]:
    """Random paragraphs dense in what pysbd has special rules for."""
    rng = random.Random(seed)
    abbreviations = sorted(English.Abbreviation.ABBREVIATIONS)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(2, 14)):
            kind = rng.random()
            if kind < 0.3:
                word = rng.choice(abbreviations)
                word = rng.choice([word, word.capitalize(), word.upper()])
            elif kind < 0.45:
                word = rng.choice(letters)
            else:
                word = rng.choice(_FUZZ_WORDS)
            word = word.capitalize() if rng.random() < 0.3 else word
            parts.append(word + (rng.choice(_FUZZ_ENDS) if rng.random() < 0.5 else ""))
            parts.append(rng.choice(_FUZZ_GAPS))
        yield "".join(parts).strip()


def regions(name: str, text: str, raw: bool) -> list[tuple[int, int]]:
    if raw:
        return [(0, len(text))]
    return [(p.start, p.end) for p in parse_article(name, text).paragraphs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help=".txt files, folders or .jsonl files")
    parser.add_argument("--raw", action="store_true", help="split whole texts (no header or boilerplate handling)")
    parser.add_argument("--fuzz", type=int, default=0, help="also compare this many generated paragraphs")
    parser.add_argument("--show", type=int, default=10, help="how many differences to print in full")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated paragraphs")
    args = parser.parse_args(argv)
    sources = [(name, text, args.raw) for name, text in texts(args.paths)]
    articles = blocks = sentences = differing = 0
    generated = ((f"fuzz:{n}", text, True) for n, text in enumerate(fuzz_paragraphs(args.fuzz, args.seed)))
    for name, text, raw in (*sources, *generated):
        articles += 1
        for start, end in regions(name, text, raw):
            for b_start, b_end in _blocks(text, start, end):
                block = text[b_start:b_end]
                blocks += 1
                new, old = _block_spans(block), reference_spans(block)
                sentences += len(old)
                if new == old:
                    continue
                differing += 1
                if differing <= args.show:
                    print(f"--- {name} at {b_start}")
                    print("  reference:", [block[s:e] for s, e in old])
                    print("  fast:     ", [block[s:e] for s, e in new])
    print(f"articles {articles}, blocks {blocks}, reference sentences {sentences}, blocks that differ {differing}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
