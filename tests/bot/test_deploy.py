"""deploy/: the Dockerfile and compose file say what the app needs (parsed, not built)."""

from __future__ import annotations

import shlex

import yaml

from bot.server import HEALTH_PATH
from tests.bot.slack_fakes import ROOT

DEPLOY = ROOT / "deploy"


def _instructions() -> list[tuple[str, str]]:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def test_dockerfile_runs_serve_as_non_root_with_health_check_and_corpus_volume():
    steps = _instructions()
    final = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM") :]
    ops = dict(final)
    assert ops["FROM"].startswith("python:") and "slim" in ops["FROM"]
    assert ops["USER"] not in ("root", "0")
    assert "/corpus" in ops["VOLUME"]
    assert HEALTH_PATH in ops["HEALTHCHECK"] and "3000" in ops["HEALTHCHECK"]
    assert shlex.split(ops["CMD"].strip("[]").replace(",", " "))[:2] == ["quotebot", "serve"]
    assert [op for op, _ in final].index("USER") < [op for op, _ in final].index("CMD")
    for source in ("retrieval", "bot", "seeds", "pyproject.toml"):
        assert any(op == "COPY" and source in arg for op, arg in steps), source


def _compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def test_compose_runs_two_replicas_of_the_dockerfile_sharing_redis():
    services = _compose()["services"]
    replicas = {name: s for name, s in services.items() if "build" in s}
    assert len(replicas) == 2
    assert "redis" in services and "redis-server" in services["redis"]["command"]
    ports = set()
    for service in replicas.values():
        assert service["build"]["dockerfile"] == "deploy/Dockerfile"
        assert (DEPLOY / service["build"]["context"] / service["build"]["dockerfile"]).is_file()
        env = service["environment"]
        assert env["QUOTEBOT_CORPUS"] == "/corpus" and env["QUOTEBOT_REDIS_URL"] == "redis://redis:6379/0"
        assert {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"} <= set(env)
        mounts = {volume.removesuffix(":ro").rsplit(":", 1)[1] for volume in service["volumes"]}
        assert {"/corpus", env["QUOTEBOT_CHANNELS"], env["QUOTEBOT_FEEDBACK_DB"].rsplit("/", 1)[0]} <= mounts
        assert service["depends_on"]["redis"]["condition"] == "service_healthy"
        ports.add(service["ports"][0].rsplit(":", 1)[0])
    assert len(ports) == 2  # each replica on its own host port, for a load balancer in front


def test_the_example_channel_settings_load():
    from bot.channels import ChannelSettings, load_channels

    assert load_channels(DEPLOY / "channels.example.toml").get("C1") == ChannelSettings()
