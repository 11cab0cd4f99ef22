"""Answer -> Slack message: Block Kit blocks, mrkdwn, and a plain-text fallback.

Everything taken from the corpus or the question is escaped (``&``, ``<``, ``>``) before it
goes into mrkdwn, so ``<!channel>`` or ``<@U123>`` in an article or a question can never ping
anyone or inject a link. Slack's limits are respected: at most 50 blocks a message, 3,000
characters a section; what does not fit is cut and counted ("and N more").
Pure functions returning dicts ready for ``chat.postMessage``, ``respond`` or ``views.publish``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Sequence

from bot.render.words import count
from retrieval.answer.usage import QUESTION_FORMS, forms_sentence, pitch
from retrieval.intake import Added
from retrieval.results import Answer, CorpusSummary, Quote, via_text

__all__ = [
    "APOLOGY",
    "MAX_BLOCKS",
    "MAX_SECTION_CHARS",
    "SHARE_ACTION_ID",
    "added_message",
    "answer_message",
    "article_link",
    "escape",
    "help_message",
    "home_view",
    "notice_message",
    "shared_message",
    "usage_text",
]

MAX_BLOCKS = 50  # Slack rejects a message with more blocks (invalid_blocks)
MAX_HOME_BLOCKS = 100  # Slack's limit for a Home tab view
MAX_SECTION_CHARS = 3000  # Slack's limit on a section block's text
MAX_FALLBACK_CHARS = 3000  # notification text; Slack truncates long `text` anyway
MAX_BUTTON_VALUE = 2000  # Slack's limit on a button's value
HOME_SPEAKERS = 10
HOME_ARTICLES = 100  # a longer list is a wall of text nobody reads; the rest are counted
SHARE_ACTION_ID = "share_answer"
ELLIPSIS = "…"

APOLOGY = "Sorry, something went wrong while answering that. It has been logged; please try again in a moment."

Block = dict[str, Any]


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as markup (``&`` first)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def answer_message(answer: Answer, *, share_value: str | None = None) -> dict[str, Any]:
    """The message for an answer: one section per quote, a context line, a fallback text.

    Args:
        answer: What the engine returned.
        share_value: Add a "Share to channel" button carrying this value (for answers only the
            asker sees; ``bot.sharing`` makes the value). Left out when longer than Slack allows.

    Returns:
        ``{"text": ..., "blocks": [...]}``.
    """
    context = _context(answer)
    if not answer.answers:
        nothing = answer.message or f"I found nothing in the articles about “{answer.question}”."
        return {"text": _cut(escape(nothing), MAX_FALLBACK_CHARS), "blocks": [_section(nothing), context]}
    # A note beside the quotes ("the articles give different figures: ...") leads the message.
    blocks = [_section(answer.message)] if answer.message else []
    # Room for the context line, the "and N more" line and the share button.
    shareable = share_value is not None and len(share_value) <= MAX_BUTTON_VALUE
    room = MAX_BLOCKS - 2 - (1 if shareable else 0) - len(blocks)
    blocks += [_section_mrkdwn(_quote_mrkdwn(q)) for q in answer.answers[:room]]
    more = max(answer.total, len(answer.answers)) - min(room, len(answer.answers))
    if more > 0:
        blocks.append(_context_text(f"and {more} more {'match' if more == 1 else 'matches'}; ask a narrower question"))
    blocks.append(context)
    if shareable:
        blocks.append(_share_button(share_value))  # type: ignore[arg-type]
    return {"text": _fallback(answer), "blocks": blocks}


def shared_message(answer: Answer, user_id: str) -> dict[str, Any]:
    """An answer posted to the channel on behalf of the person who asked it."""
    message = answer_message(answer)
    who = f"<@{user_id}> shared an answer" if _is_slack_id(user_id) else "Shared answer"
    message["blocks"].insert(0, _context_text(who, escaped=True))
    return message


def help_message(summary: CorpusSummary, prefix: str | None = None) -> dict[str, Any]:
    """Usage and example questions drawn from the loaded corpus."""
    lines = [
        escape(pitch(count(len(summary.documents), "article"))),
        f"Mention me with a question (`@quotebot {escape(QUESTION_FORMS[0])}`), use `/ask <question>`, "
        "or send me a direct message.",
        escape(forms_sentence()),
    ]
    if prefix:
        lines.insert(0, escape(prefix))
    examples = _examples(summary.example_questions)
    if examples:
        lines.append("Try:\n" + examples)
    text = "\n".join(lines)
    return {"text": _cut(text, MAX_FALLBACK_CHARS), "blocks": [_section_mrkdwn(text)]}


def usage_text(summary: CorpusSummary) -> str:
    """One line for an empty ``/ask``: how to use it, with an example from the corpus."""
    example = next(iter(summary.example_questions), QUESTION_FORMS[0])
    return f"Usage: /ask <question>, for example: /ask {escape(example)}"


def notice_message(text: str) -> dict[str, Any]:
    """A short message (a problem with the question, an apology), escaped."""
    return {"text": _cut(escape(text), MAX_FALLBACK_CHARS), "blocks": [_section(text)]}


def home_view(summary: CorpusSummary) -> dict[str, Any]:
    """The App Home tab: articles with dates and counts, most quoted speakers, examples."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": "What I know"}},
        _section_mrkdwn(
            f"{count(len(summary.documents), 'article')}, {count(summary.sentences, 'sentence')}, "
            f"{count(summary.quotes, 'attributed quote')}."
        ),
    ]
    tail: list[Block] = [{"type": "divider"}]
    speakers = [
        f"• *{escape(s.name)}*{', ' + escape(s.description) if s.description else ''}: {count(s.quotes, 'quote')}"
        for s in summary.top_speakers[:HOME_SPEAKERS]
    ]
    tail.append(_section_mrkdwn("*Most quoted*\n" + ("\n".join(speakers) if speakers else "_No attributed quotes yet._")))
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


def _quote_mrkdwn(quote: Quote) -> str:
    where = f"{article_link(quote.title or quote.document, quote.url)} · {_date(quote.date)}"
    if quote.publisher:
        where = f"{escape(quote.publisher)} · {where}"
    if quote.speaker:
        who = f"*{escape(quote.speaker)}*" + (f", {escape(quote.speaker_description)}" if quote.speaker_description else "")
        who += escape(via_text(quote.via))
    else:
        who = "_speaker unknown_"
    attribution = f"\n— {who} · {where}"
    if quote.matched:  # the words that stood in for the question's, so no one mistakes a paraphrase
        attribution += "\n_matched " + ", ".join(f"“{escape(m.word)}” for “{escape(m.stands_for)}”" for m in quote.matched) + "_"
    # A block quote needs ">" at the start of every line; the quote itself is cut if it is
    # longer than a section can hold, never the attribution.
    budget = MAX_SECTION_CHARS - len(attribution)
    return _fit_escaped(quote.text, budget, lambda s: "> " + escape(s).replace("\n", "\n> ")) + attribution


def article_link(title: str, url: str | None) -> str:
    """The article's title as mrkdwn, linked to its URL when it has an http(s) one.

    Slack reads ``<url|label>``; ``&``, ``<`` and ``>`` are escaped in both parts (Slack's rule),
    and a ``|`` in the URL is percent-encoded so it cannot end the URL early.
    """
    if not url or not url.lower().startswith(("http://", "https://")):
        return escape(title)
    return f"<{escape(url).replace('|', '%7C')}|{escape(title).replace('|', '¦')}>"


def added_message(articles: Sequence[Added]) -> dict[str, Any]:
    """What ``@quotebot add`` did: per article, the linked title, date, counts and example questions."""
    sections = []
    for item in articles[: MAX_BLOCKS - 1]:
        title = article_link(item.title or item.document or item.origin, item.url or item.origin)
        if item.status == "added":
            about = " · ".join([title, _date(item.date)] + ([escape(item.publisher)] if item.publisher else []))
            lines = [f"Added {about}", f"{count(item.sentences, 'sentence')}, {count(item.quotes, 'quote')} found."]
            if item.example_questions:
                lines.append("Try: " + " · ".join(escape(q) for q in item.example_questions))
        elif item.status == "duplicate":
            lines = [f"Already added: {title} ({escape(item.reason or 'stored before')})."]
        else:
            lines = [f"Could not add {article_link(item.origin, item.origin)}: {escape(item.reason or 'unreadable')}."]
        sections.append(_section_mrkdwn(_cut("\n".join(lines), MAX_SECTION_CHARS)))
    if not sections:
        sections.append(_section("Nothing to add: the source held no article."))
    fallback = "\n".join(block["text"]["text"] for block in sections)
    return {"text": _cut(fallback, MAX_FALLBACK_CHARS), "blocks": sections}


def _fallback(answer: Answer) -> str:
    """Every quote with its speaker, one a line: what notifications and screen readers get."""
    lines = [f"{count(len(answer.answers), 'quote')} for “{answer.question}”:"]
    lines += [f"“{q.text}”" + (f" — {q.speaker}" if q.speaker else "") for q in answer.answers]
    return _cut(escape("\n".join(lines)), MAX_FALLBACK_CHARS)


def _context(answer: Answer) -> Block:
    return _context_text(f"Question: {answer.question}")


def _context_text(text: str, escaped: bool = False) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text if escaped else escape(text), MAX_SECTION_CHARS)}]}


def _section(text: str) -> Block:
    return _section_mrkdwn(_fit_escaped(text, MAX_SECTION_CHARS, escape))


def _section_mrkdwn(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def _share_button(value: str) -> Block:
    return {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "action_id": SHARE_ACTION_ID,
                "text": {"type": "plain_text", "text": "Share to channel"},
                "value": value,
            }
        ],
    }


def _fit_escaped(raw: str, budget: int, render: Any) -> str:
    """``render(raw)``, or of the longest prefix of ``raw`` (plus "…") whose rendering fits.

    Cutting the raw text, not the rendered one, never splits an ``&amp;`` entity.
    """
    rendered = render(raw)
    if len(rendered) <= budget:
        return rendered
    low, high = 0, len(raw)
    while low < high:  # longest prefix that fits, by bisection
        mid = (low + high + 1) // 2
        if len(render(raw[:mid].rstrip() + ELLIPSIS)) <= budget:
            low = mid
        else:
            high = mid - 1
    return render(raw[:low].rstrip() + ELLIPSIS)


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


def _examples(questions: Iterable[str]) -> str:
    return "\n".join(f"• {escape(q)}" for q in list(questions)[:5])


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def _date(date: _dt.date | None) -> str:
    return date.isoformat() if date else "undated"


def _is_slack_id(value: str) -> bool:
    return value.isalnum() and value[:1] in ("U", "W")
