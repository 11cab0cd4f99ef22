"""The Slack renderer: escaping, Slack's limits, "and N more", the no-answer text."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.render.slack import (
    MAX_BLOCKS,
    MAX_BUTTON_VALUE,
    MAX_SECTION_CHARS,
    SHARE_ACTION_ID,
    answer_message,
    escape,
    help_message,
    home_view,
    notice_message,
    shared_message,
    usage_text,
)
from bot.render.words import count
from retrieval.results import Answer, CorpusSummary, DocumentSummary, MatchedWord, Quote, SpeakerSummary


def quote(text: str = "Prices rose.", speaker: str | None = "Ann Lee", description: str | None = "economist", **kw) -> Quote:
    values = dict(speaker_mention=None, cue="said", document="a.txt", date=dt.date(2021, 3, 4), paragraph=0, sentence=0,
                  start=0, end=len(text))
    values.update(kw)
    return Quote(text=text, speaker=speaker, speaker_description=description, **values)


def answer(quotes: list[Quote], total: int | None = None, question: str = "who said prices?", message: str | None = None) -> Answer:
    return Answer(question=question, intent="search", answers=quotes, total=len(quotes) if total is None else total,
                  message=message)


def summary(documents: int = 2, examples: tuple[str, ...] = ("who said prices?",)) -> CorpusSummary:
    docs = [DocumentSummary(document=f"doc{i}.txt", date=dt.date(2020, 1, 1 + i % 28), sentences=10, quotes=3) for i in range(documents)]
    return CorpusSummary(documents=docs, sentences=10 * documents, quotes=3 * documents,
                         top_speakers=[SpeakerSummary(name="Ann <Lee>", description="economist", quotes=3)],
                         example_questions=list(examples))


def sections(message: dict) -> list[str]:
    return [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]


@pytest.mark.parametrize(
    "raw, escaped",
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<!here> & <@U123>", "&lt;!here&gt; &amp; &lt;@U123&gt;"),
        ("<https://evil.example|click>", "&lt;https://evil.example|click&gt;"),
        ("&amp; already", "&amp;amp; already"),  # text is text: an entity in an article stays visible
        ("plain *bold* _it_", "plain *bold* _it_"),  # not markup injection: no ping, no link
        ("", ""),
    ],
)
def test_escape(raw, escaped):
    assert escape(raw) == escaped


@pytest.mark.parametrize(
    "text, speaker, description, expected",
    [
        ("Prices rose.", "Ann Lee", "economist", "> Prices rose.\n— *Ann Lee*, economist · a.txt · 2021-03-04"),
        ("Prices rose.", "Ann Lee", None, "> Prices rose.\n— *Ann Lee* · a.txt · 2021-03-04"),
        ("Prices rose.", None, None, "> Prices rose.\n— _speaker unknown_ · a.txt · 2021-03-04"),
        ("Line one\nline two", "Bo", None, "> Line one\n> line two\n— *Bo* · a.txt · 2021-03-04"),
        ("Call <!channel> now & <@U1>", "A<b>", "x&y", "> Call &lt;!channel&gt; now &amp; &lt;@U1&gt;\n— *A&lt;b&gt;*, x&amp;y · a.txt · 2021-03-04"),
    ],
)
def test_quote_section(text, speaker, description, expected):
    message = answer_message(answer([quote(text, speaker, description)]))
    assert sections(message) == [expected]


def test_undated_quote_says_so():
    assert "· undated" in sections(answer_message(answer([quote(date=None)])))[0]


@pytest.mark.parametrize(
    "shown, total, more",
    [
        (3, 3, None),
        (3, 10, "and 7 more matches"),
        (3, 4, "and 1 more match"),
        (60, 60, "and 12 more matches"),  # cut at the block limit: 48 quotes + 2 lines
        (60, 100, "and 52 more matches"),
    ],
)
def test_block_limit_and_more_line(shown, total, more):
    message = answer_message(answer([quote(f"Sentence {i}.") for i in range(shown)], total=total))
    assert len(message["blocks"]) <= MAX_BLOCKS
    contexts = [e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert (more is None and not any("more" in c for c in contexts)) or any(c.startswith(more) for c in contexts if more)


def test_block_limit_leaves_room_for_share_button():
    message = answer_message(answer([quote(f"S {i}.") for i in range(80)]), share_value="v")
    assert len(message["blocks"]) == MAX_BLOCKS
    assert message["blocks"][-1]["elements"][0]["action_id"] == SHARE_ACTION_ID


@pytest.mark.parametrize("text", ["word " * 1000, "<>&" * 1500, "x" * 2990 + "&&&&&&&&&&"])
def test_long_quote_is_cut_to_the_section_limit_without_splitting_entities(text):
    (section,) = sections(answer_message(answer([quote(text)])))
    assert len(section) <= MAX_SECTION_CHARS
    assert "…\n— *Ann Lee*" in section
    body = section.split("\n— ")[0]
    assert not body.rstrip("…").endswith(("&", "&a", "&am", "&amp", "&l", "&lt", "&g", "&gt"))


def test_fitting_quote_is_not_cut():
    (section,) = sections(answer_message(answer([quote("y" * 2900)])))
    assert "…" not in section


@pytest.mark.parametrize(
    "question, message, expected",
    [
        ("zyzzyva", None, "I found nothing in the articles about “zyzzyva”."),
        ("<!here> ping", None, "I found nothing in the articles about “&lt;!here&gt; ping”."),
        ("x", "Nothing about <x> here.", "Nothing about &lt;x&gt; here."),
    ],
)
def test_no_answer_text(question, message, expected):
    rendered = answer_message(answer([], question=question, message=message))
    assert sections(rendered) == [expected]
    assert rendered["text"] == expected


def test_fallback_text_is_escaped_and_lists_every_quote():
    message = answer_message(answer([quote("Call <!channel>."), quote("Other.")], question="<@U1>?"))
    assert message["text"] == "2 quotes for “&lt;@U1&gt;?”:\n“Call &lt;!channel&gt;.” — Ann Lee\n“Other.” — Ann Lee"


def test_a_note_beside_the_quotes_leads_the_message():
    note = "The articles give different figures: 15 missiles (TV); 22 rockets (Iraq)."
    message = answer_message(answer([quote("Fired 15 missiles."), quote("Fired 22 rockets.")], message=note))
    assert message["blocks"][0]["text"]["text"] == note
    assert len([b for b in message["blocks"] if b["type"] == "section"]) == 3


@pytest.mark.parametrize(
    "share_value, buttons", [("v", [SHARE_ACTION_ID]), (None, []), ("x" * (MAX_BUTTON_VALUE + 1), [])]
)
def test_share_button_only_when_asked_and_it_fits(share_value, buttons):
    message = answer_message(answer([quote()]), share_value=share_value)
    found = [e["action_id"] for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert found == buttons


def test_share_button_carries_the_value_verbatim():
    value = '{"q":"who said <this> & that?","mac":"00"}'
    message = answer_message(answer([quote()], question="who said <this> & that?"), share_value=value)
    assert message["blocks"][-1]["elements"][0]["value"] == value


@pytest.mark.parametrize("user, header", [("U123ABC", "<@U123ABC> shared an answer"), ("<!channel>", "Shared answer")])
def test_shared_message_names_the_sharer_only_by_id(user, header):
    message = shared_message(answer([quote()]), user)
    assert message["blocks"][0]["elements"][0]["text"] == header
    assert not any(b["type"] == "actions" for b in message["blocks"])


def test_help_and_usage_use_corpus_examples():
    info = summary(examples=("who said <b>prices</b>?",))
    assert "who said &lt;b&gt;prices&lt;/b&gt;?" in help_message(info)["text"]
    assert "2 articles" in help_message(info)["text"]
    assert usage_text(info) == "Usage: /ask <question>, for example: /ask who said &lt;b&gt;prices&lt;/b&gt;?"
    assert usage_text(summary(examples=())).startswith("Usage: /ask <question>")


def test_notice_is_escaped():
    assert notice_message("Too long <x>")["text"] == "Too long &lt;x&gt;"


@pytest.mark.parametrize("documents, more", [(2, False), (100, False), (101, True), (2000, True)])
def test_home_view_lists_articles_within_limits(documents, more):
    view = home_view(summary(documents))
    text = json.dumps(view, ensure_ascii=False)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert all(len(b["text"]["text"]) <= MAX_SECTION_CHARS for b in view["blocks"] if b["type"] == "section")
    assert "*doc0.txt* · 2020-01-01 · 10 sentences, 3 quotes" in text
    assert "Ann &lt;Lee&gt;" in text and "Most quoted" in text and "Try asking" in text
    listed = text.count(".txt* ·")
    assert (f"and {count(documents - listed, 'more article')}" in text) is more  # "1 more article"
    assert listed == min(documents, 100)


@pytest.mark.parametrize(
    "title, url, publisher, expected",
    [
        ("Pier <closed>", "https://news.example/a?x=1&y=2", "Gazette & Co",
         "— *Ann Lee*, economist · Gazette &amp; Co · <https://news.example/a?x=1&amp;y=2|Pier &lt;closed&gt;> · 2021-03-04"),
        ("Pier", "https://news.example/a|b", None, "— *Ann Lee*, economist · <https://news.example/a%7Cb|Pier> · 2021-03-04"),
        ("Pier", "javascript:alert(1)", None, "— *Ann Lee*, economist · Pier · 2021-03-04"),  # only http(s) is linked
        (None, None, None, "— *Ann Lee*, economist · a.txt · 2021-03-04"),
    ],
)
def test_the_quote_links_its_article_title_to_its_url(title, url, publisher, expected):
    message = answer_message(answer([quote(title=title, url=url, publisher=publisher)]))
    assert message["blocks"][0]["text"]["text"].splitlines()[-1] == expected


def test_a_quote_found_by_a_related_word_says_which_word_stood_in():
    stood_in = quote("Iraq said its forces suffered no <b>casualties</b>.", matched=[MatchedWord(word="<b>", stands_for="deaths")])
    text = answer_message(answer([stood_in]))["blocks"][0]["text"]["text"]
    assert text.endswith("\n_matched “&lt;b&gt;” for “deaths”_")
    assert "matched" not in answer_message(answer([quote()]))["blocks"][0]["text"]["text"]
