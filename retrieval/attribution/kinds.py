"""What each attribution layout and resolution means, in words a user can read.

``Attribution.kind`` and ``Attribution.resolution`` hold short labels; front ends that explain an
answer (``quotebot quotes --explain``) show these sentences beside them.
"""

from __future__ import annotations

from retrieval.models import Attribution

__all__ = ["KINDS", "RESOLUTIONS", "explain"]

KINDS: dict[str, str] = {
    "QSV": "quote, then speaker, then verb (“...,” Trump said.)",
    "QVS": "quote, then verb, then speaker (“...,” said Smith, a nurse.)",
    "SVQ": "speaker and verb before the quote (Trump said: “...”)",
    "SV": "speaker and reporting verb (Trump said that ...)",
    "CSV": "reported words, then speaker and verb (..., the ministry said.)",
    "CVS": "reported words, then verb and speaker (..., said the senator.)",
    "ACCORDING_TO": "according to the speaker",
    "PARTICIPLE": "the sentence's subject, then a reporting participle (..., saying that ...)",
    "PASSIVE": "passive reporting verb with its agent (... was reported by X)",
    "NOMINAL": "a noun of speech with its source (came under criticism from X, claims of bias from X)",
    "NESTED": "an inner source reported by an outer one (X quoted Y as saying ..., X reported Y saying ...)",
    "COLON": "speaker's name before a colon (transcript or headline: PENCE: ...)",
    "CONTINUATION": "goes on a quotation attributed in a nearby sentence or paragraph",
    "POST": "an embedded social-media post, signed by its poster (... — Jo Bloggs (@jobloggs) July 31, 2018)",
    "SPEECH_MODEL": "no rule read it; the speech model reads someone speaking, the speaker from the sentence before or its subject",
}

RESOLUTIONS: dict[str, str] = {
    "direct": "the sentence names the speaker",
    "surname": "a surname, linked to the full name given earlier in the article",
    "pronoun": "a pronoun, linked to the last fitting person in the article",
    "role": "a role noun, linked to the person or body described that way",
    "continuation": "carried over from the sentence that names the speaker",
    "unresolved": "a pronoun or role noun with no fitting person before it, kept as written",
    "alias": "a short form the article gave for the name (“Suzie Rayner (SR)” ... “SR:”)",
}


def explain(attribution: Attribution) -> str:
    """One line saying why quotebot believes this speaker said the sentence."""
    layout = KINDS.get(attribution.kind, attribution.kind)
    how = RESOLUTIONS.get(attribution.resolution, attribution.resolution)
    cue = f"cue “{attribution.cue}”" if attribution.cue else "no cue word"
    mention = f"“{attribution.mention}”" if attribution.mention else "no mention"
    return f"{attribution.kind}: {layout}; {cue}; speaker {mention} -> {attribution.speaker} ({how})"
