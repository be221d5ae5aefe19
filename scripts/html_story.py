"""Write a story's Markdown accounts as the web pages a browser would save: `python scripts/html_story.py STORY`.

Each page wraps the article's paragraphs in the furniture of a news site (navigation, a cookie banner, a share
bar, related links, a comment section, a footer) and states its date the way one kind of site does: JSON-LD,
OpenGraph article tags, a <time> element, only a dated URL, or a "Published" line in the text. The pages go to
`sources/<story>/html/`, where `factcheck eval sources/<story>/html claims/<story>.yaml` scores them against the
same gold as the Markdown.
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

from factcheck.ingest import parse_header

DATE_STYLES = ("json-ld", "opengraph", "time-element", "url-only", "published-line")

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
{meta}
</head>
<body>
<div class="cookie-banner" role="dialog">
  <p>We use cookies to personalise content and ads and to analyse our traffic. By continuing to browse you agree to
  our use of cookies.</p>
  <button>Accept all</button> <button>Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{outlet}</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Search"></form>
</header>
<main>
<article>
<h1>{title}</h1>
{byline}
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
{body}
</article>
<aside class="related">
  <h2>More on this story</h2>
  <ul>
    <li><a href="/news/rail-safety-review">Regulator opens review of rail safety rules</a></li>
    <li><a href="/news/bridge-works">Weekend bridge works to close northern line</a></li>
    <li><a href="/news/chemical-transport">How hazardous freight moves through our towns</a></li>
  </ul>
</aside>
<section class="comments" id="comments">
  <h2>Comments (3)</h2>
  <div class="comment"><span class="author">railfan_88</span>
  <p>I ride this line every week and the curve has always felt too fast. Praying for everyone involved.</p></div>
  <div class="comment"><span class="author">K. Morrow</span>
  <p>Why was a passenger train carrying chemicals at all? Someone needs to answer for this.</p></div>
  <div class="comment"><span class="author">localmum</span>
  <p>The school hall volunteers were amazing today, thank you all.</p></div>
</section>
</main>
<footer>
  <p>&copy; 2025 {outlet}. All rights reserved.</p>
  <nav><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a></nav>
</footer>
</body>
</html>
"""


def page(markdown: str, slug: str, style: str) -> str:
    """One account as a saved page whose date is stated in `style`."""
    header, body_start = parse_header(markdown)
    day = dt.date.fromisoformat(header["date"])
    moment = f"{header['date']}T{header.get('time', '00:00')}:00"
    outlet, title = header["outlet"], header["title"]
    site = "".join(c for c in outlet.lower() if c.isalnum())
    url = f"https://www.{site}.example/news/{slug}"
    meta, byline = "", ""
    paragraphs = [p.strip() for p in markdown[body_start:].split("\n\n") if p.strip()]
    if style == "json-ld":
        meta = (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{html.escape(title)}", "datePublished": "{moment}", '
            f'"publisher": {{"@type": "Organization", "name": "{html.escape(outlet)}"}}}}</script>'
        )
    elif style == "opengraph":
        meta = (
            f'<meta property="og:site_name" content="{html.escape(outlet)}">\n'
            f'<meta property="og:title" content="{html.escape(title)}">\n'
            f'<meta property="article:published_time" content="{moment}">'
        )
    elif style == "time-element":
        byline = f'<p class="dateline"><time datetime="{moment}">{day:%d %B %Y}</time></p>'
    elif style == "url-only":
        url = f"https://www.{site}.example/{day:%Y/%m/%d}/{slug}"
    elif style == "published-line":
        clock = dt.time.fromisoformat(header.get("time", "00:00"))
        paragraphs.insert(0, f"Published {day:%B} {day.day}, {day.year}, {clock:%H:%M}")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return PAGE.format(
        title=html.escape(title), outlet=html.escape(outlet), url=url, meta=meta, byline=byline, body=body
    )


def main(story: str) -> None:
    folder = Path("sources") / story
    out = folder / "html"
    out.mkdir(exist_ok=True)
    for number, path in enumerate(sorted(folder.glob("*.md"))):
        style = DATE_STYLES[number % len(DATE_STYLES)]
        (out / f"{path.stem}.html").write_text(page(path.read_text(encoding="utf-8"), path.stem, style), "utf-8")
        print(f"{out / path.stem}.html: date by {style}")


if __name__ == "__main__":
    main(sys.argv[1])
