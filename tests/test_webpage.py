"""Saved news pages: clean article text, metadata from the page, no furniture, no hang."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from briefgen.briefs.schema import source_check
from briefgen.extract import extract
from briefgen.ingest import parse_article, read_article

PAGES = Path(__file__).parent / "fixtures" / "pages"

# (file, title, date, author, outlet, canonical URL, first words, last words, actors there)
SITES = [
    (
        "wordpress.html",
        "Councils warn of pothole backlog",
        dt.date(2025, 3, 10),
        "Jane Ferris",
        "The Westminster Courier",
        "https://westminster-courier.example/2025/03/10/councils-warn-of-pothole-backlog/",
        "Local councils in England face a backlog",
        "called for a ten-year settlement.",
        {"Colin Weir", "Department for Transport"},
    ),
    (
        "bbc.html",
        "Ferry operator fined over lifeboat drills",
        dt.date(2025, 2, 18),
        "Tom Ash",
        "BBC News",
        "https://www.bbc.example/news/articles/c9ferry001",
        "A ferry operator has been fined £320,000",
        "staffing cuts on ferries had gone too far.",
        {"Helen Pryce"},
    ),
    (
        "cbc.html",
        "Halifax council votes to expand bike lanes",
        dt.date(2025, 3, 14),
        "Aimee Lonergan",
        "CBC",
        "https://www.cbc.example/news/canada/nova-scotia/halifax-bike-lanes-1.7461",
        "Halifax regional council voted 12-4",
        "whether it will share the cost.",
        {"Lindell Smith", "Tim Outhit"},
    ),
    (
        "guardian.html",
        "Water companies told to cut leaks by a fifth",
        dt.date(2025, 1, 22),
        "Helena Voss",
        "The Guardian",
        "https://www.theguardian.example/environment/2025/jan/22/water-companies-leaks",
        "Water companies in England and Wales must cut",
        "should face larger fines.",
        {"Daniel Okafor", "Ofwat"},
    ),
    (
        "amp.html",
        "Library hours to be cut at six branches",
        dt.date(2025, 4, 2),
        "Sam Okoye",
        "Northern Echo Online",
        "https://www.northern-echo.example/news/library-hours-cut/",
        "Opening hours at six libraries in County Durham",
        "at a cabinet meeting next month.",
        {"Rosa Lindqvist", "Durham County Council"},
    ),
    (
        "jsonld.html",
        "Grain prices climb after export ban",
        dt.date(2024, 11, 5),
        "Lukas Brandt",
        "Continental Wire",
        "https://continental-wire.example/markets/grain-prices-export-ban-2024-11-05/",
        "BERLIN, Nov 5 - Wheat futures rose",
        "two trade sources said.",
        {"Ines Moreau"},
    ),
]

# Furniture of the pages above; none of it may reach the text, the summary or an actor.
FURNITURE = [
    "cookie",
    "Accept",
    "Privacy",
    "ADVERTISEMENT",
    "Advertisement",
    "advertisement",
    "Switch your energy",
    "READ MORE",
    "Related",
    "Share",
    "Twitter",
    "Facebook",
    "Photograph",
    "Getty",
    "Image",
    "Open this photo",
    "/CBC)",
    "WATCH",
    "Duration",
    "Sign up",
    "newsletter",
    "Most read",
    "Most viewed",
    "More on this story",
    "Follow @",
    "Posted",
    "By ",
    "Reporting by",
    "is a reporter",
    "All rights reserved",
    "Skip to",
    "Top Stories",
    "Recommended",
    "Subscribe",
    "Network would add",  # a standfirst above the first sentence
]


@pytest.mark.parametrize("site", SITES, ids=[s[0] for s in SITES])
def test_saved_news_pages_give_clean_text_and_their_metadata(site):
    name, title, date, author, outlet, url, first, last, speakers = site
    doc = read_article(PAGES / name, f"articles/{name}")
    assert (doc.title, doc.date, doc.author, doc.outlet, doc.url) == (
        title,
        date,
        author,
        outlet,
        url,
    )
    assert doc.text.startswith(first)
    assert doc.text.endswith(last)
    for word in FURNITURE:
        assert word not in doc.text, word
    brief = extract(doc, f"articles/{name}")
    assert brief.source.author == author
    assert brief.source.text_sha256 == hashlib.sha256(doc.text.encode()).hexdigest()
    names = {a.name for a in brief.actors}
    assert speakers <= names, names
    assert author not in names
    assert not any(n in names for n in ("Getty Images", "CBC", "PA", "Reuters"))
    for word in FURNITURE:
        assert word not in brief.summary, word
    # The summary is the lede in the article's own words, past any dateline ("BERLIN, Nov 5 - ").
    assert brief.summary.startswith(first.split(" - ", 1)[-1])
    assert source_check(brief, doc.text) == []


def test_a_page_gives_the_same_text_on_every_read():
    data = (PAGES / "cbc.html").read_bytes()
    first = parse_article(data, "a.html", "html")
    again = parse_article(data, "a.html", "html")
    assert first.text == again.text
    assert first.text_sha256 == again.text_sha256
    assert first.paragraphs == again.paragraphs


def test_a_short_page_keeps_each_block_as_a_paragraph():
    html = (
        b"<html><head><title>Talks</title></head><body><nav>Home News</nav><article>"
        b"<h1>Talks</h1><p>Second <b>round</b> of talks ended.</p><p>Line one<br>line two.</p>"
        b"</article></body></html>"
    )
    doc = parse_article(html, "a.html", "html")
    assert doc.text == "Second round of talks ended.\n\nLine one line two."


@pytest.mark.parametrize(
    "markup",
    [
        "<!--" + "<a" * 300_000,  # hangs the standard library's HTMLParser
        "</" * 3_000_000,
        "<p>" + "<b>" * 100_000 + "deep",
        "<![CDATA[" + "<" * 1_000_000,
    ],
    ids=["unclosed-comment", "end-tags", "deep-nesting", "cdata"],
)
def test_pathological_markup_is_read_or_refused_without_hanging(markup):
    # lxml parses in one linear pass; a hang here would stop the test run (no timer needed).
    try:
        doc = parse_article(markup.encode(), "bad.html", "html")
    except Exception as exc:  # an ArticleError is a fine answer, any other is not
        assert type(exc).__name__ == "ArticleError", exc
        assert str(exc) == "bad.html: empty article (no text)"
    else:
        assert doc.text


def test_markup_and_template_syntax_in_a_page_stay_text():
    body = "".join(
        f"<p>Paragraph {i} says &lt;script&gt;alert(1)&lt;/script&gt; and {{{{ config }}}} "
        f"and [link](javascript:alert(1)) and --8&lt;-- snippets, said the mayor.</p>"
        for i in range(4)
    )
    html = f"<html><body><article><h1>Odd</h1>{body}<script>window.x=1</script></article></body></html>"
    doc = parse_article(html.encode(), "odd.html", "html")
    assert "<script>alert(1)</script>" in doc.text
    assert "{{ config }}" in doc.text
    assert "window.x" not in doc.text


def test_a_change_in_the_derived_text_never_leaves_a_span_on_the_wrong_words(tmp_path, monkeypatch):
    """A library upgrade that changes a page's text: its machine brief is extracted again,
    a reviewed one is kept with a fresh extraction beside it, and check reports no span
    counted in the old text as if it were the new one's."""
    import shutil

    import briefgen.ingest.webpage as webpage
    from briefgen.build import build, check

    root = tmp_path / "site"
    (root / "articles").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parent.parent / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copy(PAGES / "cbc.html", root / "articles" / "machine.html")
    shutil.copy(PAGES / "cbc.html", root / "articles" / "person.html")
    build(root, site=False)
    person = root / "briefs" / "person.yaml"
    person.write_text(
        person.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"),
        encoding="utf-8",
    )
    old = (root / "briefs" / "machine.yaml").read_text(encoding="utf-8")
    real = webpage.read_page

    def upgraded(markup: str) -> webpage.Page:
        page = real(markup)
        page.text = "A sentence the new version finds first.\n\n" + page.text
        return page

    monkeypatch.setattr(webpage, "read_page", upgraded)
    report = build(root, site=False)
    assert report.extracted == ["briefs/machine.yaml"]
    assert report.kept == ["briefs/person.yaml (reviewed)"]
    assert report.notes == [
        "briefs/person.yaml: its article's text changed since it was reviewed; a fresh extraction "
        "is in briefs/fresh/person.yaml to compare"
    ]
    new = (root / "briefs" / "machine.yaml").read_text(encoding="utf-8")
    assert new != old
    assert (
        "text_sha256: "
        + hashlib.sha256(
            upgraded((PAGES / "cbc.html").read_text(encoding="utf-8")).text.encode()
        ).hexdigest()
        in new
    )
    check(root)  # raises on any span that is not the article's text
