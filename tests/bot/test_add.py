"""``quotebot add``: every kind of source stored and answered from, duplicates and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from bot.cli import cli
from retrieval.engine import Engine
from retrieval.text.corpus import load_corpus
from tests.retrieval.sources.conftest import FEED, PAGE, PAGE_URL, SECOND_PAGE, SECOND_URL

PAGE_TITLE = "Harbour closes northern pier after crane collapse"


@pytest.fixture
def folders(tmp_path: Path, corpus: Path) -> dict[str, str]:
    return {"corpus": str(corpus), "index": str(tmp_path / "index")}


def add(folders, *sources: str, json_out: bool = False, env: dict | None = None):
    args = ["add", *sources, "--corpus", folders["corpus"], "--index-dir", folders["index"]] + (["--json"] if json_out else [])
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def ask(folders, question: str) -> dict:
    result = CliRunner().invoke(cli, ["ask", question, "--json", "--corpus", folders["corpus"], "--index-dir", folders["index"]])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_saved_page_is_stored_with_its_header_and_answered_with_title_url_publisher(folders, tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")
    result = add(folders, str(page))
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert line.startswith("Added harbour-closes-northern-pier-after-crane-collapse-")
    assert f": “{PAGE_TITLE}” (2021-03-04, Portville Gazette), " in line and line.endswith(" quotes.")
    [stored] = Path(folders["corpus"]).glob("harbour-closes-*.txt")
    assert stored.read_text(encoding="utf-8").startswith(
        f" date 2021-03-04\n title: {PAGE_TITLE}\n url: {PAGE_URL}\n publisher: Portville Gazette\n author: Ann Lee\n\n"
    )
    answer = ask(folders, "what did Quell say?")
    quote = answer["answers"][0]
    assert quote["document"] == stored.name and quote["speaker"] == "Marta Quell"
    assert (quote["title"], quote["url"], quote["publisher"]) == (PAGE_TITLE, PAGE_URL, "Portville Gazette")
    # The article is in the saved index: a plain corpus listing reads it the same way.
    assert any(a.title == PAGE_TITLE for a in load_corpus([Path(folders["corpus"])]).articles)


def test_the_same_url_or_text_twice_is_not_stored_again(folders, tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")
    assert add(folders, str(page)).exit_code == 0
    files = sorted(Path(folders["corpus"]).rglob("*.txt"))
    rewrapped = tmp_path / "again.jsonl"
    text = load_corpus([p for p in files if p.name.startswith("harbour-closes")]).articles[0]
    body = "\n\n".join(" \n ".join(text.text[p.start : p.end].split(" ")) for p in text.paragraphs)  # other wrapping
    rewrapped.write_text(json.dumps({"text": body, "title": "Another headline"}) + "\n" + json.dumps({"text": "New words entirely.", "url": PAGE_URL}) + "\n", encoding="utf-8")
    result = add(folders, str(page), str(rewrapped))
    assert result.exit_code == 0
    name = next(p.name for p in files if p.name.startswith("harbour-closes"))
    assert result.stdout.splitlines() == [
        f"Already stored: {page} (the same URL is already stored: {name})",  # the page's canonical URL
        f"Already stored: {rewrapped} line 1 (the same text is already stored: {name})",
        f"Already stored: {rewrapped} line 2 (the same URL is already stored: {name})",
    ]
    assert sorted(Path(folders["corpus"]).rglob("*.txt")) == files


def test_jsonl_and_csv_exports(folders, tmp_path):
    jsonl = tmp_path / "cms.jsonl"
    jsonl.write_text(
        json.dumps({"id": "cms-1", "title": "Bridge reopens", "date": "5 March 2021", "url": "https://wire.example/1", "publisher": "Wire",
                    "text": "Mayor Tom Reyes said the bridge would reopen on Friday.\n\nHe said the repairs had cost $2 million."}) + "\n",
        encoding="utf-8",
    )
    csv = tmp_path / "cms.csv"
    csv.write_text('id,title,date,text\ncms-2,Ferry strike,2021-03-06,"Union leader Ida Berg said the ferry strike would last a week."\n', encoding="utf-8")
    result = add(folders, str(jsonl), str(csv), json_out=True)
    assert result.exit_code == 0, result.output
    items = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(i["status"], i["document"], i["title"], i["date"]) for i in items] == [
        ("added", "cms-1.txt", "Bridge reopens", "2021-03-05"),
        ("added", "cms-2.txt", "Ferry strike", "2021-03-06"),
    ]
    assert items[0]["sentences"] == 2 and items[0]["quotes"] == 2 and items[0]["publisher"] == "Wire"
    assert ask(folders, "what did Berg say?")["answers"][0]["document"] == "cms-2.txt"
    assert ask(folders, "what did Reyes say?")["answers"][0]["url"] == "https://wire.example/1"


@responses.activate
def test_a_url_and_a_feed_through_responses(folders):
    responses.get(PAGE_URL, body=PAGE, content_type="text/html; charset=utf-8")
    responses.get("https://news.example/feed.rss", body=FEED, content_type="application/rss+xml")
    responses.get(SECOND_URL, body=SECOND_PAGE, content_type="text/html")
    env = {"QUOTEBOT_ALLOW_PRIVATE_URLS": "1"}  # no DNS in tests: the address check is tested in test_fetch
    result = add(folders, PAGE_URL, env=env)
    assert result.exit_code == 0 and result.stdout.startswith("Added harbour-closes-")
    result = add(folders, "https://news.example/feed.rss", env=env)
    lines = result.stdout.splitlines()
    assert lines[0] == f"Already stored: {PAGE_URL} (the same URL is already stored: {lines[0].rsplit(': ', 1)[1]}"
    assert lines[1].startswith("Added record-apple-harvest-in-the-valley-") and "(2022-09-15, Valley Times)" in lines[1]
    assert ask(folders, "what did Okafor say about apples?")["answers"][0]["url"] == SECOND_URL


@pytest.mark.parametrize(
    "source, line",
    [
        ("http://127.0.0.1/", "Refused http://127.0.0.1/: 127.0.0.1 is a loopback address (set QUOTEBOT_ALLOW_PRIVATE_URLS=1 to allow private addresses)"),
        ("http://169.254.169.254/latest/meta-data/", "Refused http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a cloud metadata address (set QUOTEBOT_ALLOW_PRIVATE_URLS=1 to allow private addresses)"),
        ("file:///etc/passwd", "Refused file:///etc/passwd: only http and https URLs are fetched, not file:"),
    ],
)
@responses.activate
def test_refusals_are_one_line_and_store_nothing(folders, source, line):
    before = sorted(Path(folders["corpus"]).rglob("*"))
    result = add(folders, source)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", line + "\n")
    assert sorted(Path(folders["corpus"]).rglob("*")) == before
    assert not Path(folders["index"]).exists()  # nothing was added, so nothing was indexed
    assert len(responses.calls) == 0


@responses.activate
def test_a_redirect_to_a_private_address_is_refused(folders, monkeypatch):
    import retrieval.sources.fetch as fetch

    monkeypatch.setattr(fetch, "_resolve", lambda host, port: ["93.184.215.14"])  # DNS, not our code
    responses.get(PAGE_URL, status=302, headers={"Location": "http://10.0.0.5/admin"})
    result = add(folders, PAGE_URL)
    assert result.exit_code == 1
    assert result.stderr == f"Refused {PAGE_URL}: http://10.0.0.5/admin: refused: 10.0.0.5 is a private address (set QUOTEBOT_ALLOW_PRIVATE_URLS=1 to allow private addresses)\n"


def test_add_needs_a_folder_to_store_in(tmp_path):
    result = CliRunner().invoke(cli, ["add", "x.html"])
    assert result.exit_code == 2 and "Give --corpus-dir DIR" in result.stderr


def test_answers_after_an_add_equal_a_fresh_build(folders, tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")
    assert add(folders, str(page)).exit_code == 0
    fresh, _ = Engine.from_paths([Path(folders["corpus"])])  # built from scratch, in memory
    indexed, _ = Engine.from_paths([Path(folders["corpus"])], Path(folders["index"]))
    for question in ("what did Quell say?", "who said budget?", "crane", "how many dockworkers?", "said"):
        assert indexed.ask(question, top=20) == fresh.ask(question, top=20)


def test_a_failed_index_update_leaves_nothing_stored(folders, tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    before = sorted(Path(folders["corpus"]).rglob("*"))
    result = add({**folders, "index": str(blocker / "index")}, str(page))
    assert result.exit_code == 1 and result.stderr.startswith("Error: cannot write the index to ")
    assert result.stderr.count("\n") == 1
    assert sorted(Path(folders["corpus"]).rglob("*")) == before  # the article was taken back out


def test_the_folder_to_store_in_must_be_part_of_the_corpus(folders, tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    args = ["add", str(page), "--corpus", folders["corpus"], "--corpus-dir", str(elsewhere), "--index-dir", folders["index"]]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and "is not part of the corpus" in result.stderr and result.stderr.count("\n") == 1
    assert list(elsewhere.iterdir()) == []
