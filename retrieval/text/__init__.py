"""Text: article files in, ``Article`` and ``Sentence`` values out.

``corpus`` lists and reads a corpus (skipping a bad file with its reason) and parses each file
into an ``Article``, with ``boilerplate`` keeping the prose apart from bylines, section tags and
promotions. ``sentences`` splits an article into sentences whose offsets quote it verbatim:
``fast_split`` handles plain paragraphs, pysbd the rest, and ``fixes`` applies the tested news
corrections (initialisms, quotations closed by "!" or "?", empty spans). Nothing here knows about
speakers or the index.
"""
