"""Read articles (plain text, Markdown with front matter, HTML) into Documents.

A Document keeps the article text untouched: every later span is a character offset into
`Document.text`. For .txt and .md files that text is the file itself (decoded, line endings
normalised to `\\n` as Python's text mode does); for HTML it is the text briefgen extracts
from the markup (`briefgen.ingest.webpage`), whose SHA-256 the brief records. Page furniture
(captions, credits, bylines...: `briefgen.ingest.clutter`) stays in a text or Markdown file's
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

from briefgen.errors import CONTROL, ArticleError, Problem, shown
from briefgen.ingest.clutter import reads_like_title, split_furniture
from briefgen.ingest.segment import sentences_in
from briefgen.inputs import NOT_AN_ADDRESS, is_web_address, parse_yaml

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
        reason = f"unsupported file type '{shown(path.suffix)}' (expected .txt, .md or .html)"
        raise ArticleError(Problem(shown(name), "", reason))
    try:
        # The size before the bytes: a huge file is refused without being read whole.
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(Problem(shown(name), "", _too_large(size)))
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # a file that grew since is caught below
    except OSError as exc:
        reason = f"cannot read ({exc.strerror or exc})"
        raise ArticleError(Problem(shown(name), "", reason)) from None
    return parse_article(data, name, kind)


def _too_large(size: int) -> str:
    return f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})"


# A brief and its pages are named after the article; its temporary file adds 19 bytes and
# most file systems allow 255.
MAX_NAME_BYTES = 200


def name_problem(stem: str) -> str | None:
    """Return why an article's file name cannot name a brief, or None if it can."""
    if CONTROL.search(stem):
        return "its file name holds a line break or control character; rename it"
    if "\\" in stem:
        return "its file name holds a backslash; rename it"
    if stem[:1].isspace() or stem[-1:].isspace():
        return "its file name starts or ends with a space; rename it"
    if stem.startswith("."):
        return "its file name starts with a dot; rename it"
    size = len(stem.encode("utf-8", "surrogateescape"))
    if size > MAX_NAME_BYTES:
        return f"its file name is too long ({size} bytes; the limit is {MAX_NAME_BYTES}); rename it"
    return None


def parse_article(data: bytes, name: str, kind: str = "text") -> Document:
    """Turn an article's bytes into a Document; `kind` is text, markdown or html."""
    if len(data) > MAX_BYTES:
        raise ArticleError(Problem(shown(name), "", _too_large(len(data))))
    bad_name = name_problem(Path(name).stem)
    if bad_name:
        raise ArticleError(Problem(shown(name), "", bad_name))
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


class _FrontMatterLoader(yaml.SafeLoader):
    """Article front matter: plain values only. No aliases (`*a`), which can expand a few
    hundred bytes into gigabytes, and dates read as text, so a date that is no date
    (`2025-13-45`) is a clear error rather than a crash inside the YAML reader."""

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused(self.peek_event().start_mark)
        return super().compose_node(parent, index)  # type: ignore[arg-type]


class _AliasRefused(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        self.mark = mark


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    yaml.SafeLoader.construct_yaml_str,  # type: ignore[type-var]  # the stubs' bound is too narrow
)


def _front_matter(doc: Document) -> int:
    """Read YAML front matter into the document; return where the body starts."""
    match = _FRONT_MATTER.match(doc.text)
    if not match:
        return 0
    name = shown(doc.path)
    try:
        # Line 2 of the file is the front matter's first: line 1 is its `---`.
        meta = (
            parse_yaml(
                match.group(1) or "",
                name,
                field="front matter",
                first_line=2,
                load=lambda text: yaml.load(text, Loader=_FrontMatterLoader),
                error=ArticleError,
            )
            or {}
        )
    except _AliasRefused as exc:
        where = f"line {exc.mark.line + 2}"
        reason = f"YAML aliases (*name) are not allowed ({where})"
        raise ArticleError(Problem(name, "front matter", reason)) from None
    if not isinstance(meta, dict):
        raise ArticleError(Problem(name, "front matter", "must be a mapping of keys to values"))
    for key, value in meta.items():
        target = _FRONT_KEYS.get(key.lower()) if isinstance(key, str) else None
        if target is None or value is None:
            continue
        field = f"front matter: {key}"
        if target == "date":
            doc.date = _as_date(value, name)
            continue
        # Only text is read: str() of a list or a mapping could be any size.
        if not isinstance(value, str):
            raise ArticleError(Problem(name, field, f"must be text, not {_kind_of(value)}"))
        value = _plain_text(value, doc, field)
        if target == "url":
            url = value.strip()
            if not is_web_address(url):
                raise ArticleError(Problem(name, field, NOT_AN_ADDRESS))
            doc.url = url
        else:
            setattr(doc, target, " ".join(value.split()))
    return match.end()


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number (put it in quotes)"
    if isinstance(value, list):
        return "a list"
    return "a mapping" if isinstance(value, dict) else f"a value of type {type(value).__name__}"


# Not characters at all: lone surrogates (only YAML escapes such as "\ud800" make them)
# and the non-characters U+FFFE and U+FFFF; and the C1 controls no text needs.
_NOT_TEXT = re.compile(r"[\ud800-\udfff\ufffe\uffff\x7f-\x84\x86-\x9f]")


def _plain_text(value: str, doc: Document, field: str) -> str:
    """Return a front-matter value without what is not text, with a note if anything went."""
    if not _NOT_TEXT.search(value):
        return value
    doc.warnings.append(f"{shown(doc.path)}: {field}: dropped characters that are not text")
    return _NOT_TEXT.sub("", value)


def _as_date(value: object, path: str) -> dt.date:
    """Return a front-matter date (`2025-03-14`, or a date and time); raise if it is none."""
    if isinstance(value, str):
        text = value.strip()
        for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
            try:
                found = parse(text)
            except ValueError:
                continue
            return found.date() if isinstance(found, dt.datetime) else found
    reason = f"'{_short(value)}' is not a date (YYYY-MM-DD)"
    raise ArticleError(Problem(path, "front matter: date", reason))


def _short(value: object, limit: int = 40) -> str:
    """Return a value shown on one line, cut to `limit` characters (for messages)."""
    text = " ".join(value.split()) if isinstance(value, str) else type(value).__name__
    text = _NOT_TEXT.sub("?", shown(text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    from briefgen.ingest.webpage import read_page

    page = read_page(doc.text)
    doc.text = page.text
    doc.text_sha256 = hashlib.sha256(page.text.encode("utf-8")).hexdigest()
    doc.title, doc.date, doc.url = page.title, page.date, page.url
    doc.outlet, doc.author = page.outlet, page.author
