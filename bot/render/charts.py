"""Charts for aggregate answers: who is quoted most, and how many quotes over time.

The same rows become a PNG drawn with matplotlib (uploaded to the Slack thread) or lines of
text bars (the console, and the App Home where an image may not load). Pure functions of
the typed rows: bytes or strings out, no I/O. matplotlib runs headless (the Agg canvas), so
no display is needed and nothing is shared between threads.
"""

from __future__ import annotations

import io
from typing import Sequence

from bot.render.words import count
from retrieval.results import Answer, SpeakerSummary, SpeakerTally, TimelinePoint

__all__ = ["Bar", "describe", "answer_bars", "speaker_bars", "summary_bars", "timeline_bars", "bar_lines", "bar_chart_png", "chart_title"]

Bar = tuple[str, int]  # (label, count)

TEXT_BAR_WIDTH = 30  # characters for the longest bar: fits a terminal and a Slack code block
MAX_BARS = 15  # more bars than this are unreadable in a chart posted to a thread
MAX_LABEL_CHARS = 32  # long names are cut so the bars keep their room
_FIGURE_INCHES = (7.0, 0.45)  # width, and height per bar
_DPI = 110
_BAR_COLOUR = "#2c6fbb"


def speaker_bars(tallies: Sequence[SpeakerTally]) -> list[Bar]:
    """Speakers by number of quotes, most first."""
    return [(t.name, t.count) for t in sorted(tallies, key=lambda t: -t.count)[:MAX_BARS]]


def summary_bars(speakers: Sequence[SpeakerSummary]) -> list[Bar]:
    """The corpus's most quoted speakers (the App Home, ``:corpus``)."""
    return [(s.name, s.quotes) for s in speakers[:MAX_BARS]]


def timeline_bars(points: Sequence[TimelinePoint]) -> list[Bar]:
    """Quote counts by date, oldest first."""
    return [(p.date.isoformat(), p.count) for p in sorted(points, key=lambda p: p.date)][-MAX_BARS:]


def answer_bars(answer: Answer) -> list[Bar]:
    """The bars an aggregate answer asks for: its speakers, else its timeline; empty for any other."""
    return speaker_bars(answer.speakers) if answer.speakers else timeline_bars(answer.timeline)


def chart_title(answer: Answer) -> str:
    """A chart's title: what was counted, for the question asked."""
    what = "Quotes by speaker" if answer.speakers else "Quotes over time"
    return f"{what}: {answer.question}"


def bar_lines(bars: Sequence[Bar], width: int = TEXT_BAR_WIDTH) -> list[str]:
    """One line a bar: the label padded, a bar of █ proportional to the count, the count.

    Every non-zero count gets at least one block, so a small count never looks like none.
    """
    if not bars:
        return []
    labels = [_label(label) for label, _ in bars]
    pad = max(len(label) for label in labels)
    most = max(n for _, n in bars) or 1
    return [
        f"{label.ljust(pad)}  {'█' * (max(1, round(width * n / most)) if n else 0)} {n}"
        for label, (_, n) in zip(labels, bars)
    ]


def bar_chart_png(bars: Sequence[Bar], title: str, horizontal: bool = True) -> bytes:
    """A PNG bar chart of ``bars``: horizontal for names (most on top), vertical for dates.

    Raises:
        ValueError: ``bars`` is empty.
    """
    if not bars:
        raise ValueError("a chart needs at least one bar")
    from matplotlib.figure import Figure  # a Figure without pyplot: no global state, thread-safe

    labels = [_label(label) for label, _ in bars]
    values = [n for _, n in bars]
    height = max(2.5, 1.2 + _FIGURE_INCHES[1] * len(bars)) if horizontal else 4.0
    figure = Figure(figsize=(_FIGURE_INCHES[0], height), dpi=_DPI, layout="constrained")
    axes = figure.subplots()
    if horizontal:
        axes.barh(labels[::-1], values[::-1], color=_BAR_COLOUR)
        axes.set_xlabel("quotes")
    else:
        axes.bar(labels, values, color=_BAR_COLOUR)
        axes.set_ylabel("quotes")
        axes.tick_params(axis="x", labelrotation=45)
    axes.set_title(_cut(title, 80), fontsize=10)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def describe(bars: Sequence[Bar]) -> str:
    """The chart in words, for alt text: "Marta Quell 3 quotes, Tomas Brenn 1 quote"."""
    return ", ".join(f"{label} {count(n, 'quote')}" for label, n in bars)


def _label(text: str) -> str:
    return _cut(text, MAX_LABEL_CHARS)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
