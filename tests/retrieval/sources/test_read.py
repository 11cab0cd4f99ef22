"""Every kind of source becomes the same ``Article``: pages, exports, feeds and text files."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import responses

from retrieval.errors import SourceError
from retrieval.sources.fetch import FetchPolicy
from retrieval.sources.header import parse_header
from retrieval.sources.read import Reader, is_url
from tests.retrieval.sources.conftest import ATOM, FEED, PAGE, PAGE_URL, SECOND_PAGE, SECOND_URL


def _paragraph_texts(article):
    return [article.text[p.start : p.end] for p in article.paragraphs]


def _check_stored_form(article):
    """The text is the file to store: its header says what the article's fields say."""
    header, start = parse_header(article.text)
    assert (header.date, header.title, header.url, header.publisher, header.author) == (
        article.date, article.title, article.url, article.publisher, article.author
    )
    assert all(p.start >= start for p in article.paragraphs)


def test_saved_html_page(tmp_path):
    path = tmp_path / "pier.html"
    path.write_text(PAGE, encoding="utf-8")
    [read] = Reader().read(str(path))
    article = read.article
    assert read.error is None and read.origin == str(path)
    assert article.title == "Harbour closes northern pier after crane collapse"
    assert article.date == dt.date(2021, 3, 4)
    assert article.author == "Ann Lee"
    assert article.publisher == "Portville Gazette"
    assert article.url == PAGE_URL  # the page's canonical link
    texts = _paragraph_texts(article)
    assert any(t.startswith("“The pier will stay closed") or t.startswith('"The pier will stay closed') for t in texts)
    assert not any("newsletter" in t or "Home" in t or "rights reserved" in t for t in texts)
    assert article.document.startswith("harbour-closes-northern-pier-after-crane-collapse-") and article.document.endswith(".txt")
    _check_stored_form(article)


@responses.activate
def test_url_is_fetched_and_extracted(public_dns):
    responses.get(PAGE_URL, body=PAGE, content_type="text/html; charset=utf-8")
    [read] = Reader(resolve=public_dns).read(PAGE_URL)
    assert read.article.url == PAGE_URL and read.article.publisher == "Portville Gazette"
    assert read.article.date == dt.date(2021, 3, 4)


def test_a_page_without_an_article_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    [read] = Reader().read(str(path))
    assert read.article is None and read.error == "no article text found on the page (only 1 words)"


def test_jsonl_export(tmp_path):
    lines = [
        {"id": "wire/42", "text": "Mayor Tom Reyes said the bridge would reopen.\n\nHe said repairs cost $2 million.",
         "title": "Bridge reopens", "date": "March 5, 2021", "url": "https://wire.example/42", "publisher": "Wire", "author": "Sam"},
        {"title": "no text here"},
        {"text": "The council met on Monday. It said nothing.", "date": "2021-03-06"},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n\n", encoding="utf-8")
    reads = Reader().read(str(path))
    assert [r.origin for r in reads] == [f"{path} line {n}" for n in (1, 2, 3, 4)]
    first = reads[0].article
    assert first.document == "wire-42.txt" and first.date == dt.date(2021, 3, 5)
    assert (first.title, first.url, first.publisher, first.author) == ("Bridge reopens", "https://wire.example/42", "Wire", "Sam")
    assert _paragraph_texts(first) == ["Mayor Tom Reyes said the bridge would reopen.", "He said repairs cost $2 million."]
    _check_stored_form(first)
    assert reads[1].article is None and reads[1].error == "no text"
    assert reads[2].article.date == dt.date(2021, 3, 6) and reads[2].article.title is None
    assert reads[3].article is None and reads[3].error.startswith("not JSON")


def test_csv_export_with_the_same_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        'Title,text,date,url,publisher\n"Bridge reopens","Mayor Tom Reyes said the bridge, closed since May, would reopen.",2021-03-05,https://wire.example/42,Wire\n'
        'Bad,,2021-03-05,,\n',
        encoding="utf-8",
    )
    reads = Reader().read(str(path))
    assert reads[0].article.title == "Bridge reopens" and reads[0].article.publisher == "Wire"
    assert _paragraph_texts(reads[0].article) == ["Mayor Tom Reyes said the bridge, closed since May, would reopen."]
    assert reads[1].error == "no text"
    (tmp_path / "nocol.csv").write_text("title,body\na,b\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"nocol.csv: no text column \(the header row has: title, body\)"):
        Reader().read(str(tmp_path / "nocol.csv"))


@responses.activate
def test_rss_feed_url_fetches_each_entry(public_dns):
    responses.get("https://news.example/feed.xml", body=FEED, content_type="application/rss+xml")
    responses.get(PAGE_URL, body=PAGE, content_type="text/html")
    responses.get(SECOND_URL, body=SECOND_PAGE, content_type="text/html")
    reads = Reader(resolve=public_dns).read("https://news.example/feed.xml")
    assert [r.origin for r in reads] == [PAGE_URL, SECOND_URL]
    second = reads[1].article
    # The page gives no date or author: the feed entry's fill them in.
    assert second.date == dt.date(2022, 9, 15) and second.title == "Record apple harvest in the valley"
    assert second.publisher == "Valley Times" and second.url == SECOND_URL
    _check_stored_form(second)


@responses.activate
def test_feed_file_and_atom_and_a_failing_entry(tmp_path, public_dns):
    responses.get(SECOND_URL, status=500)
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    [read] = Reader(resolve=public_dns).read(str(path))
    assert read.article is None and read.error == "the server answered HTTP 500"


@responses.activate
def test_feed_entries_pointing_inside_are_refused(tmp_path):
    path = tmp_path / "evil.rss"
    path.write_text(FEED.replace(PAGE_URL, "http://169.254.169.254/latest/").replace(SECOND_URL, "file:///etc/passwd"), encoding="utf-8")
    reads = Reader(FetchPolicy()).read(str(path))
    assert [r.error.split(":")[0] for r in reads] == ["refused", "refused"]
    assert len(responses.calls) == 0


def test_txt_file_keeps_its_header(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(" date 2021-03-04 business\n title: Pier closed\n\nThe pier   closed\non Tuesday.\n\nQuell said so.\n", encoding="utf-8")
    [read] = Reader().read(str(path))
    assert read.article.document == "pier.txt" and read.article.tags == ("business",)
    assert read.article.title == "Pier closed" and _paragraph_texts(read.article) == ["The pier closed on Tuesday.", "Quell said so."]


@pytest.mark.parametrize("name, message", [("a.pdf", "unknown kind of source"), ("missing.txt", "cannot be read")])
def test_unreadable_sources(tmp_path, name, message):
    if name.endswith(".pdf"):
        (tmp_path / name).write_bytes(b"%PDF")
    with pytest.raises(SourceError, match=message):
        Reader().read(str(tmp_path / name))


def test_is_url():
    assert is_url("https://x.example/a") and is_url("file:///etc/passwd")
    assert not is_url("articles/a.txt") and not is_url("C:/x.txt")
