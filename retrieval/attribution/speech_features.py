"""The cheap features the speech model reads of a sentence the rules gave no speaker.

Each feature is a string, present or not: the sentence's words outside quotation marks (each
lower-case run of letters, and each pair of neighbouring runs), what its quotation marks do
(it holds one, opens with one, ends inside one, is all quotation), a colon, first-person words
inside and outside quotation marks, a capitalised run opening it (a name as subject), a person
the article names opening it, its length, its place in the paragraph, and whether the sentences
either side were given a speaker by the rules. Pure: the same sentence and context give the same
features, in sorted order.
"""

from __future__ import annotations

from dataclasses import dataclass

from retrieval.attribution.quotes import QuoteView
from retrieval.attribution.sentence_words import LETTERS

__all__ = ["Context", "features"]

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
SECOND_PERSON = frozenset({"you", "your", "yours"})
# Length is read in buckets of this many words, up to LAST_BUCKET.
BUCKET_WORDS = 8
LAST_BUCKET = 5
OPENING_MARKS = "\"'“‘«"
_LETTERS = LETTERS.findall


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules already know around one sentence."""

    previous_speech: bool  # the sentence before has a speaker
    next_speech: bool  # the sentence after has a speaker
    same_paragraph_before: bool  # the sentence before is in this paragraph
    paragraph_first: bool  # the sentence opens its paragraph
    paragraph_last: bool  # the sentence closes its paragraph
    person_subject: bool  # a person the article names opens the sentence


def features(text: str, view: QuoteView, context: Context) -> tuple[str, ...]:
    """The sentence's features, sorted (see the module's docstring)."""
    masked = view.masked
    outside = _LETTERS(masked.lower())
    written = set(outside)  # each word read once: a run repeated gives one feature
    found = {"u:" + w for w in written}
    found.add("bias")
    if outside:
        found.update([f"b:{a}_{b}" for a, b in zip(outside, outside[1:])])
        found.add("first:" + outside[0])
    if view.quoted_words:
        inside = set(_LETTERS(text.lower())) - written
        found.add("quote")
        found.add("quote:all" if not view.outside_words else "quote:some")
        if not inside.isdisjoint(FIRST_PERSON):
            found.add("person1:inside")
        if not inside.isdisjoint(SECOND_PERSON):
            found.add("person2")
    if view.opens_with_quote or text.lstrip()[:1] in OPENING_MARKS:
        found.add("quote:opens")
    if view.open_at_start:
        found.add("quote:open_before")
    if view.open_at_end:
        found.add("quote:open_after")
    if ":" in masked:
        found.add("colon")
    if not written.isdisjoint(FIRST_PERSON):
        found.add("person1:outside")
    if not written.isdisjoint(SECOND_PERSON):
        found.add("person2")
    found.update(_shape(masked, context))
    return tuple(sorted(found))


def _shape(masked: str, context: Context) -> list[str]:
    """The features of the sentence's form and place."""
    words = masked.split()
    out = [f"len:{min(len(words) // BUCKET_WORDS, LAST_BUCKET)}"]
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        out.append("caps:opens")
    if context.person_subject:
        out.append("person:subject")
    out.append("previous:" + ("speech" if context.previous_speech else "none") + (":same" if context.same_paragraph_before else ":other"))
    out.append("next:" + ("speech" if context.next_speech else "none"))
    if context.paragraph_first:
        out.append("paragraph:first")
    if context.paragraph_last:
        out.append("paragraph:last")
    return out
