"""Rendering: golden pages, escaping of hostile text, template overrides, safe page writes.

Regenerate the golden pages after an intended change with:

    pytest tests/test_render.py --update-golden
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import pytest
import yaml
from conftest import REPO, brief_entry, fixture_entries, make_project
from mkdocs.utils.meta import get_data

from briefgen.briefs.schema import Brief
from briefgen.config import Project
from briefgen.corpus import build_corpus
from briefgen.corpus.model import Entry
from briefgen.render import FILTERS, SCRIPT, STYLE, brief_slugs, front_matter, render_pages
from briefgen.render.mdtext import cited_paragraph, link, md_inline, md_paragraphs
from briefgen.render.write import MARKER

GOLDEN = REPO / "tests" / "golden"
HOSTILE = [
    "<script>alert(1)</script>",
    "[link](javascript:alert(1))",
    "![img](x.png) <https://example.com> <b onclick=x>bold</b>",
    "{{ 7*7 }} {% raw %} {%- endraw %}",
    '--8<-- "/etc/passwd"',
    "# heading",
    "*stars* _under_ **strong** `code` ~~strike~~",
    "===",
    "---",
    "~~~",
    "    indented code",
    "> quote",
    "1. item",
    "- item",
    "+ item",
    "| a | b |",
    "[ref]: https://example.com",
    "text { #id .cls onclick=x }",
    "&amp; &lt;b&gt; &#60;",
    "<!-- comment -->",
    "back\\slash \\*",
    "line one\n===\nline two\n    - four",
    "\x02wzxhzdk:0\x03 control",
]


def _md(text: str) -> str:
    # As MkDocs does: front matter (the page title) is metadata, not Markdown.
    body = get_data(text)[0] if text.startswith("---\n") else text
    return markdown.markdown(body, extensions=["attr_list", "tables", "toc"])


def _visible(html_text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", html_text)).split())


def _pages(project: Project, entries: list[Entry] | None = None) -> dict[str, str]:
    """Return the Markdown pages (the table-sorting script has its own test)."""
    pages = render_pages(
        project, build_corpus(entries if entries is not None else fixture_entries())
    )
    return {rel: text for rel, text in pages.items() if rel.endswith(".md")}


def test_the_scripts_and_styles_are_marked_and_loaded(project: Project) -> None:
    pages = render_pages(project, build_corpus([]))
    assert pages[SCRIPT].startswith(f"/* {MARKER} */\n// Sort a table by clicking a column heading")
    assert pages[FILTERS].startswith(f"/* {MARKER} */\n// Filter an actor's positions")
    assert pages[STYLE].startswith(f"/* {MARKER} */\n/* Briefing pages")
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["extra_javascript"] == [SCRIPT, FILTERS]
    assert config["extra_css"] == [STYLE]


def test_pages_match_golden(project: Project, update_golden: bool) -> None:
    pages = _pages(project)
    if update_golden:
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for rel, text in pages.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
        return
    golden = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")}
    assert sorted(pages) == sorted(golden), (
        "pages differ; run pytest tests/test_render.py --update-golden"
    )
    for rel, text in pages.items():
        assert text == (GOLDEN / rel).read_text(encoding="utf-8"), (
            f"{rel} differs from tests/golden/{rel}"
        )


def test_rendering_is_deterministic(project: Project) -> None:
    assert _pages(project) == _pages(project, list(reversed(fixture_entries())))


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_shows_exactly_as_written(text: str) -> None:
    out = md_inline(text)
    expected = " ".join(re.sub(r"[\x00-\x1f]", " ", text).split())
    for context in (f"{out}", f"- {out}", f"# {out}", f"Para\n{out}", f"| h |\n| --- |\n| {out} |"):
        rendered = _md(context)
        assert not re.search(
            r"<(script|a|img|b|code|em|strong|h[2-6]|blockquote|pre|ol|hr|del)\b", rendered
        ), (context, rendered)
        assert expected in _visible(rendered), (context, rendered)


def test_paragraphs_keep_breaks_and_stay_inert() -> None:
    out = md_paragraphs("First <b>one</b>.\n\n    # second\n===")
    assert out == "First &lt;b&gt;one&lt;/b&gt;.\n\n\\# second ==="
    assert "<h1" not in _md(out) and "<pre" not in _md(out)


def test_links_only_to_safe_targets() -> None:
    assert link("x", "javascript:alert(1)") == "x"
    assert link("x", "data:text/html,hi") == "x"
    assert link("[a]", "../briefs/a-b.md#p2") == "[\\[a\\]](../briefs/a-b.md#p2)"
    assert link("o", "https://e.com/a b)`|") == "[o](<https://e.com/a%20b)%60%7C>)"
    assert '<a href="https://e.com/a%20b)%60%7C">' in _md(str(link("o", "https://e.com/a b)`|")))


def test_hostile_fixture_is_inert_in_every_page(project: Project) -> None:
    for rel, text in _pages(project).items():
        rendered = _md(text)
        assert "<script>" not in rendered, rel
        assert "javascript:" not in re.sub(
            r"\[link\]\(javascript:alert\(1\)\)", "", _visible(rendered)
        ), rel
        assert 'href="javascript' not in rendered and "<img" not in rendered, rel
    brief = _md(_pages(project)["briefs/001-hostile.md"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in brief
    assert '<p id="p2">--8&lt;-- "/etc/passwd"</p>' in brief
    assert "{{ 7*7 }}" in brief and "{% raw %}" in brief


def test_every_page_starts_with_its_title_and_the_marker(project: Project) -> None:
    pages = _pages(project)
    assert all(
        re.match(r"---\ntitle: .+\n(search:\n  boost: 4\n)?---\n" + re.escape(MARKER) + "\n", text)
        for text in pages.values()
    )
    # Actor pages rank first when their name is searched.
    assert pages["actors/volodymyr-zelensky.md"].startswith(
        "---\ntitle: Volodymyr Zelensky\nsearch:\n  boost: 4\n---\n"
    )


def test_page_titles_cannot_carry_markup() -> None:
    # MkDocs themes print page.title unescaped: only plain words may reach it.
    assert (
        front_matter('<script>alert("x")</script> & {{ 7*7 }}')
        == "---\ntitle: script alert( x ) /script 7*7\n---\n"
    )
    assert front_matter("<>") == "---\ntitle: Untitled\n---\n"


def test_site_template_overrides_packaged_one(project: Project) -> None:
    (project.templates).mkdir()
    (project.templates / "index.md.j2").write_text("# Custom {{ title }} {{ '<b>' }}\n")
    pages = _pages(project)
    assert (
        pages["index.md"] == f"---\ntitle: Briefing\n---\n{MARKER}\n\n# Custom Briefing &lt;b&gt;\n"
    )
    assert pages["questions.md"].startswith(
        f"---\ntitle: Open questions\n---\n{MARKER}\n\n# Open questions"
    )


def test_format_page_lists_every_schema_field(project: Project) -> None:
    page = _pages(project)["format.md"]
    for name, info in Brief.model_fields.items():
        assert f"| `{info.alias or name}` |" in page


def test_missing_article_is_said_and_not_linked(project: Project) -> None:
    entries = fixture_entries()
    entries[0] = Entry(entries[0].brief, entries[0].file, None, "changed")
    pages = _pages(project, entries)
    page = pages["briefs/000-83b8f2cce4d8eb98.md"]
    assert "articles/000\\_83b8f2cce4d8eb98.txt has changed since this brief was written" in page
    assert not re.search(r"\]\(#[cp]\d", page) and not re.search(r"\{ #p\d", page)
    assert "000-83b8f2cce4d8eb98.md#p" not in pages["actors/volodymyr-zelensky.md"]


def test_briefs_whose_names_share_a_slug_get_pages_of_their_own(project: Project) -> None:
    entry = fixture_entries()[0]
    twin = entry.brief.model_copy(update={"id": "000-83b8f2cce4d8eb98"})
    index = entry.brief.model_copy(update={"id": "Index"})
    entries = [entry, Entry(twin, "briefs/000-83b8f2cce4d8eb98.yaml", None)]
    entries.append(Entry(index, "briefs/Index.yaml", None))
    pages = _pages(project, entries)
    assert "briefs/000-83b8f2cce4d8eb98.md" in pages  # the id that is its own slug
    assert "briefs/000-83b8f2cce4d8eb98-0313b81d.md" in pages  # "000_83b8f2cce4d8eb98"
    assert "briefs/index-39c3be11.md" in pages and "briefs/index.md" in pages
    assert brief_slugs(["a b", "a-b", "A_B"]) == brief_slugs(["A_B", "a-b", "a b"])


def test_pages_of_an_empty_corpus(tmp_path: Path) -> None:
    pages = _pages(make_project(tmp_path / "p"), [])
    assert "No briefs yet." in pages["index.md"]
    assert sorted(pages) == [
        "actors/index.md",
        "briefs/index.md",
        "format.md",
        "index.md",
        "questions.md",
    ]


def test_contested_claims_render_inert_and_linked(project: Project) -> None:
    evil = "<script>alert(1)</script> [x](javascript:alert(1)) *Q*"
    claim = f"the troops {evil} were isolated near the river"
    denial = f"the encirclement of the troops {evil}"
    brief = Brief(
        id="c1",
        title=f"Title {evil}",
        date="2025-03-20",
        source={"path": "articles/c1.txt", "sha256": "0" * 64},
        actors=[
            {"id": "a", "name": f"Anna {evil} Smith", "kind": "person"},
            {"id": "b", "name": "General Staff", "kind": "organisation"},
        ],
        positions=[
            {"actor": "a", "kind": "reported", "text": claim, "span": [0, 60], "cue": "said"},
            {"actor": "b", "kind": "reported", "text": denial, "span": [70, 120], "cue": "denied"},
        ],
    )
    pages = _pages(project, [Entry(brief, "briefs/c1.yaml", None)])
    for rel, root in (("questions.md", ""), ("actors/general-staff.md", "../")):
        rendered = _md(pages[rel])
        assert "<script>" not in rendered and 'href="javascript' not in rendered, rel
        assert f"denied: {denial}" in _visible(rendered), rel
        assert f'<a href="{root}briefs/c1.md">' in rendered, rel


def test_answered_questions_move_to_their_own_section(project: Project) -> None:
    entries = fixture_entries()
    seed = entries[0].brief
    first = seed.open_questions[0].model_copy(
        update={
            "status": "answered",
            "note": "Russia agreed on 2025-03-20",
            "link": "https://example.org/a",
        }
    )
    brief = seed.model_copy(update={"open_questions": [first, *seed.open_questions[1:]]})
    entries[0] = Entry(brief, entries[0].file, entries[0].document)
    page = _pages(project, entries)["questions.md"]
    answered = page.split("## Answered", 1)[1]
    assert first.question in answered
    assert "Answered: Russia agreed on 2025-03-20 ([example.org](<https://example.org/a>))" in (
        answered
    )
    assert first.question not in page.split("## Answered", 1)[0]
    assert "By actor" in page


def test_a_passage_is_anchored_on_its_mark_unless_another_passage_shares_it() -> None:
    text = "He said alpha beta gamma and delta."
    alone = cited_paragraph(text, 0, len(text), [(8, 24, 1)])
    assert alone == (
        'He said <mark id="c1">alpha beta gamma</mark>'
        '<a class="bg-back" href="#pos-1" title="Back to the position">↩</a> and delta.'
    )
    # Overlapping passages make one mark; the later one is anchored by an empty span.
    both = cited_paragraph(text, 0, len(text), [(8, 18, 1), (14, 34, 2)])
    assert both.startswith('He said <mark id="c1">alpha <span id="c2"></span>beta')
    assert both.count("<mark") == 1
    # Two passages that open at one place: each keeps its own span.
    twins = cited_paragraph(text, 0, len(text), [(8, 18, 1), (8, 24, 2)])
    assert '<span id="c1"></span><span id="c2"></span><mark>alpha' in twins


def test_an_actor_only_named_in_passing_gets_no_chip_or_row(project: Project) -> None:
    entries = [
        brief_entry(
            "p",
            "2025-02-01",
            [
                ("Ada Vale", "person"),
                {"name": "Ben Orr", "kind": "person", "roles": ["mayor"]},
                ("Cal Dunn", "person"),
            ],
            ["Ada Vale"],
        )
    ]
    pages = render_pages(project, build_corpus(entries))
    brief = next(text for rel, text in pages.items() if rel.startswith("briefs/p"))
    assert "Ada Vale" in brief and "Ben Orr" in brief  # a position; a role
    assert "Cal Dunn" not in brief  # only named: no chip, no row in the actors table
