"""A corpus listing brought up to date from the files known to have changed, without listing again.

``list_corpus`` stats every file: at 40,000 files that is most of a second, on every refresh.
A running server's folder watcher, and ``quotebot add``, already know which files changed;
``relist`` applies just those to the previous listing and gives the listing ``list_corpus``
would give now. Where a change could alter more than its own entry (a folder appearing or
going, a symbolic link, a file name two files share, a corpus named by its files), it gives
None and the corpus is listed again.
"""

from __future__ import annotations

import bisect
import os
from collections import Counter
from pathlib import Path
from typing import Collection, Sequence

from retrieval.text.corpus import CorpusFile

__all__ = ["relist"]


def relist(paths: Sequence[Path | str], previous: Sequence[CorpusFile], changed: Collection[Path | str]) -> list[CorpusFile] | None:
    """The corpus listing after ``changed`` files were added, modified or removed.

    Args:
        paths: the corpus folders, as given to ``list_corpus``.
        previous: ``list_corpus(paths)`` before the changes (or a listing equal to it).
        changed: every file that may have changed since ``previous``; others are taken as they were.

    Returns:
        What ``list_corpus(paths)`` returns now, or None when only listing again can tell.
    """
    roots = [os.path.realpath(p) for p in paths]
    if not all(os.path.isdir(r) for r in roots) or any(a != b and a.startswith(b + os.sep) for a in roots for b in roots):
        return None  # named files and folders inside folders: first-seen order decides, list again
    listing = list(previous)
    bounds = _bounds(listing, roots)
    if bounds is None:
        return None
    names = Counter(os.path.basename(f.path) for f in listing)
    for raw in dict.fromkeys(os.fspath(p) for p in changed):
        path = _resolved(raw)
        if path is None:
            return None
        block = next((j for j, r in enumerate(roots) if path.startswith(r + os.sep)), None)
        if block is None:
            continue  # outside the corpus: never listed
        if not path.endswith(".txt"):
            if os.path.lexists(path) and not os.path.isfile(path):
                return None  # a folder moved in (or something else that holds files)
            if any(f.path.startswith(path + os.sep) for f in listing[bounds[block] : bounds[block + 1]]):
                return None  # a folder of listed files moved out or renamed
            continue
        moved = _apply(listing, names, roots[block], range(bounds[block], bounds[block + 1]), path)
        if moved is None:
            return None
        for j in range(block + 1, len(bounds)):
            bounds[j] += moved
    if any(a == b for a, b in zip(bounds, bounds[1:])):
        return None  # a folder left without files: listing it again says so
    return listing


def _bounds(listing: list[CorpusFile], roots: list[str]) -> list[int] | None:
    """Where each folder's files start in the listing, and its length (folders are listed in
    the order given, one after another); None when the listing is not laid out so."""
    bounds = [0]
    j = 0
    for root in roots:
        while j < len(listing) and listing[j].path.startswith(root + os.sep):
            j += 1
        bounds.append(j)
    return bounds if j == len(listing) else None


def _resolved(raw: str) -> str | None:
    """The path as the listing names it (its folder resolved), or None for a symbolic link."""
    path = os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(raw))), os.path.basename(raw))
    return None if os.path.islink(path) else path


def _apply(listing: list[CorpusFile], names: Counter[str], root: str, block: range, path: str) -> int | None:
    """Apply one file's change to ``listing`` in place: the number of entries it added (1),
    removed (-1) or 0; None when it could rename other files."""
    cut = len(root) + 1
    key = path[cut:].split(os.sep)  # the walk's order: each folder's entries sorted by name
    at = bisect.bisect_left(listing, key, block.start, block.stop, key=lambda f: f.path[cut:].split(os.sep))
    present = at < block.stop and listing[at].path == path
    name = os.path.basename(path)
    try:
        stat = os.stat(path) if os.path.isfile(path) else None
    except OSError:
        stat = None
    if stat is None:  # removed (or unreadable now, which the listing leaves out too)
        if not present:
            return 0
        if names[name] > 1:
            return None  # the files sharing its name may be named by their file name alone again
        del listing[at]
        names[name] -= 1
        return -1
    if present:
        listing[at] = CorpusFile(path, listing[at].document, stat.st_size, stat.st_mtime_ns)
        return 0
    if names[name]:
        return None  # two files of one name are both named by their paths
    listing.insert(at, CorpusFile(path, name, stat.st_size, stat.st_mtime_ns))
    names[name] += 1
    return 1
