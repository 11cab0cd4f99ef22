"""Which gate of the question layer left out the sentence a failed question expected.

For every answerable question of the yardstick (``evals.questions``) that fails, the expected
sentence is the one holding an expected substring no shown quote holds (the one whose speaker is
an expected speaker when several do). It is then followed through the engine's steps, and the
first step that loses it is printed:

- ``not in one sentence``: the expected words are split over sentences;
- ``attribution``: the sentence's speaker is not the speaker expected (or nobody): the
  attribution layer's error, counted apart;
- ``publisher filter`` / ``date filter``: the question's source or period leaves its article out;
- ``speaker not found`` / ``speaker restriction``: "what did X say" finds nobody, or not its speaker,
  as the engine reads the subject (``retrieval.answer.subjects.asked_speakers``);
- ``claim verb unheld``: the articles lack the claim's verb and its relatives;
- ``unknown-word share``: too many question words occur nowhere (``MAX_UNKNOWN_SHARE``);
- ``coverage``: the sentence holds too little of the question's weight (literal and related
  share printed) ; ``required claim verb``: it lacks the claim's verb; ``negation``;
- ``figure``: a "how many" sentence whose figure the count rules refuse;
- ``aggregate``: "who is quoted about X?" ranks the speaker below the five shown, or shows
  another quote of theirs;
- ``passes alone``: the handler answers with it when it is the only candidate: a competitor,
  the BM25 candidate cut or the second pass not running lost it; ``ranked N``: in the answer's
  ranking, below what is shown.

    python3 -m evals.question_gates evals/questions evals/news
    python3 -m evals.question_gates evals/questions evals/news --empty   # empty answers only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.questions import TOP, Question, judge, load_questions  # noqa: E402
from evals.wire_eval import names_match  # noqa: E402
from retrieval.answer.claims import claim_terms, unheld_claim  # noqa: E402
from retrieval.answer.intents import _negated  # noqa: E402
from retrieval.answer.matching import MIN_TOPIC_COVERAGE, TermWeights, query_terms  # noqa: E402
from retrieval.answer.publishers import find_source, names_a_source  # noqa: E402
from retrieval.answer.questions import parse_question  # noqa: E402
from retrieval.answer.related import term_groups  # noqa: E402
from retrieval.answer.scope import Scope  # noqa: E402
from retrieval.answer.search import says_no  # noqa: E402
from retrieval.answer.subjects import asked_speakers  # noqa: E402
from retrieval.engine import Engine  # noqa: E402
from retrieval.index.terms import tokenize  # noqa: E402

__all__ = ["expected_sentence", "gate", "main", "AGGREGATE_DEPTH"]

# Speakers an aggregate answer is asked to rank when the gate looks for the expected one.
AGGREGATE_DEPTH = 50


def _flat(text: str) -> str:
    return " ".join(text.split())


def expected_sentence(engine: Engine, q: Question, shown: Sequence[str]) -> int | None:
    """The sentence holding an expected substring no shown quote holds, its speaker expected if possible."""
    lib = engine.library
    missing = [s for s in q.expect_substrings if not any(_flat(s) in _flat(t) for t in shown)] or list(q.expect_substrings)
    holding = [i for i in range(len(lib)) if any(_flat(s) in _flat(lib.text(i)) for s in missing)]
    if not holding:
        return None

    def speaker_ok(i: int) -> bool:
        a = lib.attribution(i)
        return bool(a) and (not q.expect_speakers or any(names_match(w, a.speaker) for w in q.expect_speakers))

    return next((i for i in holding if speaker_ok(i)), holding[0])


def _understood(engine: Engine, text: str):  # type: ignore[no-untyped-def]
    source = find_source(text, engine._publishers) if names_a_source(text) and engine._publishers else None
    if source is not None and engine._answering.speakers.find(parse_question(text).subject or ""):
        source = None
    parsed, within, period = engine._understand(source.rest if source else text)
    if source is not None:
        mask = engine._mask(Scope(), source.publisher)
        allowed = np.flatnonzero(mask)
        within = allowed if within is None else within[np.isin(within, allowed)]
    return parsed, within, period


def _speaker_gate(engine: Engine, parsed, target: int) -> str | None:  # type: ignore[no-untyped-def]
    """Whom the engine's own reading of the subject finds (``subjects.asked_speakers``, what
    ``what_did_say`` searches), and whether the target is among the sentences it searches."""
    answering, lib = engine._answering, engine.library
    subject = parsed.subject or ""
    asked = asked_speakers(lib, answering.speakers, answering.attributed, subject, answering._role, answering.quoted_by)
    if not asked:
        return f"speaker not found: “{subject}”"
    pool = asked.pool(answering.quoted_by)
    if target not in pool:
        if not asked.found and not len(asked.also):
            return f"speaker restriction: “{subject}” via sentences"
        names = ", ".join(lib.speakers[s].name for s in asked.found[:3]) or "only quotes filed under other names"
        return f"speaker restriction: “{subject}” found {names}"
    if not parsed.topic:
        return f"no topic: the speaker's first quotes in corpus order (it is #{int(np.flatnonzero(pool == target)[0]) + 1})"
    return None


def _topic_gate(engine: Engine, parsed, target: int, verb_soft: bool) -> str:  # type: ignore[no-untyped-def]
    """Why the target is not kept by the two passes when it is the only candidate."""
    lib = engine.library
    verb = query_terms(parsed.verb) if verb_soft else []
    terms = list(dict.fromkeys(verb + query_terms(parsed.topic)))
    terms, _ = engine._answering._negative_words(terms)
    weights = TermWeights(terms, [lib.document_frequency(t) for t in terms], len(lib), verb)
    if not weights.answerable:
        lacking = [t for t in terms if lib.document_frequency(t) == 0]
        return f"unknown-word share: {lacking} of {terms}"
    held = set(tokenize(lib.text(target)))
    literal = weights.coverage(held)
    groups = term_groups(terms, lib.document_frequency)
    standing = {t for g in groups for t in g.stand_ins if t in held}
    related = weights.coverage(held | {t for g in groups for t in g.asked if set(g.stand_ins) & standing})
    claim = claim_terms(parsed.topic) if verb_soft else frozenset()
    if literal < MIN_TOPIC_COVERAGE and related < MIN_TOPIC_COVERAGE:
        rare = min(weights.known, key=lib.document_frequency) if weights.known else None
        return (
            f"coverage: literal {literal:.2f}, with stand-ins {related:.2f} < {MIN_TOPIC_COVERAGE}"
            f" (terms {terms}; holds {[t for t in terms if t in held]}; rarest {rare}{' held' if rare in held else ''})"
        )
    if claim and not claim & held:
        return f"required claim verb: none of {sorted(claim)[:6]}"
    if _negated(parsed.topic) and not says_no(lib.text(target), weights.known):
        return "negation: the sentence says no no"
    return f"passes the coverage rule (literal {literal:.2f}, stand-ins {related:.2f}) but the passes left it out"


def _aggregate_gate(engine: Engine, q: Question, parsed, target: int, within, period) -> str | None:  # type: ignore[no-untyped-def]
    """Where an aggregate answer ranks the target's speaker (asked for every speaker, not five),
    and whether the quote it shows for them is another; None when it ranks them nowhere."""
    lib = engine.library
    name = lib.speakers[int(lib.speaker_ids[target])].name
    ranked = engine._answering.speakers_most(q.question, parsed, AGGREGATE_DEPTH, within, period).speakers
    at = next((r for r, t in enumerate(ranked) if t.name == name), None)
    if at is None:
        return None
    if at >= TOP:
        return f"aggregate: {name} ranked #{at + 1} of {len(ranked)}, below the {TOP} shown"
    if not any(x.text == lib.text(target) for x in ranked[at].quotes[:1]):
        return f"aggregate: {name} ranked #{at + 1}, shown with another quote of theirs"
    return None


def _handler(engine: Engine, parsed):  # type: ignore[no-untyped-def]
    a = engine._answering
    return {"what_did_say": a.what_did_say, "timeline": a.what_did_say, "how_many": a.how_many, "speakers": a.speakers_most}.get(
        parsed.intent, a.who_said
    )


def gate(engine: Engine, q: Question, answer) -> str:  # type: ignore[no-untyped-def]
    """The first step that loses the expected sentence (see the module docstring)."""
    lib = engine.library
    target = expected_sentence(engine, q, [x.text for x in answer.answers[:5]])
    if target is None:
        return "not in one sentence"
    a = lib.attribution(target)
    if q.expect_speakers and (a is None or not any(names_match(w, a.speaker) for w in q.expect_speakers)):
        return f"attribution: the sentence's speaker is {a.speaker if a else 'nobody'}"
    parsed, within, period = _understood(engine, q.question)
    if within is not None and target not in within:
        return "date filter" if period is not None else "publisher filter"
    if parsed.intent in ("what_did_say", "timeline"):
        why = _speaker_gate(engine, parsed, target)
        if why:
            return why
    if parsed.intent == "speakers":
        why = _aggregate_gate(engine, q, parsed, target, within, period)
        if why:
            return why
    unheld = unheld_claim(parsed.topic, lib.document_frequency) if parsed.intent not in ("what_did_say", "timeline", "how_many") else None
    if unheld:
        return f"claim verb unheld: “{unheld}”"
    alone = _handler(engine, parsed)(q.question, parsed, 5, np.array([target], np.int64), period)
    if any(x.document == lib.sentence(target).document and x.sentence == lib.sentence(target).index for x in alone.answers):
        ranked = [(x.document, x.sentence) for x in answer.answers]
        return f"passes alone: lost to competitors or the candidate cut ({answer.total} found, {len(ranked)} shown)"
    if parsed.intent == "how_many":
        return "figure: the count rules or the coverage of a figure's sentence refuse it"
    return _topic_gate(engine, parsed, target, parsed.intent not in ("what_did_say", "timeline"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--empty", action="store_true", help="only questions given an empty answer")
    parser.add_argument("--text", action="store_true", help="print the expected sentence under each")
    args = parser.parse_args(argv)
    engines: dict[Path, Engine] = {}
    tally: Counter[str] = Counter()
    for q in load_questions(args.paths, args.root):
        if q.no_answer:
            continue
        engine = engines.get(q.corpus) or engines.setdefault(q.corpus, Engine.from_paths([q.corpus])[0])
        answer = engine.ask(q.question)
        verdict = judge(q, answer)
        if verdict.passed or (args.empty and not verdict.empty):
            continue
        why = gate(engine, q, answer)
        tally[why.split(":")[0]] += 1
        print(f"{'EMPTY' if verdict.empty else 'WRONG'} {q.question}  ({q.source})\n    {why}")
        target = expected_sentence(engine, q, [x.text for x in answer.answers[:5]])
        if args.text and target is not None:
            print(f"    > {_flat(engine.library.text(target))[:240]}")
    print("\n" + "\n".join(f"{n:4d}  {name}" for name, n in tally.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
