"""How processes share one index folder: generation numbers and the writers' lock.

Every save of an index is a new generation, numbered in its manifest. A process remembers the
generation it answers from; finding another number in the folder means another process (a
``quotebot add``, another replica) saved a newer one, which it loads instead of indexing the same
files again. Saves take an exclusive ``flock`` on a lock file beside the folder, and a writer
that finds a newer generation under the lock starts again from it, so no save is lost.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
from pathlib import Path
from typing import Iterator

from retrieval.index.durable import write_error
from retrieval.index.files import FORMAT_VERSION, MANIFEST

__all__ = ["saved_generation", "writer_lock"]

# The manifest opens with its format, version and generation (json keeps the order they are
# written in): reading these bytes, not a manifest listing 40,000 files, is enough to poll it.
_HEAD_BYTES = 512
_HEAD = re.compile(r'"version": (\d+), "generation": (\d+)')


def saved_generation(index_dir: Path) -> int | None:
    """The generation number of the index saved in ``index_dir``; None when there is none."""
    try:
        with open(Path(index_dir) / MANIFEST, "rb") as f:
            head = f.read(_HEAD_BYTES).decode("utf-8", "replace")
        match = _HEAD.search(head)
        if match:
            return int(match.group(2)) if int(match.group(1)) == FORMAT_VERSION else None
        manifest = json.loads((Path(index_dir) / MANIFEST).read_text(encoding="utf-8"))
        return int(manifest["generation"]) if manifest.get("version") == FORMAT_VERSION else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


@contextlib.contextmanager
def writer_lock(index_dir: Path) -> Iterator[None]:
    """Hold the lock every process takes to save a generation of ``index_dir`` (a lock file beside it)."""
    try:
        index_dir.parent.mkdir(parents=True, exist_ok=True)
        handle = open(index_dir.parent / f".{index_dir.name}.lock", "a+b")
    except OSError as error:
        raise write_error(index_dir, error) from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
