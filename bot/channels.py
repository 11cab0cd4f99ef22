"""Per-channel settings: which part of the corpus a channel searches and how the bot behaves there.

Read once at start-up from the TOML file named by ``QUOTEBOT_CHANNELS``::

    [defaults]              # every channel not listed below (all keys optional)
    top = 5
    followups = true        # replies in a thread the bot answered are read against its last answer
    mention_only = false    # true: replies in threads are answered only when they mention the bot

    [channels.C0123ABCD]    # a channel id (channel details > About, at the bottom)
    folders = ["politics"]  # corpus folders searched (any folder of that name, or a path)
    tags = ["business"]     # ...or articles with one of these header tags
    top = 3

A listed channel takes its keys from ``[defaults]`` where it does not set them. Unknown keys and
wrong types stop start-up with one line naming the file and the key.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.settings import MAX_TOP, SettingsError
from retrieval.answer.scope import Scope
from retrieval.engine import DEFAULT_TOP

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["ChannelSettings", "ChannelDirectory", "load_channels"]

logger = logging.getLogger(__name__)


class ChannelSettings(BaseModel):
    """How the bot answers in one channel."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    folders: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    top: int = Field(DEFAULT_TOP, ge=1, le=MAX_TOP)
    followups: bool = True
    mention_only: bool = False

    @property
    def scope(self) -> Scope | None:
        """The part of the corpus searched; None for all of it."""
        return Scope(folders=self.folders, tags=self.tags) if self.folders or self.tags else None


class ChannelDirectory:
    """Settings by channel id; a channel not listed gets the defaults."""

    def __init__(self, defaults: ChannelSettings | None = None, channels: dict[str, ChannelSettings] | None = None) -> None:
        self.defaults = defaults or ChannelSettings()
        self.channels = dict(channels or {})

    def get(self, channel: str | None) -> ChannelSettings:
        """The settings for ``channel`` (the defaults for an unknown one or for none)."""
        return self.channels.get(channel or "", self.defaults)


def load_channels(path: Path | None, top: int = DEFAULT_TOP) -> ChannelDirectory:
    """Read the channel settings file; without one, every channel gets ``top`` and the defaults.

    Args:
        path: The TOML file (``QUOTEBOT_CHANNELS``), or None.
        top: Quotes per answer where the file does not say (``QUOTEBOT_TOP_K``).

    Raises:
        SettingsError: the file is missing, not TOML, or has an unknown key or a wrong value.
    """
    if path is None:
        return ChannelDirectory(ChannelSettings(top=top))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SettingsError(f"QUOTEBOT_CHANNELS: cannot read {path.name} ({error.strerror or error}).") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SettingsError(f"QUOTEBOT_CHANNELS: {path.name} is not valid TOML ({error}).") from None
    unknown = sorted(set(data) - {"defaults", "channels"})
    if unknown:
        raise SettingsError(f"QUOTEBOT_CHANNELS: {path.name} has unknown table [{unknown[0]}]; use [defaults] and [channels.<id>].")
    base: dict[str, Any] = {"top": top, **_table(data, "defaults", path)}
    defaults = _settings(base, "defaults", path)
    channels = {
        str(channel): _settings({**base, **_table(data["channels"], channel, path)}, f"channels.{channel}", path)
        for channel in _table(data, "channels", path)
    }
    logger.info("Channel settings read from %s: %d channel%s listed.", path.name, len(channels), "" if len(channels) == 1 else "s")
    return ChannelDirectory(defaults, channels)


def _table(data: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise SettingsError(f"QUOTEBOT_CHANNELS: in {path.name}, {name} must be a table.")
    return table


def _settings(values: dict[str, Any], where: str, path: Path) -> ChannelSettings:
    try:
        return ChannelSettings(**values)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        raise SettingsError(f"QUOTEBOT_CHANNELS: in {path.name} [{where}], {key}: {first['msg']}.") from None
