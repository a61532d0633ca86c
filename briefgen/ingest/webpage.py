"""Read a saved or fetched web page: its article text and what its metadata says.

The main content comes from trafilatura (it finds the article among navigation, asides,
cookie banners and related links, and reads title, date, author, site name and canonical
address from meta tags, JSON-LD and the page itself). What it keeps is cut into
paragraphs, page furniture it let through (captions, credits, "READ MORE", bylines:
`briefgen.ingest.clutter`) is left out, and the paragraphs are joined with blank lines: that is
the article's text, the one every span of its brief counts in. The same markup and the
same library versions give the same text; a brief records the text's SHA-256
(`source.text_sha256`), so an upgrade that changes it is noticed, never silently misread.

lxml parses the markup (a C parser, linear in its size, unlike the standard library's
HTMLParser, which can hang on an unclosed `<!--`); nothing in it runs or is fetched.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

from briefgen.ingest.clutter import furniture
from briefgen.inputs import is_web_address

# The libraries log what they could not parse; a page is read or found empty, quietly.
for _name in ("trafilatura", "htmldate", "readability", "justext", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)

# htmldate rejects dates after `max_date` (today, by default): a fixed bound keeps the
# same page giving the same date whenever it is read.
_DATES = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
_BLOCKS = "p h1 h2 h3 h4 h5 h6 li blockquote pre td dd".split()
_SHORT = 250  # characters, trafilatura's own MIN_EXTRACTED_SIZE
_DROP = "script style noscript template svg head nav footer header aside form iframe figure button".split()


@dataclass
class Page:
    """A web page's article: its text (paragraphs split by blank lines) and metadata."""

    text: str
    title: str = ""
    outlet: str | None = None
    date: dt.date | None = None
    author: str | None = None
    url: str | None = None


def read_page(markup: str) -> Page:
    """Return the article of a page of HTML (an empty text when it has none)."""
    import trafilatura  # here, not above: importing it takes over a second

    markup = _CONTROLS.sub(" ", markup)  # lxml refuses them, and no text keeps them
    # A trafilatura Document (a dict only with as_dict=True, never asked for here).
    result: Any
    try:
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
            date_extraction_params=dict(_DATES),
        )
    except Exception:  # a page the library cannot take is read as plain blocks
        result = None
    lines = (result.text or "").split("\n") if result is not None else []
    if sum(len(line) for line in lines) < _SHORT:
        # trafilatura gives short pages its fallback's one run of text; read the blocks.
        lines = _plain_blocks(markup)
    outlet = one_line(result.sitename or "") if result is not None else ""
    title = _without_outlet(one_line(result.title or "" if result is not None else ""), outlet)
    paragraphs = [one_line(line) for line in lines]
    paragraphs = [p for p in paragraphs if p and not furniture(p)]
    # The headline and a standfirst repeated above the article's first sentence.
    first = next((i for i, p in enumerate(paragraphs) if _ENDS_SENTENCE.search(p)), 0)
    del paragraphs[: first if first <= 3 else 0]
    if len(paragraphs) > 1 and title and _same(paragraphs[0], title):
        paragraphs.pop(0)
    page = Page(text="\n\n".join(paragraphs), title=title, outlet=outlet or None)
    if result is not None:
        page.date = _date(result.date)
        page.author = one_line(result.author or "") or None
    page.url = _canonical(markup) or (_web_address(result.url) if result is not None else None)
    return page


_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"”’')\]]*$")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")


def _without_outlet(title: str, outlet: str) -> str:
    """Cut a trailing " | Outlet" or " - BBC News" off a page title."""
    while True:
        parts = _SEPARATORS.split(title)
        last = parts[-1].casefold() if len(parts) > 1 else ""
        name = outlet.casefold()
        if not last or len(last.split()) > 5:
            return title
        if not ((name and (name in last or last in name)) or "news" in last.split()):
            return title
        title = title[: title.rfind(parts[-1])].rstrip(" |-–—:·")


def _canonical(markup: str) -> str | None:
    """Return the page's own address: its canonical link, og:url or JSON-LD url."""
    import json

    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None
    found = root.xpath("//link[@rel='canonical']/@href") + root.xpath(
        "//meta[@property='og:url']/@content"
    )
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                page = item.get("mainEntityOfPage")
                page = page.get("@id") if isinstance(page, dict) else page
                found += [item.get("url"), page]
    for url in found:
        if (address := _web_address(url)) is not None:
            return address
    return None


def _web_address(url: object) -> str | None:
    url = url.strip() if isinstance(url, str) else ""
    return url if is_web_address(url) else None


def _plain_blocks(markup: str) -> list[str]:
    """Return the text of every block of a page, for pages too short for trafilatura."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return []
    for element in list(root.iter(*_DROP)):
        element.drop_tree()
    for br in root.iter("br"):
        br.tail = " " + (br.tail or "")
    main = root.find(".//article")
    main = main if main is not None else root.find(".//main")
    main = main if main is not None else root
    blocks = [b for b in main.iter(*_BLOCKS) if next(b.iterdescendants(*_BLOCKS), None) is None]
    return [block.text_content() for block in blocks]


# Characters no page text should carry: controls (but tab and line ends) and non-characters.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def one_line(text: str) -> str:
    """Return text on one line: whitespace runs as one space, control characters gone."""
    return " ".join(_CONTROLS.sub(" ", text).split())


def _same(a: str, b: str) -> bool:
    fold = lambda s: re.sub(r"\W+", " ", s).casefold().strip()  # noqa: E731
    return fold(a) == fold(b)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
