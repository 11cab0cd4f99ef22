"""Questions that ask about something not happening: "who said there were **no** deaths?",
"who said the apology was **insincere**?" (read as "not sincere")."""

from __future__ import annotations

from retrieval.lexicon import words

__all__ = ["negated", "negated_stem", "MIN_NEGATED_STEM"]

# "unharmed", "insincere", "irresponsible": a word's negation (``negative_prefixes.txt``); the
# rest must keep this many letters ("unharm": "harm"; "inept" is no negated "ept").
MIN_NEGATED_STEM = 4


def negated_stem(term: str) -> str | None:
    """"insincer" -> "sincer": the term without a negating prefix, None when it starts with none."""
    for prefix in sorted(words("negative_prefixes.txt"), key=len, reverse=True):
        if term.startswith(prefix) and len(term) - len(prefix) >= MIN_NEGATED_STEM:
            return term[len(prefix) :]
    return None


def negated(topic: str | None) -> bool:
    """Whether ``topic`` holds a negation word ("no", "none", "didn't")."""
    if not topic:
        return False
    negations = words("negation_words.txt")
    return any(w.strip("?.,!").lower() in negations or w.lower().endswith(("n't", "n’t")) for w in topic.split())
