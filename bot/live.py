"""Keep a running quotebot current: new articles are indexed in the background and swapped in.

``LiveEngine`` is the engine the listeners and the console ask. It holds one ``Engine`` at a
time; a refresh builds the next index generation beside it and then replaces the reference in
one assignment, so a question is answered wholly from the old generation or wholly from the new
one, and never waits for indexing. ``Watchers`` start the background work:

- the corpus folders are watched (watchfiles); a new, changed or removed ``.txt`` file
  triggers a refresh;
- the feeds in ``QUOTEBOT_FEEDS`` are read every ``QUOTEBOT_FEED_MINUTES``; new entries are
  stored in the intake folder and indexed;
- with an index folder, its generation number is checked every second, so a generation saved
  by another process sharing the folder (``quotebot add``, another replica) is picked up.

A sharded index (``quotebot index --shards K``) is built as a whole, never refreshed in place:
articles added to it are stored in the corpus (``retrieval.intake``), and every change the
watchers see is logged with the command that makes it searchable; answers come from the
generation opened at start until ``serve`` is restarted on a new build.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any, Callable, Collection, Iterator, Sequence

from bot.render.text import rebuild_hint
from bot.render.words import count
from bot.settings import Settings, bundled_corpus
from retrieval.engine import DEFAULT_TOP, Engine
from retrieval.index.library import Library
from retrieval.errors import QuotebotError
from retrieval.index.store import IndexReport, OpenedIndex, open_index, saved_generation
from retrieval.intake import AddOutcome, add_articles, read_all
from retrieval.results import Answer, CorpusSummary, Quote
from retrieval.sources.read import Read, Reader

__all__ = ["LiveEngine", "Watchers", "intake_folder", "keep_current", "is_sharded_folder", "GENERATION_POLL_SECONDS", "WATCH_DEBOUNCE_MS"]

logger = logging.getLogger(__name__)

GENERATION_POLL_SECONDS = 1.0  # a manifest read a second costs nothing and keeps replicas within a second
WATCH_DEBOUNCE_MS = 300  # a file copied in several writes is indexed once, soon after the last
_STOP_WAIT_SECONDS = 5.0


class LiveEngine:
    """The current ``Engine``, swapped atomically when the corpus changes. Thread-safe."""

    def __init__(self, engine: Engine, paths: Sequence[Path], index_dir: Path | None) -> None:
        self._engine = engine
        self._paths = list(paths)
        self._index_dir = index_dir
        self._sharded = is_sharded_folder(index_dir)
        self._refreshing = threading.Lock()  # one new generation at a time
        # Files changed since the current generation that no generation holds yet (a refresh
        # that failed keeps them here for the next one).
        self._pending: set[str] = set()

    @property
    def current(self) -> Engine:
        """The engine answering now."""
        return self._engine

    def __getattr__(self, name: str) -> Any:
        """Anything else the front ends use (``wants_help``, ``usage``, ...) from the current engine."""
        return getattr(self._engine, name)

    # The Engine interface the front ends use; each call reads the current engine once.
    def ask(self, question: str, top: int = DEFAULT_TOP, **options: Any) -> Answer:
        return self._engine.ask(question, top, **options)

    def summary(self) -> CorpusSummary:
        return self._engine.summary()

    def help_text(self) -> str:
        return self._engine.help_text()

    def quotes(self, documents: Any = None) -> Iterator[Quote]:
        return self._engine.quotes(documents)

    @property
    def warnings(self) -> tuple[str, ...]:
        return self._engine.warnings

    @property
    def library(self) -> Library:
        return self._engine.library

    @property
    def report(self) -> IndexReport | None:
        return self._engine.report

    def refresh(self, changed: Collection[str] | None = None) -> bool:
        """Index what changed in the corpus (or was saved by another process); True if swapped.

        ``changed``: the files a watcher saw change (the corpus is then not listed again); None: list it.
        """
        if self._sharded:
            self._note_waiting(changed or ())
            return False
        with self._refreshing:
            old = self._engine
            self._pending.update(changed or ())
            hint = set(self._pending) if changed is not None else None
            opened = open_index(self._paths, self._index_dir, base=self._opened(old), ready=self._swap_ready, changed=hint)
            if hint is None:
                self._pending.clear()  # the corpus was listed: every change is in
            else:
                self._pending -= hint
            if opened.library is old.library:
                return False
            self._saved(opened)
            return True

    def add(self, reads: Sequence[Read], corpus_dir: Path) -> AddOutcome:
        """Store and index the new articles of ``reads`` (see ``retrieval.intake``), then swap."""
        with self._refreshing:
            outcome = add_articles(reads, corpus_dir, self._paths, self._index_dir, base=self._opened(self._engine), ready=self._swap_ready)
            if outcome.library is not None and outcome.report is not None:
                self._saved(OpenedIndex(outcome.library, outcome.report))
            return outcome

    @property
    def sharded(self) -> bool:
        """Whether the index is sharded (rebuilt as a whole, so its changes wait for that build)."""
        return self._sharded

    def _note_waiting(self, changed: Collection[str]) -> None:
        """Say which corpus changes wait for the sharded index to be built again, and how."""
        hint = rebuild_hint(getattr(self._engine.library, "shard_count", "K"), self._index_dir)
        for path in sorted(changed):
            if os.path.exists(path):
                logger.warning("%s is in the corpus but not searchable yet. %s", path, hint)
            else:
                logger.warning("%s was removed from the corpus but is still answered from. %s", path, hint)

    def _opened(self, engine: Engine) -> OpenedIndex | None:
        return OpenedIndex(engine.library, engine.report) if engine.report is not None else None

    def _swap_ready(self, opened: OpenedIndex) -> None:
        """Answer from a new generation as soon as it is built, while it is being saved."""
        self._swap(Engine(opened.library, opened.report))

    def _saved(self, opened: OpenedIndex) -> None:
        """The generation answering now was saved: record its number (or swap, if another was built)."""
        if self._engine.library is opened.library:
            self._engine.report = opened.report
        else:
            self._swap(Engine(opened.library, opened.report))

    def _swap(self, engine: Engine) -> None:
        self._engine = engine  # one reference assignment: readers see the old engine or the new
        # The summary (help, App Home) is made in the background, not by the first person to ask.
        threading.Thread(target=engine.summary, name="quotebot-summary", daemon=True).start()
        library, report = engine.library, engine.report
        processed = f", {report.processed} files processed, generation {report.generation}" if report is not None else ""
        logger.info("Now answering from %d articles, %d sentences%s.", len(library.segment.documents), len(library), processed)


def is_sharded_folder(index_dir: Path | None) -> bool:
    """Whether ``index_dir`` holds a sharded index (live updates and adds then do not apply)."""
    from retrieval.index.generations import is_sharded

    return index_dir is not None and is_sharded(index_dir)


def intake_folder(paths: Sequence[Path], bundled: Path) -> Path | None:
    """Where added articles are stored: the first corpus folder that is not the bundled seeds."""
    for path in paths:
        if Path(path).is_dir() and os.path.realpath(path) != os.path.realpath(bundled):
            return Path(path)
    return None


def keep_current(settings: Settings, engine: Engine, paths: Sequence[Path], index_dir: Path | None) -> tuple[LiveEngine, Watchers]:
    """The live engine over ``engine`` and its watchers (not started yet), as ``settings`` say.

    A sharded index (``quotebot index --shards``) is rebuilt as a whole, not refreshed in place:
    its watchers report what waits for that build (see the module docstring).
    """
    live = LiveEngine(engine, paths, index_dir)
    reader = Reader(settings.fetch_policy())
    folder = intake_folder(paths, bundled_corpus())
    return live, Watchers(live, paths, index_dir, settings.feed_urls(), settings.feed_minutes, reader, folder)


class Watchers:
    """The background threads that keep a ``LiveEngine`` current; ``stop()`` ends them."""

    def __init__(
        self,
        live: LiveEngine,
        folders: Sequence[Path],
        index_dir: Path | None,
        feeds: Sequence[str] = (),
        feed_minutes: float = 15.0,
        reader: Reader | None = None,
        intake_dir: Path | None = None,
    ) -> None:
        self._live = live
        self._folders = [Path(f) for f in folders if Path(f).exists()]
        self._index_dir = index_dir
        self._feeds = list(feeds)
        self._feed_seconds = feed_minutes * 60
        self._reader = reader or Reader()
        self._intake_dir = intake_dir
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> Watchers:
        """Start watching (returns itself)."""
        jobs: list[tuple[str, Callable[[], None]]] = [("corpus", self._watch_files)] if self._folders else []
        if self._feeds and self._intake_dir is not None:
            jobs.append(("feeds", self._poll_feeds))
        elif self._feeds:
            logger.warning("QUOTEBOT_FEEDS is set but there is no corpus folder to store articles in; set QUOTEBOT_CORPUS.")
        if self._index_dir is not None and not self._live.sharded:
            jobs.append(("generations", self._follow_generations))
        for name, job in jobs:
            thread = threading.Thread(target=self._guarded, args=(job,), name=f"quotebot-watch-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop every thread and wait for it (a refresh under way finishes first)."""
        self._stop.set()
        for thread in self._threads:
            thread.join(_STOP_WAIT_SECONDS)

    def _guarded(self, job: Callable[[], None]) -> None:
        while not self._stop.is_set():
            try:
                job()
                return
            except Exception:  # a watcher must outlive one bad refresh; the log has the traceback
                logger.exception("Keeping the index current failed; trying again")
                self._stop.wait(GENERATION_POLL_SECONDS)

    def _refresh(self, why: str, changed: Collection[str] | None = None) -> None:
        try:
            if self._live.refresh(changed):
                logger.info("Indexed changes (%s).", why)
        except QuotebotError as error:
            logger.warning("Could not index the changes (%s): %s", why, error)

    def _watch_files(self) -> None:
        from watchfiles import watch  # only a running server or console watches

        def wanted(_: Any, path: str) -> bool:  # articles, and folders of them moved in
            return (path.endswith(".txt") and not os.path.basename(path).startswith(".")) or os.path.isdir(path)

        for changes in watch(*self._folders, watch_filter=wanted, debounce=WATCH_DEBOUNCE_MS, stop_event=self._stop, rust_timeout=1000, yield_on_timeout=False):
            self._refresh("corpus files changed", {path for _, path in changes})

    def _poll_feeds(self) -> None:
        while not self._stop.is_set():
            assert self._intake_dir is not None
            try:
                outcome = self._live.add(read_all(self._feeds, self._reader), self._intake_dir)
                added = [a for a in outcome.articles if a.status == "added"]
                for item in outcome.articles:
                    if item.status == "refused":
                        logger.warning("Feed article refused: %s: %s", item.origin, item.reason)
                if added:
                    logger.info("Added %s from feeds.", count(len(added), "article"))
                saved = [a for a in outcome.articles if a.status == "saved"]
                if saved:
                    logger.info("Saved %s from feeds; not searchable until the sharded index is built again.", count(len(saved), "article"))
            except QuotebotError as error:
                logger.warning("Could not add the feeds' articles: %s", error)
            self._stop.wait(self._feed_seconds)

    def _follow_generations(self) -> None:
        assert self._index_dir is not None
        while not self._stop.wait(GENERATION_POLL_SECONDS):
            report = self._live.current.report
            saved = saved_generation(self._index_dir)
            if saved is not None and report is not None and saved != report.generation:
                self._refresh(f"generation {saved} saved by another process")
