"""Score quotebot's sentence splitter on JSON test cases.

Each JSON file is a list of cases ``{"id", "name", "text", "expected": [sentences]}``; a case passes
when ``split_text(text)`` equals ``expected`` exactly. Prints passed/total per file and every
failing case, so a change to the splitter can be judged in one run.

    python3 evals/splitting.py ../shared/eval/golden_rules_en.json ../shared/eval/news_sentences_en.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.text.sentences import split_text  # noqa: E402


def score_file(path: Path) -> tuple[int, int, list[str]]:
    """Return (passed, total, failure reports) for one JSON file of cases."""
    cases = json.loads(path.read_text(encoding="utf-8"))
    failures: list[str] = []
    for case in cases:
        got = split_text(case["text"])
        if got != case["expected"]:
            failures.append(
                f"  #{case['id']} {case['name']}\n"
                f"    expected: {json.dumps(case['expected'], ensure_ascii=False)}\n"
                f"    got:      {json.dumps(got, ensure_ascii=False)}"
            )
    return len(cases) - len(failures), len(cases), failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="JSON files of splitting cases")
    args = parser.parse_args(argv)
    for path in args.files:
        passed, total, failures = score_file(path)
        print(f"{path.name}: {passed}/{total}")
        for report in failures:
            print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
