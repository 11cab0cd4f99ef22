"""Scope: the part of a corpus a question may quote from, by folder or by tag.

A Slack channel about politics searches the politics folder; another searches everything
tagged ``business``. A ``Scope`` names folders and tags; a document is inside when it lies in
one of the folders or carries one of the tags. ``sentence_mask`` turns a scope into the
candidate mask the engine ranks within, so scoping is a filter before ranking, not after.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Sequence

import numpy as np

from retrieval.index.library import DocumentInfo

__all__ = ["Scope", "in_scope", "sentence_mask", "restrict"]


@dataclass(frozen=True, slots=True)
class Scope:
    """Folders and tags a question is restricted to; a document matching any one is in scope.

    A folder is a path ("politics", "wire/politics" or absolute): it matches a document whose
    file lies under a folder of that name or path. Tags compare case-insensitively.
    """

    folders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


def in_scope(scope: Scope, path: str | None, tags: Sequence[str]) -> bool:
    """True when a document at ``path`` with ``tags`` is inside ``scope``."""
    wanted_tags = {t.casefold() for t in scope.tags}
    if wanted_tags & {t.casefold() for t in tags}:
        return True
    if path is None:
        return False
    folders = PurePath(path).parent.parts
    return any(_contains(folders, _parts(folder)) for folder in scope.folders)


def sentence_mask(documents: Sequence[DocumentInfo], sentences: int, scope: Scope) -> np.ndarray:
    """A boolean array over the library's sentences: True for those of documents in ``scope``."""
    mask = np.zeros(sentences, bool)
    for d in documents:
        if in_scope(scope, d.path, d.tags):
            mask[d.first_sentence : d.first_sentence + d.sentence_count] = True
    return mask


def restrict(candidates: np.ndarray | None, mask: np.ndarray | None) -> np.ndarray | None:
    """``candidates`` (None: every sentence) kept to those ``mask`` admits (None: no restriction)."""
    if mask is None:
        return candidates
    return np.flatnonzero(mask) if candidates is None else candidates[mask[candidates]]


def _parts(folder: str) -> tuple[str, ...]:
    return tuple(p for p in PurePath(folder).parts if p not in (".", ""))


def _contains(folders: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """True when ``wanted`` occurs in ``folders`` as consecutive folders (an absolute path: from the root)."""
    if not wanted:
        return False
    if PurePath(*wanted).is_absolute():
        return folders[: len(wanted)] == wanted
    return any(folders[i : i + len(wanted)] == wanted for i in range(len(folders) - len(wanted) + 1))
