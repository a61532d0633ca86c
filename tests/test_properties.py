"""Property tests (hypothesis): whatever an article holds, ingest and extract keep their word.

- ingest returns a document or raises ArticleError, never anything else;
- its paragraphs and sentences are spans of its text, in order;
- extraction returns a brief that validates against the schema, whose every position and
  piece of evidence is exactly the article's text at its span.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import ArticleError
from briefgen.extract import extract
from briefgen.ingest import parse_article
from briefgen.schema import Brief, cross_check, source_check

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
    from briefgen.fetch import article_file
    from briefgen.webpage import one_line

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
