"""Sources: web pages, saved HTML, JSON Lines and CSV exports, feeds and text files -> ``Article``.

One reader per kind (``html``, ``exports``, ``feeds``, ``plain``), each turning its input into
the same ``Article``: the text quotebot stores as a ``.txt`` file (the ``header`` lines, then the
body) with its metadata. ``fetch`` is the only module that touches the network, and refuses
what a server must not be talked into fetching. ``read`` picks the reader for a source. Nothing
here prints, reads the environment or knows about the index.
"""

from retrieval.sources.fetch import FetchPolicy, Page
from retrieval.sources.header import Header
from retrieval.sources.read import Read, Reader, read_source

__all__ = ["FetchPolicy", "Page", "Header", "Read", "Reader", "read_source"]
