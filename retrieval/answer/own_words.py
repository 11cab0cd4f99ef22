"""Whether a sentence gives a speaker's own words: most of it stands inside quotation marks.

“This government has run out of solutions,” Mr Howard told MPs — his words; "Tory leader Michael
Howard attacked the Budget" — the reporter's; a "faltering" in marks is a word, not a quote.
"""

from __future__ import annotations

import re

__all__ = ["own_words", "opens_with_quote", "quoted_share", "OWN_WORDS_SHARE", "MIN_OPENING_WORDS"]

# At least this share of a sentence's letters inside quotation marks makes it the speaker's own
# words: the attribution ("Mr Howard told MPs") around a quote is rarely longer than the quote.
OWN_WORDS_SHARE = 0.5
# A sentence opening with a quotation of at least this many words is the speaker's own words however
# long the description after it (“Cities are pushing ...,” says Jack Temple, policy analyst with
# ...); a shorter opening is a phrase in marks ("Fake news" is ...).
MIN_OPENING_WORDS = 4

# A quotation: curly or straight double marks, to the closing mark or, when a quote runs on to the
# next sentence without closing, to the end.
_QUOTED = re.compile(r"[“\"]([^”\"]*)(?:[”\"]|$)")
# Single marks, as British papers write them ('This is not a basis for a stay,' she said): opened
# at a word's start, and an apostrophe inside a word ("don’t") closes nothing.
_SINGLE = re.compile(r"(?:^|(?<=[\s(]))['‘]((?:[^'‘’]|['’](?=\w))*)(?:['’](?!\w)|$)")
_LETTERS = re.compile(r"\w")


def quoted_share(text: str) -> float:
    """Share of the sentence's letters and digits that stand inside quotation marks."""
    total = len(_LETTERS.findall(text))
    if not total:
        return 0.0
    marks = _QUOTED if "“" in text or '"' in text else _SINGLE
    inside = sum(len(_LETTERS.findall(m.group(1))) for m in marks.finditer(text))
    return inside / total


def opens_with_quote(text: str) -> bool:
    """Whether ``text`` opens with a quotation of at least ``MIN_OPENING_WORDS`` words: the
    speaker speaks first, the reporter only names them (“...,” said X)."""
    text = text.lstrip()
    opening = (_QUOTED if "“" in text or '"' in text else _SINGLE).match(text)
    return opening is not None and len(opening.group(1).split()) >= MIN_OPENING_WORDS


def own_words(text: str) -> bool:
    """Whether ``text`` opens with a quotation (``opens_with_quote``) or is mostly one (``OWN_WORDS_SHARE``)."""
    return opens_with_quote(text) or quoted_share(text) >= OWN_WORDS_SHARE
