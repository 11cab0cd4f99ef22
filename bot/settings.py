"""quotebot's settings, read from the environment and an optional `.env` file.

Slack's secrets keep Slack's own variable names; quotebot's knobs take the ``QUOTEBOT_`` prefix.
Secrets are ``SecretStr`` so they never show in logs or reprs.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "SLACK_API_URL"]

SLACK_API_URL = "https://slack.com/api/"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    slack_bot_token: SecretStr | None = Field(None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token"))
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret")
    )
    slack_app_token: SecretStr | None = Field(None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token"))
    # Folders or files, separated by the OS path separator (":" on Unix), like PATH.
    corpus: str | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_CORPUS", "corpus"))
    top_k: int = Field(5, ge=1, le=50, validation_alias=AliasChoices("QUOTEBOT_TOP_K", "top_k"))
    index_dir: Path | None = Field(None, validation_alias=AliasChoices("QUOTEBOT_INDEX_DIR", "index_dir"))
    slack_api_url: str = Field(SLACK_API_URL, validation_alias=AliasChoices("QUOTEBOT_SLACK_API_URL", "slack_api_url"))
