"""Site search: the `search` setting, the choice of engine, and a site built with Pagefind."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, fixture_project, set_search

from briefgen.cli import main
from briefgen.config import Project
from briefgen.errors import ConfigError, SiteError
from briefgen.site import build_site, search

needs_pagefind = pytest.mark.skipif(
    search.pagefind_binary() is None, reason="no Pagefind binary (pip install 'pagefind[bin]')"
)


def fragments(site: Path) -> dict[str, dict]:
    """Return Pagefind's stored page fragments by page address (gzip, a signature, JSON)."""
    pages = {}
    for path in (site / "pagefind").glob("**/fragment/*.pf_fragment"):  # all shards
        data = gzip.decompress(path.read_bytes())
        page = json.loads(data[data.index(b"{") :])
        pages[page["url"]] = page
    return pages


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Project:
    if search.pagefind_binary() is None:
        pytest.skip("no Pagefind binary")
    project = fixture_project(tmp_path_factory.mktemp("pagefind") / "project", "pagefind")
    assert build_site(project).engine == "pagefind"
    return project


def test_search_setting_defaults_to_auto(project: Project) -> None:
    assert project.search == "auto"


@pytest.mark.parametrize("value", ["fast", "[pagefind]", "''"])
def test_search_setting_must_be_a_known_engine(project: Project, value: str) -> None:
    set_search(project.root, "material")
    with pytest.raises(ConfigError) as caught:
        set_search(project.root, value)
    assert caught.value.lines() == [
        "mkdocs.yml: extra.briefgen.search: must be one of auto, material, pagefind"
    ]


def test_auto_uses_pagefind_from_the_threshold(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "pagefind_binary", lambda: Path("/usr/bin/pagefind"))
    assert search.choose(project, search.PAGEFIND_FROM - 1, "material") == search.Search("material")
    assert search.choose(project, search.PAGEFIND_FROM, "material") == search.Search("pagefind")
    asked = set_search(project.root, "pagefind")
    assert search.choose(asked, 1, "material") == search.Search("pagefind")
    asked = set_search(project.root, "material")
    assert search.choose(asked, 50_000, "material") == search.Search("material")


def test_without_the_binary_auto_falls_back_and_pagefind_fails(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "pagefind_binary", lambda: None)
    assert search.choose(project, 5000, "material") == search.Search(
        "material",
        "mkdocs.yml: extra.briefgen.search: 5000 briefs call for Pagefind, but the Pagefind "
        "binary is not installed (pip install 'pagefind[bin]'); using Material's search, "
        "which is slow at this size",
    )
    asked = set_search(project.root, "pagefind")
    with pytest.raises(SiteError) as caught:
        search.choose(asked, 1, "material")
    assert caught.value.lines() == [
        "mkdocs.yml: extra.briefgen.search: the Pagefind binary is not installed "
        "(pip install 'pagefind[bin]')"
    ]


def test_pagefind_needs_the_material_theme(project: Project) -> None:
    asked = set_search(project.root, "pagefind")
    with pytest.raises(SiteError) as caught:
        search.choose(asked, 1, "mkdocs")
    assert caught.value.lines() == [
        "mkdocs.yml: extra.briefgen.search: Pagefind search needs theme material, not 'mkdocs'"
    ]


@needs_pagefind
def test_pagefind_site_has_its_index_and_no_material_index(pagefind_site: Project) -> None:
    site = pagefind_site.site
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "search" / "search_index.json").exists()
    bundles = [site / "pagefind"] + [
        site / "pagefind" / shard
        for shard in json.loads((site / "pagefind" / "shards.json").read_text())
    ]
    entries = [json.loads((bundle / "pagefind-entry.json").read_text()) for bundle in bundles]
    assert sum(entry["languages"]["en"]["page_count"] for entry in entries) >= 10
    # One copy of Pagefind's scripts and WebAssembly, in the primary bundle, serves all.
    assert len(list(site.glob("pagefind/**/pagefind.js"))) == 1
    assert len(list(site.glob("pagefind/**/wasm.en.pagefind"))) == 1
    assert (site / "assets" / "briefgen" / "pagefind-search.js").is_file()
    assert not list(site.parent.glob(f".{site.name}.*")), "temporary build folders left behind"


@needs_pagefind
def test_every_page_has_one_pagefind_search_box(pagefind_site: Project) -> None:
    pages = list(pagefind_site.site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert html.count('class="md-search__input"') == 1, page
        assert 'data-md-component="search"' not in html, page  # Material's box is gone
        assert 'name="search"' not in html, page  # else Material's script fetches its index
    brief = (pagefind_site.site / "briefs" / "000-83b8f2cce4d8eb98.html").read_text()
    # Addresses relative to the page, so they work from a subfolder and under any path.
    assert 'data-briefgen-search="../pagefind/pagefind.js"' in brief
    assert 'src="../assets/briefgen/pagefind-search.js"' in brief


@needs_pagefind
def test_pagefind_indexes_the_article_only(pagefind_site: Project) -> None:
    pages = fragments(pagefind_site.site)
    actor = pages["/actors/volodymyr-zelensky.html"]  # .html kept: use_directory_urls is false
    assert actor["meta"]["title"] == "Volodymyr Zelensky"
    assert "Putin cannot exit this war" in actor["content"]
    assert actor["content"].startswith("Volodymyr Zelensky.")  # no header, tabs or nav first
    for page in pages.values():
        for chrome in ("Skip to content", "Table of contents", "Made with", "¶"):
            assert chrome not in page["content"], (chrome, page["url"])


def test_header_override_is_materials_but_for_the_search_block() -> None:
    import material

    theirs = (Path(material.__file__).parent / "templates/partials/header.html").read_text()
    ours = (search.THEME / "partials" / "header.html").read_text()

    def body(text: str) -> str:
        text = re.sub(r"^\{#-.*?-#\}\n", "", text, flags=re.S)
        return re.sub(
            r'    \{% if "material/search" in config\.plugins %\}.*?\{% endif %\}\n    \{% endif %\}\n'
            r"|    \{#- briefgen: the header search box.*?pagefind-search\.html\" %\}\n",
            "SEARCH\n",
            text,
            flags=re.S,
        )

    assert body(ours).count("SEARCH\n") == 1
    assert body(ours) == body(theirs), "Material's header changed: refresh briefgen/theme"


@needs_pagefind
def test_a_failed_pagefind_run_keeps_the_old_site(
    pagefind_site: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
    with pytest.raises(SiteError) as caught:
        build_site(pagefind_site)
    assert caught.value.lines() == ["pagefind: exit code 1"]
    assert (pagefind_site.site / "pagefind" / "pagefind.js").is_file()
    assert not list(pagefind_site.site.parent.glob(f".{pagefind_site.site.name}.*"))


@needs_pagefind
def test_build_command_says_which_search(tmp_path: Path) -> None:
    runner = CliRunner()
    root = tmp_path / "site"
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    result = runner.invoke(main, ["build", str(root)])
    assert result.exit_code == 0, result.output
    assert "site in " in result.output and ", material search" in result.output
    set_search(root, "pagefind")
    result = runner.invoke(main, ["build", str(root)])
    assert result.exit_code == 0, result.output
    assert ", pagefind search" in result.output
    assert (root / "site" / "pagefind" / "pagefind.js").is_file()
    assert not (root / "site" / "search").exists()


def test_theme_ships_in_the_package() -> None:
    assert search.THEME.is_relative_to(REPO / "briefgen")
    for name in ("partials/header.html", "partials/pagefind-search.html"):
        assert (search.THEME / name).is_file()
    assert (search.THEME / "assets" / "briefgen" / "pagefind-search.js").is_file()
