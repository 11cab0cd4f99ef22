"""Joining a Ray cluster: the one place quotebot calls ``ray.init``.

Only the ``--ray`` code paths import this module (``ray_build``, ``ray_serve``); without them Ray is
never imported. ``address`` is a cluster's address (``HOST:PORT`` of the head, or ``auto`` for the
cluster this machine belongs to), or ``local`` to start a private cluster inside this process
that stops when it exits. Ray is the optional extra ``cluster`` (``pip install 'quotebot[cluster]'``).
"""

from __future__ import annotations

import logging

from retrieval.errors import QuotebotError

__all__ = ["ClusterError", "NAMESPACE", "connect"]

NAMESPACE = "quotebot"  # actors of quotebot processes live in their own namespace
# A private ("local") cluster's object store: the shards are memory-mapped from disk, not held
# there, so it only carries questions, hits and build results.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024


class ClusterError(QuotebotError):
    """Ray is missing, or the cluster cannot be reached."""


def connect(address: str) -> None:
    """Join the cluster at ``address`` (once per process).

    Raises:
        ClusterError: Ray is not installed, or nothing answers at ``address``.
    """
    try:
        import ray
    except ImportError:
        raise ClusterError("Ray is not installed; install it with: pip install 'quotebot[cluster]'") from None
    if ray.is_initialized():
        return
    options = dict(namespace=NAMESPACE, logging_level=logging.WARNING, log_to_driver=False, configure_logging=False)
    try:
        if address == "local":
            ray.init(include_dashboard=False, object_store_memory=LOCAL_OBJECT_STORE_BYTES, **options)
        else:
            ray.init(address=address, **options)
    except (ConnectionError, RuntimeError, ValueError) as error:
        raise ClusterError(
            f"cannot join the Ray cluster at {address} ({error}); start one with `ray start --head`, "
            "or pass --ray local for a cluster inside this process"
        ) from None
