"""Incremental builds: extract only what changed, never undo a person, same bytes every time."""

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
from conftest import REPO

from briefgen import extract as extract_module
from briefgen.build import build, check
from briefgen.commands.scaffold import init_site

SEED = (REPO / "articles" / "000_83b8f2cce4d8eb98.txt").read_text(encoding="utf-8")
NAMES = ["Anna Lima", "Boris Ode", "Carla Mint", "Dev Patel", "Eva Stone", "Femi Ade"]


def article(n: int) -> str:
    """A short article of its own: a date, a title line, two quotes."""
    who, other = NAMES[n % len(NAMES)], NAMES[(n + 1) % len(NAMES)]
    return (
        f"date 2025-01-{1 + n % 28:02}\n"
        f"Talks resume on item {n}\n\n"
        f"{who}, the minister, said the talks on item {n} would resume on Monday.\n\n"
        f'"We are ready," {other} told reporters. "Nothing is agreed yet."\n'
    )


def make_site(root: Path, count: int) -> Path:
    init_site(root)
    for path in (root / "articles").iterdir():
        path.unlink()
    for n in range(count):
        (root / "articles" / f"a{n:03}.txt").write_text(article(n), encoding="utf-8")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Return the bytes of every brief and generated page."""
    files = sorted((root / "briefs").rglob("*.yaml")) + sorted((root / "docs").rglob("*"))
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files if p.is_file()}


def test_only_new_or_changed_articles_are_extracted(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", 3)
    first = build(root, site=False)
    assert (len(first.extracted), len(first.reused)) == (3, 0)
    again = build(root, site=False)
    assert (again.extracted, len(again.reused)) == ([], 3)
    (root / "articles" / "a001.txt").write_text(article(1) + "\nMore text.\n", encoding="utf-8")
    (root / "articles" / "a009.txt").write_text(article(9), encoding="utf-8")
    changed = build(root, site=False)
    assert changed.extracted == ["briefs/a001.yaml", "briefs/a009.yaml"]
    assert len(changed.reused) == 2


def test_new_rules_extract_everything_again(tmp_path: Path, monkeypatch) -> None:
    root = make_site(tmp_path / "s", 2)
    build(root, site=False)
    monkeypatch.setattr(extract_module, "extractor_version", lambda: "briefgen 9.9+new")
    report = build(root, site=False)
    assert len(report.extracted) == 2
    assert "extractor: briefgen 9.9+new" in (root / "briefs" / "a000.yaml").read_text()


def test_gone_articles_lose_machine_briefs_but_not_reviewed_ones(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", 3)
    build(root, site=False)
    reviewed = root / "briefs" / "a002.yaml"
    reviewed.write_text(reviewed.read_text().replace("reviewed: false", "reviewed: true"))
    (root / "articles" / "a001.txt").unlink()
    (root / "articles" / "a002.txt").unlink()
    report = build(root, site=False)
    assert report.removed_briefs == ["briefs/a001.yaml"]
    assert not (root / "briefs" / "a001.yaml").exists() and reviewed.exists()
    assert report.notes == [
        "briefs/a002.yaml: no article articles/a002.txt; kept because a person reviewed it "
        "(delete it if the article is gone for good)"
    ]


def test_a_reviewed_brief_whose_article_changed_gets_a_fresh_extraction_beside_it(
    tmp_path: Path,
) -> None:
    root = make_site(tmp_path / "s", 1)
    build(root, site=False)
    brief = root / "briefs" / "a000.yaml"
    brief.write_text(brief.read_text().replace("reviewed: false", "reviewed: true"))
    kept = brief.read_bytes()
    path = root / "articles" / "a000.txt"
    path.write_text(article(0).replace("Monday", "Tuesday"), encoding="utf-8")
    report = build(root, site=False)
    assert brief.read_bytes() == kept
    fresh = root / "briefs" / "fresh" / "a000.yaml"
    assert "Tuesday" in fresh.read_text()
    assert report.notes == [
        "briefs/a000.yaml: its article changed since it was reviewed; a fresh extraction is "
        "in briefs/fresh/a000.yaml to compare"
    ]
    assert report.kept == ["briefs/a000.yaml (reviewed)"]
    path.write_text(article(0), encoding="utf-8")  # the article is back as reviewed
    build(root, site=False)
    assert not fresh.exists()


def test_parallel_extraction_gives_the_same_briefs(tmp_path: Path) -> None:
    serial = make_site(tmp_path / "serial", 48)
    parallel = make_site(tmp_path / "parallel", 48)
    build(serial, site=False, jobs=1)
    report = build(parallel, site=False, jobs=2)
    assert len(report.extracted) == 48
    assert snapshot(serial) == snapshot(parallel)


def test_building_twice_from_scratch_gives_the_same_bytes(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", 5)
    (root / "articles" / "seed.txt").write_text(SEED, encoding="utf-8")
    build(root, site=False)
    first = snapshot(root)
    shutil.rmtree(root / "briefs")
    shutil.rmtree(root / "docs")
    build(root, site=False)
    assert snapshot(root) == first


def test_progress_is_told_every_stage(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", 2)
    seen: list[tuple[str, int, int]] = []
    build(root, site=False, progress=lambda *step: seen.append(step))
    stages = [stage for stage, done, total in seen if done == total]
    assert stages == ["read", "extract", "actors", "pages"]
    assert ("extract", 1, 2) in seen


@pytest.mark.skipif(sys.platform != "linux", reason="kills a process with SIGKILL")
def test_a_killed_build_leaves_briefs_and_site_whole(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", 60)
    build(root)
    before = (root / "site" / "index.html").read_bytes()
    command = [sys.executable, "-m", "briefgen", "build", str(root), "--jobs", "1"]
    env = {**os.environ, "CI": "true"}
    # A build here takes about 1.4 s: kill it at six moments across that time.
    delays = random.Random(7).sample(range(6, 30), 6)
    for tenth in sorted(delays):
        # New article text each round, so there is real work to kill.
        for n in range(60):
            extra = f"\nRound {tenth}.\n"
            (root / "articles" / f"a{n:03}.txt").write_text(article(n) + extra, encoding="utf-8")
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(tenth / 20)
        process.send_signal(signal.SIGKILL)
        process.wait()
        check(root)  # every brief on disk is whole and valid
        index = root / "site" / "index.html"
        assert index.is_file(), f"no site after a kill at {tenth / 20:.2f} s"
        assert b"</html>" in index.read_bytes()
    report = build(root)
    assert report.site is not None and (root / "site" / "index.html").read_bytes() != b""
    assert not list(root.glob(".site.*")), "leftover staging folders"
    assert before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")
def test_two_builds_at_once_do_not_both_run(tmp_path: Path) -> None:
    import fcntl

    from briefgen.errors import ConfigError

    root = make_site(tmp_path / "s", 1)
    with open(root / ".briefgen.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running build holds it
        with pytest.raises(ConfigError) as caught:
            build(root, site=False)
        assert str(caught.value) == (
            ".briefgen.lock: another build is running in this folder; try again when it ends"
        )
        assert not (root / "briefs" / "a000.yaml").exists()
    assert build(root, site=False).extracted == ["briefs/a000.yaml"]


def test_unchanged_briefs_come_from_the_cache_changed_ones_from_the_file(
    tmp_path: Path, monkeypatch
) -> None:
    from briefgen.briefs import refresh
    from briefgen.config import load_project

    root = make_site(tmp_path / "s", 2)
    build(root, site=False)
    project = load_project(root)
    refresh.read_briefs(project)  # fills the cache
    edited = root / "briefs" / "a001.yaml"
    edited.write_text(edited.read_text().replace("reviewed: false", "reviewed: true"))
    read: list[str] = []
    original = refresh.load
    monkeypatch.setattr(
        refresh, "load", lambda path, name: read.append(name) or original(path, name)
    )
    stored = refresh.read_briefs(project)
    assert read == ["briefs/a001.yaml"]
    assert (stored["a000"].status, stored["a001"].status) == ("machine", "reviewed")
    (root / ".briefgen-cache" / "briefs.pickle").write_bytes(b"not a pickle")
    read.clear()
    assert refresh.read_briefs(project)["a000"].status == "machine"
    assert read == ["briefs/a000.yaml", "briefs/a001.yaml"]


def test_article_names_with_spaces_and_accents_build(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s", 0)
    (root / "articles" / "Zürich talks 2025.txt").write_text(article(1), encoding="utf-8")
    (root / "articles" / "zurich-talks-2025.txt").write_text(article(2), encoding="utf-8")
    report = build(root)
    assert sorted(report.extracted) == [
        "briefs/Zürich talks 2025.yaml",
        "briefs/zurich-talks-2025.yaml",
    ]
    pages = sorted(p.name for p in (root / "site" / "briefs").glob("*.html"))
    assert pages == ["index.html", "zurich-talks-2025-7b084c47.html", "zurich-talks-2025.html"]
