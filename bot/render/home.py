"""The App Home tab: what the bot knows, its most quoted speakers as a chart, example questions.

Pure functions of the corpus summary, like ``bot.render.slack``. The speakers' chart is text
bars in a code block (the console draws the same), plus the uploaded PNG of it when there is one.
"""

from __future__ import annotations

from typing import Any

from bot.render.charts import describe, summary_bars
from bot.render.slack import MAX_SECTION_CHARS, Block, _context_text, _cut, _date, _examples, _section_mrkdwn, chart_section, escape
from bot.render.words import count
from retrieval.results import CorpusSummary

__all__ = ["home_view", "MAX_HOME_BLOCKS", "HOME_SPEAKERS"]

MAX_HOME_BLOCKS = 100  # Slack's limit for a Home tab view
HOME_SPEAKERS = 10
HOME_ARTICLES = 100  # a longer list is a wall of text nobody reads; the rest are counted


def home_view(summary: CorpusSummary, chart_file_id: str | None = None) -> dict[str, Any]:
    """The App Home tab: articles with dates and counts, most quoted speakers, examples.

    Args:
        summary: What the engine knows.
        chart_file_id: An uploaded PNG of the speakers' chart, shown as an image when given.
    """
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": "What I know"}},
        _section_mrkdwn(
            f"{count(len(summary.documents), 'article')}, {count(summary.sentences, 'sentence')}, "
            f"{count(summary.quotes, 'attributed quote')}."
        ),
    ]
    tail: list[Block] = [{"type": "divider"}, *_speakers(summary, chart_file_id)]
    examples = _examples(summary.example_questions)
    if examples:
        tail.append(_section_mrkdwn("*Try asking*\n" + examples))
    # Articles, many lines to a section, in the blocks the rest of the view leaves free.
    lines = [
        f"• *{escape(d.document)}* · {_date(d.date)} · {count(d.sentences, 'sentence')}, {count(d.quotes, 'quote')}"
        for d in summary.documents[:HOME_ARTICLES]
    ]
    room = MAX_HOME_BLOCKS - len(blocks) - len(tail) - 1
    article_blocks, shown = _pack(lines, room)
    blocks.extend(article_blocks)
    if shown < len(summary.documents):
        blocks.append(_context_text(f"and {count(len(summary.documents) - shown, 'more article')}"))
    return {"type": "home", "blocks": blocks + tail}


def _speakers(summary: CorpusSummary, chart_file_id: str | None) -> list[Block]:
    speakers = summary.top_speakers[:HOME_SPEAKERS]
    if not speakers:
        return [_section_mrkdwn("*Most quoted*\n_No attributed quotes yet._")]
    who = "\n".join(
        f"• *{escape(s.name)}*{', ' + escape(s.description) if s.description else ''}: {count(s.quotes, 'quote')}"
        for s in speakers
    )
    bars = summary_bars(speakers)
    blocks = [_section_mrkdwn("*Most quoted*\n" + who), chart_section(bars)]
    if chart_file_id:
        blocks.append(
            {"type": "image", "slack_file": {"id": chart_file_id}, "alt_text": _cut(describe(bars), 2000), "title":
             {"type": "plain_text", "text": "Most quoted speakers"}}
        )
    return blocks


def _pack(lines: list[str], room: int) -> tuple[list[Block], int]:
    """Lines joined into as few sections as fit, at most ``room`` sections; and how many fit."""
    blocks: list[Block] = []
    current: list[str] = []
    shown = 0
    for line in lines:
        line = _cut(line, MAX_SECTION_CHARS)
        if current and len("\n".join(current + [line])) > MAX_SECTION_CHARS:
            if len(blocks) == room:
                break
            blocks.append(_section_mrkdwn("\n".join(current)))
            current = []
        if len(blocks) == room:
            break
        current.append(line)
        shown += 1
    if current:
        if len(blocks) < room:
            blocks.append(_section_mrkdwn("\n".join(current)))
        else:
            shown -= len(current)
    return blocks, shown


