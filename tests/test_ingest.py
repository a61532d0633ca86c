"""Ingest: formats, offsets, metadata and the one-line errors for unreadable articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import ArticleError
from briefgen.ingest import parse_article, read_article
from briefgen.ingest.segment import sentences_in

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "000_83b8f2cce4d8eb98.txt"


def error_of(data: bytes, name: str = "a.txt", kind: str = "text") -> str:
    with pytest.raises(ArticleError) as info:
        parse_article(data, name, kind)
    return "\n".join(info.value.lines())


def test_seed_date_prefix_is_metadata_and_offsets_stay_in_the_file():
    doc = read_article(SEED)
    assert doc.date == dt.date(2025, 3, 14)
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert len(doc.paragraphs) == 25
    start, end = doc.paragraphs[0]
    assert start == 17  # after " date 2025-03-14 "
    assert doc.text[start:end].startswith("Ukrainian President Volodymyr Zelensky")
    assert doc.title.startswith("Ukrainian President Volodymyr Zelensky")
    assert all(doc.text[s:e] == doc.text[s:e].strip() for s, e in doc.sentences)


def test_title_line_is_taken_off_the_body():
    doc = parse_article(
        b"Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76%.\n\nMore text here.",
        "t.txt",
    )
    assert doc.title == "Ad sales boost Time Warner profit"
    assert doc.title_span == (0, 33)
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Quarterly profits jumped 76%.",
        "More text here.",
    ]


def test_a_long_first_sentence_is_body_not_title():
    text = (
        "This first paragraph is a long sentence of the body that goes on and on well past "
        "twenty words, so it is not a headline at all.\n\nSecond paragraph."
    )
    doc = parse_article(text.encode(), "t.txt")
    assert doc.title_span is None
    assert len(doc.paragraphs) == 2


def test_markdown_front_matter_and_offsets_into_the_whole_file():
    text = (
        "---\ntitle: Talks in Riyadh\ndate: 2025-03-11\nurl: https://example.org/talks\noutlet: Example News\n---\n"
        "# Ignored heading\n\nUkraine said it would accept a ceasefire.\n"
    )
    doc = parse_article(text.encode(), "a.md", "markdown")
    assert (doc.title, doc.date, doc.url, doc.outlet) == (
        "Talks in Riyadh",
        dt.date(2025, 3, 11),
        "https://example.org/talks",
        "Example News",
    )
    ((start, end),) = doc.paragraphs
    assert doc.text[start:end] == "Ukraine said it would accept a ceasefire."
    assert doc.text == text


def test_markdown_heading_is_the_title_without_front_matter():
    doc = parse_article(b"# Big news\n\nSomething happened.\n", "a.md", "markdown")
    assert doc.title == "Big news"


def test_html_keeps_text_and_drops_script():
    html = (
        b"<html><head><title>Page</title><meta property='og:site_name' content='Daily'>"
        b"<script>alert(1)</script></head><body><h1>Headline here</h1>"
        b"<p>First &amp; foremost, he said.</p><p>Second <b>para</b>.</p><style>p{}</style></body></html>"
    )
    doc = parse_article(html, "a.html", "html")
    assert doc.title == "Headline here"
    assert doc.outlet == "Daily"
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "First & foremost, he said.",
        "Second para.",
    ]
    assert "alert" not in doc.text


def test_line_endings_are_normalised():
    doc = parse_article(b"Title\r\n\r\nBody line one.\r\nStill body.", "a.txt")
    assert "\r" not in doc.text
    assert doc.title == "Title"


def test_legacy_8_bit_text_is_read_as_windows_1252_with_a_note():
    doc = parse_article(
        "Chelsea sack Mutu\n\nA \u00a315.8m signing.".encode("cp1252"), "sport/199.txt"
    )
    assert "£15.8m" in doc.text
    assert doc.warnings == ["sport/199.txt: not UTF-8; read as Windows-1252"]


@pytest.mark.parametrize(
    ("data", "name", "kind", "message"),
    [
        (b"", "empty.txt", "text", "empty.txt: empty article (no text)"),
        (b"   \n\n  \n", "blank.txt", "text", "blank.txt: empty article (no text)"),
        (b"\x00\x01\x02", "bin.txt", "text", "bin.txt: binary file, not text"),
        (
            "caf\u00e9 ".encode() + b"\xff",
            "broken.txt",
            "text",
            "broken.txt: not valid UTF-8 (byte 0xff at offset 6)",
        ),
        (
            b"---\ntitle: [unclosed\n---\nBody.",
            "a.md",
            "markdown",
            "a.md: front matter: invalid YAML at line 3",
        ),
        (
            b"---\ndate: soon\n---\nBody.",
            "a.md",
            "markdown",
            "a.md: front matter: date: 'soon' is not a date (YYYY-MM-DD)",
        ),
        (
            b"---\nurl: javascript:alert(1)\n---\nBody.",
            "a.md",
            "markdown",
            "a.md: front matter: url: must be an http:// or https:// address",
        ),
        (
            b"date 2025-02-30 Body text.",
            "a.txt",
            "text",
            "a.txt: date: '2025-02-30' is not a real date",
        ),
    ],
)
def test_unreadable_articles_get_one_clear_line(data, name, kind, message):
    assert error_of(data, name, kind) == message


def test_unsupported_file_type(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(ArticleError) as info:
        read_article(path, "a.pdf")
    assert info.value.lines() == [
        "a.pdf: unsupported file type '.pdf' (expected .txt, .md or .html)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to Washington. He left.", ["Mr. Smith went to Washington.", "He left."]),
        ("George W. Bush spoke. Then he left.", ["George W. Bush spoke.", "Then he left."]),
        ("He lives in the U.S. The move was big.", ["He lives in the U.S.", "The move was big."]),
        ("It costs $1.13bn. Shares rose.", ["It costs $1.13bn.", "Shares rose."]),
        ("“Why not?” Trump asked. He smiled.", ["“Why not?” Trump asked.", "He smiled."]),
        ("“It is over.” She left.", ["“It is over.”", "She left."]),
        (
            "It was right… but there are nuances. Fine.",
            ["It was right… but there are nuances.", "Fine."],
        ),
    ],
)
def test_sentence_splitting(text, expected):
    assert [text[s:e] for s, e in sentences_in(text, 0, len(text))] == expected
