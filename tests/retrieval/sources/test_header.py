"""The article header: today's date line reads as before, the new fields round-trip."""

from __future__ import annotations

import datetime as dt

import pytest

from retrieval.sources.header import Header, parse_header, render_header


@pytest.mark.parametrize(
    "text, header, body",
    [
        (" date 2020-01-08 advertisement\n\nIran fired.", Header(dt.date(2020, 1, 8), ("advertisement",)), "\nIran fired."),
        ("\ufeff date 2020-01-08\r\nBody.", Header(dt.date(2020, 1, 8)), "Body."),
        ("date: 2020-01-08 a b\nBody.", Header(dt.date(2020, 1, 8), ("a", "b")), "Body."),
        (" date 2020-13-45 x\nBody.", Header(None, ("x",)), "Body."),
        (
            " date 2021-03-04\n title: Pier closed\n url: https://news.example/p\n publisher: Gazette\n author: Ann Lee\n\nBody.",
            Header(dt.date(2021, 3, 4), (), "Pier closed", "https://news.example/p", "Gazette", "Ann Lee"),
            "\nBody.",
        ),
        (" title: Undated piece\n\nBody.", Header(title="Undated piece"), "\nBody."),
        # Not headers: prose, a field with no value, a field twice, a key without its colon.
        ("The date 2020-01-08 was chosen.", Header(), "The date 2020-01-08 was chosen."),
        (" title:\nBody.", Header(), " title:\nBody."),
        (" title: A\n title: B\nBody.", Header(title="A"), " title: B\nBody."),
        ("Title Page\nBody.", Header(), "Title Page\nBody."),
    ],
)
def test_parse_header(text, header, body):
    parsed, start = parse_header(text)
    assert parsed == header
    assert text[start:] == body


def test_render_then_parse_gives_the_header_back():
    header = Header(dt.date(2021, 3, 4), ("business",), "A  title\nover lines", "https://x.example/a", "Gazette", "Ann Lee")
    text = render_header(header)
    assert text == " date 2021-03-04 business\n title: A title over lines\n url: https://x.example/a\n publisher: Gazette\n author: Ann Lee\n"
    parsed, start = parse_header(text + "\nBody.")
    assert parsed == Header(dt.date(2021, 3, 4), ("business",), "A title over lines", "https://x.example/a", "Gazette", "Ann Lee")
    assert start == len(text)
    assert render_header(Header()) == ""
