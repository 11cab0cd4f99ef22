"""quotebot's settings, read from the environment and an optional `.env` file.

Slack's secrets keep Slack's own variable names; quotebot's knobs take the ``QUOTEBOT_`` prefix.
Every command reads ``.env`` in the working directory (UTF-8, ``NAME=value`` lines) under the
variables already set in the environment, which win.
Secrets are ``SecretStr`` so they never show in logs or reprs. ``load_settings`` and
``Settings.require_slack`` turn every missing or malformed value into a ``SettingsError`` whose
message is one line naming the variable and what to do; the CLI prints it and exits with code 2.
"""

from __future__ import annotations

import hashlib
import os
import re
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal, Sequence
from urllib.parse import urlparse

import platformdirs
from dotenv import dotenv_values
from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from retrieval.engine import DEFAULT_TOP
from retrieval.errors import QuotebotError
from retrieval.sources.fetch import FetchPolicy

__all__ = [
    "Settings",
    "SettingsError",
    "SlackMode",
    "load_settings",
    "bundled_corpus",
    "default_index_dir",
    "index_root",
    "SLACK_API_URL",
    "ENV_FILE",
]

SLACK_API_URL = "https://slack.com/api/"
ENV_FILE = ".env"  # read from the working directory
# One Slack section a quote, and Slack takes at most 50 blocks a message.
MAX_TOP = 50

SlackMode = Literal["socket", "http"]

# Field name -> the variable a user sets, so errors name what the user can change.
_VARIABLES = {
    "slack_bot_token": "SLACK_BOT_TOKEN",
    "slack_signing_secret": "SLACK_SIGNING_SECRET",
    "slack_app_token": "SLACK_APP_TOKEN",
    "corpus": "QUOTEBOT_CORPUS",
    "top_k": "QUOTEBOT_TOP_K",
    "index_dir": "QUOTEBOT_INDEX_DIR",
    "host": "QUOTEBOT_HOST",
    "port": "QUOTEBOT_PORT",
    "ray_address": "QUOTEBOT_RAY_ADDRESS",
    "slack_api_url": "QUOTEBOT_SLACK_API_URL",
    "redis_url": "QUOTEBOT_REDIS_URL",
    "channels": "QUOTEBOT_CHANNELS",
    "feedback_db": "QUOTEBOT_FEEDBACK_DB",
    "allow_private_urls": "QUOTEBOT_ALLOW_PRIVATE_URLS",
    "add_allowed": "QUOTEBOT_ADD_ALLOWED",
    "feeds": "QUOTEBOT_FEEDS",
    "feed_minutes": "QUOTEBOT_FEED_MINUTES",
}


class SettingsError(QuotebotError):
    """A setting is missing or malformed; the message names the variable and what to do."""


class Settings(BaseSettings):
    """Everything quotebot reads from the environment (or `.env`); tests pass values directly."""

    model_config = SettingsConfigDict(env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore", populate_by_name=True)

    slack_bot_token: SecretStr | None = Field(None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token"))
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret")
    )
    slack_app_token: SecretStr | None = Field(None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token"))
    # Folders or files, separated by the OS path separator (":" on Unix), like PATH.
    corpus: str | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_CORPUS", "corpus"))
    top_k: int = Field(DEFAULT_TOP, ge=1, le=MAX_TOP, validation_alias=AliasChoices("QUOTEBOT_TOP_K", "top_k"))
    index_dir: Path | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_INDEX_DIR", "index_dir"))
    # A Ray cluster's address (HOST:PORT, "auto", or "local" for one inside the process): a sharded
    # index is then built by Ray tasks and served by one actor per shard.
    ray_address: str | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_RAY_ADDRESS", "ray_address"))
    slack_api_url: str = Field(SLACK_API_URL, validation_alias=AliasChoices("QUOTEBOT_SLACK_API_URL", "slack_api_url"))
    # Article intake (see README, "Feeding quotebot"): who may add from Slack, what is fetched.
    allow_private_urls: bool = Field(False, validation_alias=AliasChoices("QUOTEBOT_ALLOW_PRIVATE_URLS", "allow_private_urls"))
    add_allowed: str = Field("", validation_alias=AliasChoices("QUOTEBOT_ADD_ALLOWED", "add_allowed"))
    feeds: str = Field("", validation_alias=AliasChoices("QUOTEBOT_FEEDS", "feeds"))
    feed_minutes: float = Field(15.0, gt=0, validation_alias=AliasChoices("QUOTEBOT_FEED_MINUTES", "feed_minutes"))
    # Where `quotebot serve` listens (its --host and --port win).
    host: str = Field("0.0.0.0", min_length=1, validation_alias=AliasChoices("QUOTEBOT_HOST", "host"))
    port: int = Field(3000, ge=0, le=65535, validation_alias=AliasChoices("QUOTEBOT_PORT", "port"))
    # Shared by replicas (delivery claims, thread context, rate limits); unset: this process only.
    redis_url: str | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_REDIS_URL", "redis_url"))
    channels: Path | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_CHANNELS", "channels"))  # TOML file
    feedback_db: Path | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_FEEDBACK_DB", "feedback_db"))

    def require_slack(self) -> SlackMode:
        """Check the Slack settings and say which way to connect.

        Returns:
            ``"socket"`` when an app-level token is set (no public URL needed), else ``"http"``.

        Raises:
            SettingsError: a token is missing or does not look like the kind Slack issues.
        """
        bot = _secret(self.slack_bot_token)
        if not bot:
            raise SettingsError(
                "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) from your Slack app's "
                "OAuth & Permissions page."
            )
        if not bot.startswith("xoxb-"):
            raise SettingsError("SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions page).")
        app_token = _secret(self.slack_app_token)
        if app_token:
            if not app_token.startswith("xapp-"):
                raise SettingsError(
                    "SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information > App-Level "
                    "Tokens, scope connections:write)."
                )
            return "socket"
        if not _secret(self.slack_signing_secret):
            raise SettingsError(
                "Set SLACK_APP_TOKEN (xapp-..., Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode, from Basic "
                "Information > App Credentials)."
            )
        return "http"

    def corpus_paths(self, given: Sequence[Path] = ()) -> list[Path]:
        """The corpus to read: ``given`` paths, else ``QUOTEBOT_CORPUS``, else the bundled seeds."""
        if given:
            return list(given)
        listed = [Path(part) for part in (self.corpus or "").split(os.pathsep) if part.strip()]
        return listed or [bundled_corpus()]

    def intake_dir(self, given: Sequence[Path] = ()) -> Path | None:
        """Where added articles are stored: the first folder of ``given``, else of QUOTEBOT_CORPUS."""
        listed = list(given) or [Path(part) for part in (self.corpus or "").split(os.pathsep) if part.strip()]
        return next((path for path in listed if not path.is_file()), None)

    def fetch_policy(self) -> FetchPolicy:
        """How URLs are fetched: private addresses only with QUOTEBOT_ALLOW_PRIVATE_URLS=1."""
        return FetchPolicy(allow_private=self.allow_private_urls)

    def may_add(self, user_id: str | None) -> bool:
        """Whether a Slack user may add articles: listed in QUOTEBOT_ADD_ALLOWED, or it is ``*``."""
        allowed = set(self.add_allowed.replace(",", " ").split())
        return "*" in allowed or (bool(user_id) and user_id in allowed)

    def feed_urls(self) -> list[str]:
        """The feeds to poll (QUOTEBOT_FEEDS, separated by spaces or commas)."""
        return self.feeds.replace(",", " ").split()
    def index_location(self, corpus: Sequence[Path], given: Path | None = None, *, building: bool = False) -> Path | None:
        """Where the saved index of ``corpus`` lives: ``given``, else ``QUOTEBOT_INDEX_DIR``, else the
        corpus's folder in the user's cache (``default_index_dir``), which is used to answer only once
        ``quotebot index`` has built it; None: build in memory.

        Args:
            corpus: The corpus paths, as ``corpus_paths`` returns them.
            given: ``--index-dir``, if given.
            building: For ``quotebot index``, which always has somewhere to write.
        """
        chosen = given or self.index_dir
        if chosen is not None:
            return chosen
        default = default_index_dir(corpus)
        return default if building or default.is_dir() else None

    def api_url(self) -> str:
        """The Slack Web API base URL, ending in "/" as slack_sdk expects.

        Raises:
            SettingsError: QUOTEBOT_SLACK_API_URL is not an http(s) URL.
        """
        parsed = urlparse(self.slack_api_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise SettingsError(
                f"QUOTEBOT_SLACK_API_URL must be an http(s) URL such as {SLACK_API_URL}; leave it unset to use Slack's."
            )
        return self.slack_api_url if self.slack_api_url.endswith("/") else self.slack_api_url + "/"


def index_root() -> Path:
    """The folder under the user's cache that holds one saved index per corpus (platformdirs:
    ``$XDG_CACHE_HOME/quotebot/indexes``, ``~/.cache/quotebot/indexes`` by default on Linux)."""
    return Path(platformdirs.user_cache_dir("quotebot", appauthor=False)) / "indexes"


def default_index_dir(corpus: Sequence[Path]) -> Path:
    """The default index folder of a corpus: named after its first path, plus a hash of all its
    paths (resolved), so each corpus keeps its own index and none replaces another's."""
    resolved = [os.path.realpath(p) for p in corpus]
    digest = hashlib.blake2b("\0".join(resolved).encode("utf-8", "surrogateescape"), digest_size=6).hexdigest()
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(resolved[0]).name if resolved else "corpus").strip("-.") or "corpus"
    return index_root() / f"{stem[:40]}-{digest}"


def bundled_corpus() -> Path:
    """The folder of seed articles shipped inside the installed package."""
    return Path(str(files("seeds")))


def load_settings(**values: Any) -> Settings:
    """Read settings from the environment, ``.env`` and ``values``.

    Raises:
        SettingsError: one line naming the first bad variable and what it should be.
    """
    try:
        return Settings(**values)
    except UnicodeDecodeError as error:
        raise SettingsError(
            f"{Path(ENV_FILE).resolve()} is not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset "
            f"{error.start}); save it as UTF-8, or move it out of the working directory."
        ) from None
    except ValidationError as error:
        first = error.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        variable = _VARIABLES.get(field, field.upper() or "a setting")
        raise SettingsError(f"{variable}{_source(variable)} is invalid: {first['msg']}.") from None


def _source(variable: str) -> str:
    """" (from .env)" when the value came from the ``.env`` file rather than the environment."""
    if any(name.upper() == variable for name in os.environ):
        return ""
    try:
        names = dotenv_values(ENV_FILE, encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (from {Path(ENV_FILE).resolve()})" if any(name.upper() == variable for name in names) else ""


def _secret(value: SecretStr | None) -> str:
    return value.get_secret_value().strip() if value is not None else ""
