"""deploy/: the Dockerfile and compose file say what the app needs (parsed, not built)."""

from __future__ import annotations

import shlex

import yaml

from bot.server import HEALTH_PATH
from bot.settings import ENV_FILE
from bot.shutdown import SHUTDOWN_GRACE_SECONDS
from tests.bot.slack_fakes import ROOT

DEPLOY = ROOT / "deploy"


def _instructions() -> list[tuple[str, str]]:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def _final_stage() -> list[tuple[str, str]]:
    steps = _instructions()
    return steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM") :]


def _env(stage: list[tuple[str, str]]) -> dict[str, str]:
    return dict(pair.split("=", 1) for op, arg in stage if op == "ENV" for pair in shlex.split(arg))


def test_dockerfile_runs_serve_as_non_root_with_health_check_and_corpus_volume():
    steps = _instructions()
    final = _final_stage()
    ops = dict(final)
    assert ops["FROM"].startswith("python:") and "slim" in ops["FROM"]
    assert ops["USER"] not in ("root", "0")
    assert "/corpus" in ops["VOLUME"]
    assert shlex.split(ops["CMD"].strip("[]").replace(",", " "))[:2] == ["quotebot", "serve"]
    assert [op for op, _ in final].index("USER") < [op for op, _ in final].index("CMD")
    for source in ("retrieval", "bot", "seeds", "pyproject.toml"):
        assert any(op == "COPY" and source in arg for op, arg in steps), source


def test_image_serves_the_corpus_volume_and_seeds_it():
    final = _final_stage()
    assert _env(final)["QUOTEBOT_CORPUS"] == "/corpus"
    assert any(op == "COPY" and arg.split()[-1] == "/corpus/" and "seeds/" in arg for op, arg in final)


def test_health_check_asks_the_port_serve_listens_on():
    final = _final_stage()
    check = dict(final)["HEALTHCHECK"]
    assert HEALTH_PATH in check and "QUOTEBOT_PORT" in check and "3000" not in check
    assert "QUOTEBOT_PORT" in _env(final)  # serve listens there (see test_serve_port_from_environment)


def test_compose_builds_the_dockerfile_mounts_the_corpus_and_reads_the_same_env_file():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    (service,) = compose["services"].values()
    assert service["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (DEPLOY / service["build"]["context"] / service["build"]["dockerfile"]).is_file()
    assert service["environment"]["QUOTEBOT_CORPUS"] == "/corpus"
    assert any(volume.split(":")[-2] == "/corpus" for volume in service["volumes"])
    (env_file,) = service["env_file"]
    assert (DEPLOY / env_file["path"]).resolve() == (ROOT / ENV_FILE).resolve()  # serve, run from the root, reads it
    assert not any(name.startswith("SLACK_") for name in service["environment"])  # secrets come from that file only


def test_compose_waits_longer_than_quotebot_takes_to_stop():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    (service,) = compose["services"].values()
    assert int(service["stop_grace_period"].removesuffix("s")) > SHUTDOWN_GRACE_SECONDS


def test_serve_port_from_environment(fake_slack):
    """QUOTEBOT_PORT (and QUOTEBOT_HOST) set where serve listens: a taken port is named."""
    import socket

    from click.testing import CliRunner

    from bot.cli import cli

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "QUOTEBOT_SLACK_API_URL": fake_slack.api_url,
           "QUOTEBOT_HOST": "127.0.0.1", "QUOTEBOT_PORT": str(port)}
    try:
        result = CliRunner().invoke(cli, ["serve"], env=env)
    finally:
        taken.close()
    assert result.exit_code == 2 and result.output.startswith(f"Error: cannot listen on 127.0.0.1:{port}")


def test_bad_port_from_the_environment_names_the_variable():
    from click.testing import CliRunner

    from bot.cli import cli

    result = CliRunner().invoke(cli, ["serve"], env={"QUOTEBOT_PORT": "70000"})
    assert result.exit_code == 2 and result.output.startswith("Error: QUOTEBOT_PORT is invalid")
