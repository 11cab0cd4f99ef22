"""Writing index files so that a crash never leaves one that loads: parts sealed with their size
and CRC-32, data flushed to disk before it is renamed into place, folders synced after a rename,
and the temporary folders of an interrupted write removed once their writer is gone.

Both index formats use these: one index folder (``retrieval.index.files``) and a sharded index's
generations (``retrieval.index.generations``).
"""

from __future__ import annotations

import os
import shutil
import zlib
from pathlib import Path

from retrieval.errors import IndexWriteError

__all__ = ["seal", "write_durably", "fsync_dir", "write_error", "remove_stale", "alive"]

# Reading a whole part to check it runs at several GB/s; a block this size bounds memory use.
_CRC_BLOCK = 1 << 24


def seal(path: Path) -> dict[str, int]:
    """The size and CRC-32 of a written part, checked again when it is read."""
    crc = 0
    size = 0
    with open(path, "rb") as f:
        while block := f.read(_CRC_BLOCK):
            crc = zlib.crc32(block, crc)
            size += len(block)
    return {"bytes": size, "crc32": crc}


def write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and wait until it is on disk."""
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """Make the renames and new names in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_error(index_dir: Path, error: OSError) -> IndexWriteError:
    """The one message for an index that cannot be written where asked (the CLI names the setting)."""
    return IndexWriteError(f"cannot write the index to {index_dir} ({error.strerror or error}); choose a writable folder for the index")


def remove_stale(index_dir: Path) -> None:
    """Remove temporary folders left by interrupted writes of this index (``kill -9``, power loss)
    whose writing process is gone."""
    for leftover in index_dir.parent.glob(f".{index_dir.name}.*-*-*"):
        kind, _, rest = leftover.name.removeprefix(f".{index_dir.name}.").partition("-")
        pid = rest.split("-")[0]
        if kind in ("tmp", "old") and pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def alive(pid: int) -> bool:
    """Is process ``pid`` still running (a process we may not signal is)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
