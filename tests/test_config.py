"""Site settings: mkdocs.yml read once, every problem reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import load_project
from briefgen.errors import ConfigError


def project_with(tmp_path: Path, text: str):
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    return load_project(tmp_path)


def test_defaults_and_paths(tmp_path: Path) -> None:
    project = project_with(tmp_path, "site_name: Desk\n")
    assert project.title == "Desk"
    assert (project.articles, project.briefs, project.docs, project.site) == (
        tmp_path / "articles",
        tmp_path / "briefs",
        tmp_path / "docs",
        tmp_path / "site",
    )
    assert (project.latest, project.actor_pages, project.directory_urls) == (20, "recurring", True)
    assert project.url("actors/x.md") == "actors/x/"
    assert project.url("briefs/a.md#p3") == "briefs/a/#p3"
    assert project.url("index.md") == ""


def test_plain_urls(tmp_path: Path) -> None:
    project = project_with(
        tmp_path,
        "site_name: D\nuse_directory_urls: false\nextra:\n  briefgen:\n    actor_pages: all\n",
    )
    assert project.actor_pages == "all"
    assert project.url("actors/index.md") == "actors/index.html"
    assert project.url("briefs/a.md#p3") == "briefs/a.html#p3"


def test_every_problem_at_once(tmp_path: Path) -> None:
    text = (
        "docs_dir: [x]\n"
        "extra:\n"
        "  briefgen:\n"
        "    latest: 0\n"
        "    actor_pages: two\n"
        "    articles: ''\n"
        "    colour: red\n"
    )
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, text)
    assert caught.value.lines() == [
        "mkdocs.yml: extra.briefgen.colour: unknown setting (known: articles, briefs, "
        "templates, actors, latest, actor_pages, search, engine)",
        "mkdocs.yml: extra.briefgen.articles: must be a path",
        "mkdocs.yml: extra.briefgen.latest: must be a whole number of 1 or more",
        "mkdocs.yml: extra.briefgen.actor_pages: must be recurring or all",
        "mkdocs.yml: site_name: required",
        "mkdocs.yml: docs_dir: must be a path",
    ]


def test_unreadable_settings_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, "site_name: [unclosed\n")
    assert caught.value.lines() == ["mkdocs.yml: invalid YAML at line 2"]
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path / "nowhere")
    assert caught.value.lines() == [f"{tmp_path / 'nowhere'}: not a folder"]
