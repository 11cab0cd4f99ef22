"""Socket Mode: dial Slack over a WebSocket, and log the connection's state as it really is.

slack_sdk's built-in client logs "A new session has been established" and "Connected to a new
endpoint" even when the WebSocket could not be opened, so its informational lines are left out
(its warnings and errors still show). A watcher thread logs each change instead: connected, or
lost and retrying. ``/healthz`` reports the same state (503 while disconnected).
"""

from __future__ import annotations

import logging
import threading

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.errors import SlackApiError

from bot.app import SlackUnreachableError
from bot.settings import SettingsError

__all__ = ["connect", "ConnectionWatcher", "WATCH_SECONDS"]

logger = logging.getLogger(__name__)

# How often the connection's state is looked at; a change is logged within this.
WATCH_SECONDS = 1.0
_SDK_LOGGER = "slack_sdk.socket_mode.client"


def connect(app: App, app_token: str) -> SocketModeHandler:
    """Open the Socket Mode connection and start logging its state.

    Raises:
        SettingsError: Slack rejects the app-level token.
        SlackUnreachableError: Slack cannot be reached to open a connection.
    """
    sdk_logger = logging.getLogger(_SDK_LOGGER)
    sdk_logger.setLevel(logging.WARNING)
    handler = SocketModeHandler(app, app_token, logger=sdk_logger)
    try:
        handler.connect()
    except SlackApiError as error:
        code = error.response.get("error", "unknown_error")
        raise SettingsError(
            f"SLACK_APP_TOKEN was rejected by Slack ({code}): make an app-level token with the connections:write scope."
        ) from None
    except OSError as error:
        raise SlackUnreachableError(f"Cannot open a Socket Mode connection to Slack: {error}. Check the network.") from None
    ConnectionWatcher(handler).start()
    return handler


class ConnectionWatcher(threading.Thread):
    """Logs when the Socket Mode connection comes up or goes down."""

    def __init__(self, handler: SocketModeHandler, every: float = WATCH_SECONDS) -> None:
        super().__init__(name="quotebot-socket-watch", daemon=True)
        self._handler = handler
        self._every = every
        self._stop = threading.Event()
        self._connected: bool | None = None
        self.check()  # the state right after connecting is logged before serving starts

    def check(self) -> bool:
        connected = self._handler.client.is_connected()
        if connected != self._connected:
            if connected:
                logger.info("Connected to Slack in Socket Mode.")
            elif self._connected is None:
                logger.warning("Not connected to Slack in Socket Mode; retrying in the background (/healthz answers 503).")
            else:
                logger.warning("Lost the Socket Mode connection to Slack; reconnecting (/healthz answers 503).")
            self._connected = connected
        return connected

    def run(self) -> None:
        while not self._stop.wait(self._every):
            self.check()

    def stop(self) -> None:
        self._stop.set()
