"""Safe fetching: what is refused (each with one clear line) and the limits, through ``responses``."""

from __future__ import annotations

import pytest
import requests
import responses

from retrieval.errors import SourceError
from retrieval.sources.fetch import HTML_TYPES, FetchPolicy, fetch
from tests.retrieval.sources.conftest import PAGE, PAGE_URL


@pytest.mark.parametrize(
    "url, reason",
    [
        ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
        ("http://10.1.2.3/", "10.1.2.3 is a private address"),
        ("http://192.168.0.1/admin", "192.168.0.1 is a private address"),
        ("http://[::1]:8080/", "::1 is a loopback address"),
        ("http://[::ffff:127.0.0.1]/", "127.0.0.1 is a loopback address"),
        ("http://100.100.100.200/", "is a cloud metadata address"),
        ("http://0.0.0.0/", "0.0.0.0 is the unspecified address"),
        ("http://224.0.0.1/", "224.0.0.1 is not a public address"),
        ("file:///etc/passwd", "only http and https URLs are fetched, not file:"),
        ("ftp://news.example/a", "only http and https URLs are fetched, not ftp:"),
        ("https://user:pw@news.example/", "a URL with a user name or password is not fetched"),
    ],
)
@responses.activate
def test_refused_urls_never_reach_the_network(url, reason, public_dns):
    with pytest.raises(SourceError) as error:
        fetch(url, HTML_TYPES, resolve=public_dns)
    message = str(error.value)
    assert message.startswith(f"{url}: refused: ") and reason in message
    assert "\n" not in message
    assert len(responses.calls) == 0


@responses.activate
def test_a_name_resolving_to_a_private_address_is_refused():
    with pytest.raises(SourceError, match=r"intranet.example/: refused: 10\.0\.0\.7 is a private address"):
        fetch("http://intranet.example/", HTML_TYPES, resolve=lambda host, port: ["93.184.215.14", "10.0.0.7"])
    assert len(responses.calls) == 0


@responses.activate
def test_a_redirect_to_a_private_address_is_refused_before_it_is_followed(public_dns):
    responses.get(PAGE_URL, status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    with pytest.raises(SourceError, match=r"^http://169\.254\.169\.254/latest/meta-data/: refused: .*metadata"):
        fetch(PAGE_URL, HTML_TYPES, resolve=public_dns)
    assert [c.request.url for c in responses.calls] == [PAGE_URL]


@responses.activate
def test_redirects_are_followed_hop_by_hop_and_capped(public_dns):
    responses.get("https://news.example/a", status=301, headers={"Location": "/b"})
    responses.get("https://news.example/b", status=302, headers={"Location": PAGE_URL})
    responses.get(PAGE_URL, body=PAGE, content_type="text/html; charset=utf-8")
    page = fetch("https://news.example/a", HTML_TYPES, resolve=public_dns)
    assert page.url == PAGE_URL and page.body == PAGE.encode() and page.charset == "utf-8"
    assert responses.calls[0].request.headers["User-Agent"].startswith("quotebot/")
    with pytest.raises(SourceError, match="refused: more than 1 redirects"):
        fetch("https://news.example/a", HTML_TYPES, FetchPolicy(max_redirects=1), resolve=public_dns)


@responses.activate
def test_wrong_content_type_status_and_size_are_refused(public_dns):
    responses.get("https://news.example/pdf", body=b"%PDF-1.4", content_type="application/pdf")
    responses.get("https://news.example/gone", status=404, body="no", content_type="text/html")
    responses.get("https://news.example/big", body=b"x" * 2048, content_type="text/html")
    responses.get("https://news.example/lying", body=b"x" * 2048, content_type="text/html", headers={"Content-Length": "10"})
    with pytest.raises(SourceError, match="refused: the content type is application/pdf, not one of"):
        fetch("https://news.example/pdf", HTML_TYPES, resolve=public_dns)
    with pytest.raises(SourceError, match="answered HTTP 404"):
        fetch("https://news.example/gone", HTML_TYPES, resolve=public_dns)
    with pytest.raises(SourceError, match="over the 1,000-byte limit"):
        fetch("https://news.example/big", HTML_TYPES, FetchPolicy(max_bytes=1000), resolve=public_dns)


@responses.activate
def test_timeouts_and_connection_errors_are_one_line(public_dns):
    responses.get("https://news.example/slow", body=requests.ReadTimeout("slow"))
    responses.get("https://news.example/down", body=requests.ConnectionError("refused"))
    with pytest.raises(SourceError, match=r"^https://news.example/slow: no answer within 5 s to connect / 15 s to read$"):
        fetch("https://news.example/slow", HTML_TYPES, resolve=public_dns)
    with pytest.raises(SourceError, match=r"^https://news.example/down: the request failed \(ConnectionError\)$"):
        fetch("https://news.example/down", HTML_TYPES, resolve=public_dns)


@responses.activate
def test_allow_private_lifts_only_the_address_check():
    responses.get("http://127.0.0.1:9/page", body=PAGE, content_type="text/html")
    policy = FetchPolicy(allow_private=True)
    assert fetch("http://127.0.0.1:9/page", HTML_TYPES, policy).body == PAGE.encode()
    with pytest.raises(SourceError, match="only http and https"):
        fetch("file:///etc/passwd", HTML_TYPES, policy)
