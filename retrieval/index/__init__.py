"""Index: sentences and their attributions kept as columns, ranked by BM25, saved to disk.

``terms`` tokenises text into the terms the index counts, ``vocabulary`` counts them per sentence,
and ``columns`` holds a run of articles as a ``Segment`` of arrays (sentences, offsets,
attributions, term counts); ``workers`` builds segments on every core. ``bm25`` scores sentences
exactly as rank-bm25's BM25Okapi does, and ``library`` puts a segment, its BM25 index and its
speaker table together as the ``Library`` the question layer reads. ``files`` is the on-disk
format (it reads and writes ``IndexParts`` and the ``manifest``'s checked ``FileEntry`` records,
never a ``Library``) and ``store`` opens, refreshes and saves an index, building the ``Library``
once and returning it with an ``IndexReport`` of what it did.

Past one machine: ``shards`` cuts a segment into contiguous shards and reduces the corpus-wide
statistics they all score with, ``generations`` writes them (plus the global manifest) as
generations swapped in atomically, ``sharded`` builds and opens one in this process, and
``fanout`` answers over the shards as one ``Searcher``, recording shards that did not answer
(``availability``). ``ray_cluster``, ``ray_build`` and ``ray_serve`` do the same on a Ray
cluster; only ``--ray`` imports them.
"""
