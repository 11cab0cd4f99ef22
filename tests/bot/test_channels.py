"""The per-channel settings file: defaults, overrides, and one clear line for each mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.channels import ChannelSettings, load_channels
from bot.settings import SettingsError
from retrieval.answer.scope import Scope

GOOD = """\
[defaults]
top = 3
mention_only = true

[channels.CPOLITICS]
folders = ["politics", "wire/politics"]
followups = false

[channels.CBIZ]
tags = ["business"]
top = 10
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "channels.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_listed_channels_take_the_defaults_where_they_say_nothing(tmp_path):
    channels = load_channels(_write(tmp_path, GOOD), top=5)
    politics = channels.get("CPOLITICS")
    assert (politics.top, politics.mention_only, politics.followups) == (3, True, False)
    assert politics.scope == Scope(folders=("politics", "wire/politics"))
    assert channels.get("CBIZ").top == 10 and channels.get("CBIZ").scope == Scope(tags=("business",))


@pytest.mark.parametrize("channel", ["CUNKNOWN", None, ""])
def test_unknown_channels_get_the_defaults(tmp_path, channel):
    assert load_channels(_write(tmp_path, GOOD)).get(channel) == ChannelSettings(top=3, mention_only=True)
    assert load_channels(_write(tmp_path, GOOD)).get(channel).scope is None


def test_no_file_means_defaults_with_the_global_top():
    assert load_channels(None, top=7).get("C1") == ChannelSettings(top=7)


@pytest.mark.parametrize(
    "text, message",
    [
        ("[channels.C1]\ntop = 0\n", r"\[channels.C1\], top: Input should be greater than or equal to 1"),
        ("[channels.C1]\nfolder = ['x']\n", r"\[channels.C1\], folder: Extra inputs are not permitted"),
        ("[channels.C1]\nfollowups = 'often'\n", r"followups: Input should be a valid boolean"),
        ("[defaults]\ntop = 99\n", r"\[defaults\], top: Input should be less than or equal to 50"),
        ("[channel.C1]\n", r"unknown table \[channel\]"),
        ("channels = 3\n", r"channels must be a table"),
        ("[channels.C1\n", r"is not valid TOML"),
    ],
)
def test_mistakes_are_one_line_naming_the_key(tmp_path, text, message):
    with pytest.raises(SettingsError, match=r"^QUOTEBOT_CHANNELS: .*" + message):
        load_channels(_write(tmp_path, text))


def test_a_missing_file_names_the_variable(tmp_path):
    with pytest.raises(SettingsError, match="QUOTEBOT_CHANNELS: cannot read nowhere.toml"):
        load_channels(tmp_path / "nowhere.toml")
