"""Settings: every missing or malformed value is one line naming the variable, exit code 2."""

from __future__ import annotations

import pytest
import socket

from click.testing import CliRunner

from bot.app import check_token
from bot.cli import cli
from bot.settings import Settings, SettingsError, load_settings
from tests.bot.slack_fakes import ALL_SCOPES, BOT_TOKEN


@pytest.mark.parametrize(
    "values, mode, error",
    [
        ({"slack_bot_token": "xoxb-1", "slack_app_token": "xapp-1"}, "socket", None),
        ({"slack_bot_token": "xoxb-1", "slack_signing_secret": "s"}, "http", None),
        ({"slack_bot_token": "xoxb-1", "slack_app_token": "xapp-1", "slack_signing_secret": "s"}, "socket", None),
        ({}, None, "SLACK_BOT_TOKEN is not set"),
        ({"slack_bot_token": "  "}, None, "SLACK_BOT_TOKEN is not set"),
        ({"slack_bot_token": "xoxp-user"}, None, "SLACK_BOT_TOKEN must be a bot token starting with xoxb-"),
        ({"slack_bot_token": "xoxb-1"}, None, "Set SLACK_APP_TOKEN (xapp-..., Socket Mode) or SLACK_SIGNING_SECRET"),
        ({"slack_bot_token": "xoxb-1", "slack_app_token": "xoxb-2"}, None, "SLACK_APP_TOKEN must be an app-level token"),
    ],
)
def test_require_slack(values, mode, error):
    settings = Settings(**values)
    if error is None:
        assert settings.require_slack() == mode
    else:
        with pytest.raises(SettingsError) as raised:
            settings.require_slack()
        assert str(raised.value).startswith(error) and "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "variable, value, named",
    [("QUOTEBOT_TOP_K", "many", "QUOTEBOT_TOP_K"), ("QUOTEBOT_TOP_K", "0", "QUOTEBOT_TOP_K"), ("QUOTEBOT_TOP_K", "51", "QUOTEBOT_TOP_K")],
)
def test_malformed_environment_names_the_variable(monkeypatch, variable, value, named):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=f"^{named} is invalid"):
        load_settings()


@pytest.mark.parametrize(
    "url, expected",
    [("https://slack.com/api/", "https://slack.com/api/"), ("http://127.0.0.1:9/api", "http://127.0.0.1:9/api/"),
     ("slack.com/api", None), ("ftp://x/", None)],
)
def test_api_url(url, expected):
    settings = Settings(slack_api_url=url)
    if expected:
        assert settings.api_url() == expected
    else:
        with pytest.raises(SettingsError, match="^QUOTEBOT_SLACK_API_URL must be an http"):
            settings.api_url()


def test_secrets_never_show_in_reprs():
    settings = Settings(slack_bot_token="xoxb-secret-1", slack_app_token="xapp-secret-2", slack_signing_secret="sig-3")
    shown = repr(settings) + str(settings) + settings.model_dump_json()
    assert not any(secret in shown for secret in ("xoxb-secret-1", "xapp-secret-2", "sig-3"))


@pytest.mark.parametrize(
    "env, message",
    [
        ({}, "Error: SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "Error: Set SLACK_APP_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "QUOTEBOT_TOP_K": "x"}, "Error: QUOTEBOT_TOP_K is invalid"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "QUOTEBOT_SLACK_API_URL": "nope"}, "Error: QUOTEBOT_SLACK_API_URL"),
    ],
)
def test_serve_with_bad_settings_prints_one_line_and_exits_2(env, message):
    result = CliRunner().invoke(cli, ["serve", "--port", "0"], env=env)
    assert result.exit_code == 2
    assert result.output.startswith(message) and result.output.count("\n") == 1


def test_serve_on_a_taken_port_says_so_before_loading_anything(fake_slack):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "QUOTEBOT_SLACK_API_URL": fake_slack.api_url}
    calls_before = len(fake_slack.calls)
    try:
        result = CliRunner().invoke(cli, ["serve", "--host", "127.0.0.1", "--port", str(port)], env=env)
    finally:
        taken.close()
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: cannot listen on 127.0.0.1:{port}") and result.output.count("\n") == 1
    assert len(fake_slack.calls) == calls_before  # Slack was never dialled


def test_serve_with_rejected_token_exits_2(fake_slack, monkeypatch):
    monkeypatch.setattr(fake_slack, "failures", {("auth.test", None): ["invalid_auth"]})
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "QUOTEBOT_SLACK_API_URL": fake_slack.api_url}
    result = CliRunner().invoke(cli, ["serve", "--port", "0"], env=env)
    assert result.exit_code == 2
    assert "Error: SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)" in result.output


@pytest.mark.parametrize(
    "scopes, missing",
    [
        (ALL_SCOPES, []),
        (ALL_SCOPES + ",users:read", []),
        ("chat:write,commands", ["app_mentions:read", "im:history", "channels:history", "groups:history", "files:write"]),
        ("", ["app_mentions:read", "chat:write", "commands", "im:history", "channels:history", "groups:history",
              "files:write"]),
        (None, []),  # not reported: nothing to check
    ],
)
def test_check_token_warns_about_missing_scopes(fake_slack, monkeypatch, caplog, scopes, missing):
    from slack_sdk import WebClient

    monkeypatch.setattr(fake_slack, "scopes", scopes)
    assert check_token(WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)) == missing
    for scope in missing:
        assert f"lacks the {scope} scope" in caplog.text


@pytest.mark.parametrize(
    "extra, code, message",
    [
        ({"QUOTEBOT_CHANNELS": "channels.toml"}, 2, "Error: QUOTEBOT_CHANNELS: in channels.toml [channels.C1], top: "),
        ({"QUOTEBOT_CHANNELS": "missing.toml"}, 2, "Error: QUOTEBOT_CHANNELS: cannot read missing.toml"),
        ({"QUOTEBOT_REDIS_URL": "redis://127.0.0.1:1/0"}, 1, "Error: QUOTEBOT_REDIS_URL: cannot use Redis"),
    ],
)
def test_serve_with_bad_team_settings_prints_one_line(fake_slack, tmp_path, corpus, extra, code, message):
    (tmp_path / "channels.toml").write_text("[channels.C1]\ntop = 0\n", encoding="utf-8")
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "QUOTEBOT_SLACK_API_URL": fake_slack.api_url,
           "QUOTEBOT_CORPUS": str(corpus), **extra}
    index_dir = tmp_path / "index"
    result = CliRunner().invoke(cli, ["serve", "--host", "127.0.0.1", "--port", "0", "--index-dir", str(index_dir)], env=env)
    assert result.exit_code == code
    assert result.output.startswith(message) and result.output.count("\n") == 1
    if "QUOTEBOT_CHANNELS" in extra:  # checked with the other settings, before the corpus is indexed
        assert not index_dir.exists()


@pytest.mark.parametrize("command", [["ask", "apples"], ["index"], ["serve", "--port", "0"]])
def test_dotenv_that_is_not_utf8_is_one_line_naming_the_file(tmp_path, command):
    (tmp_path / ".env").write_bytes(b"SLACK_BOT_TOKEN=xoxb-caf\xe9\n")  # Latin-1, as an old editor saves it
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {tmp_path / '.env'} is not UTF-8 text (byte 0xe9 at offset 24); save it as UTF-8, "
        "or move it out of the working directory.\n"
    )


def test_bad_value_from_dotenv_says_it_came_from_there(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("QUOTEBOT_TOP_K=many\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=rf"^QUOTEBOT_TOP_K \(from {tmp_path / '.env'}\) is invalid"):
        load_settings()
    monkeypatch.setenv("QUOTEBOT_TOP_K", "lots")  # the environment wins, and is not blamed on .env
    with pytest.raises(SettingsError, match=r"^QUOTEBOT_TOP_K is invalid"):
        load_settings()
