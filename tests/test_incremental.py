"""Incremental site builds: only changed pages rendered, the same bytes as a clean build."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import set_search

from briefgen import build as build_module
from briefgen.build import build
from briefgen.cli import main
from briefgen.commands.scaffold import init_site
from briefgen.errors import SiteError
from briefgen.site import parallel, search

pytestmark = pytest.mark.skipif(
    search.pagefind_binary() is None, reason="incremental builds are for Pagefind sites"
)

SHARD_PAGES = search.SHARD_PAGES  # what a briefgen process started by a test uses
PEOPLE = ["Marta Quill", "Osei Brandt", "Lena Farrow", "Tomas Rigg", "Ada Penhallow"]


def story(n: int, extra: str = "") -> str:
    """A short article of its own: a date, a title, two people who each say something."""
    one, two = PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 2) % len(PEOPLE)]
    return (
        f"date 2024-03-{1 + n % 28:02}\n"
        f"Harbour plan number {n} goes to the council\n\n"
        f'{one}, the harbour master, said: "The plan for berth {n} is ready." {extra}\n\n'
        f'"We have not seen the costs," {two} told the meeting.\n'
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Pagefind site of six articles, with search shards of two pages."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the sitemap's date
    monkeypatch.setattr(search, "SHARD_PAGES", 2)
    root = tmp_path / "project"
    init_site(root)
    for path in (root / "articles").iterdir():
        path.unlink()
    for n in range(6):
        (root / "articles" / f"s{n}.txt").write_text(story(n), encoding="utf-8")
    set_search(root, "pagefind")
    return root


def site_files(root: Path) -> dict[str, bytes]:
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def clean_build(root: Path, where: Path) -> dict[str, bytes]:
    """Build a copy of the project's inputs from nothing; return its site's files."""
    shutil.rmtree(where, ignore_errors=True)
    shutil.copytree(root, where, ignore=shutil.ignore_patterns("site", ".briefgen-cache", ".site*"))
    report = build(where, jobs=1)
    assert report.site_mode == "full"
    return site_files(where)


def assert_same_as_clean(root: Path, tmp_path: Path) -> None:
    ours, clean = site_files(root), clean_build(root, tmp_path / "clean")
    assert sorted(ours) == sorted(clean)
    differ = [name for name in ours if ours[name] != clean[name]]
    assert differ == []


def test_every_step_gives_the_bytes_of_a_clean_build(project: Path, tmp_path: Path) -> None:
    first = build(project, jobs=1)
    assert (first.site_mode, first.site_reason) == ("full", "no previous build recorded")
    articles = project / "articles"

    def step(mode: str) -> build_module.Report:
        report = build(project, jobs=1)
        assert report.site_mode == mode, report.site_reason
        assert_same_as_clean(project, tmp_path)
        return report

    # add an article: its brief page, its people's pages and the section pages
    (articles / "s6.txt").write_text(story(6), encoding="utf-8")
    added = step("incremental")
    assert "briefs/s6.md" in added.rendered and "briefs/s1.md" not in added.rendered
    # ... and only those pages' Markdown was rendered again (briefgen.render.pagecache)
    assert "briefs/s6.md" in added.renders and "briefs/index.md" in added.renders
    assert "briefs/s1.md" not in added.renders and not added.pages_reason
    # someone new, in one brief (no page), then in a second: now a page, and the first
    # brief's page links to it
    newcomer = 'Iris Vantongeren, the treasurer, said: "The budget is set."'
    (articles / "s7.txt").write_text(story(7, newcomer), encoding="utf-8")
    assert "briefs/s7.md" in step("incremental").renders
    (articles / "s8.txt").write_text(story(8, newcomer), encoding="utf-8")
    second = step("incremental")
    assert {"briefs/s7.md", "briefs/s8.md", "actors/iris-vantongeren.md"} <= set(second.renders)
    assert added.indexed and len(added.indexed) < len(search.shard_plan(list(site_files(project))))
    # change one
    (articles / "s2.txt").write_text(story(2, "Work starts in May."), encoding="utf-8")
    assert "briefs/s2.md" in step("incremental").rendered
    # remove one: its page goes, and the pages that linked to it are rendered again
    (articles / "s3.txt").unlink()
    removed = step("incremental")
    assert "briefs/index.md" in removed.rendered and "briefs/s1.md" not in removed.rendered
    # edit a brief by hand
    brief = project / "briefs" / "s4.yaml"
    text = brief.read_text(encoding="utf-8")
    brief.write_text(text.replace("number 4", "number four"), encoding="utf-8")
    assert step("incremental").rendered
    # actors.yml: a description for one person
    with open(project / "actors.yml", "a", encoding="utf-8") as handle:
        handle.write("marta-quill:\n  name: Marta Quill\n  kind: person\n")
        handle.write("  description: Harbour master.\n")
    step("incremental")
    # a page template of the site's own: every brief page changes
    (project / "templates").mkdir(exist_ok=True)
    template = (Path(build_module.__file__).parent.parent / "templates" / "brief.md.j2").read_text()
    (project / "templates" / "brief.md.j2").write_text(template + "\nEnd of brief.\n")
    own = step("incremental")
    assert own.pages_reason == "templates/brief.md.j2 overrides a page template"
    assert "briefs/s1.md" in own.renders
    # a setting: every page may change
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_name: Briefing", "site_name: Harbour"))
    assert step("full").site_reason == "mkdocs.yml changed"


def test_summary_line_says_how_the_site_was_built(project: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(project), "--jobs", "1"])
    assert "site in " in first.output and "(full build: no previous build recorded)" in first.output
    (project / "articles" / "s6.txt").write_text(story(6), encoding="utf-8")
    second = runner.invoke(main, ["build", str(project), "--jobs", "1"])
    assert second.exit_code == 0, second.output
    assert "(incremental: " in second.output and " pages rendered, " in second.output
    assert "search shards indexed)" in second.output
    third = runner.invoke(main, ["build", str(project), "--jobs", "1"])
    assert "(unchanged)" in third.output


def test_clean_rebuilds_every_page(project: Path) -> None:
    build(project, jobs=1)
    (project / "articles" / "s6.txt").write_text(story(6), encoding="utf-8")
    report = build(project, jobs=1, clean=True)
    assert (report.site_mode, report.site_reason) == ("full", "--clean")
    assert build(project, jobs=1, clean=True).site_mode == "full"  # even with nothing new


def test_nothing_new_reads_no_article(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(project, jobs=1)
    before = site_files(project)

    def no_reading(*args: object) -> None:
        raise AssertionError("read the articles")

    with monkeypatch.context() as patch:
        patch.setattr(build_module, "ingest_all", no_reading)
        again = build(project, jobs=1)
    assert again.site_unchanged and again.extracted == [] and len(again.reused) == 6
    assert site_files(project) == before
    # Any file touched, even with the same bytes, means a real build (which finds nothing).
    article = project / "articles" / "s1.txt"
    article.write_bytes(article.read_bytes())
    checked = build(project, jobs=1)
    assert checked.site_unchanged and checked.pages == []


def test_a_site_restored_from_a_cache_still_builds_incrementally(
    project: Path, tmp_path: Path
) -> None:
    build(project, jobs=1)
    site = project / "site"
    # As CI restores a cached site: the same bytes in new files with new times.
    shutil.copytree(site, project / "copy")
    shutil.rmtree(site)
    os.replace(project / "copy", site)
    (project / "articles" / "s6.txt").write_text(story(6), encoding="utf-8")
    assert build(project, jobs=1).site_mode == "incremental"
    assert_same_as_clean(project, tmp_path)


def test_a_site_changed_by_hand_is_rebuilt_in_full(project: Path, tmp_path: Path) -> None:
    build(project, jobs=1)
    page = project / "site" / "briefs" / "s1.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- an edit -->", encoding="utf-8")
    (project / "articles" / "s6.txt").write_text(story(6), encoding="utf-8")
    report = build(project, jobs=1)
    assert (report.site_mode, report.site_reason) == ("full", "site/ is not the last build's")
    assert_same_as_clean(project, tmp_path)


def test_shards_depend_on_the_pages_only() -> None:
    many = 3 * search.SHARD_PAGES  # three shards' worth: four shards
    pages = [f"briefs/b{n}.html" for n in range(many)] + ["index.html", "briefs/index.html"]
    plan = search.shard_plan(pages)
    assert plan[""] == ["briefs/index.html", "index.html"]
    assert sorted(name for name in plan if name) == [f"b4-{n}" for n in range(4)]
    assert sum(len(members) for members in plan.values()) == len(pages)
    assert search.shard_plan(list(reversed(pages))) == plan
    # One more page keeps every other page where it was, unless the count doubles.
    more = search.shard_plan([*pages, "briefs/new.html"])
    assert {k: [p for p in v if p != "briefs/new.html"] for k, v in more.items()} == plan


@pytest.mark.skipif(sys.platform != "linux", reason="kills a process with SIGKILL")
def test_a_killed_incremental_build_leaves_a_whole_site(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SHARD_PAGES", SHARD_PAGES)  # as in the killed processes
    build(project, jobs=1)
    command = [sys.executable, "-m", "briefgen", "build", str(project), "--jobs", "1"]
    env = {**os.environ, "CI": "true"}
    # An incremental build here takes about a second: kill it at six moments across that.
    delays = sorted(random.Random(18).sample(range(2, 24), 6))
    for round_, tenth in enumerate(delays):
        before = site_files(project)
        article = project / "articles" / f"s{round_ % 6}.txt"
        article.write_text(story(round_, f"Round {round_}."), encoding="utf-8")
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(tenth / 20)
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed = site_files(project)
        finished = build(project, jobs=1)
        # The site a kill leaves is the previous one or the new one, never a mix.
        assert killed == before or killed == site_files(project), f"a mix at {tenth / 20} s"
        assert finished.site is not None
    assert not list(project.glob(".site.*")), "leftover staging folders"


def test_with_materials_search_every_build_is_full(project: Path) -> None:
    set_search(project, "material")
    build(project, jobs=1)
    (project / "articles" / "s6.txt").write_text(story(6), encoding="utf-8")
    report = build(project, jobs=1)
    assert (report.site_mode, report.site_reason) == (
        "full",
        "Material's search indexes every page",
    )
    index = (project / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "berth 6" in index


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pages split by fork")
def test_pages_split_among_processes_give_the_same_bytes(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES", 1)
    build(project, jobs=2)
    (project / "templates").mkdir(exist_ok=True)
    (project / "templates" / "briefgen.css").write_text("/* a site's own styles */\n")
    for n in (6, 7):
        (project / "articles" / f"s{n}.txt").write_text(story(n), encoding="utf-8")
    report = build(project, jobs=2)
    assert (
        report.site_mode == "incremental" and "assets/briefgen/briefgen.css" not in report.rendered
    )
    assert_same_as_clean(project, tmp_path)


def test_a_nav_page_titled_by_its_text_is_always_rendered(project: Path, tmp_path: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - Briefs: briefs/index.md", "  - briefs/index.md")
    )
    notes = project / "docs" / "notes.md"
    notes.write_text("# Notes\n\nFirst notes.\n", encoding="utf-8")
    build(project, jobs=1)
    notes.write_text("# Notes\n\nSecond notes.\n", encoding="utf-8")
    report = build(project, jobs=1)
    assert report.site_mode == "incremental" and "briefs/index.md" in report.rendered
    assert_same_as_clean(project, tmp_path)


def test_a_page_of_your_own_linking_to_a_removed_page_fails_as_in_a_full_build(
    project: Path,
) -> None:
    own = project / "docs" / "mine.md"
    own.parent.mkdir(exist_ok=True)
    own.write_text("# Mine\n\nSee [the third plan](briefs/s3.md).\n", encoding="utf-8")
    build(project, jobs=1)
    (project / "articles" / "s3.txt").unlink()
    with pytest.raises(SiteError) as caught:
        build(project, jobs=1)
    assert "mine.md" in str(caught.value) and "briefs/s3.md" in str(caught.value)
    assert (project / "site" / "briefs" / "s3.html").is_file()  # the old site stays
