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
