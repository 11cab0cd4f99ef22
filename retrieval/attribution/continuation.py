"""Quote continuation: carry a speaker across the sentences and paragraphs of one quotation.

``“We will win,” she said. “They know it.”``: the second sentence is hers. A paragraph that
opens with a quotation and names no one goes on the speaker of the paragraph before; so does
the paragraph after one that ends ``The governor added:``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping, Sequence

from retrieval.attribution.quotes import QUOTE_MIN_WORDS, QuoteView, opens_with_mark
from retrieval.attribution.carried import carry_within
from retrieval.models import Attribution

__all__ = ["carry", "fill_interview"]

QUOTE_KINDS = frozenset({"QSV", "QVS", "SVQ"})
# A paragraph that opens with a quotation and names no one goes on the last speaker across one to
# this many whole paragraphs of the reporter's own text (a tabloid's captions between two paragraphs of
# one interview); further back the quotation is nobody's we can tell.
RESUME_GAP = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# "Gary Neville was talking on Sky Sports' show with Jamie Carragher ." : a picture caption or
# summary bullet of a tabloid's page, set off by the space before its full stop, is the reporter's
# line glued after a quotation the page left unclosed; no quotation runs on into it.
_CAPTION_END = re.compile(r"\S \.\s*$")


def _continued(source: Attribution) -> Attribution:
    return replace(source, kind="CONTINUATION", resolution="continuation")


def _is_quote_sentence(view: QuoteView) -> bool:
    return view.opens_with_quote and view.quoted_words >= QUOTE_MIN_WORDS and not view.opens_with_title


def _opens_quotation(run: Sequence[int], views: Sequence[QuoteView]) -> bool:
    """The run opens with someone's words, counted over its sentences ("'And guess what? | People want it.'")."""
    first = views[run[0]]
    return first.opens_with_quote and not first.opens_with_title and sum(views[k].quoted_words for k in run) >= QUOTE_MIN_WORDS


def _only_quote(view: QuoteView) -> bool:
    return view.outside_words == 0 and view.quoted_words > 0 and not view.open_at_end


def carry(
    paragraphs: Sequence[Sequence[int]],
    views: Sequence[QuoteView],
    own: Sequence[Attribution | None],
    bare: Sequence[bool],
    leads: Mapping[int, Attribution],
    texts: Sequence[str],
) -> list[Attribution | None]:
    """Fill sentences that are someone's quoted words but name no one.

    Args:
        paragraphs: sentence numbers, grouped by paragraph, in order.
        views: each sentence's quotation view.
        own: each sentence's own attribution (from its own reporting clause).
        bare: the sentence is nothing but a reporting clause ("Trump said on Twitter.").
        leads: the person each reporter's sentence before a quotation is about, by sentence
            number ("He was unmoved. | “That is nonsense.”"; ``leads.lead_claim``).
        texts: each sentence's text (``carried.carry_within`` reads the words quoted).

    Returns:
        ``own`` with continued quotations filled in, aligned with it.
    """
    out = list(own)
    previous_last: Attribution | None = None
    previous_open = previous_quoted = False
    announced: Attribution | None = None  # "The governor added:" ending the paragraph before
    recent: Attribution | None = None  # the last speaker of a quotation in an earlier paragraph
    gap = 0  # paragraphs since that speaker in which no one spoke
    speakers: dict[str, Attribution] = {}  # everyone who has spoken so far, by name
    before_paragraph: int | None = None  # the last sentence of the paragraph before
    for members in paragraphs:
        if len(members) == 1 and views[members[0]].quoted_heading and own[members[0]] is None:
            # A paragraph made of a quoted title ('All Bets Are Off.') is a section heading: no
            # one's words, and no quotation runs across it.
            previous_last = announced = None
            continue
        if announced is not None:
            _after_announcement(members, own, out, announced)
        _before_bare_clauses(members, views, own, bare, out)
        _transcript_turn(members, own, out)
        led = leads.get(before_paragraph) if before_paragraph is not None else None
        resumed = previous_last or led or (recent if 0 < gap <= RESUME_GAP else None)
        _fill_quotations(members, views, own, out, resumed, previous_open or previous_quoted)
        carry_within(members, views, own, texts, out, leads, before_paragraph)
        _after_naming(members, views, out, speakers, before_paragraph)
        _quoted_sequels(members, views, out)
        announced = _announce(members, views, own, out)
        # A quotation goes on into the next paragraph only when this one ended on someone's words.
        previous_last = out[members[-1]]
        previous_open = views[members[-1]].open_at_end  # ... and left the quotation open
        # ... or ended on a quotation ("“...,” he said." | "“But it will be.”"): the next
        # paragraph's opening quotation goes on it whoever the sentence after that names.
        previous_quoted = previous_last is not None and views[members[-1]].quoted_words >= QUOTE_MIN_WORDS
        before_paragraph = members[-1]
        speakers.update((a.speaker, a) for k in members if (a := out[k]) is not None and a.kind != "CONTINUATION")
        spoken = [out[k] for k in members if out[k] is not None and (out[k].kind in QUOTE_KINDS or (out[k].kind == "CONTINUATION" and views[k].quoted_words))]
        recent, gap = (spoken[-1], 0) if spoken else (recent, gap + 1)
    _between_turns(paragraphs, own, out)
    _captions_apart(own, out, texts)
    return out


def _captions_apart(own: Sequence[Attribution | None], out: list[Attribution | None], texts: Sequence[str]) -> None:
    """A caption line (``_CAPTION_END``) that does not open a quotation continues none."""
    for k, found in enumerate(out):
        if found is not None and own[k] is None and found.kind == "CONTINUATION" and not opens_with_mark(texts[k]) and _CAPTION_END.search(texts[k]):
            out[k] = None


def _after_announcement(members: Sequence[int], own: Sequence[Attribution | None], out: list[Attribution | None], announced: Attribution) -> None:
    """The paragraph after "X added:" is X's words, quoted or not, until someone else speaks."""
    for k in members:
        if own[k] is not None:
            break
        out[k] = _continued(announced)


def _quoted_sequels(members: Sequence[int], views: Sequence[QuoteView], out: list[Attribution | None]) -> None:
    """A quotation with no clause goes on the speaker of the sentence before it in the paragraph,
    and so does a sentence wholly inside a quotation the sentence before left open, however
    short (“We’re a family in ruin. | We’re broken. | ...”)."""
    for previous, k in zip(members, members[1:]):
        before = out[previous]
        inside = views[previous].open_at_end and views[k].open_at_start and views[k].outside_words == 0
        if out[k] is None and before is not None and (_is_quote_sentence(views[k]) or _only_quote(views[k]) or inside):
            out[k] = _continued(before)


def _before_bare_clauses(
    members: Sequence[int], views: Sequence[QuoteView], own: Sequence[Attribution | None], bare: Sequence[bool], out: list[Attribution | None]
) -> None:
    """“All is well!” | Trump said on Twitter.: a quotation takes the bare clause after it."""
    for position, k in enumerate(members[:-1]):
        after = members[position + 1]
        if out[k] is None and bare[after] and own[after] is not None and _only_quote(views[k]):
            out[k] = _continued(own[after])


def _after_naming(
    members: Sequence[int], views: Sequence[QuoteView], out: list[Attribution | None], speakers: dict[str, Attribution], before: int | None
) -> None:
    """“...” with no clause, right after the reporter's sentence naming someone who has spoken
    ("Behind the scenes, the key players, such as Conti, have ... | “There's a big script ...”"):
    the quotation is that speaker's."""
    for position, k in enumerate(members):
        previous = members[position - 1] if position else before
        if out[k] is not None or previous is None or out[previous] is not None or not _is_quote_sentence(views[k]):
            continue
        named = set(_WORD.findall(views[previous].masked))
        found = [a for name, a in speakers.items() if name.split()[-1][:1].isupper() and name.split()[-1] in named]
        if len(found) == 1:
            out[k] = _continued(found[0])


def _transcript_turn(members: Sequence[int], own: Sequence[Attribution | None], out: list[Attribution | None]) -> None:
    """A transcript turn ("PENCE: Well, look, ...") runs to the end of its paragraph, and the
    speaker of the turn is the speaker of every sentence in it, even one that reports someone
    else ("Solberg told me last year that ..."): the outer speaker."""
    first = own[members[0]]
    if first is None or first.kind != "COLON":
        return
    for k in members[1:]:
        if own[k] is not None and own[k].kind == "COLON":
            break
        out[k] = _continued(first)


def _fill_quotations(
    members: Sequence[int],
    views: Sequence[QuoteView],
    own: Sequence[Attribution | None],
    out: list[Attribution | None],
    previous_last: Attribution | None,
    previous_open: bool = False,
) -> None:
    """Every sentence of one quotation takes the speaker its reporting clause names; a paragraph
    that opens with a quotation and names no one goes on the previous paragraph's speaker, the
    more surely when that paragraph left its quotation open (a quotation over paragraphs)."""
    runs = _quotation_runs(members, views)
    for run_number, run in enumerate(runs):
        if not any(views[k].quoted_words for k in run):
            continue
        sources = [own[k] for k in run if own[k] is not None]
        preferred = [a for a in sources if a.kind in QUOTE_KINDS] or sources
        source = preferred[0] if preferred else None
        opens = run_number == 0 and _opens_quotation(run, views)
        # The sentence after the quotation may name its speaker ("“...” Smith said the team was
        # ready."); a later sentence naming someone else starts the reporter's own text.
        after = runs[1][0] if len(runs) > 1 else None
        # ("And Yelling says: “...”" opens a quotation of its own and claims nothing before it.)
        claimed = (
            after is not None
            and own[after] is not None
            and own[after].kind != "SVQ"
            and (previous_last is None or own[after].speaker != previous_last.speaker)
        )
        if source is None and opens and (previous_open or not claimed) and previous_last is not None:
            source = previous_last  # a new paragraph of the same quotation
        if source is None:
            continue
        for k in run:
            if out[k] is None and views[k].quoted_words:
                out[k] = _continued(source)


def _turn(attribution: Attribution | None) -> bool:
    """A transcript turn: ``MARSH: ...`` (a capitalised label, not a headline's "Sanders: ...")."""
    return attribution is not None and attribution.kind == "COLON" and attribution.mention.isupper()


def _between_turns(paragraphs: Sequence[Sequence[int]], own: Sequence[Attribution | None], out: list[Attribution | None]) -> None:
    """Paragraphs between two turns of a transcript are the earlier turn's, whatever they report
    ("MARSH: ... | Arne Solberg told me last year that ... | SMITH: ..."). After the last turn
    the transcript may have ended, so nothing is carried there."""
    turns = [n for n, members in enumerate(paragraphs) if _turn(own[members[0]])]
    for before, after in zip(turns, turns[1:]):
        speaker = own[paragraphs[before][0]]
        for members in paragraphs[before + 1 : after]:
            for k in members:
                out[k] = _continued(speaker)  # type: ignore[arg-type]


def _quotation_runs(members: Sequence[int], views: Sequence[QuoteView]) -> list[list[int]]:
    """The paragraph's sentences grouped so that one quotation never spans two groups."""
    runs: list[list[int]] = []
    for k in members:
        if runs and views[runs[-1][-1]].open_at_end:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _announce(
    members: Sequence[int], views: Sequence[QuoteView], own: Sequence[Attribution | None], out: list[Attribution | None]
) -> Attribution | None:
    """``X added:`` gives X the sentences after it; returns X when it ends the paragraph."""
    for position, k in enumerate(members):
        if own[k] is not None and views[k].masked.rstrip().endswith(":"):
            following = members[position + 1 :]
            if not following:
                return own[k]
            for after in following:
                if own[after] is not None:
                    break
                out[after] = out[after] or _continued(own[k])
    return None


def fill_interview(
    paragraphs: Sequence[Sequence[int]],
    turns: Sequence[bool],
    questions: Sequence[bool],
    own: Sequence[Attribution | None],
    out: list[Attribution | None],
    answers: Attribution | None,
    first_person: Sequence[bool] = (),
    quoted: Sequence[bool] = (),
) -> None:
    """In a transcript, a turn's speaker has its whole paragraph, and an unlabelled paragraph
    after a question is the interviewee's answer; after any other turn it goes on that turn.
    Paragraphs before the first turn (the introduction) keep their own attributions.

    Args:
        paragraphs: sentence numbers by paragraph.
        turns: the paragraph opens with a turn label.
        questions: the paragraph is a question turn ("Q: ...", or a turn ending with "?").
        own: each sentence's own attribution (a turn's first sentence holds the turn's).
        out: the attributions so far, filled in place.
        answers: the interviewee, for answers no label names.
        first_person: the paragraph speaks in the first person ("we want ..."); after the last
            turn only such paragraphs go on it (a closing "The book is published by ..." does not).
    """
    speaker: Attribution | None = None
    asked = False
    started = held = False
    last = max(n for n, turn in enumerate(turns) if turn)
    for n, (members, turn, question) in enumerate(zip(paragraphs, turns, questions)):
        if n > last and not asked and not (n < len(first_person) and first_person[n]):
            break  # after the last turn the transcript may have ended; an answer to a last question goes on
        if turn:
            started, asked, held = True, question, n < len(quoted) and quoted[n]
            speaker = own[members[0]]
            for k in members:
                out[k] = own[k] if k == members[0] else (_continued(speaker) if speaker is not None else None)
            continue
        if not started or held:
            continue
        source = answers if asked and answers is not None else speaker
        for k in members:
            out[k] = _continued(source) if source is not None else None
