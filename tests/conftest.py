"""Session-wide fixtures: one real local Ray cluster (a head and two worker nodes on 127.0.0.1).

Ray takes a node's address to be the one that routes off the machine unless
``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER`` is 0, in which case every node (and every driver, such as
``quotebot ... --ray ADDRESS`` run as a subprocess, which inherits the variable) uses 127.0.0.1:
no test listens beyond loopback. It is set before anything imports Ray.
"""

from __future__ import annotations

import os
from typing import Iterator

import pytest

os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"

# Small nodes: the shards are memory-mapped from disk, the object store carries only questions,
# hits and build results; logical CPUs let every shard actor of a 7-shard index find a place.
NODE_OBJECT_STORE_BYTES = 80 * 1024 * 1024
NODE_CPUS = 4
WORKER_NODES = 2


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[str]:
    """The address of a running local cluster; this test process is connected to it as a driver."""
    import ray
    from ray.cluster_utils import Cluster

    from retrieval.index.ray_cluster import NAMESPACE

    cluster = Cluster(
        initialize_head=True,
        head_node_args={"node_ip_address": "127.0.0.1", "num_cpus": 0, "include_dashboard": False, "object_store_memory": NODE_OBJECT_STORE_BYTES},
    )
    try:
        for _ in range(WORKER_NODES):
            cluster.add_node(node_ip_address="127.0.0.1", num_cpus=NODE_CPUS, object_store_memory=NODE_OBJECT_STORE_BYTES)
        ray.init(address=cluster.address, namespace=NAMESPACE, log_to_driver=False, logging_level="WARNING")
        yield cluster.address
    finally:
        ray.shutdown()
        cluster.shutdown()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test using the cluster is marked ``cluster`` (``-m 'not cluster'`` leaves them out)."""
    for item in items:
        if "ray_cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.cluster)
