"""Serve the Slack app: HTTP mode under uvicorn, or Socket Mode, with ``GET /healthz``.

HTTP mode: Slack posts events, commands and button clicks to ``POST /slack/events``;
``bot.intake`` refuses a body over 1 MB (413), a bad or stale signature (401) and a signed body
that is not a Slack payload (400) before Bolt acknowledges and answers.
Socket Mode (``SLACK_APP_TOKEN`` set): the app dials out to Slack over a WebSocket, no public
URL needed; the HTTP server then only serves ``/healthz`` for container health checks.
Once serving, new articles (files dropped in a corpus folder, feeds, ``@quotebot add``,
generations saved by another process) are indexed in the background and swapped in (``bot.live``).
The corpus is loaded and indexed once, before the server starts listening.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import time
from pathlib import Path
from typing import AsyncIterator, Sequence

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import socket_mode
from bot.adding import Intake
from bot.app import build_app
from bot.channels import load_channels
from bot.intake import events_endpoint
from bot.live import LiveEngine, Watchers, intake_folder, keep_current
from bot.opening import open_any_engine
from bot.progress import LogProgress
from bot.render.words import count
from bot.settings import Settings, SettingsError, bundled_corpus
from bot.shutdown import ANSWER_GRACE_SECONDS, REQUEST_GRACE_SECONDS, AnswerExecutor
from retrieval.engine import Engine
from retrieval.sources.read import Reader

__all__ = ["run", "create_asgi_app", "EVENTS_PATH", "HEALTH_PATH"]

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# Idle keep-alive connections are closed after this; Slack opens a new one per request anyway.
KEEP_ALIVE_SECONDS = 5
# Open connections at once; more get 503 rather than piling up memory and threads.
MAX_CONNECTIONS = 200
# Request line and headers; Slack's are well under 4 KB.
MAX_HEADER_BYTES = 16 * 1024


def run(
    settings: Settings,
    host: str = "0.0.0.0",
    port: int = 3000,
    corpus_paths: Sequence[Path] = (),
    index_dir: Path | None = None,
    ray_address: str | None = None,
) -> None:
    """Load the corpus, connect to Slack and serve until interrupted.

    Args:
        settings: Tokens and knobs; checked before anything is loaded.
        host: Interface to listen on.
        port: Port to listen on (0 picks a free one, logged at start).
        corpus_paths: Article files or folders; none given: ``QUOTEBOT_CORPUS``, else the bundled seeds.
        index_dir: ``--index-dir``; else as ``Settings.index_location`` finds it, or in memory.
        ray_address: A Ray cluster whose shard actors serve the sharded index in ``index_dir``; None: this process.

    Raises:
        SettingsError: a setting is missing or malformed, Slack rejects a token, or ``host:port``
            cannot be listened on.
        CorpusError: a corpus path does not exist or holds nothing readable.
        SlackUnreachableError: the Slack Web API does not answer.
    """
    _configure_logging()
    mode = settings.require_slack()
    settings.api_url()
    channels = load_channels(settings.channels, settings.top_k)  # a bad file is reported before the corpus is indexed
    sock = _listen(host, port)  # a taken port is found before the corpus is read or Slack dialled
    paths = settings.corpus_paths(corpus_paths)
    index_dir = settings.index_location(paths, index_dir)
    live, watchers, intake = _live(settings, _load(paths, index_dir, ray_address), paths, index_dir)
    app = build_app(settings, live, intake, channels)  # type: ignore[arg-type]  # LiveEngine answers as an Engine
    handler = None
    if mode == "socket":
        handler = socket_mode.connect(app, settings.slack_app_token.get_secret_value().strip())  # type: ignore[union-attr]
    bound = sock.getsockname()[1]
    where = f"events at http://{host}:{bound}{EVENTS_PATH}" if mode == "http" else "Socket Mode"
    logger.info("quotebot is serving on http://%s:%d (%s, health at %s)", host, bound, where, HEALTH_PATH)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    asgi = create_asgi_app(app, live, handler, signing_secret=secret)  # type: ignore[arg-type]
    config = uvicorn.Config(
        asgi,
        log_level="warning",
        access_log=False,  # request lines are not needed, and a URL can carry a token
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        timeout_graceful_shutdown=int(REQUEST_GRACE_SECONDS),
        limit_concurrency=MAX_CONNECTIONS,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
    )
    watchers.start()
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        watchers.stop()
    executor = app.listener_runner.listener_executor
    if isinstance(executor, AnswerExecutor) and executor.pending():
        # Answers still running would hold the interpreter's exit past the grace period.
        logging.shutdown()
        os._exit(0)


def _live(
    settings: Settings, engine: Engine, paths: Sequence[Path], index_dir: Path | None
) -> tuple[LiveEngine, Watchers, Intake | None]:
    """The swappable engine, its watchers (corpus folders, feeds, index generations) and the add
    intake (for a sharded index, which is rebuilt as a whole, adds are stored and wait for that)."""
    live, watchers = keep_current(settings, engine, paths, index_dir)
    folder = intake_folder(paths, bundled_corpus())
    return live, watchers, Intake(live, Reader(settings.fetch_policy()), folder, settings.may_add)


def _load(paths: Sequence[Path], index_dir: Path | None, ray_address: str | None) -> Engine:
    """The engine over ``paths``, with what was skipped and how long it took in the log."""
    started = time.perf_counter()
    where = f"the index in {index_dir}" if index_dir else "memory"
    logger.info("Opening the corpus (%s) into %s...", ", ".join(str(p) for p in paths), where)
    engine, skipped = open_any_engine(paths, index_dir, ray_address, LogProgress(logger))
    for item in skipped:
        logger.warning("Skipped %s: %s", item.path, item.reason)
    for warning in engine.warnings:
        logger.warning("%s", warning)
    summary = engine.summary()
    logger.info(
        "Indexed %s, %s in %.1f s.",
        count(len(summary.documents), "article"),
        count(summary.sentences, "sentence"),
        time.perf_counter() - started,
    )
    return engine


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port``.

    Raises:
        SettingsError: the address cannot be used (taken, unknown host, no permission).
    """
    try:
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as error:
        raise SettingsError(f"cannot listen on {host}:{port} ({error.strerror or error}); choose another --host or --port") from None
    return sock


def create_asgi_app(
    app: App, engine: Engine, socket_handler: SocketModeHandler | None = None, signing_secret: str = ""
) -> Starlette:
    """The ASGI app: ``GET /healthz``, and ``POST /slack/events`` unless in Socket Mode.

    Slack's requests are checked by ``bot.intake`` (size, signature, shape) before Bolt sees
    them. On shutdown (SIGTERM, Ctrl-C) the Socket Mode connection is closed and answers already
    being written get ``ANSWER_GRACE_SECONDS`` to reach Slack; how many did not is logged.
    """
    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        if socket_handler is not None:
            await run_in_threadpool(socket_handler.close)
        await run_in_threadpool(_drain, app)

    async def healthz(request: Request) -> Response:
        connected = socket_handler is None or socket_handler.client.is_connected()
        library = engine.library  # the current generation's: counted (once per generation), not summarised
        status = {
            "status": "ok" if connected else "disconnected",
            "mode": "http" if socket_handler is None else "socket",
            "articles": len(library.documents),
            "sentences": len(library),
            "generation": engine.report.generation if engine.report is not None else 0,
        }
        return JSONResponse(status, status_code=200 if connected else 503)

    routes = [Route(HEALTH_PATH, healthz, methods=["GET"])]
    if socket_handler is None:
        if not signing_secret:
            raise SettingsError("SLACK_SIGNING_SECRET is needed to take Slack's requests over HTTP.")
        routes.append(Route(EVENTS_PATH, events_endpoint(app, signing_secret), methods=["POST"]))
    return Starlette(routes=routes, lifespan=lifespan)


def _drain(app: App) -> None:
    executor = app.listener_runner.listener_executor
    if not isinstance(executor, AnswerExecutor):
        executor.shutdown(wait=True)
        logger.info("quotebot stopped.")
        return
    dropped = executor.drain(ANSWER_GRACE_SECONDS)
    if dropped:
        logger.warning(
            "quotebot stopped; %s dropped (not finished within %.0f s).", count(dropped, "answer"), ANSWER_GRACE_SECONDS
        )
    else:
        logger.info("quotebot stopped; every answer was sent.")


def _configure_logging() -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
