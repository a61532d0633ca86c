"""The open-questions page and the home page: only sections with something in them,
newest brief first, each question linked to its evidence in the article."""

from __future__ import annotations

from datetime import date

from conftest import fixture_entries

from briefgen.config import Project
from briefgen.corpus import build_corpus
from briefgen.corpus.model import Entry
from briefgen.render import render_pages


def _page(project: Project, entries: list[Entry], name: str) -> str:
    return render_pages(project, build_corpus(entries))[name]


def test_no_section_reads_none(project: Project) -> None:
    page = _page(project, fixture_entries(), "questions.md")
    assert "None." not in page and "None yet." not in page
    assert "## Answered" not in page  # no question is answered in the fixtures
    # The example brief has pending, contested and conditional questions, none explicit.
    assert "## Pending" in page and "## Contested" in page and "## Conditional" in page
    assert "## Explicit" not in page


def test_a_corpus_without_questions_says_so_once(project: Project) -> None:
    entries = fixture_entries()
    bare = [
        Entry(e.brief.model_copy(update={"open_questions": []}), e.file, e.document)
        for e in entries
    ]
    page = _page(project, bare, "questions.md")
    assert "None." not in page
    for heading in ("## Pending", "## Contested\n", "## Conditional", "## By actor", "## Answered"):
        assert heading not in page
    assert "Newest open questions" not in _page(project, bare, "index.md")


def test_each_question_links_to_its_evidence(project: Project) -> None:
    page = _page(project, fixture_entries(), "questions.md")
    pending = page.split("## Pending", 1)[1].split("\n## ", 1)[0]
    assert "Will Russia agree to the US-proposed ceasefire deal?" in pending
    assert "· [paragraph " in pending and ".md#p" in pending  # the words in the article
    home = _page(project, fixture_entries(), "index.md")
    assert "## Newest open questions" in home
    assert ".md#p" in home.split("## Newest open questions")[1]


def test_newest_brief_first(project: Project) -> None:
    entries = fixture_entries()
    seed = next(e for e in entries if e.brief.open_questions)
    older = seed.brief.model_copy(
        update={
            "id": "older",
            "date": date(2001, 1, 1),
            "open_questions": [
                q.model_copy(update={"question": "Will the older matter be settled?"})
                for q in seed.brief.open_questions[:1]
            ],
        }
    )
    page = _page(
        project, [*entries, Entry(older, "briefs/older.yaml", seed.document)], "questions.md"
    )
    pending = page.split("## Pending", 1)[1]
    assert pending.index("Will Russia agree") < pending.index("Will the older matter be settled?")
