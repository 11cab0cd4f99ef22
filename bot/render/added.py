"""What ``@quotebot add`` did, as a Slack message: per article the linked title, date, counts
and example questions, when a saved one becomes searchable, or why it was not added."""

from __future__ import annotations

from typing import Any, Sequence

from bot.render.slack import MAX_BLOCKS, MAX_FALLBACK_CHARS, MAX_SECTION_CHARS, _cut, _date, _section, _section_mrkdwn, article_link, escape
from bot.render.words import count
from retrieval.intake import Added

__all__ = ["added_message"]


def added_message(articles: Sequence[Added], shards: int | None = None) -> dict[str, Any]:
    """What ``@quotebot add`` did: per article, the linked title, date, counts and example questions.

    ``shards``: the archive's index is sharded (``AddOutcome.shards``); its ``saved`` articles wait for a rebuild.
    """
    sections = []
    for item in articles[: MAX_BLOCKS - 1]:
        title = article_link(item.title or item.document or item.origin, item.url or item.origin)
        if item.status == "added":
            about = " · ".join([title, _date(item.date)] + ([escape(item.publisher)] if item.publisher else []))
            lines = [f"Added {about}", f"{count(item.sentences, 'sentence')}, {count(item.quotes, 'quote')} found."]
            if item.example_questions:
                lines.append("Try: " + " · ".join(escape(q) for q in item.example_questions))
        elif item.status == "saved":
            about = " · ".join([title, _date(item.date)] + ([escape(item.publisher)] if item.publisher else []))
            lines = [f"Saved {about}", _waiting(shards)]
        elif item.status == "duplicate":
            lines = [f"Already added: {title} ({escape(item.reason or 'stored before')})."]
        else:
            lines = [f"Could not add {article_link(item.origin, item.origin)}: {escape(item.reason or 'unreadable')}."]
        sections.append(_section_mrkdwn(_cut("\n".join(lines), MAX_SECTION_CHARS)))
    if not sections:
        sections.append(_section("Nothing to add: the source held no article."))
    fallback = "\n".join(block["text"]["text"] for block in sections)
    return {"text": _cut(fallback, MAX_FALLBACK_CHARS), "blocks": sections}


def _waiting(shards: int | None) -> str:
    command = f"`quotebot index --shards {shards}`" if shards else "`quotebot index --shards K`"
    return (
        "It is not searchable yet: this archive's index is sharded and is built as a whole, not article by article. "
        f"It becomes searchable once whoever runs quotebot builds it again ({command}) and restarts the bot."
    )
