"""Read articles (plain text, Markdown with front matter, HTML) into Documents.

A Document keeps the article text untouched: every later span is a character offset into
`Document.text`. For .txt and .md files that text is the file itself (decoded, line endings
normalised to `\\n` as Python's text mode does); for HTML it is the text briefgen extracts
from the markup (`briefgen.webpage`), whose SHA-256 the brief records. Page furniture
(captions, credits, bylines...: `briefgen.clutter`) stays in a text or Markdown file's
text but out of its paragraphs, so extraction never reads it; HTML text leaves it out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefgen.clutter import reads_like_title, split_furniture
from briefgen.errors import ArticleError, Problem
from briefgen.segment import sentences_in

SUFFIXES = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
MAX_BYTES = 10 * 1024 * 1024

Span = tuple[int, int]


@dataclass
class Document:
    """An article as text with known paragraphs and sentences, and what is known about it."""

    path: str
    text: str
    sha256: str
    title: str = ""
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    text_sha256: str | None = None
    """SHA-256 of `text` when briefgen derived it (HTML); None when it is the file itself."""
    title_span: Span | None = None
    paragraphs: list[Span] = field(default_factory=list)
    furniture: list[Span] = field(default_factory=list)
    """Lines of page furniture (captions, credits, bylines...), left out of `paragraphs`."""
    sentences: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def stem(self) -> str:
        """Return the file name without its extension: the brief's id."""
        return Path(self.path).stem

    def same_as(self, source: Any) -> bool:
        """Tell whether this is the article a brief's `source` was made from: the same bytes
        and, for HTML, the same derived text (a library upgrade may change it)."""
        return self.sha256 == source.sha256 and self.text_sha256 == source.text_sha256

    def paragraph_of(self, offset: int) -> int:
        """Return the 1-based number of the paragraph holding `offset` (0 if none)."""
        i = bisect_right(self.paragraphs, (offset, float("inf"))) - 1
        return i + 1 if i >= 0 and offset < self.paragraphs[i][1] else 0


def read_article(path: Path | str, display: str | None = None) -> Document:
    """Read one article file; raise ArticleError with the file and the reason if it cannot be."""
    path = Path(path)
    name = display or path.as_posix()
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ArticleError(
            Problem(
                name, "", f"unsupported file type '{path.suffix}' (expected .txt, .md or .html)"
            )
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(Problem(name, "", f"cannot read ({exc.strerror or exc})")) from None
    return parse_article(data, name, kind)


def parse_article(data: bytes, name: str, kind: str = "text") -> Document:
    """Turn an article's bytes into a Document; `kind` is text, markdown or html."""
    if len(data) > MAX_BYTES:
        raise ArticleError(
            Problem(name, "", f"too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
        )
    warnings: list[str] = []
    text = decode(data, name, warnings)
    doc = Document(path=name, text=text, sha256=hashlib.sha256(data).hexdigest(), warnings=warnings)
    if kind == "markdown":
        body = _front_matter(doc)
        _blocks(doc, body, markdown=True)
    elif kind == "html":
        _html_text(doc)
        _blocks(doc, 0, title_line=False)
    else:
        body = _date_prefix(doc)
        _blocks(doc, body)
    if not doc.paragraphs:
        raise ArticleError(Problem(name, "", "empty article (no text)"))
    for start, end in doc.paragraphs:
        doc.sentences.extend(sentences_in(doc.text, start, end))
    if not doc.title:
        doc.title = _title_from(doc.text[slice(*doc.sentences[0])])
    return doc


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode(data: bytes, name: str, warnings: list[str]) -> str:
    """Decode article bytes: UTF-8 (BOM allowed); legacy 8-bit files as Windows-1252."""
    if b"\x00" in data:
        raise ArticleError(Problem(name, "", "binary file, not text"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A file with valid multibyte UTF-8 and bad bytes is damaged UTF-8; guessing
        # would corrupt it. A file with none is an old 8-bit file: Windows-1252.
        if _UTF8_MULTIBYTE.search(data):
            raise ArticleError(
                Problem(
                    name,
                    "",
                    f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                )
            ) from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(
                Problem(
                    name,
                    "",
                    f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                )
            ) from None
        warnings.append(f"{name}: not UTF-8; read as Windows-1252")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)", re.IGNORECASE)


def _date_prefix(doc: Document) -> int:
    """Take a leading `date YYYY-MM-DD` off the text; return where the body starts."""
    match = _DATE_PREFIX.match(doc.text)
    if not match:
        return 0
    try:
        doc.date = dt.date.fromisoformat(match.group(1))
    except ValueError:
        raise ArticleError(
            Problem(doc.path, "date", f"'{match.group(1)}' is not a real date")
        ) from None
    return match.end()


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEYS = {
    "title": "title",
    "date": "date",
    "url": "url",
    "source_url": "url",
    "source": "url",
    "link": "url",
    "outlet": "outlet",
    "publisher": "outlet",
    "author": "author",
    "byline": "author",
}


def _front_matter(doc: Document) -> int:
    """Read YAML front matter into the document; return where the body starts."""
    match = _FRONT_MATTER.match(doc.text)
    if not match:
        return 0
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise ArticleError(Problem(doc.path, "front matter", f"invalid YAML{where}")) from None
    if not isinstance(meta, dict):
        raise ArticleError(Problem(doc.path, "front matter", "must be a mapping of keys to values"))
    for key, value in meta.items():
        target = _FRONT_KEYS.get(str(key).lower())
        if target is None or value is None:
            continue
        if target == "date":
            doc.date = _as_date(value, doc.path)
        elif target == "url":
            url = str(value).strip()
            if not re.match(r"^https?://[^\s<>\"]+$", url):
                raise ArticleError(
                    Problem(
                        doc.path, f"front matter: {key}", "must be an http:// or https:// address"
                    )
                )
            doc.url = url
        else:
            setattr(doc, target, " ".join(str(value).split()))
    return match.end()


def _as_date(value: object, path: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ArticleError(
            Problem(path, "front matter: date", f"'{value}' is not a date (YYYY-MM-DD)")
        ) from None


_BLOCK = re.compile(r"[^\n]+(?:\n[ \t]*\S[^\n]*)*")


def _blocks(doc: Document, start: int, markdown: bool = False, title_line: bool = True) -> None:
    """Find the title line and the body paragraphs from `start` on."""
    text = doc.text
    blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(text, start)]
    blocks = [_strip(text, s, e) for s, e in blocks]
    blocks = [(s, e) for s, e in blocks if s < e]
    # A line that ends a sentence and a line that starts one are two paragraphs even
    # without a blank line between them; hard-wrapped lines of one paragraph stay joined.
    blocks = [piece for s, e in blocks for piece in _lines_as_paragraphs(text, s, e)]
    blocks, doc.furniture = split_furniture(text, blocks)
    if markdown:
        body = []
        for s, e in blocks:
            heading = re.match(r"#{1,6}[ \t]+(.*?)[ \t#]*$", text[s:e])
            if heading and "\n" not in text[s:e]:
                if not doc.title and text[s:e].startswith("# "):
                    doc.title = " ".join(heading.group(1).split())
                    doc.title_span = (s + heading.start(1), s + heading.end(1))
                continue
            body.append((s, e))
        blocks = body
    elif title_line and len(blocks) > 1 and reads_like_title(text[slice(*blocks[0])]):
        s, e = blocks.pop(0)
        doc.title_span = (s, e)
        if not doc.title:
            doc.title = _clean_title(text[s:e])
    doc.paragraphs = blocks


_PARAGRAPH_BREAK = re.compile(r"(?<=[.!?\"”’)])[ \t]*\n(?=[ \t]*[\"“‘'(\-—–•*]?[A-Z0-9])")


def _lines_as_paragraphs(text: str, start: int, end: int) -> list[Span]:
    """Split a block at line breaks that end one sentence and start the next."""
    out = []
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        out.append(_strip(text, start, m.start()))
        start = m.end()
    out.append(_strip(text, start, end))
    return [(s, e) for s, e in out if s < e]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _clean_title(line: str) -> str:
    line = " ".join(line.split())
    if line.endswith(".") and not line.endswith(".."):
        line = line[:-1]
    return line


def _title_from(sentence: str, limit: int = 90) -> str:
    """Make a title from a first sentence, cut at a word boundary."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _html_text(doc: Document) -> None:
    """Replace the markup with the page's article text; take its metadata."""
    from briefgen.webpage import read_page

    page = read_page(doc.text)
    doc.text = page.text
    doc.text_sha256 = hashlib.sha256(page.text.encode("utf-8")).hexdigest()
    doc.title, doc.date, doc.url = page.title, page.date, page.url
    doc.outlet, doc.author = page.outlet, page.author
