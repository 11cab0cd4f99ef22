"""Mine reporting and stance verbs from the cue words people annotated in PolNeAR's train split.

    python3 evals/mine_cue_verbs.py ../shared/eval/polnear/train.jsonl [--out retrieval/lexicon/mined_verbs.tsv]

For every verb form inside an annotated cue ("denied", "has blamed", "called for"), counts how
often the form is a cue and how often it occurs in the articles at all. A lemma is kept when its
forms are cues at least ``MIN_CUES`` times and in at least ``MIN_CUE_RATE`` of their occurrences,
and it is no belief, perception, intention, evidence or action verb (``cue_exclusions.txt``: the
annotators mark "thinks" and "voted" as cues too, but they report no words). Lemmas already in
``reporting_verbs.txt`` keep their hand-written flags. Writes one line per lemma with its forms,
the counts, and the flags the counts give: ``strict`` below ``LOOSE_CUE_RATE`` (the form often
is no cue: it needs a quote, "that" or a named speaker), ``noinvert`` when no annotated cue ever
stands right before its source ("..., insisted Smith"). Deterministic: the same input gives the
same file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.lexicon import lines  # noqa: E402

__all__ = ["lemma_of", "forms_of", "mine", "main"]

# A lemma is kept when its forms are annotated cues at least this often in train ...
MIN_CUES = 5
# ... and in at least this share of their occurrences ("declined" is a cue in 77% of its uses;
# "support" in 18%: mostly it is no one's words).
MIN_CUE_RATE = 0.5
# Below this share the verb often has another sense ("confirmed her nomination"), so it needs a
# quote, "that", a colon or a named speaker beside it.
LOOSE_CUE_RATE = 0.8
# A source starting this few characters after its cue stands right after it ("said Smith").
INVERTED_GAP = 2
_WORD = re.compile(r"[a-z]+")
OUT = Path(__file__).resolve().parent.parent / "retrieval" / "lexicon" / "mined_verbs.tsv"


def _candidates(form: str) -> list[str]:
    """Possible lemmas of an inflected form, most likely first."""
    out = [form]
    if form.endswith("ied") or form.endswith("ies"):
        out.append(form[:-3] + "y")
    if form.endswith("ing"):
        out += [form[:-3], form[:-3] + "e", form[:-4]]
    if form.endswith("ed"):
        out += [form[:-2], form[:-1], form[:-3]]
    if form.endswith("es"):
        out += [form[:-2]]
    if form.endswith("s"):
        out += [form[:-1]]
    return [c for c in out if len(c) > 2]


def forms_of(lemma: str) -> tuple[str, str, str, str]:
    """Base, -s, past and -ing forms by the regular rules of English spelling."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third, past = lemma + "es", lemma + "ed"
    else:
        third, past = lemma + "s", lemma + ("d" if lemma.endswith("e") else "ed")
    ing = lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing"
    return lemma, third, past, ing


# Stems that end so take a silent "e" ("acquiesc-ed", "allud-ed", "deriv-ed") when the articles
# never use the base form itself to tell; so does a one-syllable stem ending in one vowel and one
# consonant that the past does not double ("fum-ed", "jok-ed"; "slam" doubles to "slammed").
_SILENT_E = re.compile(r"(?:[cvz]|[aeiou][sg]|[iu]d)$|^[^aeiouy]*[aeiouy][^aeiouywx]$")
# A stem ending in a doubled consonant is a doubled past's stem ("slamm-ed"), unless English
# doubles it in the base too ("dismiss", "tell", "staff", "buzz").
_DOUBLED = re.compile(r"([^aeiouylsfz])\1$")


def lemma_of(form: str, vocabulary: Counter[str]) -> str | None:
    """The lemma of a verb form: a candidate whose regular past tense (or doubled-consonant past,
    "slammed") occurs in the articles; the one the articles use most as a word (with its -s
    form), and when they use neither, the spelling rule of a silent "e"."""
    fitting = []
    for lemma in _candidates(form):
        past = forms_of(lemma)[2]
        doubled = lemma + lemma[-1] + "ed"
        inflected = {*forms_of(lemma), lemma + lemma[-1] + "ing", doubled}
        if form in inflected and (vocabulary[past] or vocabulary[doubled]):
            fitting.append(lemma)
    if not fitting:
        return None

    def evidence(lemma: str) -> tuple[int, bool, bool]:
        seen = vocabulary[lemma] + vocabulary[forms_of(lemma)[1]]
        doubled_here = form.startswith(lemma + lemma[-1]) and not lemma.endswith("e")
        spelt = doubled_here or lemma.endswith("e") == bool(_SILENT_E.search(lemma.removesuffix("e")))
        return seen, not _DOUBLED.search(lemma), spelt

    return max(fitting, key=evidence)


def _doubles(lemma: str, seen: list[str]) -> bool:
    """ "slam" -> "slammed": the regular forms made from the base would be misspelt."""
    return any(f.startswith(lemma + lemma[-1]) for f in seen)


def mine(articles: list[dict]) -> list[tuple[str, list[str], int, int, set[str]]]:
    """(lemma, forms seen or made, cue count, occurrences, flags) for every kept lemma, by lemma."""
    vocabulary: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    inverted: Counter[str] = Counter()
    for article in articles:
        text = article["text"]
        vocabulary.update(_WORD.findall(text.lower()))
        for attribution in article["attributions"]:
            for start, end in attribution["cue"]:
                words = _WORD.findall(text[start:end].lower())
                cues.update(set(words))
                sources = [s for s, _ in attribution["source"]]
                if words and any(0 <= s - end <= INVERTED_GAP for s in sources):
                    inverted[words[-1]] += 1
    excluded = {w for line in lines("cue_exclusions.txt") for w in line.split("\t")[0].split()}
    known = {line.split("|")[0].split()[0] for line in lines("reporting_verbs.txt")}
    known_forms = {form for line in lines("reporting_verbs.txt") for form in line.split("|")[0].split()}
    by_lemma: dict[str, list[str]] = {}
    for form in sorted(set(cues) - known_forms):
        lemma = lemma_of(form, vocabulary)
        if lemma is not None:
            by_lemma.setdefault(lemma, []).append(form)
    out = []
    for lemma, seen in sorted(by_lemma.items()):
        if lemma in excluded or lemma in known:
            continue
        forms = sorted(set(forms_of(lemma)) | set(seen)) if not _doubles(lemma, seen) else sorted({lemma, forms_of(lemma)[1], *seen})
        if lemma.endswith("ize"):  # British spelling: "criticise", "criticised"
            forms = sorted({*forms, *(f.replace("iz", "is") for f in forms)})
        # A form used often in another sense ("a question", "pledged delegates") is left out; the
        # lemma's other forms may still be speech ("questioned").
        kept = [f for f in forms if f not in known_forms and (vocabulary[f] < MIN_CUES or cues[f] >= MIN_CUE_RATE * vocabulary[f])]
        count = sum(cues[f] for f in kept)
        occurrences = sum(vocabulary[f] for f in kept)
        if count < MIN_CUES or count < MIN_CUE_RATE * occurrences:
            continue
        flags = set()
        if count < LOOSE_CUE_RATE * occurrences:
            flags.add("strict")
        if not any(inverted[f] for f in kept):
            flags.add("noinvert")
        out.append((lemma, kept, count, occurrences, flags))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, help="PolNeAR train.jsonl")
    parser.add_argument("--out", type=Path, default=OUT, help="the lexicon file to write")
    args = parser.parse_args(argv)
    articles = [json.loads(line) for line in args.train.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = mine(articles)
    header = [
        f"# Mined by evals/mine_cue_verbs.py from {args.train.name} ({len(articles)} articles of PolNeAR's train split,",
        "# Newell et al., LREC 2018): lemma, its forms, how often they are annotated cues, how often they occur,",
        f"# and flags (strict: cue in under {LOOSE_CUE_RATE:.0%} of uses; noinvert: never right before its source).",
        "# Regenerate rather than edit; hand-written verbs and flags are in reporting_verbs.txt.",
    ]
    body = [f"{lemma}\t{' '.join(forms)}\t{count}\t{occurrences}\t{' '.join(sorted(flags))}" for lemma, forms, count, occurrences, flags in rows]
    args.out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
