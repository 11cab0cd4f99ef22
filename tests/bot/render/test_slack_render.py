"""The Slack renderer: escaping, Slack's limits, "and N more", the no-answer text."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.render.home import home_view
from bot.render.slack import (
    FEEDBACK_ACTIONS,
    MAX_BLOCKS,
    MAX_BUTTON_VALUE,
    MAX_SECTION_CHARS,
    SHARE_ACTION_ID,
    answer_message,
    citation,
    escape,
    feedback_value,
    help_message,
    notice_message,
    plain_message,
    read_feedback_value,
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
        ("Prices rose.", "Ann Lee", "economist", "> Prices rose.\n— *Ann Lee*, economist · [1] a.txt · 2021-03-04"),
        ("Prices rose.", "Ann Lee", None, "> Prices rose.\n— *Ann Lee* · [1] a.txt · 2021-03-04"),
        ("Prices rose.", None, None, "> Prices rose.\n— _speaker unknown_ · [1] a.txt · 2021-03-04"),
        ("Line one\nline two", "Bo", None, "> Line one\n> line two\n— *Bo* · [1] a.txt · 2021-03-04"),
        ("Call <!channel> now & <@U1>", "A<b>", "x&y", "> Call &lt;!channel&gt; now &amp; &lt;@U1&gt;\n— *A&lt;b&gt;*, x&amp;y · [1] a.txt · 2021-03-04"),
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
        (60, 60, "and 13 more matches"),  # cut at the block limit: 47 quotes + 2 lines + buttons
        (60, 100, "and 53 more matches"),
    ],
)
def test_block_limit_and_more_line(shown, total, more):
    message = answer_message(answer([quote(f"Sentence {i}.") for i in range(shown)], total=total))
    assert len(message["blocks"]) <= MAX_BLOCKS
    contexts = [e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert (more is None and not any("more" in c for c in contexts)) or any(c.startswith(more) for c in contexts if more)


def test_block_limit_leaves_room_for_share_button():
    message = answer_message(answer([quote(f"S {i}.") for i in range(80)]), share_value="who said prices?")
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
    "share_value, feedback, buttons",
    [
        ("v", True, [SHARE_ACTION_ID, *FEEDBACK_ACTIONS]),
        (None, True, list(FEEDBACK_ACTIONS)),
        ("v", False, [SHARE_ACTION_ID]),
        (None, False, []),
        ("x" * (MAX_BUTTON_VALUE + 1), False, []),  # a value Slack would refuse: no share button
    ],
)
def test_share_and_feedback_buttons_only_when_asked(share_value, feedback, buttons):
    message = answer_message(answer([quote()]), share_value=share_value, feedback=feedback)
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
    shown = [e["action_id"] for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert shown == list(FEEDBACK_ACTIONS)  # feedback yes, a second share no


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
    "fields, number, expected",
    [
        ({}, 1, "[1] a.txt · 2021-03-04"),
        ({"title": "Pier <closed>"}, 2, "[2] Pier &lt;closed&gt; · 2021-03-04"),
        ({"title": "Pier closed", "url": "https://news.example/pier?a=1&b=2"}, 2,
         "[2] <https://news.example/pier?a=1&amp;b=2|Pier closed> · 2021-03-04"),
        ({"url": "https://news.example/pier"}, 3, "[3] <https://news.example/pier|a.txt> · 2021-03-04"),
        ({"title": "T", "url": "https://x.example/a", "publisher": "Wire & Co"}, 1, "[1] <https://x.example/a|T> · Wire &amp; Co · 2021-03-04"),
        # an address cannot end the link early or ping anyone; one not http(s) is never linked
        ({"title": "T|x", "url": "https://x.example/a|<!channel>"}, 1, "[1] <https://x.example/a%7C&lt;!channel&gt;|T¦x> · 2021-03-04"),
        ({"title": "T", "url": "HTTPS://x.example/a"}, 1, "[1] <HTTPS://x.example/a|T> · 2021-03-04"),
        ({"title": "T", "url": "javascript:alert(1)"}, 1, "[1] T · 2021-03-04"),
        ({"date": None}, None, "a.txt · undated"),
    ],
)
def test_citation_links_the_title_when_known(fields, number, expected):
    assert citation(quote(**fields), number) == expected


def test_quotes_are_numbered_from_the_answers_offset():
    page = answer([quote("One."), quote("Two.")], total=9).model_copy(update={"offset": 5})
    texts = sections(answer_message(page))
    assert "[6] a.txt" in texts[0] and "[7] a.txt" in texts[1]


def test_follow_up_context_shows_the_question_asked_and_the_words_typed():
    page = answer([quote()], total=9, question="what did Ann Lee say?").model_copy(update={"offset": 5, "follow_up": "more"})
    contexts = [e["text"] for b in answer_message(page)["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert "Question: what did Ann Lee say? (follow-up: “more”) · quotes 6–6" in contexts


def test_feedback_value_round_trips_and_fits_slacks_limit():
    quotes = [quote(f"S {i}.", document=f"{'d' * 40}{i}.txt", start=i * 10, end=i * 10 + 5) for i in range(50)]
    value = feedback_value(answer(quotes, question="who said <x>?"))
    assert len(value) <= 2000
    question, refs = read_feedback_value(value)
    assert question == "who said <x>?"
    assert 0 < len(refs) < 50 and refs[1] == (f"{'d' * 40}1.txt", 10, 15)


@pytest.mark.parametrize("value", ["", "not json", "[1, 2]", '{"q": "x", "r": [["a", "b"]]}', '{"r": 5}'])
def test_a_malformed_feedback_value_reads_as_empty(value):
    assert read_feedback_value(value) == ("", [])


def test_plain_message_drops_blocks_and_shortens():
    message = answer_message(answer([quote("word " * 500) for _ in range(5)]))
    plain = plain_message(message)
    assert set(plain) == {"text"} and len(plain["text"]) <= 1500 and plain["text"].startswith("5 quotes for")


@pytest.mark.parametrize("file_id", [None, "F123"])
def test_home_view_draws_the_speakers_chart(file_id):
    view = home_view(summary(), chart_file_id=file_id)
    charts = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section" and b["text"]["text"].startswith("```")]
    assert charts and "Ann &lt;Lee&gt;" in charts[0] and "█" in charts[0] and charts[0].rstrip().endswith("3\n```")
    images = [b for b in view["blocks"] if b["type"] == "image"]
    assert [i["slack_file"]["id"] for i in images] == ([file_id] if file_id else [])


@pytest.mark.parametrize("followable, hint", [(True, "reply “more” for the next ones"), (False, "ask a narrower question")])
def test_the_more_line_invites_a_follow_up_only_where_one_works(followable, hint):
    message = answer_message(answer([quote()], total=4), followable=followable)
    contexts = [e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert f"and 3 more matches; {hint}" in contexts


def test_an_aggregate_answer_shows_its_counts_as_text_bars():
    from retrieval.results import SpeakerTally

    tallies = [SpeakerTally(name="Ann <Lee>", count=3), SpeakerTally(name="Bo", count=1)]
    message = answer_message(Answer(question="who is quoted most about prices?", intent="search", speakers=tallies))
    chart = sections(message)[0]
    assert chart.startswith("```\nAnn &lt;Lee&gt;  ") and chart.endswith(" 1\n```") and "█" in chart
    assert "I found nothing" not in json.dumps(message)
    assert message["text"] == "Quotes by speaker: who is quoted most about prices?: Ann &lt;Lee&gt; 3 quotes, Bo 1 quote"


def test_a_quote_found_by_a_related_word_says_which_word_stood_in():
    stood_in = quote("Iraq said its forces suffered no <b>casualties</b>.", matched=[MatchedWord(word="<b>", stands_for="deaths")])
    text = answer_message(answer([stood_in]))["blocks"][0]["text"]["text"]
    assert text.endswith("\n_matched “&lt;b&gt;” for “deaths”_")
    assert "matched" not in answer_message(answer([quote()]))["blocks"][0]["text"]["text"]


def test_a_quote_found_beside_a_matching_sentence_says_so():
    beside = quote("We do not want just any deal.", matched=[MatchedWord(word="Iran <talks>", stands_for="Iran <talks>", nearby=True)])
    text = answer_message(answer([beside]))["blocks"][0]["text"]["text"]
    assert text.endswith("\n_matched “Iran &lt;talks&gt;” nearby_")
