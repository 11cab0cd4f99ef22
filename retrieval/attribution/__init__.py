"""Attribution: for each sentence, whether someone is quoted or reported, and who.

``attribute(article, sentences)`` returns one ``Attribution`` or ``None`` per sentence. The work
is split by idea: ``quotes`` masks quotations, ``cues`` finds the reporting clause and the words
naming the speaker (with ``phrases`` and ``subjects``), ``speakers`` reads those words, ``people`` finds who the
article names, ``resolve`` links pronouns, surnames and roles to them, and ``continuation``
carries a speaker across the sentences and paragraphs of one quotation. ``kinds`` explains the
layout labels in plain words. Every word list is in ``retrieval/lexicon/``.
"""

from retrieval.attribution.pipeline import attribute

__all__ = ["attribute"]
