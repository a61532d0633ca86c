"""Pages rendered only when their inputs changed; articles read only when their file did."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from briefgen.build import build
from briefgen.commands.scaffold import init_site

PEOPLE = ["Marta Quill", "Osei Brandt", "Lena Farrow"]


def story(n: int) -> str:
    one, two = PEOPLE[n % 3], PEOPLE[(n + 1) % 3]
    return (
        f"date 2024-05-{1 + n:02}\nQuay works number {n} begin\n\n"
        f'{one}, the engineer, said: "Quay {n} opens in June."\n\n'
        f'"The cost is not known," {two} told the council.\n'
    )


def make(root: Path) -> Path:
    init_site(root)
    for path in (root / "articles").iterdir():
        path.unlink()
    for n in range(4):
        (root / "articles" / f"q{n}.txt").write_text(story(n), encoding="utf-8")
    return root


def test_a_page_edited_by_hand_in_docs_is_rendered_again(tmp_path: Path) -> None:
    root = make(tmp_path / "p")
    build(root, site=False, jobs=1)
    page = root / "docs" / "briefs" / "q1.md"
    right = page.read_text(encoding="utf-8")
    page.write_text(right.replace("Quay works", "Pier works"), encoding="utf-8")
    report = build(root, site=False, jobs=1)
    assert "briefs/q1.md" in report.renders and "briefs/q2.md" not in report.renders
    assert page.read_text(encoding="utf-8") == right


def test_pages_restored_with_new_stats_but_the_same_bytes_are_kept(tmp_path: Path) -> None:
    root = make(tmp_path / "p")
    build(root, site=False, jobs=1)
    # As a cache restore or a checkout in CI: every file comes back with a new stat.
    for folder in ("docs", "articles"):
        copy = tmp_path / folder
        shutil.copytree(root / folder, copy)
        shutil.rmtree(root / folder)
        shutil.copytree(copy, root / folder, copy_function=shutil.copy)
    for path in (root / "articles").iterdir():
        os.utime(path, ns=(1, 1))
    report = build(root, site=False, jobs=1)
    assert report.extracted == []
    pages = [p for p in report.renders if p.startswith(("briefs/", "actors/"))]
    assert pages == ["actors/index.md", "briefs/index.md"]  # the lists are always rendered
    assert report.pages == []  # and nothing differs


def test_an_article_changed_in_place_is_read_again(tmp_path: Path) -> None:
    root = make(tmp_path / "p")
    build(root, site=False, jobs=1)
    article = root / "articles" / "q2.txt"
    with open(article, "w", encoding="utf-8") as handle:  # the same file, new bytes
        handle.write(story(2).replace("June", "July"))
    report = build(root, site=False, jobs=1)
    assert report.extracted == ["briefs/q2.yaml"]
    assert "briefs/q2.md" in report.renders
    assert "July" in (root / "docs" / "briefs" / "q2.md").read_text(encoding="utf-8")
