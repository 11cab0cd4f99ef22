"""Transcripts and Q&A interviews: turns labelled ``NAME:`` and who speaks in each paragraph.

An article is a transcript when one label opens at least ``MIN_TURN_REPEATS`` paragraphs
("Felix: ...", "FARAI CHIDEYA, host: ...", "Q: ..."). Then every paragraph opening with a name
and a colon is a turn of that speaker, and a turn runs to the end of its paragraph. Labels are
resolved to names: an alias given in brackets ("Suzie Rayner (SR):" ... "SR:"), the initials or
first letter of a name the article gives ("JF:" -> Jonathon Firth, "S:" -> Scott), a first name
of one person named in full ("Scott:" -> Scott Heath). ``Q:`` is the interviewer's, named by the
introduction ("Felix interviews Adam Kay"); an unlabelled paragraph after a question is the
interviewee's answer. Outside transcripts a title-case label is a speaker only when the article
names it elsewhere, so a picture caption ("Hypocritical: Dencia is ...") names nobody.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from retrieval.attribution.colon_contents import says_nothing
from retrieval.attribution.lexicon import lexicon

__all__ = ["Turn", "MIN_TURN_REPEATS", "Interview", "find_turns", "quoted_turn", "read_interview", "mentioned_elsewhere"]

# A label opening this many paragraphs makes the article a transcript.
MIN_TURN_REPEATS = 2
# An alias in brackets ("Suzie Rayner (SR):") is this many capitals at most ...
MAX_ALIAS_LETTERS = 5
# ... and a label of this many capitals or fewer may be initials ("JF:", "S:"); "MARSH:" is a name.
MAX_INITIALS = 3
# The introduction naming interviewer and interviewee is within the article's first paragraphs.
INTRO_PARAGRAPHS = 3
_NAME_WORD = r"[A-Z][\w.’'\-]*"
_TURN = re.compile(
    rf"\s*(?:(?P<letter>[A-Z])\.[ \t]+(?=[A-Z])|(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    r"(?:[ \t]*,[ \t]*(?P<role>[^:,()\n]{1,40})|[ \t]*\((?P<paren>[^()\n]{1,80})\))?[ \t]*:[ \t]+\S"
    # ".@weijia: Why is this ...": a turn written as the speaker's handle, as a post quoting it does
    r"|\.?@(?P<handle>[A-Za-z0-9_]{1,15})[ \t]*:[ \t]+\S)"
)
_INTRO = re.compile(
    rf"(?P<interviewer>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*)[ \t]+(?:interviews|interviewed|caught up with|"
    r"talks to|talked to|sat down with)[ \t]+(?P<rest>[^.\n]*)"
)
# A person's name in an introduction ("... alumnus, Jonathon Firth, is ..."), for initials.
_INTRO_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}\b")
_QUESTION_LABELS = frozenset({"q", "question", "interviewer"})


@dataclass(frozen=True, slots=True)
class Turn:
    """A paragraph opening with a speaker's label."""

    label: str  # the name as written before the colon ("FARAI CHIDEYA", "SR", "Q")
    role: str | None  # ", host" or "(Director, ...)": the role given beside the label
    alias: str | None  # "(SR)": a short form the later turns use
    start: int  # offsets of the label within the paragraph's first sentence
    end: int

    @property
    def question(self) -> bool:
        return self.label.lower() in _QUESTION_LABELS


@dataclass(frozen=True, slots=True)
class Interview:
    """Who the turns are: each label's speaker, and who answers the questions."""

    speakers: dict[str, str | None]  # label -> speaker (None: a question nobody is named for)
    interviewee: str | None


def find_turns(firsts: Sequence[str]) -> list[Turn | None]:
    """The turn label opening each paragraph (given its first sentence), when the paragraphs
    repeat a label often enough to be a transcript; all None otherwise."""
    turns = [_turn(text) for text in firsts]
    counts = Counter(t.label for t in turns if t is not None)
    if not counts or max(counts.values()) < MIN_TURN_REPEATS:
        return [None] * len(firsts)
    return turns


def quoted_turn(turn: Turn, masked: str) -> bool:
    """The turn's words are all inside quotation marks (``masked``: its paragraph with quotations
    masked, ``quotes.mask_paragraph``): ``Press Secretary Sean Spicer: “We didn't use ...”`` in a
    digest of headlines quotes a clip, it is no turn of a transcript, so the reporter's paragraph
    after it is not that speaker's (a transcript prints its turns without marks)."""
    body = masked[turn.end :].split(":", 1)
    return len(body) == 2 and re.search(r"\w", body[1]) is None and bool(body[1].strip())


def _turn(text: str) -> Turn | None:
    m = _TURN.match(text)
    if m is None:
        return None
    if says_nothing(text[m.end() - 1 :]):
        return None  # "Hillary Clinton: 1,769.": a tally's line, not a turn
    if m.group("handle"):
        return Turn(m.group("handle"), None, None, m.start("handle"), m.end("handle"))
    if m.group("letter"):
        return Turn(m.group("letter"), None, None, m.start("letter"), m.end("letter"))  # "F. So, what ..."
    name = m.group("name")
    words = lexicon().words
    if name.lower() not in _QUESTION_LABELS and any(w.lower() in words["label"] or w.lower() in words["determiner"] for w in name.split()):
        return None  # "Editor's note:", "Update:", "The problem:"
    paren = m.group("paren")
    alias = paren if paren is not None and paren.isupper() and paren.isalpha() and len(paren) <= MAX_ALIAS_LETTERS else None
    role = m.group("role") or (paren if alias is None else None)
    return Turn(name, role.strip() if role else None, alias, m.start("name"), m.end("name"))


def read_interview(turns: Sequence[Turn | None], paragraphs: Sequence[str], people: Sequence[str]) -> Interview:
    """Resolve every label to a speaker.

    Args:
        turns: ``find_turns`` of the article's paragraphs.
        paragraphs: each paragraph's text (for the introduction "X interviews Y").
        people: full names of the people the article names ("Jonathon Firth").
    """
    interviewer, interviewee = _introduction(paragraphs[:INTRO_PARAGRAPHS], people)
    named = [t for t in turns if t is not None]
    full: list[str] = [_plain(t.label) for t in named if len(t.label.split()) > 1 or _first_name_of(t.label, people)]
    full = [_first_name_of(name, people) or name for name in full]
    aliases = {t.alias: _plain(t.label) for t in named if t.alias}
    speakers: dict[str, str | None] = {}
    for turn in named:
        label = turn.label
        if turn.question:
            speakers[label] = interviewer
        elif label in aliases:
            speakers[label] = aliases[label]
        elif len(label.split()) > 1:
            speakers[label] = _plain(label)
        elif label.isupper() and len(label) <= MAX_INITIALS:
            # The other labels first ("F:" beside "Felix:"), then names the introduction gives.
            others = [*full, *(_plain(t.label) for t in named if not (t.label.isupper() and len(t.label) <= MAX_INITIALS))]
            intro = _INTRO_NAME.findall(" ".join(paragraphs[:INTRO_PARAGRAPHS]))
            speakers[label] = _by_initials(label, others) or _by_initials(label, intro) or _by_initials(label, people)
        else:
            speakers[label] = _first_name_of(label, people) or _joined_name_of(label, people) or label
    if interviewee is None:
        answering = {s for t, s in speakers.items() if s is not None and s != interviewer}
        interviewee = answering.pop() if len(answering) == 1 else None
    return Interview(speakers, interviewee)


def _plain(label: str) -> str:
    """ "Dr. SHANNON HADER" -> "SHANNON HADER": titles are no part of the name."""
    words = label.split()
    titles = lexicon().titles
    while len(words) > 1 and words[0].lower() in titles:
        words = words[1:]
    return " ".join(words)


def _first_name_of(word: str, people: Sequence[str]) -> str | None:
    """ "Scott" -> "Scott Heath" when exactly one person named in full has that first name."""
    fits = {p for p in people if len(p.split()) > 1 and p.split()[0].lower() == word.lower()}
    return fits.pop() if len(fits) == 1 else None


def _joined_name_of(handle: str, people: Sequence[str]) -> str | None:
    """ "annsmith" -> "Ann Smith": the one person named in full whose name, run together, is the handle."""
    fits = {p for p in people if len(p.split()) > 1 and re.sub(r"\W", "", p).lower() == handle.lower()}
    return fits.pop() if len(fits) == 1 else None


def _by_initials(letters: str, names: Sequence[str]) -> str | None:
    """ "JF" -> "Jonathon Firth"; "S" -> "Scott Heath" (one name only may fit)."""
    fits = set()
    for name in names:
        words = [w for w in name.split() if w[:1].isupper()]
        initials = "".join(w[0] for w in words).upper()
        if initials == letters or (len(letters) == 1 and initials[:1] == letters):
            fits.add(name)
    return fits.pop() if len(fits) == 1 else None


def _introduction(paragraphs: Sequence[str], people: Sequence[str]) -> tuple[str | None, str | None]:
    """ "This week Felix interviews Adam Kay, ...": (interviewer, interviewee)."""
    for text in paragraphs:
        m = _INTRO.search(text)
        if m is None:
            continue
        words = m.group("interviewer").split()
        if words[-1].lower() in lexicon().subject_pronouns:
            continue  # "She talked to ...": the pronoun's referent is not known here
        interviewer = words[-1] if words[0].lower() in lexicon().words["leading"] or len(words) > 2 else " ".join(words)
        rest = m.group("rest")
        named = [p for p in people if p in rest]
        interviewee = min(named, key=rest.index) if named else None
        return interviewer, interviewee
    return None, None


# A picture caption's label is a word of description ("Hypocritical:", "Lurking:", "Loved:",
# "On-screen:") or a phrase ("Butting heads:"); a speaker's label is one name ("Warren:").
_DESCRIPTIVE = re.compile(r"(?:ed|ing|al|ful|ive|ous|ic)$|-")


def mentioned_elsewhere(label: str, text: str) -> bool:
    """Whether a title-case colon label names a speaker: a single word shaped like a name
    ("Warren: We will win"), or any label whose last word the article uses again ("Sanders:
    Clinton needs ..." in an article about Sanders); never a caption's "Hypocritical:"."""
    words = label.split()
    if len(words) == 1 and not _DESCRIPTIVE.search(words[0].lower()):
        # "Reward: Bannatyne sent out this message": a word the article also writes in lower
        # case ("a £25,000 reward") is a common noun, not a name.
        lowered = words[0].lower()
        return lowered == words[0] or re.search(rf"\b{re.escape(lowered)}\b", text) is None
    return len(re.findall(rf"\b{re.escape(words[-1])}\b", text)) > 1
