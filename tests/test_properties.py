"""Property tests (hypothesis): whatever an article holds, ingest and extract keep their word.

- ingest returns a document or raises ArticleError, never anything else;
- its paragraphs and sentences are spans of its text, in order;
- extraction returns a brief that validates against the schema, whose every position and
  piece of evidence is exactly the article's text at its span;
- whatever a front-matter value, a date or a file name holds, ingest says why in one line
  naming the file, or the brief written from it reads back whole and its page's front
  matter is valid YAML.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.briefs.schema import Brief, cross_check, source_check
from briefgen.briefs.store import brief_text, parse_stored
from briefgen.errors import ArticleError
from briefgen.extract import extract
from briefgen.ingest import parse_article
from briefgen.render import front_matter, front_matter_problem

# Words and marks that exercise the rules, mixed with any text at all.
PIECES = st.sampled_from(
    [
        "said", "told reporters", "according to", "denied", "is yet to", "if", "unless",
        "he", "She", "they", "the minister", "Mr", "Vladimir Putin", "the Kremlin", "Ms Lee",
        "“", "”", '"', "'", "’", ",", ".", ":", "?", "—", "(", ")", "\n", "\n\n", " ",
        "<script>alert(1)</script>", "{{ 7*7 }}", "--8<--", "# ", "- ", "1. ", "date 2025-01-02",
        "\u200b", "\u202e", "\ufeff", "\r\n", "\r", "\x00",
        "Open this photo in gallery", "(Ravi Singh/CBC)", "READ MORE:", "WATCH |", "By Ana Ruiz",
        "Advertisement", "Follow @ana on Twitter", "Getty Images", "<p>", "</p>", "<article>",
        "<!--", "<a", "</", "<figcaption>", "&lt;b&gt;",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map(" ".join)
KINDS = st.sampled_from(["text", "markdown", "html"])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.binary(max_size=400), kind=KINDS)
def test_ingest_reads_any_bytes_or_says_why(data: bytes, kind: str) -> None:
    try:
        doc = parse_article(data, "articles/x.txt", kind)
    except ArticleError as exc:
        assert len(exc.lines()) == 1 and exc.lines()[0].startswith("articles/x.txt: ")
        return
    for start, end in doc.paragraphs:
        assert 0 <= start < end <= len(doc.text)
    assert doc.paragraphs == sorted(doc.paragraphs)
    for start, end in doc.sentences:
        assert any(ps <= start < end <= pe for ps, pe in doc.paragraphs)
    for start, end in doc.furniture:  # page furniture: lines of the text, in no paragraph
        assert 0 <= start < end <= len(doc.text)
        assert not any(ps < end and start < pe for ps, pe in doc.paragraphs)


@SETTINGS
@given(text=TEXTS, kind=KINDS)
def test_extract_gives_a_valid_brief_tied_to_the_text(text: str, kind: str) -> None:
    try:
        doc = parse_article(text.encode("utf-8"), "articles/x.txt", kind)
    except ArticleError:
        return
    brief = extract(doc)
    assert Brief.model_validate(brief.to_data()) == brief
    assert cross_check(brief) == []
    assert source_check(brief, doc.text) == []
    for position in brief.positions:
        assert doc.text[position.span[0] : position.span[1]] == position.text


ONE_LINE = st.one_of(PIECES, st.text(max_size=40))


@SETTINGS
@given(title=ONE_LINE, author=ONE_LINE, outlet=ONE_LINE, text=TEXTS)
def test_a_fetched_article_file_reads_back_as_fetched(
    title: str, author: str, outlet: str, text: str
) -> None:
    from briefgen.ingest.fetch import article_file
    from briefgen.ingest.webpage import one_line

    meta = {
        "title": one_line(title),
        "date": None,
        "url": "https://news.example/a",
        "outlet": one_line(outlet),
        "author": one_line(author),
    }
    body = "\n\n".join(p for p in (one_line(line) for line in text.split("\n")) if p) or "Text."
    try:
        doc = parse_article(article_file(meta, body).encode("utf-8"), "a.md", "markdown")
    except ArticleError as exc:
        assert exc.lines() == ["a.md: empty article (no text)"]  # a body of "#" headings only
        return
    assert doc.url == "https://news.example/a"
    assert doc.title == (meta["title"] or doc.title)
    assert doc.author == (meta["author"] or None)
    assert doc.outlet == (meta["outlet"] or None)


# Front matter, file names and dates: whatever they hold, one line or a brief that reads back.

# Characters that once broke things: controls, C1 controls, non-characters, line and
# paragraph separators, quotes and YAML's own signs.
ODD = st.sampled_from(
    list("\x00\x07\t\n\r\x1b\x7f\x85\x9f\u2028\u2029\ufeff\ufffe\uffff\\\"'#:&*!|>{}[],%@`- ")
)
ODD_TEXT = st.lists(st.one_of(ODD, st.text(max_size=6)), max_size=20).map("".join)
# A front-matter value as a person might type it: plain, quoted, escaped, a date, YAML syntax.
YAML_VALUES = st.one_of(
    ODD_TEXT.map(lambda t: t.replace("\n", " ")),
    ODD_TEXT.map(lambda t: '"' + t.encode("unicode_escape").decode("ascii").replace('"', "") + '"'),
    st.sampled_from(
        [
            "*a", "&a x", "[1, 2]", "{a: b}", "1984", "yes", "null", "~", "2025-13-45",
            '"\\ud800"', '"\\udfff x"', "!!binary aGk=", "!!python/name:os.system", "|\n  x",
        ]
    ),
)  # fmt: skip
DATES = st.one_of(
    st.dates().map(str),
    st.datetimes().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat() + "+99:00"),
    st.from_regex(r"\A\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2})?)?\Z"),
    ODD_TEXT.map(lambda t: t.replace("\n", " ")),
    st.sampled_from(['"\\ud800"', '"2025-03-14\\udfff"', "!!timestamp 2025-13-45", "*a"]),
)
BODY = "\n\nThe minister said the talks would resume.\n"


def _one_line_or_brief(data: bytes, name: str, kind: str) -> None:
    """Ingest gives one line naming the file, or a brief that is valid YAML and reads back."""
    try:
        doc = parse_article(data, name, kind)
    except ArticleError as exc:
        (line,) = exc.lines()
        assert "\n" not in line and "\r" not in line and "\u2028" not in line
        return
    text = brief_text(extract(doc))
    text.encode("utf-8")  # every character can be written
    assert parse_stored(Path(f"{doc.stem}.yaml"), text, "b.yaml", None).status == "machine"
    assert text.count("\n", 0, text.index("\nschema:")) == 2  # the header is three lines
    page = front_matter(doc.title, 4)
    assert front_matter_problem(page + "x\n") is None
    assert yaml.safe_load(page.split("---\n")[1])["title"]


@SETTINGS
@given(title=YAML_VALUES, outlet=YAML_VALUES, url=YAML_VALUES)
def test_any_front_matter_value_is_one_line_or_a_brief(title: str, outlet: str, url: str) -> None:
    data = f"---\ntitle: {title}\noutlet: {outlet}\nurl: {url}\n---{BODY}".encode()
    _one_line_or_brief(data, "articles/x.md", "markdown")


@SETTINGS
@given(date=DATES)
def test_any_front_matter_date_is_one_line_or_a_date(date: str) -> None:
    _one_line_or_brief(f"---\ndate: {date}\n---{BODY}".encode(), "articles/x.md", "markdown")


@SETTINGS
@given(name=st.one_of(ODD_TEXT, st.text(min_size=190, max_size=260)), kind=KINDS)
def test_any_file_name_is_one_line_or_a_brief(name: str, kind: str) -> None:
    name = name.replace("/", "_") or "x"
    data = b"A title line\n\nThe minister said the talks would resume.\n"
    _one_line_or_brief(data, f"articles/{name}.txt", kind)


@SETTINGS
@given(title=ODD_TEXT)
def test_any_title_line_gives_page_front_matter_that_parses(title: str) -> None:
    data = f"{title.replace(chr(10), ' ')}{BODY}".encode("utf-8", "surrogatepass")
    _one_line_or_brief(data, "articles/x.txt", "text")
