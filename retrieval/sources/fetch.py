"""Fetch a web page or feed without being turned against the machine quotebot runs on.

A URL a user pastes in Slack is fetched by the server, so it could point at the server's own
network: ``http://127.0.0.1:6379/``, a router at ``192.168.0.1``, or the cloud metadata service
at ``169.254.169.254`` that hands out credentials. Every request therefore goes through these
checks, each refusal one line naming the URL and the reason:

- only ``http`` and ``https``; no user name or password in the URL;
- the host is resolved and every address it resolves to must be a public one (not loopback,
  private, link-local, shared, multicast, reserved or a metadata address), checked again for
  every redirect, which are followed here one hop at a time, at most ``max_redirects``;
- connect and read timeouts, a size cap (``Content-Length`` and the bytes actually read), and a
  content-type check against what the caller can read;
- a User-Agent naming quotebot.

``allow_private`` lifts the address check only (for a newsroom's own intranet, and for tests
served on 127.0.0.1); the other limits stay. The address check runs twice: on the URL before each
request, so a refusal names the URL, and again on the addresses the connection actually opens
(``retrieval.sources.pinned``), so a name whose DNS answer changes between the two (DNS
rebinding) cannot reach a private address either.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import Callable, Collection
from urllib.parse import urljoin, urlsplit

import requests

from retrieval.errors import SourceError
from retrieval.sources.pinned import PinnedAdapter

__all__ = ["FetchPolicy", "Page", "Resolver", "fetch", "check_url", "check_address", "public_addresses", "HTML_TYPES", "FEED_TYPES", "USER_AGENT"]

USER_AGENT = "quotebot/0.1 (news quote index; fetches articles a user asked it to add)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
# Addresses of cloud metadata services that are not already link-local or private.
_METADATA = frozenset({ipaddress.ip_address("100.100.100.200"), ipaddress.ip_address("fd00:ec2::254")})

Resolver = Callable[[str, int], list[str]]
"""``resolve(host, port)`` -> the IP addresses a connection to ``host`` may reach."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """The limits every fetch obeys."""

    allow_private: bool = False  # QUOTEBOT_ALLOW_PRIVATE_URLS: reach loopback and private addresses
    connect_timeout: float = 5.0  # seconds to open the connection
    read_timeout: float = 15.0  # seconds between bytes of the answer
    max_bytes: int = 5 * 1024 * 1024  # a news page is far smaller; a larger answer is not an article
    max_redirects: int = 5  # more hops than a real site needs (http -> https -> www -> path)


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched answer: where it finally came from, its type and its bytes."""

    url: str  # after redirects
    content_type: str  # media type, lower case, no parameters
    charset: str | None
    body: bytes


def fetch(
    url: str,
    accept: Collection[str],
    policy: FetchPolicy = FetchPolicy(),
    *,
    session: requests.Session | None = None,
    resolve: Resolver | None = None,
) -> Page:
    """GET ``url`` under ``policy``, following redirects one checked hop at a time.

    Args:
        url: an http(s) URL.
        accept: media types the caller can read (see ``HTML_TYPES``, ``FEED_TYPES``).
        policy: timeouts, caps, and whether private addresses may be reached.
        session: the requests session to use (one per call by default).
        resolve: host name resolution (``socket.getaddrinfo`` by default).

    Returns:
        The final page.

    Raises:
        SourceError: the URL or an address is refused, a limit is exceeded, or the request fails.
    """
    own = session is None
    session = session or requests.Session()
    resolve = resolve or _resolve
    current = url
    if not policy.allow_private:
        adapter = PinnedAdapter(lambda host, port: public_addresses(current, host, port, resolve))
        session.mount("http://", adapter)
        session.mount("https://", adapter)
    try:
        for _ in range(policy.max_redirects + 1):
            check_url(current, policy, resolve)
            response = _get(session, current, policy)
            with response:
                if response.status_code in _REDIRECTS and response.headers.get("Location"):
                    current = urljoin(current, response.headers["Location"])
                    continue
                return _page(current, response, accept, policy)
        raise SourceError(f"{url}: refused: more than {policy.max_redirects} redirects")
    finally:
        if own:
            session.close()


def check_url(url: str, policy: FetchPolicy, resolve: Resolver) -> None:
    """Refuse a URL that is not plain http(s) or that reaches a non-public address.

    Raises:
        SourceError: one line naming the URL and why.
    """
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise SourceError(f"{url}: refused: not a valid URL ({error})") from None
    if parts.scheme not in ("http", "https"):
        raise SourceError(f"{url}: refused: only http and https URLs are fetched, not {parts.scheme or 'a bare path'}:")
    if parts.username or parts.password:
        raise SourceError(f"{url}: refused: a URL with a user name or password is not fetched")
    host = parts.hostname
    if not host:
        raise SourceError(f"{url}: refused: the URL names no host")
    if not policy.allow_private:
        public_addresses(url, host, port, resolve)


def public_addresses(url: str, host: str, port: int, resolve: Resolver) -> list[str]:
    """The addresses ``host`` resolves to, when every one of them is public.

    Raises:
        SourceError: the host does not resolve, or one of its addresses is not public.
    """
    try:
        addresses = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        try:
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in resolve(host, port)]
        except (OSError, UnicodeError) as error:
            raise SourceError(f"{url}: cannot resolve {host} ({getattr(error, 'strerror', None) or error})") from None
    if not addresses:
        raise SourceError(f"{url}: cannot resolve {host}")
    for address in addresses:
        check_address(url, address)
    return [str(address) for address in addresses]


def check_address(url: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    """Refuse an address that is not on the public internet.

    Raises:
        SourceError: the address is loopback, private, link-local, a metadata service, or otherwise not global.
    """
    mapped = getattr(address, "ipv4_mapped", None)
    address = mapped or address
    if address in _METADATA or (address.version == 4 and address == ipaddress.ip_address("169.254.169.254")):
        kind = "a cloud metadata address"
    elif address.is_unspecified:
        kind = "the unspecified address (this machine)"
    elif address.is_loopback:
        kind = "a loopback address"
    elif address.is_link_local:
        kind = "a link-local address"
    elif address.is_private:
        kind = "a private address"
    elif not address.is_global or address.is_multicast:
        kind = "not a public address"
    else:
        return
    raise SourceError(
        f"{url}: refused: {address} is {kind} (set QUOTEBOT_ALLOW_PRIVATE_URLS=1 to allow private addresses)"
    )


def _resolve(host: str, port: int) -> list[str]:
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)})


def _get(session: requests.Session, url: str, policy: FetchPolicy) -> requests.Response:
    try:
        return session.get(
            url,
            allow_redirects=False,
            stream=True,
            timeout=(policy.connect_timeout, policy.read_timeout),
            headers={"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1"},
        )
    except requests.Timeout:
        raise SourceError(f"{url}: no answer within {policy.connect_timeout:g} s to connect / {policy.read_timeout:g} s to read") from None
    except requests.RequestException as error:
        raise SourceError(f"{url}: the request failed ({type(error).__name__})") from None


def _page(url: str, response: requests.Response, accept: Collection[str], policy: FetchPolicy) -> Page:
    if response.status_code >= 400 or response.status_code in _REDIRECTS:
        raise SourceError(f"{url}: the server answered HTTP {response.status_code}")
    media, _, params = (response.headers.get("Content-Type") or "").partition(";")
    media = media.strip().lower()
    if media not in accept:
        wanted = ", ".join(sorted(accept))
        raise SourceError(f"{url}: refused: the content type is {media or 'not given'}, not one of {wanted}")
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise SourceError(f"{url}: refused: {int(declared):,} bytes is over the {policy.max_bytes:,}-byte limit")
    body = bytearray()
    try:
        for chunk in response.iter_content(_CHUNK):
            body += chunk
            if len(body) > policy.max_bytes:
                raise SourceError(f"{url}: refused: the answer is over the {policy.max_bytes:,}-byte limit")
    except requests.RequestException as error:
        raise SourceError(f"{url}: the answer broke off ({type(error).__name__})") from None
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return Page(url, media, charset, bytes(body))
