"""Which of a query's terms the MaxScore pruning of ``bm25`` looks up only for the candidates
the rarer terms bring, instead of scoring all their postings.

Any split is exact (a sentence holding none of the rarer terms scores at most the sum of the
others' largest contributions, and the search gives up when its k-th best does not beat that);
a split only decides how often the pruning can answer, and how much it saves when it does. Two
splits are tried: the terms in more than a share of all sentences (a stopword-like "said" beside
a name), and, when that splits nothing, the most frequent term alone when its postings outnumber
all the others' together ("who said Biilli Duissa?", a name's common word beside its rare one).
"""

from __future__ import annotations

from typing import Mapping

__all__ = ["common_terms", "PRUNE_FRACTION", "PRUNE_MIN_DF", "PRUNE_RELATIVE"]

# A query term in more than this share of sentences is "common" and only looked up for the
# candidates the rarer terms produce; below it a plain scatter is cheap.
PRUNE_FRACTION = 1 / 64
# ...and never for small corpora, where scattering everything costs microseconds anyway.
PRUNE_MIN_DF = 2048
# When no term is common, the most frequent is looked up alone when its postings are more than
# this many times all the others' (on the 1M-sentence benchmark: tried on 42 searches of 150,
# answered on 36; a failed try costs the rarer terms' postings, a fraction of the whole).
PRUNE_RELATIVE = 2


def common_terms(frequencies: Mapping[int, int], n_sentences: int) -> set[int]:
    """The terms (of ``frequencies``: each distinct query term's document frequency) to look up
    only for the others' candidates; empty when no split leaves a rarer term."""
    limit = max(PRUNE_MIN_DF, int(n_sentences * PRUNE_FRACTION))
    common = {t for t, df in frequencies.items() if df > limit}
    if common and len(common) < len(frequencies):
        return common
    if len(frequencies) < 2:
        return set()
    frequent = max(frequencies, key=lambda t: (frequencies[t], t))
    rest = sum(df for t, df in frequencies.items() if t != frequent)
    return {frequent} if frequencies[frequent] > max(PRUNE_MIN_DF, PRUNE_RELATIVE * rest) else set()
