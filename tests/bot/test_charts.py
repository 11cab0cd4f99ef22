"""Charts: the App Home's most quoted speakers and aggregate answers, uploaded as PNGs through
``files_upload_v2`` to the fake Web API (upload URL, the bytes, completion), text bars beside them.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.bot.slack_requests import event_body, unique


def _open_home(post, fake_slack) -> dict:
    user = unique("U")
    post(event_body({"type": "app_home_opened", "user": user, "channel": unique("D"), "tab": "home", "event_ts": "1.2"}))
    (call,) = fake_slack.wait_for("views.publish", user_id=user)
    return call.params["view"] if isinstance(call.params["view"], dict) else json.loads(call.params["view"])


def test_app_home_shows_the_top_speakers_chart_uploaded_once(post, fake_slack):
    view = _open_home(post, fake_slack)
    uploads = len(fake_slack.find("files.getUploadURLExternal", filename="quotebot-top-speakers.png"))
    assert _open_home(post, fake_slack) == view
    assert len(fake_slack.find("files.getUploadURLExternal", filename="quotebot-top-speakers.png")) == uploads  # not again
    (image,) = [b for b in view["blocks"] if b["type"] == "image"]
    (upload,) = fake_slack.find("upload", file_id=image["slack_file"]["id"])
    assert upload.params["data"].startswith(b"\x89PNG\r\n\x1a\n")
    assert "Marta Quell 2 quotes" in image["alt_text"]
    assert "█" in json.dumps(view, ensure_ascii=False)  # the same chart as text bars


def test_app_home_refused_with_its_chart_is_published_without_it(post, fake_slack, served):
    _open_home(post, fake_slack)  # the chart is uploaded by now
    fake_slack.failures[("views.publish", None)] = ["invalid_blocks"]
    user = unique("U")
    post(event_body({"type": "app_home_opened", "user": user, "channel": unique("D"), "tab": "home", "event_ts": "1.2"}))
    refused, published = fake_slack.wait_for("views.publish", count=2, user_id=user)
    assert [b["type"] for b in refused.params["view"]["blocks"]].count("image") == 1
    assert "image" not in [b["type"] for b in published.params["view"]["blocks"]]
    assert "Most quoted" in json.dumps(published.params["view"])
    assert "Slack refused the Home tab with its chart (invalid_blocks)" in served.output()
    later = _open_home(post, fake_slack)  # from now on without the image
    assert "image" not in [b["type"] for b in later["blocks"]]


@pytest.fixture
def conversation(fake_slack, slack_engine):
    from slack_sdk import WebClient

    from bot.channels import ChannelDirectory
    from bot.conversation import Conversation
    from bot.posting import Outbox
    from bot.ratelimit import ChannelRateLimiter
    from bot.shared_state import MemoryState
    from bot.threads import ThreadStore

    state = MemoryState()
    client = WebClient(token="xoxb-test-token", base_url=fake_slack.api_url)
    return Conversation(slack_engine, ChannelDirectory(), ThreadStore(state), Outbox(client, ChannelRateLimiter(state)))


def _aggregate(engine, kind: str):
    from retrieval.results import Answer, SpeakerTally, TimelinePoint

    if kind == "speakers":  # the corpus's own most quoted speakers, as an aggregate answer would count them
        tallies = [SpeakerTally(name=s.name, description=s.description, count=s.quotes) for s in engine.summary().top_speakers]
        return Answer(question="who is quoted most about the harbour?", intent="search", speakers=tallies)
    points = [TimelinePoint(date=dt.date(2021, 3, day), count=day % 3 + 1) for day in (4, 11, 18)]
    return Answer(question="Quell's quotes about the pier over time", intent="search", timeline=points)


@pytest.mark.parametrize("kind", ["speakers", "timeline"])
def test_an_aggregate_answer_uploads_a_png_to_the_thread(conversation, fake_slack, slack_engine, kind):
    channel, thread = unique("C"), "1700000000.000200"
    file_id = conversation.send_chart(_aggregate(slack_engine, kind), channel, thread)
    (complete,) = fake_slack.find("files.completeUploadExternal", channel_id=channel)
    assert complete.params["thread_ts"] == thread
    assert [f["id"] for f in json.loads(complete.params["files"])] == [file_id]
    (upload,) = fake_slack.find("upload", file_id=file_id)
    assert upload.params["data"].startswith(b"\x89PNG\r\n\x1a\n") and len(upload.params["data"]) > 1000


def test_an_answer_without_counts_uploads_nothing(conversation, fake_slack, slack_engine):
    channel = unique("C")
    assert conversation.send_chart(slack_engine.ask("apples"), channel, "1.2") is None
    assert fake_slack.find("files.completeUploadExternal", channel_id=channel) == []


def test_an_aggregate_question_gets_its_chart_uploaded_to_the_thread(post, fake_slack):
    from tests.bot.slack_fakes import BOT_USER
    from tests.bot.slack_requests import mention

    channel = unique("C")
    event = mention(f"<@{BOT_USER}> who is quoted most about the pier?", channel)
    post(event_body(event))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert "█" in json.dumps(reply.params.get("blocks"), ensure_ascii=False)  # the counts as text bars
    (complete,) = fake_slack.wait_for("files.completeUploadExternal", channel_id=channel)
    assert complete.params["thread_ts"] == event["ts"]
    (file,) = json.loads(complete.params["files"])
    (upload,) = fake_slack.find("upload", file_id=file["id"])
    assert upload.params["data"].startswith(b"\x89PNG\r\n\x1a\n")
