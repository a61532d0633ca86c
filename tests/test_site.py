"""Build the fixture site with strict MkDocs, in-process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import fixture_entries, make_project

from briefgen.config import Project
from briefgen.corpus import build_corpus
from briefgen.errors import SiteError
from briefgen.render import render_pages
from briefgen.render.write import write_pages
from briefgen.site import build_site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_project(tmp_path_factory.mktemp("site") / "project")
    write_pages(project.docs, render_pages(project, build_corpus(fixture_entries())))
    build_site(project)
    return project


def test_site_has_home_actor_pages_and_search(built: Project) -> None:
    site = built.site
    assert (site / "index.html").is_file()
    assert "Putin cannot exit this war" in (site / "actors" / "volodymyr-zelensky.html").read_text()
    index = json.loads((site / "search" / "search_index.json").read_text())
    assert any("Putin cannot exit this war" in doc["text"] for doc in index["docs"])
    assert not list(site.parent.glob(f".{site.name}.*")), "temporary build folders left behind"
    for page in ("index.html", "404.html"):
        assert "\n  " not in (site / page).read_text(), f"{page} is not compacted"


def test_no_article_script_reaches_the_site(built: Project) -> None:
    hostile = built.site / "briefs" / "001-hostile.html"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile.read_text()
    data = built.site / "data"
    for path in built.site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".js"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert "<script>alert(1)</script>" not in text, path
            if path.parent != data:  # the data files hold the text as written, escaped
                assert "\\u003cscript\\u003ealert" not in text, path
            assert 'href="javascript:' not in text, path
    briefs = json.loads((data / "briefs.json").read_text(encoding="utf-8"))
    hostile = next(b for b in briefs["briefs"] if b["id"] == "001_hostile")
    assert hostile["title"] == (
        "Putin says <script>alert(1)</script> is *stars* & [link](javascript:alert(1))"
    )


def test_broken_link_fails_and_keeps_the_old_site(built: Project) -> None:
    page = built.docs / "briefs" / "broken.md"
    page.write_text("# Broken\n\n[nowhere](nope.md)\n")
    try:
        with pytest.raises(SiteError) as caught:
            build_site(built)
    finally:
        page.unlink()
    assert any("nope.md" in line for line in caught.value.lines()), caught.value.lines()
    assert (built.site / "index.html").is_file()
    assert not list(built.site.parent.glob(f".{built.site.name}.*"))


def fresh_site(folder: Path) -> Project:
    project = make_project(folder / "project")
    write_pages(project.docs, render_pages(project, build_corpus(fixture_entries())))
    build_site(project)
    return project


def test_rebuild_replaces_the_site(tmp_path: Path) -> None:
    built = fresh_site(tmp_path)
    stale = built.site / "stale.html"
    stale.write_text("old")
    (built.docs / "notes.md").write_text("# Notes\n")
    assert not build_site(built).reused
    assert not stale.exists() and (built.site / "notes.html").is_file()


def test_a_site_built_from_the_same_files_is_kept(tmp_path: Path) -> None:
    built = fresh_site(tmp_path)
    first = (built.site / "index.html").stat().st_mtime_ns
    assert build_site(built).reused
    assert (built.site / "index.html").stat().st_mtime_ns == first
    # Any change to what the site is made from rebuilds it: a page, the config.
    (built.docs / "index.md").write_text((built.docs / "index.md").read_text() + "\nMore.\n")
    assert not build_site(built).reused
    config = built.config_file.read_text(encoding="utf-8")
    built.config_file.write_text(config.replace("site_name:", "site_name: X #"), encoding="utf-8")
    assert not build_site(built).reused
    assert build_site(built).reused
    # A site removed by hand is built again.
    shutil.rmtree(built.site)
    assert not build_site(built).reused and (built.site / "index.html").is_file()
