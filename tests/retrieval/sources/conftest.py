"""Saved pages and feeds written for the source tests, and a resolver that never asks DNS."""

from __future__ import annotations

from typing import Callable

import pytest

PAGE_URL = "https://news.example/2021/03/harbour-pier"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour closes northern pier after crane collapse | Portville Gazette</title>
<meta property="og:title" content="Harbour closes northern pier after crane collapse">
<meta property="og:site_name" content="Portville Gazette">
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2021-03-04T09:30:00+00:00">
<link rel="canonical" href="https://news.example/2021/03/harbour-pier">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour closes northern pier after crane collapse</h1>
<p>The harbour authority closed the northern pier on Tuesday after a crane collapsed onto the quay during the night shift.</p>
<p>"The pier will stay closed until the crane is removed," said Marta Quell, the harbour master. She said no dockworkers were hurt in the collapse.</p>
<p>Tomas Brenn, leader of the dockworkers union, said the crane had failed a safety inspection last year and should never have been used.</p>
</article>
<aside>Subscribe to our newsletter for the latest news.</aside>
<footer>© 2021 Portville Gazette. All rights reserved.</footer>
</body></html>
"""

SECOND_URL = "https://news.example/2022/09/orchard-harvest"

SECOND_PAGE = """<!DOCTYPE html>
<html><head><title>Record apple harvest in the valley</title>
<meta property="og:site_name" content="Valley Times">
</head><body><article>
<h1>Record apple harvest in the valley</h1>
<p>Apple growers in the valley reported a record harvest this autumn, with more fruit picked than in any year before.</p>
<p>"We picked more apples than ever before," said Lena Okafor, chair of the growers cooperative, at the market on Friday.</p>
</article></body></html>
"""

FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Example Wire</title><link>https://news.example/</link><description>News</description>
<item><title>Harbour pier closed</title><link>{PAGE_URL}</link><pubDate>Thu, 04 Mar 2021 09:30:00 GMT</pubDate></item>
<item><title>Record harvest</title><link>{SECOND_URL}</link><pubDate>Thu, 15 Sep 2022 08:00:00 GMT</pubDate><author>desk@valley.example (Farm Desk)</author></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:x</id><updated>2022-09-15T08:00:00Z</updated>
<entry><title>Record harvest</title><link href="{SECOND_URL}"/><id>urn:1</id><updated>2022-09-15T08:00:00Z</updated></entry>
</feed>
"""

# Public documentation addresses (TEST-NET) would be refused as reserved; these are real public ones.
PUBLIC_ADDRESS = "93.184.215.14"


@pytest.fixture
def public_dns() -> Callable[[str, int], list[str]]:
    """Resolves every name to one public address, so the address check passes without DNS."""
    return lambda host, port: [PUBLIC_ADDRESS]
