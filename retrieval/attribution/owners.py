"""Speakers named after their owner: one speaker however the article writes the owner, shown as
the article wrote it.

"Clinton’s campaign" and "the Clinton campaign" are one speaker: ``fold_owner`` drops the owner's
possessive, and that folded form is the name resolution works with, so either wording finds the
other. A reader is shown words the article wrote, never the fold: ``written_forms`` names each
folded speaker by its first written form in the article ("Kemp’s office", not "Kemp office").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from retrieval.attribution.descriptions import possessive_owner
from retrieval.models import Attribution

__all__ = ["fold_owner", "shown", "written_forms"]

# The speakers that belong to a person or body and are named after them: "Clinton’s campaign" is
# the "Clinton campaign", "Cameron’s spokesman" the "Cameron spokesman", "Sanders’ aides" the
# "Sanders aides", however the article writes the owner.
_POSSESSIVE = re.compile(
    r"\b([A-Z][\w.\-]*?)(?:’s|'s|(?<=s)’|(?<=s)')(?= (?:campaign|administration|team|office|aides?|spokes(?:man|woman|person))\b)"
)


def fold_owner(text: str) -> str:
    """ "Kemp’s office" -> "Kemp office": an owner's possessive folded (``_POSSESSIVE``)."""
    if "’" not in text and "'" not in text:
        return text  # no apostrophe, no possessive: skip the search, most speakers' case
    return _POSSESSIVE.sub(r"\1", text)


def shown(mention: str) -> str:
    """A mention as a name is shown: without a leading "the" before a capital."""
    first, _, rest = " ".join(mention.split()).partition(" ")
    return rest if first.lower() == "the" and rest[:1].isupper() else " ".join(mention.split())


def _pronoun_owned(attribution: Attribution) -> str | None:
    """ "Her campaign" resolved to the "Tulsi Gabbard campaign": the possessive a reader would
    write, "Tulsi Gabbard's campaign", for a fold the article never wrote with the owner's name."""
    first, _, rest = attribution.mention.partition(" ")
    owner = attribution.speaker.removesuffix(f" {rest}")
    if not rest or possessive_owner(first) is None or owner == attribution.speaker:
        return None
    written = f"{owner}'s {rest}"
    return written if fold_owner(written) == attribution.speaker else None


def written_forms(attributions: Sequence[Attribution | None]) -> tuple[Attribution | None, ...]:
    """Each speaker whose name is a fold of an owner's possessive, named by the first mention in
    the article that folds to it ("Kemp’s office insisted ... | The office said ..." -> both
    "Kemp’s office"). Speakers the article never wrote with a possessive stay as they are."""
    first: dict[str, str] = {}
    for attribution in attributions:
        if attribution is not None and fold_owner(form := shown(attribution.mention)) == attribution.speaker:
            first.setdefault(attribution.speaker, form)  # "the Clinton campaign" first: shown as it is
        elif attribution is not None and (owned := _pronoun_owned(attribution)) is not None:
            first.setdefault(attribution.speaker, owned)  # "Her campaign urged" -> "Tulsi Gabbard's campaign"
    written = {speaker: form for speaker, form in first.items() if form != speaker}
    if not written:
        return tuple(attributions)
    return tuple(
        a if a is None or (a.speaker not in written and not set(a.via) & written.keys())
        else replace(a, speaker=written.get(a.speaker, a.speaker), via=tuple(written.get(v, v) for v in a.via))
        for a in attributions
    )
