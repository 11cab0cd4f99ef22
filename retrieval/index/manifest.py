"""The manifest's record of one corpus file, checked once where the manifest is read.

A saved index remembers, per corpus file, what identifies its content (size, modification time,
content hash) and which document it became, or why it was skipped. The manifest may have been
edited by hand, so each entry is checked field by field as it is read; the store then compares
typed entries with the corpus listing and never meets a malformed one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["FileEntry"]


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One corpus file as the manifest records it: what identifies its content, and where it went."""

    path: str
    size: int
    mtime_ns: int
    blake2b: str
    document: int | None  # index into documents.json, or None when the file was skipped
    skipped: str | None  # why the file was skipped, or None

    @classmethod
    def from_json(cls, raw: Any) -> FileEntry:
        """The entry a manifest holds, checked field by field (a manifest may be edited by hand).

        Raises:
            ValueError: a field is missing or of the wrong type.
        """
        try:
            path, size, mtime_ns, blake2b = raw["path"], raw["size"], raw["mtime_ns"], raw["blake2b"]
            document, skipped = raw["document"], raw["skipped"]
        except (KeyError, TypeError):
            raise ValueError(f"a file entry is not a record of {', '.join(_ENTRY_FIELDS)}: {raw!r}") from None
        if not (
            type(path) is str and type(size) is int and type(mtime_ns) is int and type(blake2b) is str
            and (document is None or type(document) is int) and (skipped is None or type(skipped) is str)
        ):  # fmt: skip
            raise ValueError(f"a file entry has a field of the wrong type: {raw!r}")
        return cls(path, size, mtime_ns, blake2b, document, skipped)

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _ENTRY_FIELDS}


_ENTRY_FIELDS = ("path", "size", "mtime_ns", "blake2b", "document", "skipped")
