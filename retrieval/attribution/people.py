"""People in an article: every person it names, their title, and the sentences naming them.

Found once per article from runs of capitalised words (no tokenizing): a run is a person when it
starts with a known first name, holds or follows a title ("Pentagon spokesman Jonathan Hoffman",
"U.S. President Donald Trump"), or ends in a word the article also uses alone ("Lucia Ortiz" ...
"Ortiz said"). ``resolve`` links surnames and pronouns to these people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Collection, Iterable, Sequence

from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.namesakes import merge_surnames
from retrieval.attribution.person import Person, is_initial, person_key
from retrieval.attribution.name_context import addressed, opens_clause, owner_before, title_before, titled_after, unowned

__all__ = ["Person", "MAX_SUBJECT_START", "by_surname", "is_initial", "scan_people", "person_key"]

# A name starting within this many words of the sentence start is taken as its subject
# ("Former Pennsylvania Gov. Ed Rendell, who ..., agreed").
MAX_SUBJECT_START = 4
# Characters that surely hold more than MAX_SUBJECT_START words, so counting can stop.
SUBJECT_CHARS = 80
# Characters after a run that surely hold name_context.MAX_APPOSITIVE_WORDS words.
APPOSITIVE_CHARS = 60
# A run of more name words than this is a title, a list or a headline, not one person's name.
MAX_NAME_WORDS = 4
# "J.": a word this short with a final period is an initial, so a run ending on it keeps the period.
INITIAL_WITH_STOP = 2
# "Erica and Roger Triantafilo": two first names sharing one surname.
_COUPLE = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w’'\-]+)")
# A lone name followed by an office and another name: "McConnell spokesman Don Stewart".
_OWNED_OFFICE = re.compile(r"[ \t]+([\w\-]+)[ \t]+[A-Z]")
_NOT_NAMES = ("aux", "boundary", "preposition", "determiner", "time", "leading", "label", "sentence_opener")


def by_surname(people: Iterable[Person], spoke: Callable[[], Collection[str]], surname: str, gender: str | None, index: int) -> Person | None:
    """The person a bare surname in sentence ``index`` names: of that surname (a full name before
    a bare "Mr. Smith" entry), of a fitting gender, one who ``spoke()`` before a namesake only
    mentioned, and of those the one named most recently."""
    people = list(people)
    candidates = [p for p in people if p.surname == surname.lower()]
    candidates = [p for p in candidates if p.key[0]] or candidates
    if not candidates:
        # Family name first ("Xi Jinping" ... "Xi said"): the one person whose name starts so.
        firsts = [p for p in people if p.key[0] == surname.lower()]
        candidates = firsts if len(firsts) == 1 else []
    candidates = [p for p in candidates if not (gender and p.gender and gender != p.gender)]
    if len(candidates) > 1:
        # "Cruz said" after Ted Cruz spoke and Heidi Cruz was only mentioned: the one who spoke.
        said = spoke()
        candidates = [p for p in candidates if p.name in said] or candidates
    best, best_seen = None, -1
    for person in candidates:
        seen = max((m for m in person.mentions if m <= index), default=-1)
        if seen > best_seen:
            best, best_seen = person, seen
    return best


@lru_cache(maxsize=1)
def _capital_run() -> re.Pattern[str]:
    """Capitalised words in a row, name particles allowed inside ("Osama bin Laden"). The word
    boundary is checked after the first capital (a lookbehind), so the search skips to capitals."""
    rest = r"[\w’'\-]*(?:\.[\w’'\-]+)*\.?"  # after the capital: "Trump", "U.S.", "al-Asad", "J."
    particles = "|".join(sorted(lexicon().words["name_particle"]))
    return re.compile(rf"[A-Z](?<=\b[A-Z]){rest}(?:[ \t]+(?:(?:{particles})[ \t]+)*[A-Z]{rest})*")


def _alone(found: Sequence[Sequence[tuple[int, str]]]) -> set[str]:
    """Capitalised words standing alone somewhere in the article (a run with no space), lower case."""
    return {_bare(run.rsplit(None, 1)[-1]) for runs in found for _, run in runs if " " not in run}


@lru_cache(maxsize=1 << 16)  # read once per capitalised word: a vocabulary's worth, bounded
def _bare(word: str) -> str:
    """The word without a final period or possessive, lower case ("Trump’s" -> "trump")."""
    return word.rstrip(".").removesuffix("’s").removesuffix("'s").lower()


def _runs(text: str, start: int, run: str):
    """(words, words before them in the sentence, the sentence text before them, the start of the
    text after them) for a run of capitalised words; a possessive ends a run ("Spain’s | Lucia Ortiz")."""
    words = run.split()
    prefix = text[:start]
    before = _words_before(prefix)
    first = 0
    for k, word in enumerate(words):
        if word.endswith(("’s", "'s")) and k + 1 < len(words):
            yield words[first : k + 1], before + first, prefix, ""
            first = k + 1
    yield words[first:], before + first, prefix, text[start + len(run) : start + len(run) + APPOSITIVE_CHARS]


def _words_before(prefix: str) -> int:
    """Only the first few words of a sentence matter (the subject); count no further."""
    return len(prefix.split()) if len(prefix) < SUBJECT_CHARS else MAX_SUBJECT_START + 1


@dataclass
class _Scan:
    """What one article's scan knows so far: who is named, which surnames were given in full."""

    skip: frozenset[str]  # function words that open a run without being part of a name ("But Trump")
    alone: set[str]  # capitalised words the article also uses on their own
    people: dict[tuple[str, str], Person] = field(default_factory=dict)
    # surname -> the people named in full with it, in the order they were found
    surnames: dict[str, list[Person]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    words = lexicon().words
    return frozenset().union(*(words[c] for c in _NOT_NAMES))


@lru_cache(maxsize=1)
def _never_named() -> frozenset[str]:
    """Words that, as a run of one ("The", "But", "President", "Republicans"), ``_read_run``
    always passes over: a title, a skipped function word or a group noun leaves no name."""
    return _skipped() | lexicon().titles | frozenset(lexicon().groups)


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """Group nouns that name an organisation ("Ministry", "Party"): a run holding one is no person."""
    return frozenset(w for w, kind in lexicon().groups.items() if kind == "organisation")


def scan_people(masked: Sequence[str]) -> list[Person]:
    """Every person named in the article, with their title and the sentences naming them.

    Works on capitalised runs found by a regular expression (no tokenizing). A run is a person
    when it starts with a known first name, follows or holds a title ("Pentagon spokesman
    Jonathan Hoffman"), or ends in a word the article also uses alone ("Lucia Ortiz" ... "Ortiz said").
    """
    skip = _skipped()
    capital_run = _capital_run()
    # A run ends on a capitalised word ("rest" of the pattern), never on a space.
    found = [[(m.start(), m.group()) for m in capital_run.finditer(text)] for text in masked]
    scan = _Scan(skip, _alone(found) - skip)
    never = _never_named()
    for index, text in enumerate(masked):
        for at, run in found[index]:
            if " " not in run and "\t" not in run:
                # Most one-word runs open a sentence ("The", "But") or name nobody: read only those that may.
                if run.lower() not in never:  # told before the text around the run is cut out
                    prefix, after = text[:at], text[at + len(run) : at + len(run) + APPOSITIVE_CHARS]
                    if not _nobody(scan, run, prefix, after):
                        _read_run(scan, index, [run], _words_before(prefix), prefix, after)
                continue
            for words, before, prefix, after in _runs(text, at, run):
                if len(words) > 1 or not _nobody(scan, words[0], prefix, after):
                    _read_run(scan, index, words, before, prefix, after)
    return merge_surnames(scan.people)


def _nobody(scan: _Scan, word: str, prefix: str, after: str) -> bool:
    """A run of one word that ``_read_run`` surely passes over, told cheaply: no title or person
    noun stands before it ("President Obama", "pop star Dencia"), nobody named so far bears it as
    a surname, and no "and" after it pairs a first name with a surname ("Erica and Roger ...")."""
    lex = lexicon()
    previous = prefix.rsplit(None, 1)[-1].lower() if prefix and not prefix.isspace() else ""
    if previous in lex.titles or person_noun(previous)[0]:
        return False
    bare, lowered = _lone_forms(word)
    if bare in scan.surnames:
        return False
    return not lex.first_names.get(lowered) or _COUPLE.match(after) is None


@lru_cache(maxsize=1 << 16)  # read once per capitalised word, like ``_bare``
def _lone_forms(word: str) -> tuple[str, str]:
    """A lone capitalised word's bare form (``_bare``) and its lower case, without a possessive."""
    name = unowned(word)
    return _bare(name), name.lower()


def _read_run(scan: _Scan, index: int, words: list[str], before: int, prefix: str, after: str) -> None:
    """Record the person a run of capitalised words names, if it names one."""
    lex = lexicon()
    words, lowered, last_title, start, end = _name_bounds(scan, words)
    # "Mr. Obama’s bet is ...": the owner opening a sentence is a mention (and its subject).
    name = [*words[start : end - 1], unowned(words[end - 1])] if end > start else []
    if not name or len(name) > MAX_NAME_WORDS or not _organisation_words().isdisjoint([_bare(w) for w in name]):
        return
    previous = prefix.rsplit(None, 1)[-1].lower() if prefix and not prefix.isspace() else ""
    titled = last_title >= 0 or previous in lex.titles
    at = before + start
    # "Prince William and Kate Middleton": a titled name shares no surname with the name after "and".
    couple = _COUPLE.match(after) if len(name) == 1 and lex.first_names.get(name[0].lower()) and not titled else None
    if couple is not None and lex.first_names.get(couple.group(1).lower()):
        # "Erica and Roger Triantafilo": the first name shares the surname after "and".
        words, name = [*words[:start], name[0], couple.group(2)], [name[0], couple.group(2)]
    if len(name) == 1:
        office = lowered[start - 1] if start else previous
        described_person = person_noun(office)[0]  # "pop star Dencia", "the actor Kiefer"
        # "McConnell spokesman Don Stewart": the owner of an office held by the name after it
        # is mentioned, but is not the sentence's subject.
        modifier = _office_after(after)
        # The title words matter only for a lone name after an office or honorific.
        description = title_before(words, start, last_title, prefix, previous) if titled or described_person else None
        # "But the Scott shooting started ...": a name modifying a noun after "the" is no subject.
        modifier = modifier or (previous in ("the", "a", "an") and after[:1] == " " and after[1:2].islower())
        found = _lone_name(scan, name[0], office if titled or described_person else None, description, index, (at, len(prefix)), modifier)
        if found is not None and not modifier and opens_clause(prefix, after):
            found.opens_clause.append(index)
        if found is not None and addressed(prefix):
            found.addressed.append(index)  # "Kelly asked Pompeo": spoken to, as a full name would be
        return
    surname = _bare(name[-1])
    gender = lex.first_names.get(name[0].lower())
    used_alone = surname in scan.alone and name[0].lower() not in scan.alone
    if gender is None and not titled and not used_alone and not titled_after(after):
        return
    if gender is None and _office_after(after):
        return  # "Former South African president Nelson Mandela": the run modifies the office after it
    kept = [w for w in name if not is_initial(w) or w is name[0]]
    key = (kept[0].lower(), surname)
    person = scan.people.get(key)
    if person is None:
        full = " ".join(words[start:])
        if full.endswith(".") and len(words[-1]) > INITIAL_WITH_STOP and words[-1].lower() not in lex.words["name_suffix"]:
            full = full[:-1]  # the sentence's full stop, not an initial
        description = title_before(words, start, last_title, prefix, previous)
        person = Person(full.removesuffix("’s").removesuffix("'s"), surname, key, gender, description)
        scan.people[key] = person
        scan.surnames.setdefault(surname, []).append(person)
    _mention(person, index, (at, len(prefix)))
    if opens_clause(prefix, after):
        person.opens_clause.append(index)  # "During an interview in April, Trump was talking ..."
    if addressed(prefix):
        person.addressed.append(index)


def _name_bounds(scan: _Scan, words: list[str]) -> tuple[list[str], list[str], int, int, int]:
    """The run without post-nominals, its lower case, its last title's position and where the
    name starts and ends (past titles, skipped and group words, and before suffixes)."""
    lex = lexicon()
    while len(words) > 1 and words[-1].lower().rstrip(".") in lex.words["post_nominal"]:
        words = words[:-1]  # "Frank Field MP", "Bret Walker SC"
    lowered = [w.lower() for w in words]
    last_title = max([k for k, w in enumerate(lowered) if w in lex.titles], default=-1)
    start = last_title + 1
    while start < len(words) and (lowered[start] in scan.skip or lowered[start] in lex.groups or owner_before(lowered, start)):
        start += 1
    end = len(words)
    while end > start and lowered[end - 1] in lex.words["name_suffix"]:
        end -= 1
    return words, lowered, last_title, start, end


def _office_after(after: str) -> bool:
    """An office and a name follow the run: "McConnell spokesman Don Stewart", "South African
    president Nelson Mandela"."""
    owns = _OWNED_OFFICE.match(after) if after[1:2].islower() else None
    return owns is not None and (owns.group(1).lower() in lexicon().titles or owns.group(1).lower() in lexicon().roles)


def _lone_name(
    scan: _Scan, word: str, office: str | None, description: str | None, index: int, at: tuple[int, int], modifier: bool = False
) -> Person | None:
    """One capitalised word: a person after an office or honorific ("President Obama", "Mr.
    Clarke"), or a mention of someone already named in full ("Trump thinks ...")."""
    lex = lexicon()
    surname = _bare(word)
    # Only an office or honorific makes a lone capitalised word a person.
    if office is not None and (office in lex.roles or office in lex.words["abbreviation"] or person_noun(office)[0]):
        key = ("", surname)
        person = scan.people.get(key)
        if person is None:
            person = scan.people[key] = Person(word.rstrip(".,"), surname, key, lex.honorifics.get(office), description)
        _mention(person, index, at)
        return person
    namesakes = scan.surnames.get(surname)
    if namesakes is not None:
        if len(namesakes) > 1:
            # "Mitt Romney" and a caption's "AP Photos Romney": the one whose name opens with a first name.
            namesakes = [p for p in namesakes if p.key[0] in lex.first_names]
        if len(namesakes) == 1:
            _mention(namesakes[0], index, at, subject=not modifier)
            return namesakes[0]
    return None


def _mention(person: Person, index: int, at: tuple[int, int], subject: bool = True) -> None:
    """``at``: the mention's word and character positions in the sentence; ``subject``: it may
    be the sentence's subject (not so "McConnell" in "McConnell spokesman Don Stewart")."""
    words, chars = at
    person.mentions.append(index)
    if not subject:
        return
    person.first_at.setdefault(index, chars)
    if words <= MAX_SUBJECT_START:
        person.subject_of.append(index)
