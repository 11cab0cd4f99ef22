"""Answers as terminal text: each quote verbatim, then who said it, where and when.

The command line and the console print what these functions return. Colour is optional and only
ever added around words (the words the engine marked as matching, the speaker's name), so turning it off
leaves exactly the plain text; JSON output is the ``Answer``/``Quote`` models as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

import click

from bot.render.charts import answer_bars, bar_lines
from retrieval.intake import Added
from retrieval.results import Answer, Quote, via_text

__all__ = [
    "answer_text",
    "quote_text",
    "matched_text",
    "answer_json",
    "quote_json_line",
    "highlight",
    "use_colour",
    "added_text",
    "rebuild_hint",
]

# How each way of resolving a speaker reads in --explain output (see retrieval.models.Resolution).
_RESOLUTION_TEXT = {
    "direct": "named in the sentence",
    "surname": "surname of a person named earlier",
    "pronoun": "pronoun for a speaker named earlier",
    "role": "role of a person named earlier",
    "continuation": "continues a quote attributed nearby",
}

_INDENT = "  "


def use_colour(stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to colour output written to ``stream``.

    Args:
        stream: where the text goes; colour only makes sense on a terminal.
        environ: the process environment; a non-empty ``NO_COLOR`` turns colour off (no-color.org).

    Returns:
        True when ``stream`` is a terminal and the user has not opted out.
    """
    if environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def highlight(text: str, spans: Iterable[tuple[int, int]], colour: bool) -> str:
    """``text`` with the words at ``spans`` (offsets from the engine) shown bold; unchanged without colour."""
    if not colour:
        return text
    pieces, cursor = [], 0
    for start, end in spans:
        pieces += [text[cursor:start], click.style(text[start:end], fg="yellow", bold=True)]
        cursor = end
    return "".join(pieces) + text[cursor:]


def quote_text(
    quote: Quote,
    *,
    explain: bool = False,
    colour: bool = False,
) -> str:
    """One quote as lines of text: the sentence, then ``— Speaker (description), document, date``.

    Args:
        quote: the quote to show.
        explain: add the score to the source line and a line saying why quotebot believes the
            speaker (the pattern that fired, the cue, how the name was resolved).
        colour: add terminal colour (the words in ``quote.highlights`` bold); without it the
            result is plain text.

    Returns:
        The lines joined by newlines, no trailing newline.
    """
    # A sentence from a hard-wrapped file keeps its line breaks in the model; on screen it is one
    # line. Highlights are whole words, so they are applied first and never span a break.
    sentence = " ".join(highlight(quote.text, quote.highlights, colour).split())
    lines = [sentence, _INDENT + _source_line(quote, explain, colour)]
    if explain:
        lines.append(_INDENT + _why_line(quote))
        if quote.matched:
            lines.append(_INDENT + matched_text(quote))
    return "\n".join(lines)


def matched_text(quote: Quote) -> str:
    """``matched: "casualties" for "deaths"``: the quote's words that stood in for the question's."""
    return "matched: " + ", ".join(f"“{m.stands_for}” nearby" if m.nearby else f"“{m.word}” for “{m.stands_for}”" for m in quote.matched)


def answer_text(
    answer: Answer,
    *,
    explain: bool = False,
    colour: bool = False,
) -> str:
    """A whole answer as text: its message if any, then each quote, separated by blank lines.

    An answer with no quotes shows only its message, so a user is told plainly that nothing matched.
    """
    blocks = [answer.message] if answer.message else []
    if answer.speakers:  # "who is quoted most about X?": the ranking first, then each one's best quote
        blocks.append("\n".join(f"{n}. {t.name}: {t.count} matching {'quote' if t.count == 1 else 'quotes'}" for n, t in enumerate(answer.speakers, 1)))
    bars = answer_bars(answer)
    if bars:  # an aggregate answer's counts as a text bar chart, before the example quotes
        blocks.append("\n".join(bar_lines(bars)))
    blocks += [quote_text(q, explain=explain, colour=colour) for q in answer.answers]
    if answer.answers and (answer.total > len(answer.answers) or answer.offset):
        first, last = answer.offset + 1, answer.offset + len(answer.answers)
        shown = f"{len(answer.answers)}" if not answer.offset else f"{first}–{last}"
        blocks.append(f"({shown} of {answer.total} matching sentences shown.)")
    if explain:
        blocks.append(_understood_line(answer))
    return "\n\n".join(blocks)


def answer_json(answer: Answer) -> str:
    """Exactly the ``Answer`` model as indented JSON: what ``--json`` prints."""
    return answer.model_dump_json(indent=2)


def quote_json_line(quote: Quote) -> str:
    """One attributed sentence as one line of JSON: every ``Quote`` field except the score.

    A listing of a file's quotes is not ranked, so a score would only mislead.
    """
    return quote.model_dump_json(exclude={"score"})


def added_text(added: Added) -> str:
    """One line saying what ``quotebot add`` did with an article."""
    if added.status == "refused":
        reason = (added.reason or "").removeprefix("refused: ")
        return f"Refused {added.origin}: {reason}"
    if added.status == "duplicate":
        return f"Already stored: {added.origin} ({added.reason}: {added.document})"
    about = ", ".join(x for x in (added.date.isoformat() if added.date else "undated", added.publisher) if x)
    title = f"“{added.title}” " if added.title else ""
    if added.status == "saved":
        return f"Saved {added.document}: {title}({about}); {added.reason}."
    return (
        f"Added {added.document}: {title}({about}), {added.sentences} sentence{'s' if added.sentences != 1 else ''}, "
        f"{added.quotes} quote{'s' if added.quotes != 1 else ''}."
    )


def rebuild_hint(shards: int | str, index_dir: Path | None) -> str:
    """When articles saved for the sharded index in ``index_dir`` become searchable, and how."""
    return (
        f"The index in {index_dir} is sharded and is built as a whole, not article by article: run "
        f"`quotebot index --shards {shards} --index-dir {index_dir}` (same corpus) to bring it up to date, "
        "then restart `quotebot serve` if it answers from this index."
    )


def _source_line(quote: Quote, explain: bool, colour: bool) -> str:
    parts = []
    if quote.speaker:
        speaker = click.style(quote.speaker, bold=True) if colour else quote.speaker
        who = f"{speaker} ({quote.speaker_description})" if quote.speaker_description else speaker
        parts.append(who + via_text(quote.via))
    parts.append(quote.title or quote.document)
    if quote.publisher:
        parts.append(quote.publisher)
    if quote.date:
        parts.append(quote.date.isoformat())
    if quote.figure:
        parts.append(f"figure: {quote.figure}")
    if quote.url:
        parts.append(quote.url)
    if explain and quote.score is not None:
        parts.append(f"score {quote.score:.2f}")
    line = "— " + ", ".join(parts)
    return line if quote.speaker or not colour else click.style(line, dim=True)


def _why_line(quote: Quote) -> str:
    if not quote.speaker:
        return "why: no one is quoted in this sentence"
    parts = [f"pattern {quote.kind or '?'}"]
    if quote.cue:
        parts.append(f"cue “{quote.cue}”")
    resolution = _RESOLUTION_TEXT.get(quote.resolution or "", quote.resolution or "unknown")
    mention = f" (“{quote.speaker_mention}”)" if quote.speaker_mention else ""
    parts.append(f"speaker: {quote.resolution or '?'}{mention}, {resolution}")
    return "why: " + "; ".join(parts)


def _understood_line(answer: Answer) -> str:
    parts = [f"intent {answer.intent}"]
    if answer.subject:
        parts.append(f"subject “{answer.subject}”")
    if answer.topic:
        parts.append(f"topic “{answer.topic}”")
    if answer.period:
        span = f"{answer.period.start or '…'} to {answer.period.end or '…'}"
        parts.append(f"articles dated {span} (“{answer.period.phrase}”)")
    if answer.publisher:
        parts.append(f"articles of {answer.publisher}")
    line = "Understood: " + ", ".join(parts) + "."
    if answer.follow_up:  # the question actually asked, rebuilt from the last answer
        line += f" Asked “{answer.question}” for the follow-up “{answer.follow_up}”."
    return line
