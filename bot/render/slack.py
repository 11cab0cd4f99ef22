"""Answer -> Slack message: Block Kit blocks, mrkdwn, and a plain-text fallback.

Everything taken from the corpus or the question is escaped (``&``, ``<``, ``>``) before it
goes into mrkdwn, so ``<!channel>`` or ``<@U123>`` in an article or a question can never ping
anyone or inject a link. Slack's limits are respected: at most 50 blocks a message, 3,000
characters a section; what does not fit is cut and counted ("and N more").
Pure functions returning dicts ready for ``chat.postMessage``, ``respond`` or ``views.publish``.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Iterable, Sequence

from bot.render.charts import Bar, answer_bars, bar_lines, chart_title, describe
from bot.render.words import count
from retrieval.answer.usage import QUESTION_FORMS, forms_sentence, pitch
from retrieval.results import Answer, CorpusSummary, Quote, via_text

__all__ = [
    "APOLOGY",
    "FEEDBACK_ACTIONS",
    "MAX_BLOCKS",
    "MAX_SECTION_CHARS",
    "SHARE_ACTION_ID",
    "answer_message",
    "article_link",
    "chart_section",
    "citation",
    "escape",
    "feedback_value",
    "help_message",
    "notice_message",
    "plain_message",
    "read_feedback_value",
    "shared_message",
    "usage_text",
]

MAX_BLOCKS = 50  # Slack rejects a message with more blocks (invalid_blocks)
MAX_SECTION_CHARS = 3000  # Slack's limit on a section block's text
MAX_FALLBACK_CHARS = 3000  # notification text; Slack truncates long `text` anyway
MAX_BUTTON_VALUE = 2000  # Slack's limit on a button's value
MAX_PLAIN_CHARS = 1500  # the plain-text fallback is short: a too-long message is one reason it is sent
SHARE_ACTION_ID = "share_answer"
# Action id -> the vote it records.
FEEDBACK_ACTIONS = {"feedback_up": "up", "feedback_down": "down"}
_FEEDBACK_LABELS = {"feedback_up": "👍", "feedback_down": "👎"}
ELLIPSIS = "…"

APOLOGY = "Sorry, something went wrong while answering that. It has been logged; please try again in a moment."

Block = dict[str, Any]


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as markup (``&`` first)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def answer_message(
    answer: Answer, *, share_value: str | None = None, feedback: bool = True, followable: bool = False
) -> dict[str, Any]:
    """The message for an answer: one numbered section per quote, a context line, buttons, a fallback text.

    Args:
        answer: What the engine returned.
        share_value: Add a "Share to channel" button carrying this value (for answers only the
            asker sees). Left out when longer than Slack allows.
        feedback: Add 👍/👎 buttons.
        followable: The conversation keeps context, so "and N more" can say to reply "more".

    Returns:
        ``{"text": ..., "blocks": [...]}``.
    """
    context = _context(answer)
    buttons = _buttons(answer, share_value, feedback)
    chart = _chart(answer)  # an aggregate answer's counts, as text bars (the PNG follows in the thread)
    if not answer.answers and not chart:
        nothing = answer.message or f"I found nothing in the articles about “{answer.question}”."
        return {"text": _cut(escape(nothing), MAX_FALLBACK_CHARS), "blocks": [_section(nothing), context, *buttons]}
    # A note beside the quotes ("the articles give different figures: ...") leads the message.
    blocks = ([_section(answer.message)] if answer.message else []) + chart
    # Room for the context line, the "and N more" line and the buttons.
    room = MAX_BLOCKS - 2 - len(buttons) - len(blocks)
    shown = answer.answers[:room]
    blocks += [_section_mrkdwn(_quote_mrkdwn(q, answer.offset + n)) for n, q in enumerate(shown, start=1)]
    more = max(answer.total - answer.offset, len(answer.answers)) - len(shown)
    if more > 0:
        hint = "reply “more” for the next ones" if followable else "ask a narrower question"
        blocks.append(_context_text(f"and {more} more {'match' if more == 1 else 'matches'}; {hint}"))
    blocks.append(context)
    return {"text": _fallback(answer), "blocks": blocks + buttons}


def plain_message(message: dict[str, Any]) -> dict[str, Any]:
    """A message without blocks, its fallback text shortened: what is sent when Slack refuses blocks."""
    return {"text": _cut(message.get("text") or APOLOGY, MAX_PLAIN_CHARS)}


def feedback_value(answer: Answer) -> str:
    """What a feedback button carries: the question and the quotes shown, as compact JSON.

    Quotes that would push the value past Slack's limit are left out (the question always stays).
    """
    refs: list[list[Any]] = []
    value = json.dumps({"q": answer.question[:MAX_BUTTON_VALUE // 2], "r": refs}, separators=(",", ":"))
    for q in answer.answers:
        refs.append([q.document, q.start, q.end])
        longer = json.dumps({"q": answer.question[:MAX_BUTTON_VALUE // 2], "r": refs}, separators=(",", ":"))
        if len(longer) > MAX_BUTTON_VALUE:
            refs.pop()
            break
        value = longer
    return value


def read_feedback_value(value: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The question and quote references a feedback button carried; empty parts when malformed."""
    try:
        data = json.loads(value)
        question = str(data.get("q") or "")[:MAX_BUTTON_VALUE]
        refs = [(str(d), int(s), int(e)) for d, s, e in data.get("r") or []]
    except (ValueError, TypeError, AttributeError):  # edited by hand: keep the vote, not the junk
        return "", []
    return question, refs


def citation(quote: Quote, number: int | None = None) -> str:
    """A quote's source in mrkdwn: "[2] <url|Title> · Publisher · 2021-03-04".

    The title links to the article's address when both are known; without a title the file name
    stands in (linked when the address is known).
    """
    parts = [article_link(quote.title or quote.document, quote.url)]
    if quote.publisher:
        parts.append(escape(quote.publisher))
    parts.append(_date(quote.date))
    label = f"[{number}] " if number is not None else ""
    return label + " · ".join(parts)


def article_link(title: str, url: str | None) -> str:
    """The article's title as mrkdwn, linked to its URL when it has an http(s) one.

    Slack reads ``<url|label>``; ``&``, ``<`` and ``>`` are escaped in both parts (Slack's rule),
    and a ``|`` in the URL is percent-encoded so it cannot end the URL early.
    """
    if not url or not url.lower().startswith(("http://", "https://")):
        return escape(title)
    return f"<{escape(url).replace('|', '%7C')}|{escape(title).replace('|', '¦')}>"


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


def _quote_mrkdwn(quote: Quote, number: int | None = None) -> str:
    where = citation(quote, number)
    if quote.speaker:
        who = f"*{escape(quote.speaker)}*" + (f", {escape(quote.speaker_description)}" if quote.speaker_description else "")
        who += escape(via_text(quote.via))
    else:
        who = "_speaker unknown_"
    attribution = f"\n— {who} · {where}"
    if quote.matched:  # the words that stood in for the question's, so no one mistakes a paraphrase
        attribution += "\n_matched " + ", ".join(
            f"“{escape(m.stands_for)}” nearby" if m.nearby else f"“{escape(m.word)}” for “{escape(m.stands_for)}”" for m in quote.matched
        ) + "_"
    # A block quote needs ">" at the start of every line; the quote itself is cut if it is
    # longer than a section can hold, never the attribution.
    budget = MAX_SECTION_CHARS - len(attribution)
    return _fit_escaped(quote.text, budget, lambda s: "> " + escape(s).replace("\n", "\n> ")) + attribution


def chart_section(bars: Sequence[Bar]) -> Block:
    """Bars as text in a code block, so the columns line up in Slack as in a terminal."""
    return _section_mrkdwn(_cut("```\n" + escape("\n".join(bar_lines(bars))) + "\n```", MAX_SECTION_CHARS))


def _chart(answer: Answer) -> list[Block]:
    bars = answer_bars(answer)
    return [chart_section(bars)] if bars else []



def _fallback(answer: Answer) -> str:
    """Every quote with its speaker, one a line: what notifications and screen readers get."""
    if not answer.answers and (answer.speakers or answer.timeline):
        return _cut(escape(f"{chart_title(answer)}: {describe(answer_bars(answer))}"), MAX_FALLBACK_CHARS)
    lines = [f"{count(len(answer.answers), 'quote')} for “{answer.question}”:"]
    lines += [f"“{q.text}”" + (f" — {q.speaker}" if q.speaker else "") for q in answer.answers]
    return _cut(escape("\n".join(lines)), MAX_FALLBACK_CHARS)


def _context(answer: Answer) -> Block:
    text = f"Question: {answer.question}"
    if answer.follow_up:
        text += f" (follow-up: “{answer.follow_up}”)"
    if answer.offset and answer.answers:
        text += f" · quotes {answer.offset + 1}–{answer.offset + len(answer.answers)}"
    return _context_text(text)


def _context_text(text: str, escaped: bool = False) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text if escaped else escape(text), MAX_SECTION_CHARS)}]}


def _section(text: str) -> Block:
    return _section_mrkdwn(_fit_escaped(text, MAX_SECTION_CHARS, escape))


def _section_mrkdwn(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def _buttons(answer: Answer, share_value: str | None, feedback: bool) -> list[Block]:
    """One actions block: "Share to channel" (first) and the 👍/👎 buttons, as asked."""
    elements = []
    if share_value is not None and len(share_value) <= MAX_BUTTON_VALUE:
        elements.append(_button(SHARE_ACTION_ID, "Share to channel", share_value))
    if feedback:
        value = feedback_value(answer)
        elements += [_button(action_id, label, value) for action_id, label in _FEEDBACK_LABELS.items()]
    return [{"type": "actions", "elements": elements}] if elements else []


def _button(action_id: str, label: str, value: str) -> Block:
    return {"type": "button", "action_id": action_id, "text": {"type": "plain_text", "text": label, "emoji": True}, "value": value}


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


def _examples(questions: Iterable[str]) -> str:
    return "\n".join(f"• {escape(q)}" for q in list(questions)[:5])


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def _date(date: _dt.date | None) -> str:
    return date.isoformat() if date else "undated"


def _is_slack_id(value: str) -> bool:
    return value.isalnum() and value[:1] in ("U", "W")
