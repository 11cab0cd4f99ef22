"""An excerpt a colon introduces without quotation marks: the paragraph after a sentence that
names a source and ends with ":" is that source's words.

    NPR reports on the rash of illnesses:

    The first reports of this disease date back at least 20 years. At first the clusters ...

Web copy sets an excerpt of a report, a statement or a post off as a block quotation, which the
extracted text keeps as a plain paragraph (Grist, New York Magazine, Mediaite, Vox). Its
sentences with no speaker of their own go on the introducing sentence's speaker; one that names
its own ("“...,” Turcios-Ruiz says") keeps it. A paragraph opening with a quotation mark is left
to the quotation rules, a bulleted list is the reporter's (Salon: none), a bracketed credit
("[Time]") is nobody's, and an introduction naming nobody ("Among the findings:") gives none.
An introduction with no reporting clause of its own ("He also posted a statement to Facebook:")
names its speaker through ``block_leads``. The excerpt is one paragraph: over the news sets, of
the 47 sentences in the paragraph after an introduced excerpt, 10 are the introducer's (9 of them
name it again: "Kelly added that ...", "McConnell said ..."; one is a bulleted point), 21 are
someone else's and 16 nobody's, so the paragraph after the excerpt is the writer's again.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.models import Attribution

__all__ = ["BULLETS", "colon_blocks"]

# A list's items ("• More than 7,260 gallons of crude oil ...") are the reporter's summary of
# what a source found, not its words.
BULLETS = ("•", "·", "▪", "◦", "*", "- ", "– ", "— ")


def colon_blocks(paragraphs: Sequence[Sequence[int]], texts: Sequence[str], reopens: Sequence[bool], out: Sequence[Attribution | None]) -> list[Attribution | None]:
    """``out`` with each introduced block's unattributed sentences given their introducer.

    Args:
        paragraphs: sentence numbers by paragraph, in order.
        texts: each sentence as written.
        reopens: each paragraph opens with a quotation mark.
        out: each sentence's attribution so far.
    """
    result = list(out)
    for n in range(len(paragraphs) - 1):
        intro = paragraphs[n][-1]
        given = result[intro]
        if given is None or reopens[n + 1] or not texts[intro].rstrip().endswith(":"):
            continue
        if texts[paragraphs[n + 1][0]].lstrip().startswith(BULLETS):
            continue  # "The Post highlighted a few examples:" then "• More than 7,260 gallons ...": the reporter's list
        carried = Attribution(given.speaker, given.mention, given.description, given.cue, "CONTINUATION", "continuation", given.via)
        for k in paragraphs[n + 1]:
            tag = texts[k].strip()
            if result[k] is None and not (tag.startswith("[") and tag.endswith("]")):  # "[Time]": a credit
                result[k] = carried
    return result
