"""The shape of a Slack payload, checked before Bolt reads it.

Bolt indexes into a payload as Slack sends it (``body["event"]["type"]``, ``body["actions"][0]``)
and its listeners and ours read fields as strings. A signed body with, say, ``"event": null`` or
``"channel": 5`` would then raise deep inside Bolt, past its error handler. These models list the
fields that are read, with the types Slack documents for them
(https://api.slack.com/types/event, https://api.slack.com/reference/interaction-payloads), and
allow any other field; ``payload_problem`` names the first field that is not as Slack sends it.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

__all__ = ["payload_problem"]

_Text = Optional[StrictStr]
# Fields that are an object in some payloads and an id in others ("user" in events and actions).
_ObjectOrId = Union[dict[str, Any], StrictStr]
# A field typed ``X = _ABSENT`` may be left out, but when present it is an X, never null: Slack
# always fills it, and Bolt or a listener reads it without a check.
_ABSENT: Any = Field(None)


class _Shape(BaseModel):
    model_config = ConfigDict(extra="allow")


class _Action(_Shape):
    type: _Text = None
    action_id: StrictStr = _ABSENT
    block_id: _Text = None
    value: _Text = None
    action_ts: _Text = None


class _Event(_Shape):
    type: StrictStr


class _Conversation(_Event):
    """``app_mention`` and ``message`` events, which the listeners answer."""

    channel: StrictStr
    ts: StrictStr
    text: StrictStr = _ABSENT
    user: _Text = None
    thread_ts: _Text = None
    event_ts: _Text = None
    channel_type: _Text = None
    subtype: _Text = None
    bot_id: _Text = None
    message: dict[str, Any] = _ABSENT
    previous_message: dict[str, Any] = _ABSENT


class _Mention(_Conversation):
    text: StrictStr


class _HomeOpened(_Event):
    user: StrictStr
    tab: _Text = None
    channel: _Text = None


# The events the app handles, checked field by field; any other event only needs its type.
_EVENTS: dict[str, type[_Event]] = {"app_mention": _Mention, "message": _Conversation, "app_home_opened": _HomeOpened}


class _Authorization(_Shape):
    team_id: _Text = None
    user_id: _Text = None
    enterprise_id: _Text = None
    is_bot: Optional[StrictBool] = None
    is_enterprise_install: Optional[StrictBool] = None


class _Payload(_Shape):
    type: StrictStr = _ABSENT
    token: _Text = None
    challenge: _Text = None
    team_id: _Text = None
    enterprise_id: _Text = None
    api_app_id: _Text = None
    event_id: _Text = None
    event: _Event = _ABSENT
    authorizations: list[_Authorization] = _ABSENT
    command: StrictStr = _ABSENT
    text: StrictStr = _ABSENT
    user_id: StrictStr = _ABSENT
    channel_id: StrictStr = _ABSENT
    response_url: StrictStr = _ABSENT
    trigger_id: _Text = None
    callback_id: _Text = None
    actions: list[_Action] = Field(None, min_length=1)
    team: _ObjectOrId = _ABSENT
    user: _ObjectOrId = _ABSENT
    channel: _ObjectOrId = _ABSENT
    enterprise: Optional[_ObjectOrId] = None
    is_enterprise_install: Optional[Union[StrictBool, StrictStr]] = None
    view: Optional[dict[str, Any]] = None
    container: Optional[dict[str, Any]] = None
    message: Optional[dict[str, Any]] = None
    state: Optional[dict[str, Any]] = None


class _BlockAction(_Action):
    action_id: StrictStr  # Bolt matches listeners on it


class _BlockActions(_Payload):
    """A button click: what the share listener and Bolt's matchers read."""

    actions: list[_BlockAction] = Field(min_length=1)
    user: _ObjectOrId
    response_url: StrictStr


class _Command(_Payload):
    """A slash command, as the /ask listener reads it."""

    command: StrictStr
    user_id: StrictStr
    channel_id: StrictStr
    response_url: StrictStr


# Payloads checked field by field beyond the envelope, by type; a command has no type.
_PAYLOADS: dict[str, type[_Payload]] = {"block_actions": _BlockActions}


def payload_problem(body: dict[str, Any]) -> str | None:
    """Which field of a parsed payload is not as Slack sends it, or None when all read fields are.

    The reason names the field and the expected type, never the value.
    """
    try:
        payload = _Payload.model_validate(body)
        if payload.command is not None:
            _Command.model_validate(body)
        elif payload.type in _PAYLOADS:
            _PAYLOADS[payload.type].model_validate(body)
        if payload.event is not None and payload.event.type in _EVENTS:
            _EVENTS[payload.event.type].model_validate(body["event"])
    except ValidationError as error:
        first = error.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "payload"
        prefix = "event." if error.title in {model.__name__ for model in _EVENTS.values()} else ""
        return f"{prefix}{where}: {first['msg'].lower()}"
    return None
