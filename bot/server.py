"""Serve the Slack app: HTTP mode under uvicorn, or Socket Mode, with ``GET /healthz``.

HTTP mode: Slack posts events, commands and button clicks to ``POST /slack/events``; Bolt checks
the signature (401 when bad or older than five minutes) and acknowledges before answering.
Socket Mode (``SLACK_APP_TOKEN`` set): the app dials out to Slack over a WebSocket, no public
URL needed; the HTTP server then only serves ``/healthz`` for container health checks.
The corpus is loaded and indexed before the server starts listening; from then on new articles
(files dropped in a corpus folder, feeds, ``@quotebot add``, generations saved by another
process) are indexed in the background and swapped in (``bot.live``).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from pathlib import Path
from typing import AsyncIterator, Sequence

import uvicorn
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.adding import Intake
from bot.app import build_app
from bot.live import LiveEngine, Watchers, intake_folder, is_sharded_folder, keep_current
from bot.opening import open_any_engine
from bot.settings import Settings, SettingsError, bundled_corpus
from retrieval.engine import Engine
from retrieval.sources.read import Reader

__all__ = ["run", "create_asgi_app", "EVENTS_PATH", "HEALTH_PATH"]

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# How long in-flight answers may take to go out after a shutdown signal.
SHUTDOWN_GRACE_SECONDS = 20


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
        index_dir: Where the saved index lives (``--index-dir``, else ``QUOTEBOT_INDEX_DIR``); None: in memory.
        ray_address: A Ray cluster whose shard actors serve the sharded index in ``index_dir``; None: this process.

    Raises:
        SettingsError: a setting is missing or malformed, or Slack rejects the token.
        CorpusError: a corpus path does not exist or holds nothing readable.
        SlackUnreachableError: the Slack Web API does not answer.
        SettingsError: also when ``host:port`` cannot be listened on.
    """
    _configure_logging()
    mode = settings.require_slack()
    settings.api_url()
    sock = _listen(host, port)  # a taken port is found before the corpus is read or Slack dialled
    started = time.perf_counter()
    engine, skipped = open_any_engine(settings.corpus_paths(corpus_paths), index_dir or settings.index_dir, ray_address)
    for item in skipped:
        logger.warning("Skipped %s: %s", item.path, item.reason)
    for warning in engine.warnings:
        logger.warning("%s", warning)
    summary = engine.summary()
    logger.info(
        "Indexed %d articles, %d sentences in %.1f s.", len(summary.documents), summary.sentences, time.perf_counter() - started
    )
    paths = settings.corpus_paths(corpus_paths)
    index_dir = index_dir or settings.index_dir
    live, watchers, intake = _live(settings, engine, paths, index_dir)
    app = build_app(settings, live, intake)  # type: ignore[arg-type]  # LiveEngine answers as an Engine
    handler = None
    if mode == "socket":
        handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value().strip())  # type: ignore[union-attr]
        handler.connect()
        logger.info("Connected to Slack in Socket Mode.")
    bound = sock.getsockname()[1]
    where = f"events at http://{host}:{bound}{EVENTS_PATH}" if mode == "http" else "Socket Mode"
    logger.info("quotebot is serving on http://%s:%d (%s, health at %s)", host, bound, where, HEALTH_PATH)
    asgi = create_asgi_app(app, live, handler)  # type: ignore[arg-type]
    server = uvicorn.Server(uvicorn.Config(asgi, log_level="warning", timeout_graceful_shutdown=SHUTDOWN_GRACE_SECONDS))
    watchers.start()
    try:
        server.run(sockets=[sock])
    finally:
        watchers.stop()


def _live(
    settings: Settings, engine: Engine, paths: Sequence[Path], index_dir: Path | None
) -> tuple[LiveEngine, Watchers, Intake | None]:
    """The swappable engine, its watchers (corpus folders, feeds, index generations) and the add
    intake (none for a sharded index, which is rebuilt as a whole)."""
    live, watchers = keep_current(settings, engine, paths, index_dir)
    if is_sharded_folder(index_dir):
        return live, watchers, None
    folder = intake_folder(paths, bundled_corpus())
    return live, watchers, Intake(live, Reader(settings.fetch_policy()), folder, settings.may_add)


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


def create_asgi_app(app: App, engine: Engine, socket_handler: SocketModeHandler | None = None) -> Starlette:
    """The ASGI app: ``GET /healthz``, and ``POST /slack/events`` unless in Socket Mode.

    On shutdown (SIGTERM, Ctrl-C) the Socket Mode connection is closed and answers already
    being written are let through to Slack before the process exits.
    """
    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        if socket_handler is not None:
            await run_in_threadpool(socket_handler.close)
        executor = app.listener_runner.listener_executor
        await run_in_threadpool(executor.shutdown, True)  # wait for in-flight answers
        logger.info("quotebot stopped.")

    async def slack_events(request: Request) -> Response:
        body = await request.body()
        # Bolt's dispatch is synchronous (signature check, ack wait for commands); run it off
        # the event loop so one slow request never holds up the others.
        bolt_response = await run_in_threadpool(app.dispatch, to_bolt_request(request, body))
        return to_starlette_response(bolt_response)

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
        routes.append(Route(EVENTS_PATH, slack_events, methods=["POST"]))
    return Starlette(routes=routes, lifespan=lifespan)


def _configure_logging() -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
