"""A speaker asked about as an owner's thing or voice: "Barr's memo", "McConnell's office".

"what did Barr's memo say about extremists?" asks for what Barr wrote in it ("Barr wrote in the
memo"): a thing that carries its owner's words (``document_nouns.txt``, ``carrier_nouns.txt``)
speaks as its owner. "what did McConnell's office say?" asks for those who speak for him
(``owner_voices.txt``), whom articles name after him: "an aide to McConnell", "a spokesman for
Dianne Feinstein"; with none of them quoted, his own quotes answer. Tried only once the subject
as written names nobody.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from retrieval.index.library import SpeakerInfo
from retrieval.lexicon import words

__all__ = ["owned_speakers"]

# "Barr's memo", "the senator's office", "Dianne Feinstein’s press office": an owner, a possessive,
# at most two words of the owner's thing.
_OWNED = re.compile(r"^(?:the\s+)?(?P<owner>.+?)['’]s?\s+(?P<thing>[\w-]+(?:\s+[\w-]+)?)$", re.I)


def owned_speakers(subject: str, find: Callable[[str], list[int]], speakers: Sequence[SpeakerInfo]) -> list[int]:
    """The speakers ``subject`` names as an owner's document or voice (``find``: the speakers a
    name names); empty when it names no such thing, or its owner nobody."""
    match = _OWNED.match(subject.strip())
    if match is None:
        return []
    thing = match.group("thing").lower().split()
    carriers = words("document_nouns.txt") | words("carrier_nouns.txt")
    voices = words("owner_voices.txt")
    if thing[-1] not in carriers | voices:
        return []
    found = find(match.group("owner"))
    if thing[-1] in carriers:
        return found
    speaking = [i for i in found if voices & {w.lower().strip(".,") for w in speakers[i].name.split()}]
    return speaking or found
