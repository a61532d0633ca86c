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


@pytest.mark.parametrize(
    ("setting", "reason"),
    [
        ("latest: true", "latest: must be a whole number of 1 or more"),
        ("latest: '20'", "latest: must be a whole number of 1 or more"),
        ("latest: 2.5", "latest: must be a whole number of 1 or more"),
        ("briefs: '  '", "briefs: must be a path"),
        ("actors: null", "actors: must be a path"),
        ("templates: [a]", "templates: must be a path"),
        ("search: lunr", "search: must be one of auto, material, pagefind"),
        ("engine: hugo", "engine: must be material or zensical"),
    ],
)
def test_each_setting_is_checked(tmp_path: Path, setting: str, reason: str) -> None:
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, f"site_name: D\nextra:\n  briefgen:\n    {setting}\n")
    assert caught.value.lines() == [f"mkdocs.yml: extra.briefgen.{reason}"]


def test_settings_not_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, "site_name: D\nextra:\n  briefgen: [articles]\n")
    assert caught.value.lines() == ["mkdocs.yml: extra.briefgen: must be a mapping"]


def test_every_setting_reaches_the_project(tmp_path: Path) -> None:
    text = (
        "site_name: D\nextra:\n  briefgen:\n    articles: in\n    briefs: out\n"
        "    templates: looks\n    actors: who.yml\n    latest: 3\n    actor_pages: all\n"
        "    search: pagefind\n    engine: zensical\n"
    )
    project = project_with(tmp_path, text)
    assert (project.articles, project.briefs, project.templates, project.actors_file) == (
        tmp_path / "in",
        tmp_path / "out",
        tmp_path / "looks",
        tmp_path / "who.yml",
    )
    assert (project.latest, project.actor_pages, project.search, project.engine) == (
        3,
        "all",
        "pagefind",
        "zensical",
    )


def test_format_page_lists_every_setting() -> None:
    from briefgen.config import Settings

    golden = (Path(__file__).parent / "golden" / "format.md").read_text(encoding="utf-8")
    section = golden.split("## Settings", 1)[1].split("\n## ", 1)[0]
    for name, info in Settings.model_fields.items():
        assert f"| `{name}` |" in section
        assert " ".join((info.description or "").split())[:40] in section


def test_inherit_reads_the_parent_settings_as_mkdocs_does(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "base.yml").write_text(
        "site_name: From the parent\nsite_url: https://example.org/desk/\n"
        "extra:\n  colour: blue\n  briefgen:\n    latest: 7\n    articles: stories\n",
        encoding="utf-8",
    )
    project = project_with(
        tmp_path, "INHERIT: shared/base.yml\nextra:\n  briefgen:\n    latest: 3\n"
    )
    # The parent's settings are seen; the file's own win, mappings merged key by key.
    assert (project.title, project.site_url) == ("From the parent", "https://example.org/desk/")
    assert (project.latest, project.articles) == (3, tmp_path / "stories")
    assert project.inherited == (tmp_path / "shared" / "base.yml",)
    (tmp_path / "docs").mkdir()
    mkdocs = load_config(str(tmp_path / "mkdocs.yml"))
    assert mkdocs.site_name == project.title
    assert mkdocs.extra["briefgen"] == {"latest": 3, "articles": "stories"}
    assert mkdocs.extra["colour"] == "blue"


def test_a_missing_or_circular_parent_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, "site_name: D\nINHERIT: base.yml\n")
    assert caught.value.lines() == [
        f"mkdocs.yml: INHERIT: 'base.yml' does not exist at {tmp_path / 'base.yml'}"
    ]
    (tmp_path / "base.yml").write_text("INHERIT: mkdocs.yml\nsite_name: B\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, "site_name: D\nINHERIT: base.yml\n")
    assert caught.value.lines() == ["base.yml: INHERIT: 'mkdocs.yml' inherits from itself"]
    (tmp_path / "base.yml").write_text("site_name: [B\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, "site_name: D\nINHERIT: base.yml\n")
    assert caught.value.lines()[0].startswith("base.yml: invalid YAML at line ")
    with pytest.raises(ConfigError) as caught:
        project_with(tmp_path, "site_name: D\nINHERIT: [base.yml]\n")
    assert caught.value.lines() == ["mkdocs.yml: INHERIT: must be a path"]
