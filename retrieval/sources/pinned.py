"""HTTP connections that check the address they actually connect to.

``fetch`` checks a URL's host before each request, but requests would resolve the name a second
time to connect, and a name whose DNS answer changes in between (DNS rebinding: public for the
check, ``127.0.0.1`` for the connection) would slip through. The adapter here closes that gap: its
connections resolve the host once, refuse the whole connection if any answer is not a public
address, and connect to the checked addresses themselves, so no second lookup happens. TLS still
verifies the certificate against the host name, as the socket is wrapped after it is opened.

Requests sent through a proxy (``HTTPS_PROXY`` and friends) connect to the proxy, which resolves
the target itself; for those only the check before the request applies.
"""

from __future__ import annotations

import socket
from typing import Callable

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.connection import create_connection

__all__ = ["PinnedAdapter", "AddressCheck"]

AddressCheck = Callable[[str, int], list[str]]
"""``check(host, port)`` -> the addresses that may be connected to; raises to refuse the host."""


class PinnedAdapter(HTTPAdapter):
    """A requests adapter whose direct connections go only to addresses ``check`` returned."""

    def __init__(self, check: AddressCheck) -> None:
        self._check = check
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().init_poolmanager(*args, **kwargs)
        check = self._check

        class Connection(HTTPConnection):
            def _new_conn(self) -> socket.socket:
                return _connect(self, check)

        class SecureConnection(HTTPSConnection):
            def _new_conn(self) -> socket.socket:
                return _connect(self, check)

        class Pool(HTTPConnectionPool):
            ConnectionCls = Connection

        class SecurePool(HTTPSConnectionPool):
            ConnectionCls = SecureConnection

        self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}


def _connect(connection: HTTPConnection, check: AddressCheck) -> socket.socket:
    """Open a socket to the first checked address of ``connection``'s host that answers."""
    addresses = check(connection.host, connection.port or 80)
    error: OSError | None = None
    for address in addresses:
        try:
            return create_connection(
                (address, connection.port),
                connection.timeout,
                source_address=connection.source_address,
                socket_options=connection.socket_options,
            )
        except TimeoutError as timeout:
            raise ConnectTimeoutError(connection, f"Connection to {connection.host} timed out") from timeout
        except OSError as failure:
            error = failure
    raise NewConnectionError(connection, f"Failed to establish a new connection: {error or 'no address'}")
