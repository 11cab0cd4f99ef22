"""Which WordNet relation links a failing paraphrased question to the sentence it expected.

For every paraphrased question of the yardstick (``evals.questions``) that fails because the
expected sentence holds too little of it (the ``coverage`` and ``unknown-word share`` gates of
``evals.question_gates``), the question's words that neither the sentence nor a stand-in of
``related_words.tsv`` covers are looked up in the Open English WordNet's YAML source, and each
relation one step from a word's three most common senses is tried: does a member of the synset it
leads to occur in the sentence? Relations: ``syn`` (the sense's synset), ``derivation``,
``pertainym``, ``participle``, ``antonym`` (counted only when the sentence says no), the synset's
``hypernym``, ``hyponym``, ``entails``, ``causes``, ``similar``, ``also`` and ``attribute``;
``prefix5`` is a sentence word sharing the first five letters (morphology the stemmer misses).

Prints, per relation, in how many questions it links at least one missing word and in how many it
links every one (only then could it lift the question over the coverage rule by itself), in how
many every missing word is reached by some relation, and how many of the questions share no word
with their sentence at all:

    python3 -m evals.paraphrase_links /tmp/oewn/src/yaml evals/questions evals/news evals/news_sixth

(needs pyyaml, in the test extra; ``--text`` prints each question with its sentence and links).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.question_gates import expected_sentence, gate  # noqa: E402
from evals.questions import judge, load_questions  # noqa: E402
from retrieval.answer.derive_related import MAX_SENSES, load  # noqa: E402
from retrieval.answer.matching import query_terms  # noqa: E402
from retrieval.answer.questions import parse_question  # noqa: E402
from retrieval.answer.related import _stop_terms, related_terms  # noqa: E402
from retrieval.engine import Engine  # noqa: E402
from retrieval.index.terms import tokenize  # noqa: E402
from retrieval.lexicon import words  # noqa: E402

__all__ = ["Links", "main", "PREFIX"]

PREFIX = 5  # letters a sentence word must share with a missing word to count as its form
_SENSE_LINKS = ("derivation", "pertainym", "participle", "antonym")
_SYNSET_LINKS = ("hypernym", "entails", "causes", "similar", "also", "attribute")
_GATES = ("coverage", "unknown-word share")


class Links:
    """One-step WordNet relations from an index term's lemmas."""

    def __init__(self, synsets: dict[str, dict], entries: dict[str, dict]) -> None:
        self._synsets, self._entries = synsets, entries
        self._lemmas: dict[str, list[str]] = defaultdict(list)  # index term -> lemmas
        for lemma in entries:
            terms = tokenize(lemma.replace("-", " "))
            if len(terms) == 1:
                self._lemmas[terms[0]].append(lemma)
        self._synset_of = {s["id"]: s["synset"] for by in entries.values() for e in by.values() for s in e.get("sense", ())}
        self._kinds: dict[str, list[str]] = defaultdict(list)
        for name, synset in synsets.items():
            for general in synset.get("hypernym", ()):
                self._kinds[general].append(name)
        self._stop = _stop_terms()

    def _steps(self, lemma: str) -> list[tuple[str, str]]:
        out = []
        for entry in self._entries.get(lemma, {}).values():
            for sense in entry.get("sense", ())[:MAX_SENSES]:
                out.append(("syn", sense["synset"]))
                out += [(k, self._synset_of[d]) for k in _SENSE_LINKS for d in sense.get(k, ()) if d in self._synset_of]
                synset = self._synsets.get(sense["synset"], {})
                out += [(k, s) for k in _SYNSET_LINKS for s in synset.get(k, ())]
                out += [("hyponym", s) for s in self._kinds.get(sense["synset"], ())]
        return out

    def relations(self, term: str, held: set[str], says_no: bool) -> set[str]:
        """The relations by which a member of a synset one step from ``term`` is in ``held``."""
        found = set()
        for lemma in self._lemmas.get(term, ()):
            for kind, synset in self._steps(lemma):
                for member in self._synsets.get(synset, {}).get("members", ()):
                    content = [t for t in tokenize(member.replace("-", " ")) if t not in self._stop]
                    if content and term not in content and all(t in held for t in content) and (kind != "antonym" or says_no):
                        found.add(kind)
        if len(term) >= PREFIX and any(t != term and t[:PREFIX] == term[:PREFIX] for t in held):
            found.add("prefix5")
        return found


def _missing(engine: Engine, question: str, target: int) -> tuple[list[str], set[str], bool]:
    """The question's words neither the sentence nor a stand-in covers, the sentence's terms, and
    whether it shares any word (or stand-in) with the question."""
    parsed = parse_question(question)
    terms = list(dict.fromkeys(query_terms(parsed.verb) + query_terms(parsed.topic)))
    held = set(tokenize(engine.library.text(target)))
    covered = [t for t in terms if t in held or any(all(p in held for p in r.split("_")) for r in related_terms(t))]
    return [t for t in terms if t not in covered], held, bool(covered)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="the YAML source folder (english-wordnet/src/yaml)")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--text", action="store_true", help="print each question, its sentence and its links")
    args = parser.parse_args(argv)
    links = Links(*load(args.wordnet))
    negations = words("negation_words.txt")
    engines: dict[Path, Engine] = {}
    some: Counter[str] = Counter()
    every: Counter[str] = Counter()
    read = nothing = together = 0
    for q in load_questions(args.paths, Path(".")):
        if not q.paraphrase or q.no_answer:
            continue
        engine = engines.get(q.corpus) or engines.setdefault(q.corpus, Engine.from_paths([q.corpus])[0])
        answer = engine.ask(q.question)
        if judge(q, answer).passed or not gate(engine, q, answer).startswith(_GATES):
            continue
        target = expected_sentence(engine, q, [x.text for x in answer.answers[:5]])
        if target is None:
            continue
        missing, held, shares = _missing(engine, q.question, target)
        says_no = bool(held & negations) or any(t.endswith("nt") for t in held)
        found = {t: links.relations(t, held, says_no) for t in missing}
        read, nothing = read + 1, nothing + (not shares)
        together += bool(found) and all(found.values())  # every missing word reached, by any relation
        for kind in set().union(*found.values()) if found else set():
            some[kind] += 1
            every[kind] += all(kind in f for f in found.values())
        if args.text:
            print(f"{q.question}  ({q.source})\n    > {' '.join(engine.library.text(target).split())[:200]}\n    {found}")
    print(f"{read} paraphrased questions fail on coverage; {nothing} share no word with their sentence;")
    print(f"in {together} every missing word is reached by one relation or another")
    for kind, n in some.most_common():
        print(f"{kind:<12} links a missing word in {n:3d}; every missing word in {every[kind]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
