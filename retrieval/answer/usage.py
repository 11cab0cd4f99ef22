"""What quotebot says about itself: the one text of its usage, which every front end renders.

The engine answers a help request with ``help_text``; the console and Slack build their help
from the same sentences (``pitch``, ``forms_sentence``, ``QUESTION_FORMS``), adding only how to
reach quotebot there (console commands, a mention or ``/ask``) and escaping for their medium.
"""

from __future__ import annotations

from typing import Sequence

__all__ = ["QUESTION_FORMS", "pitch", "forms_sentence", "help_text"]

# The question shapes ``retrieval.answer.questions`` reads, as a user would type them.
QUESTION_FORMS = (
    "who said …?",
    "what did <person> say (about …)?",
    "how many …?",
    "who is quoted most about …?",
    "… in January 2020 / last week",
)


def pitch(articles: str = "the articles") -> str:
    """What quotebot does, in one sentence; ``articles`` says which ("2 articles")."""
    return f"I answer questions about {articles} with sentences quoted word for word, and who said them."


def forms_sentence() -> str:
    """The questions quotebot understands, in one sentence."""
    return "I understand " + ", ".join(f"“{form}”" for form in QUESTION_FORMS) + ", or any words to search for."


def help_text(examples: Sequence[str]) -> str:
    """The plain-text usage: what quotebot does, what it understands, example questions."""
    lines = [pitch(), forms_sentence()]
    if examples:
        lines.append("For example:\n" + "\n".join(f"• {q}" for q in examples))
    return "\n".join(lines)
