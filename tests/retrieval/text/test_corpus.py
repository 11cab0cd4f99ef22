"""Corpus loading: header, paragraphs, boilerplate, skipped files and errors."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from retrieval.errors import CorpusError
from retrieval.models import SkippedFile
from retrieval.text.boilerplate import is_heading, prose_span
from retrieval.text.corpus import CorpusFile, list_corpus, load_corpus, parse_article, read_article

BODY = "Iran fired missiles at two bases. No casualties were reported."


@pytest.mark.parametrize(
    "header, date, tags",
    [
        (" date 2020-01-08 advertisement", dt.date(2020, 1, 8), ("advertisement",)),
        ("date 2021-03-04 world middle-east", dt.date(2021, 3, 4), ("world", "middle-east")),
        ("\ufeff date 2019-12-31", dt.date(2019, 12, 31), ()),
        ("Date: 2022-05-06 news", dt.date(2022, 5, 6), ("news",)),
        (" date 2020-13-45 news", None, ("news",)),  # shaped like a date, not one: still a header
    ],
)
def test_header(header: str, date: dt.date | None, tags: tuple[str, ...]) -> None:
    text = f"{header}\n\n{BODY}\n"
    article = parse_article("a.txt", text)
    assert (article.date, article.tags) == (date, tags)
    assert [text[p.start : p.end] for p in article.paragraphs] == [BODY]


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\n",  # no header at all
        f"The date 2020-01-08 was set.\n\n{BODY}",  # "date" not at the start of the first line
        f"{BODY}\n\n date 2020-01-08 news\n",  # a header-like line later is no header
    ],
)
def test_no_header(text: str) -> None:
    article = parse_article("a.txt", text)
    assert article.date is None and article.tags == ()
    assert article.paragraphs and article.paragraphs[0].start == 0


def test_paragraphs_index_the_untouched_text() -> None:
    text = " date 2020-01-08 x\n\nFirst paragraph here.\n  \t\nSecond one, on\ntwo lines.\n\n\n\nThird.\n"
    article = parse_article("a.txt", text)
    assert article.text == text
    assert [text[p.start : p.end] for p in article.paragraphs] == [
        "First paragraph here.",
        "Second one, on\ntwo lines.",
        "Third.",
    ]
    assert [p.index for p in article.paragraphs] == [0, 1, 2]


@pytest.mark.parametrize(
    "paragraph, kept",
    [
        # headings and boilerplate paragraphs are left out
        ("“PROPOSAL TOOLS”", None),
        ("BREAKING NEWS", None),
        ("WASHINGTON —", None),
        ("Advertisement", None),
        ("Story continues below advertisement", None),
        ("Reporting by Parisa Hafezi; Editing by Alex Richardson", None),
        ("(Reporting by John Smith; Additional reporting by Jane Doe; Editing by Mark Heinrich)", None),
        ("Our Standards: The Thomson Reuters Trust Principles.", None),
        ("Oil prices jump after strikes", None),
        ("By Parisa Hafezi", None),
        (" .", None),
        # trailing boilerplate is trimmed off real prose
        ("Iran warned allies not to allow attacks from their territories. .",
         "Iran warned allies not to allow attacks from their territories."),
        ("Iran fired rockets at US-led forces in Iraq early Wednesday. Middle East.",
         "Iran fired rockets at US-led forces in Iraq early Wednesday."),
        ("Shares fell sharply in Tokyo on Monday. Asia Pacific.", "Shares fell sharply in Tokyo on Monday."),
        ("Oil rose 4% on Wednesday. World.", "Oil rose 4% on Wednesday."),
        ("Iran said it would respond. Reporting by John Smith; Editing by Jane Doe",
         "Iran said it would respond."),
        ("Iran said it would respond.\nAdvertisement", "Iran said it would respond."),
        ("The cat chased the dog away. Scroll down for video .", "The cat chased the dog away."),
        ("The cat chased the dog away. SCROLL DOWN FOR VIDEOS .", "The cat chased the dog away."),
        ("ADVERTISEMENT\nIran said it would respond.", "Iran said it would respond."),
        # negative rows: prose that only looks like boilerplate stays whole
        ("He asked whether it was over. Nobody replied.", "He asked whether it was over. Nobody replied."),
        ("The deal was signed by Sen. Lindsey Graham.", "The deal was signed by Sen. Lindsey Graham."),
        ("Talks ended without a deal. Nothing.", "Talks ended without a deal. Nothing."),
        ("“We will respond,” he said. “They know it.”", "“We will respond,” he said. “They know it.”"),
        ("The practice was not abandoned. . . .", "The practice was not abandoned. . . ."),
        ("Advertisement revenue at the newspaper fell 12% last year, the company said.",
         "Advertisement revenue at the newspaper fell 12% last year, the company said."),
        ("He said the reporting by state media was false.", "He said the reporting by state media was false."),
        ("The minister said talks with the European Union and the United States would resume next week",
         "The minister said talks with the European Union and the United States would resume next week"),
        ("NATO said it would send more troops.", "NATO said it would send more troops."),
        ("He told reporters:", "He told reporters:"),
        ("The cat chased the dog. Scroll down for video of the chase.",
         "The cat chased the dog. Scroll down for video of the chase."),
    ],
)
def test_boilerplate(paragraph: str, kept: str | None) -> None:
    text = f"{BODY}\n\n{paragraph}\n\n{BODY}"
    start = text.index(paragraph)
    span = prose_span(text, start, start + len(paragraph))
    assert (text[span[0] : span[1]] if span else None) == kept


@pytest.mark.parametrize(
    "line, heading",
    [("“PROPOSAL TOOLS”", True), ("Middle East", True), ("Iraq said 22 rockets were fired.", False),
     ("U.S. troops remain", True), ("“All is well!” Trump said on Twitter.", False)],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_seed_article_leaves_out_boilerplate(seed_paths) -> None:
    for path in seed_paths:
        article = read_article(path)
        prose = [article.text[p.start : p.end] for p in article.paragraphs]
        assert prose
        assert not any(p.startswith(" date ") for p in prose)
        assert not any(p.strip().upper() == p.strip() for p in prose)
        assert not any(p.endswith(". .") for p in prose)


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("binary.txt", b"GIF89a\x00\x01\x02\x00\x00", "binary file"),
        ("controls.txt", "Text\x01\x02\x03\x04\x05 with controls.".encode(), "binary file"),
        ("latin1.txt", "Caf\u00e9 au lait, he said.".encode("latin-1"), "not UTF-8"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t\n", "empty file"),
        ("bom-only.txt", b"\xef\xbb\xbf\n", "empty file"),
        ("header-only.txt", b" date 2020-01-08 advertisement\n", "no article text"),
        # Windows Notepad's "Unicode" is UTF-16: named for what it is, not "binary".
        ("utf16le.txt", "\ufeffThe mayor said the bridge would reopen.".encode("utf-16-le"), "UTF-16 text, not UTF-8"),
        ("utf16.txt", "The mayor said the bridge would reopen.".encode("utf-16"), "UTF-16 text, not UTF-8"),
        ("utf16be.txt", "\ufeffThe mayor said it.".encode("utf-16-be"), "UTF-16 text, not UTF-8"),
        ("utf16-no-bom.txt", "The mayor said the bridge would reopen.".encode("utf-16-le"), "UTF-16 text, not UTF-8"),
        ("utf32.txt", "The mayor said it.".encode("utf-32"), "UTF-32 text, not UTF-8"),
        ("zeros.txt", b"\x00" * 64, "binary file"),  # all NUL: not text in any encoding
    ],
)
def test_bad_files_are_skipped_with_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    good = _write(tmp_path, "good.txt", BODY)
    bad = _write(tmp_path, name, data)
    loaded = load_corpus([tmp_path])
    assert [a.path for a in loaded.articles] == [str(good)]
    assert len(loaded.skipped) == 1
    assert loaded.skipped[0].path == str(bad)
    assert reason in loaded.skipped[0].reason


def test_read_article_raises_for_a_bad_file(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.txt", b"GIF89a\x00\x01\x02\x00\x00")
    with pytest.raises(CorpusError, match="bad.txt: binary"):
        read_article(bad)


@pytest.mark.parametrize(
    "make_paths, message",
    [
        (lambda root: [root / "missing"], "missing: no such file or folder"),
        (lambda root: [root / "good.txt", root / "nope.txt"], "nope.txt: no such file or folder"),
        (lambda root: [root / "empty-folder"], "folder has no .txt files"),
        (lambda root: [root / "only-bad"], "no article could be read"),
        (lambda root: [], "no corpus given"),
    ],
)
def test_corpus_errors(tmp_path: Path, make_paths, message: str) -> None:
    _write(tmp_path, "good.txt", BODY)
    (tmp_path / "empty-folder").mkdir()
    _write(tmp_path, "only-bad/x.txt", b"\x00\x00")
    with pytest.raises(CorpusError, match=message):
        load_corpus(make_paths(tmp_path))


def test_a_corpus_error_carries_the_path_and_the_reason_apart(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.txt", b"")
    with pytest.raises(CorpusError) as caught:
        read_article(bad)
    assert (caught.value.path, caught.value.reason) == (str(bad), "empty file")
    assert "--" not in str(caught.value)  # the library names the thing; a front end adds its option


def test_folders_are_read_recursively_sorted_and_named(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", BODY)
    _write(tmp_path, "a.txt", BODY)
    _write(tmp_path, "sub/c.txt", BODY)
    _write(tmp_path, "sub/notes.md", "# not an article")
    _write(tmp_path, "x/same.txt", BODY)
    _write(tmp_path, "y/same.txt", BODY)
    loaded = load_corpus([tmp_path, tmp_path / "a.txt"])  # a.txt twice: loaded once
    assert [a.document for a in loaded.articles] == ["a.txt", "b.txt", "c.txt", "x/same.txt", "y/same.txt"]
    assert loaded.skipped == ()


def test_bom_and_crlf_keep_offsets(tmp_path: Path) -> None:
    text = "\ufeff date 2020-01-08 news\r\n\r\nFirst paragraph.\r\nStill first.\r\n\r\nSecond paragraph.\r\n"
    path = _write(tmp_path, "crlf.txt", text)
    article = read_article(path)
    assert article.text == text  # decoded exactly: BOM and CRLF kept
    assert article.date == dt.date(2020, 1, 8)
    assert [text[p.start : p.end] for p in article.paragraphs] == ["First paragraph.\r\nStill first.", "Second paragraph."]


@pytest.mark.parametrize(
    "files, expected",
    [
        # Sorted by path components, as Path.rglob sorts: "b/" before "b-c/" although "-" < "/".
        (["b-c/y.txt", "b/x.txt", "a.txt"], ["a.txt", "x.txt", "y.txt"]),
        # Same file name in two folders: named from their nearest common folder.
        (["deep/x/same.txt", "deep/y/same.txt", "top.txt"], ["x/same.txt", "y/same.txt", "top.txt"]),
        # Only *.txt files; upper-case extensions and other files are not articles.
        (["a.txt", "b.TXT", "c.md", "d.txt.bak"], ["a.txt"]),
    ],
)
def test_list_corpus_order_and_names(tmp_path: Path, files: list[str], expected: list[str]) -> None:
    for name in files:
        _write(tmp_path, name, BODY)
    assert [f.document for f in list_corpus([tmp_path])] == expected


def test_list_corpus_reports_size_and_time_of_each_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", BODY)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_123_456_789))
    (listed,) = list_corpus([tmp_path])
    assert listed == CorpusFile(str(path.resolve()), "a.txt", len(BODY.encode()), 1_600_000_000_123_456_789)


def test_list_corpus_lists_a_file_reached_twice_once(tmp_path: Path) -> None:
    real = _write(tmp_path, "corpus/a.txt", BODY)
    (tmp_path / "corpus" / "link.txt").symlink_to(real)
    (tmp_path / "corpus" / "folder-link").symlink_to(tmp_path / "corpus", target_is_directory=True)
    listed = list_corpus([tmp_path / "corpus", real])
    assert [f.path for f in listed] == [str(real.resolve())]


def test_file_too_large_for_an_article_is_skipped_unread(tmp_path: Path) -> None:
    from retrieval.text.corpus import MAX_ARTICLE_BYTES

    good = _write(tmp_path, "good.txt", BODY)
    big = _write(tmp_path, "dump.txt", ("The mayor said the bridge would reopen. " * (MAX_ARTICLE_BYTES // 40 + 1)).encode())
    loaded = load_corpus([tmp_path])
    assert [a.path for a in loaded.articles] == [str(good)]
    assert loaded.skipped == (SkippedFile(str(big), "too large for one article (5.0 MB, over 5 MB); split it into article files"),)
