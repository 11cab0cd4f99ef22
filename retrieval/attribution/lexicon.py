"""The attribution rules' word lists, read once from ``retrieval/lexicon/``.

Every list the rules consult lives in a plain file documented in ``retrieval/lexicon/README.md``;
this module only parses them into frozen lookup tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from retrieval.lexicon import lines

__all__ = ["Verb", "Lexicon", "lexicon"]



@dataclass(frozen=True, slots=True)
class Verb:
    """One form of a reporting verb and what the rules may do with it."""

    lemma: str
    form: str
    strict: bool  # needs a quote, "that", ":" or a trailing clause, or a named speaker
    firm: bool  # strict even after a named speaker ("Apple added 500 jobs")
    invert: bool  # may stand before its speaker ("said Smith")
    participle: bool  # an -ing form ("saying"), which takes the main clause's subject
    finite: bool  # a past or -s form that is never a noun ("said", "added"), so it ends a phrase
    needs: frozenset[str] = frozenset()  # particles it needs to be speech ("point" needs "out", "speak" "about" or "of")
    not_before: frozenset[str] = frozenset()  # words after it that make it no speech ("reported from")
    labels: bool = False  # speech only as a quoted label after its object ("called the deal “a disgrace”")
    via: str | None = None  # the word between object and label ("described the deal as “...”")
    mined: bool = False  # from mined_verbs.tsv: a stance verb ("denied"), whose subject must be able to speak
    also: frozenset[str] = frozenset()  # particles that make a labels verb speech ("called for")
    subjects: frozenset[str] = frozenset()  # the only heads its speaker may have ("the court heard")
    alone: bool = False  # speech with nothing after it ("Mr Valentine agreed."): a stance taken
    object_also: frozenset[str] = frozenset()  # particles after an object pronoun ("called her out")
    closing: bool = False  # speech only closing the sentence after a comma ("..., court files show.")
    figures: bool = False  # says what a figure will be: speech after people even before a number ("analysts forecast sales of $4m")
    evidence: bool = False  # speech after a document as subject ("the poll found that"), never after a person
    direct: bool = False  # speech only after its own subject, never after "and" ("stood by and apologized")
    clause: bool = False  # also speech without its particle or closing clause, before a reported clause ("ruled that")
    speaks: bool = False  # its subject must be able to speak ("Skeptics pointed to ...", never "Dow futures")


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Verb]
    titles: frozenset[str]
    roles: frozenset[str]
    groups: dict[str, str]  # head noun -> organisation / group / unnamed
    pronouns: dict[str, str]  # pronoun -> person-male / person-female / person / group
    subject_pronouns: frozenset[str]  # every subject pronoun, "you" included: a speaker, never a name
    pronoun_genders: dict[str, str]  # "he" -> male, "she" -> female
    honorifics: dict[str, str]  # "mr." / "ms" -> male / female
    proper_groups: frozenset[str]  # plural groups written with a capital ("Democrats")
    quote_pairs: tuple[tuple[str, str], ...]
    edge_quotes: frozenset[str]  # single quotes, also apostrophes: marks only at a word's edge
    first_names: dict[str, str]  # first name -> male / female
    words: dict[str, frozenset[str]]  # function-word class -> words
    idioms: frozenset[str]  # two-word set phrases holding a reporting word ("all told")


def _verbs() -> dict[str, Verb]:
    out: dict[str, Verb] = {}
    # Hand-written verbs first; mined ones (lemma, forms, counts, flags) add the forms not yet known.
    mined = [row.split("\t") for row in lines("mined_verbs.tsv")]
    rows = [(line, None) for line in lines("reporting_verbs.txt")]
    rows += [(f"{r[1]} | {r[4] if len(r) > 4 else ''}", r[0]) for r in mined]
    for line, lemma in rows:
        forms, _, flags = line.partition("|")
        words = forms.split() if lemma is None else [lemma, *forms.split()]
        flagset = set(flags.split())
        options = dict(flag.split("=", 1) for flag in flagset if "=" in flag)
        needs = frozenset(options["needs"].split(",")) if "needs" in options else frozenset()
        not_before = frozenset(options["notbefore"].split(",")) if "notbefore" in options else frozenset()
        for form in words if lemma is None else words[1:]:
            if form in out:
                continue
            finite = form != words[0] and not form.endswith("ing") and (not form.endswith("s") or form == "says")
            strict = "strict" in flagset or "firm" in flagset
            participle = form.endswith("ing")
            out[form] = Verb(
                words[0], form, strict, "firm" in flagset, "noinvert" not in flagset, participle, finite, needs, not_before,
                "labels" in flagset, options.get("via"), lemma is not None,
                frozenset(options["also"].split(",")) if "also" in options else frozenset(),
                frozenset(options["subjects"].split(",")) if "subjects" in options else frozenset(),
                "alone" in flagset,
                frozenset(options["objectalso"].split(",")) if "objectalso" in options else frozenset(),
                "closing" in flagset,
                "figures" in flagset,
                "evidence" in flagset,
                "direct" in flagset,
                "clause" in flagset,
                "speaks" in flagset,
            )
    return out


def _table(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines(name):
        key, value = line.split("\t")
        out[key.strip()] = value.strip()
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The parsed word lists (read on first use, then cached)."""
    words: dict[str, set[str]] = {}
    # A word may sit in several classes ("since", "later"), so read the file row by row.
    for line in lines("function_words.tsv"):
        word, cls = line.split("\t")
        words.setdefault(cls.strip(), set()).add(word.strip())
    rows = [line.split("\t") for line in lines("quote_marks.tsv")]
    pairs = tuple((row[0], row[1]) for row in rows)
    edge = frozenset(mark for row in rows if row[2:] == ["edge"] for mark in row[:2])
    pronouns = _table("pronouns.tsv")
    return Lexicon(
        verbs=_verbs(),
        titles=frozenset(w for line in lines("titles.txt") for w in line.split()),
        roles=frozenset(w for line in lines("roles.txt") for w in line.split()),
        groups=_table("speaker_groups.tsv"),
        pronouns={p: kind for p, kind in pronouns.items() if kind != "-"},
        subject_pronouns=frozenset(pronouns),
        pronoun_genders={p: kind.removeprefix("person-") for p, kind in pronouns.items() if kind.startswith("person-")},
        honorifics=_table("honorifics.tsv"),
        proper_groups=frozenset(w for line in lines("proper_groups.txt") for w in line.split()),
        quote_pairs=pairs,
        edge_quotes=edge,
        # The hand-picked names win over the ones derived from the SSA counts.
        first_names={**_table("first_names_ssa.tsv"), **_table("first_names.tsv")},
        words={cls: frozenset(ws) for cls, ws in words.items()},
        idioms=frozenset(" ".join(line.lower().split()) for line in lines("speech_idioms.txt")),
    )
