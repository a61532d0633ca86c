"""`briefgen fetch`: bring articles in from web pages and RSS/Atom feeds.

Each page's article (`briefgen.ingest.webpage`) becomes `articles/<date>-<slug>.md`, with front
matter (title, date, url, outlet, author, fetched) and the extracted text; a feed's
entries are fetched one by one. `fetched.yml`, beside `mkdocs.yml`, records every address
fetched and the text each article holds, so an address is never fetched twice and a text
already saved (a wire story two outlets publish) is kept once, with both addresses noted.
Nothing is overwritten: an existing file is never replaced, a new one gets a new name.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import feedparser
import yaml
from lxml import etree

from briefgen.briefs.store import write_atomic
from briefgen.config import Project
from briefgen.errors import ArticleError, ConfigError, FetchError, Problem
from briefgen.ingest import decode
from briefgen.ingest.web import FEED_TYPES, HTML_TYPES, Client, Response, web_address
from briefgen.ingest.webpage import Page, one_line, read_page
from briefgen.inputs import NOT_AN_ADDRESS, parse_yaml
from briefgen.text.folding import slug as slugify

LEDGER = "fetched.yml"
_HEADER = (
    "# Written by `briefgen fetch`: every address it fetched and the article it gave\n"
    "# (several addresses when outlets published the same text). Keep it with the articles:\n"
    "# no address listed here is fetched again.\n"
)
_SLUG_WORDS = 10


@dataclass
class FetchReport:
    """What a fetch did: lines to print, and the problems (one per address)."""

    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Entry:
    """What a feed says about one of its items."""

    title: str = ""
    date: dt.date | None = None
    author: str | None = None
    outlet: str | None = None


def read_feed_list(path: Path, name: str) -> list[str]:
    """Read a feeds file: a list of addresses, or a mapping with `feeds:` holding one."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(Problem(name, "", f"cannot read ({exc.strerror or exc})")) from None
    except UnicodeDecodeError:
        raise ConfigError(Problem(name, "", "invalid YAML")) from None
    data = parse_yaml(text, name)
    if isinstance(data, dict):
        data = data.get("feeds")
    if not isinstance(data, list):
        raise ConfigError(Problem(name, "feeds", "must be a list of feed addresses"))
    problems = [
        Problem(name, f"feeds[{i}]", NOT_AN_ADDRESS)
        for i, url in enumerate(data)
        if not isinstance(url, str) or web_address(url) is None
    ]
    if problems:
        raise ConfigError(problems)
    return data


def fetch(
    project: Project,
    urls: list[str],
    client: Client,
    now: dt.datetime | None = None,
) -> FetchReport:
    """Fetch every address (an article page or a feed) into the project's articles."""
    now = now or dt.datetime.now(dt.UTC)
    run = _Run(project, client, now, _Ledger.read(project))
    for url in urls:
        run.target(url)
    return run.report


class _Ledger:
    """`fetched.yml`: article path -> {urls, text_sha256}."""

    def __init__(self, path: Path, entries: dict[str, dict]) -> None:
        self.path = path
        self.entries = entries
        self.by_url = {u: a for a, e in entries.items() for u in e["urls"]}
        self.by_text = {e["text_sha256"]: a for a, e in entries.items() if e.get("text_sha256")}

    @classmethod
    def read(cls, project: Project) -> _Ledger:
        path = project.root / LEDGER
        if not path.is_file():
            return cls(path, {})
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise ConfigError(Problem(LEDGER, "", "cannot be read as YAML")) from None
        data = parse_yaml(text, LEDGER) or {}
        entries: dict[str, dict] = {}
        for article, entry in data.items() if isinstance(data, dict) else [(None, None)]:
            urls = entry.get("urls") if isinstance(entry, dict) else None
            if (
                not isinstance(article, str)
                or not isinstance(entry, dict)
                or not isinstance(urls, list)
            ):
                raise ConfigError(
                    Problem(LEDGER, str(article or ""), "must map an article to its urls")
                )
            entries[article] = {
                "urls": [str(u) for u in urls],
                "text_sha256": str(entry.get("text_sha256") or ""),
            }
        return cls(path, entries)

    def add(self, article: str, urls: list[str], text_sha256: str) -> None:
        entry = self.entries.setdefault(article, {"urls": [], "text_sha256": text_sha256})
        for url in urls:
            if url not in entry["urls"]:
                entry["urls"].append(url)
            self.by_url[url] = article
        self.by_text.setdefault(text_sha256, article)
        body = yaml.safe_dump(self.entries, sort_keys=True, allow_unicode=True, width=1000)
        write_atomic(self.path, _HEADER + body)


@dataclass
class _Run:
    project: Project
    client: Client
    now: dt.datetime
    ledger: _Ledger
    report: FetchReport = field(default_factory=FetchReport)

    def target(self, url: str) -> None:
        """Fetch one address given by the user: a page, or a feed of pages."""
        address = web_address(url)
        if address is None:
            self.report.problems.append(
                Problem(url, "", "only http:// and https:// addresses are fetched")
            )
        elif not self._known(url, address):
            try:
                response = self.client.get(address, HTML_TYPES + FEED_TYPES)
            except FetchError as exc:
                self.report.problems.extend(_as(url, exc))
                return
            if _is_feed(response):
                self._feed(url, response)
            else:
                self._page(url, response, _Entry())

    def _known(self, url: str, *addresses: str | None) -> bool:
        for address in addresses:
            article = self.ledger.by_url.get(address or "")
            if article is not None:
                self.report.skipped.append(f"skipped {url}: already fetched ({article})")
                return True
        return False

    def _feed(self, url: str, response: Response) -> None:
        parsed = feedparser.parse(_lean_feed(response.body))
        if parsed.bozo and not parsed.entries:
            self.report.problems.append(Problem(url, "", "not a page or a feed briefgen can read"))
            return
        outlet = _one_line(parsed.feed.get("title", "")) or None
        for number, item in enumerate(parsed.entries, 1):
            link = str(item.get("link") or "")
            address = web_address(link)
            if address is None:
                shown = _one_line(link)[:80] or "none"
                self.report.problems.append(
                    Problem(
                        url, f"entry {number}", f"link '{shown}' is not an http(s) address; skipped"
                    )
                )
                continue
            if self._known(address, address):
                continue
            try:
                page = self.client.get(address, HTML_TYPES)
            except FetchError as exc:
                self.report.problems.extend(exc.problems)
                continue
            published = item.get("published_parsed") or item.get("updated_parsed")
            entry = _Entry(
                title=_one_line(item.get("title", "")),
                date=dt.date(*published[:3]) if published else None,
                author=_one_line(item.get("author", "")) or None,
                outlet=outlet,
            )
            self._page(address, page, entry)

    def _page(self, url: str, response: Response, entry: _Entry) -> None:
        try:
            markup = _decode(response)
        except ArticleError as exc:
            self.report.problems.extend(_as(url, exc))
            return
        page = read_page(markup)
        if not page.text:
            self.report.problems.append(Problem(url, "", "no article text found on the page"))
            return
        canonical = web_address(page.url or "") or response.url
        urls = list(dict.fromkeys(a for a in (web_address(url), response.url, canonical) if a))
        if self._known(url, *urls):
            return
        digest = hashlib.sha256(page.text.encode("utf-8")).hexdigest()
        same = self.ledger.by_text.get(digest)
        if same is not None:
            self.ledger.add(same, urls, digest)
            self.report.skipped.append(
                f"skipped {url}: same text as {same} (its address is noted in {LEDGER})"
            )
            return
        meta: dict[str, object] = {
            "title": page.title or entry.title or None,
            "date": page.date or entry.date,
            "url": canonical,
            "outlet": page.outlet or entry.outlet,
            "author": page.author or entry.author,
            "fetched": self.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        day = page.date or entry.date or self.now.date()
        stem = f"{day.isoformat()}-{_slug(page, entry)}"
        path = _create(self.project.articles, stem, article_file(meta, page.text))
        article = self.project.rel(path)
        self.ledger.add(article, urls, digest)
        self.report.written.append(f"fetched {url} -> {article}")


def article_file(meta: dict[str, object], text: str) -> str:
    """Return a fetched article's file: YAML front matter (empty values left out), the text."""
    meta = {key: value for key, value in meta.items() if value}
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{text}\n"


def _as(url: str, exc: ArticleError | FetchError) -> list[Problem]:
    return [Problem(url, p.field, p.reason) for p in exc.problems]


# What feedparser need not read: entries' bodies, which it sanitises slowly (minutes for
# a few MB of `</`); briefgen fetches each entry's page instead.
_BODIES = frozenset(("description", "encoded", "content", "summary", "subtitle"))
_LONGEST = 2000


def _lean_feed(body: bytes) -> bytes:
    """Return the feed without its entries' text, parsed by lxml in one linear pass."""
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, remove_comments=True
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.Error:
        root = None
    if root is None:
        return b"<rss/>"  # not XML at all: no entries
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).localname in _BODIES:
            element.text = None
            for child in list(element):
                element.remove(child)
        elif element.text and len(element.text) > _LONGEST:
            element.text = element.text[:_LONGEST]  # a title or link longer is no title
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)


def _is_feed(response: Response) -> bool:
    if response.content_type in FEED_TYPES:
        return True
    head = response.body[:512].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")) and b"<html" not in head


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})""", re.IGNORECASE
)


def _decode(response: Response) -> str:
    """Decode a page by its declared charset (header, then meta tag), else as an article."""
    found = _META_CHARSET.search(response.body[:4096])
    for charset in (response.charset, found.group(1).decode() if found else None):
        if not charset:
            continue
        try:
            codecs.lookup(charset)
        except LookupError:
            continue
        if b"\x00" not in response.body:
            return response.body.decode(charset, "replace")
    return decode(response.body, response.url, [])


def _slug(page: Page, entry: _Entry) -> str:
    title = page.title or entry.title or page.text[:80]
    return "-".join(slugify(title).split("-")[:_SLUG_WORDS]) or "article"


def _create(folder: Path, stem: str, text: str) -> Path:
    """Write a new file `stem.md` (or `stem-2.md`...) atomically, never replacing one."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".fetch.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        for n in range(1, 1000):
            path = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
            try:
                os.link(tmp, path)  # fails if the name is taken: nothing is overwritten
                return path
            except FileExistsError:
                continue
        raise ConfigError(Problem(str(folder), "", f"no free name for {stem}.md"))
    finally:
        Path(tmp).unlink(missing_ok=True)


def _one_line(text: object) -> str:
    return one_line(str(text or ""))
