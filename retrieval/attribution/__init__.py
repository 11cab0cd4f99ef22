"""Attribution: for each sentence, whether someone is quoted or reported, and who.

``attribute(article, sentences)`` returns one ``Attribution`` or ``None`` per sentence. The work
is split by idea: ``quotes`` masks quotations (double, single and straight marks), ``cues`` finds
the reporting clause (with ``cue_checks``, ``phrases``, ``validity`` and ``subjects``), ``colon``
and ``transcripts`` read labels before a colon and interview turns, ``speakers`` reads the words
naming the speaker, ``people``, ``organisations`` and ``aliases`` find who the article names,
``resolve`` (with ``salience``, ``groups`` and ``descriptions``) links pronouns, surnames, roles
and descriptions to them, and ``continuation`` carries a speaker across the sentences and
paragraphs of one quotation; ``posts`` gives an embedded social-media post to its poster. ``kinds`` explains the layout labels in plain words. Every word list
is in ``retrieval/lexicon/``.
"""

from retrieval.attribution.pipeline import attribute

__all__ = ["attribute"]
