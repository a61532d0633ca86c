"""A lighter page frame: icons painted from one stylesheet, scripts loaded from files."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import fixture_project

from briefgen.config import Project
from briefgen.site import build_site, search
from briefgen.site.frame import (
    CONFIG_SCRIPT,
    SCRIPTS,
    STYLESHEET,
    Icon,
    load_icons,
    shared_config,
    shared_script,
    stylesheet,
)

MAGNIFY = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1'
    ' 16 9.5"/></svg>'
)


def _theme(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [str(tmp_path)]


def test_only_plain_one_line_icons_are_shared(tmp_path: Path) -> None:
    dirs = _theme(
        tmp_path,
        {
            ".icons/material/magnify.svg": MAGNIFY + "\n",
            ".icons/material/menu.svg": MAGNIFY.replace("><path", ">\n<path"),
            ".icons/fontawesome/brands/git.svg": '<svg viewBox="0 0 448 512"><path d="M1"/></svg>',
        },
    )
    names = ["material/magnify", "material/menu", "fontawesome/brands/git", "material/missing"]
    icons = load_icons(dirs, names)
    assert list(icons) == [".icons/material/magnify.svg"]
    icon = icons[".icons/material/magnify.svg"]
    assert icon.stub == '<svg class="bg-icon bg-icon-material-magnify" viewBox="0 0 24 24"></svg>'


def test_the_stylesheet_paints_each_icon_with_its_own_svg() -> None:
    css = stylesheet([Icon("material/magnify", MAGNIFY, "0 0 24 24")])
    assert ".bg-icon{background-color:currentcolor;" in css
    found = re.search(r'\.bg-icon-material-magnify\{--bg-icon:url\("([^"]+)"\)\}', css)
    assert found is not None
    assert unquote(found.group(1)) == "data:image/svg+xml;charset=utf-8," + MAGNIFY


def test_the_base_script_finds_the_site_root_from_its_own_address(tmp_path: Path) -> None:
    template = (
        "{#- generated -#}\n"
        '<script>__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",location),x=1</script>'
    )
    dirs = _theme(tmp_path, {"partials/javascripts/base.html": template})
    target = "assets/briefgen/frame-base.js"
    name = "partials/javascripts/base.html"
    assert shared_script(dirs, name, target, None) == (
        '__md_scope=new URL(new URL("../../",document.currentScript.src),location),x=1'
    )
    assert shared_script(dirs, name, target, "/docs/") == (
        '__md_scope=new URL("/docs/",location),x=1'
    )


def test_a_script_template_with_other_parts_is_left_inline(tmp_path: Path) -> None:
    dirs = _theme(
        tmp_path,
        {
            "a.html": "<script>var a = {{ page.title | tojson }};</script>",
            "b.html": "<script>a()</script>\n<p>and more</p>",
            "c.html": "<script>a()</script><script>b()</script>",
        },
    )
    for name in ("a.html", "b.html", "c.html", "missing.html"):
        assert shared_script(dirs, name, "assets/x.js", None) is None, name


def test_the_config_script_finds_base_and_search_from_its_own_address() -> None:
    config = '{"base": "..", "features": [], "search": "../assets/w.js", "x": "</script>"}'
    base, script = shared_config(config)
    assert base == ".."
    assert script.startswith(
        '(function(s){var c={"features":[],"search":"assets/w.js","x":"<\\/script>"},'
        'r=new URL("../../",s.src).href;c.base=r;'
    )
    root = shared_config('{"base": ".", "search": "assets/w.js"}')
    assert (
        root is not None
        and root[1] == shared_config('{"base": "a/..", "search": "a/../assets/w.js"}')[1]
    )
    # Absolute or unrelated addresses stay in the page.
    assert shared_config('{"base": "/", "search": "/assets/w.js"}') is None
    assert shared_config('{"base": "..", "search": "/elsewhere/w.js"}') is None
    assert shared_config("not json") is None


@pytest.fixture(scope="module", params=["material", "pagefind"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Project:
    if request.param == "pagefind" and search.pagefind_binary() is None:
        pytest.skip("no Pagefind binary")
    project = fixture_project(tmp_path_factory.mktemp("frame") / "p", request.param)
    build_site(project)
    return project


def test_pages_carry_icon_stand_ins_and_script_links_not_copies(built: Project) -> None:
    site = built.site
    for rel in ("index.html", "actors/volodymyr-zelensky.html", "404.html"):
        page = (site / rel).read_text(encoding="utf-8")
        header = page[page.index("<header") : page.index("</header>")]
        assert "<path" not in header, rel
        assert 'class="bg-icon bg-icon-material-magnify"' in header, rel
        assert "__md_scope=" not in page and "__md_get(" not in page, rel
        assert ('id="__config"' in page) == (rel == "404.html"), rel
        assert ('class="md-header__option"' in page) is False, rel
        for target in [
            *SCRIPTS.values(),
            STYLESHEET,
            *([CONFIG_SCRIPT] if rel != "404.html" else []),
        ]:
            assert target.split("/")[-1] in page, (rel, target)
            assert (site / target).is_file(), target
    palette = (site / SCRIPTS["partials/javascripts/palette.html"]).read_text(encoding="utf-8")
    assert palette.startswith('document.currentScript.insertAdjacentHTML("beforebegin","<form ')
    css = (site / STYLESHEET).read_text(encoding="utf-8")
    for used in set(re.findall(r'class="bg-icon (bg-icon-[a-z0-9-]+)"', page)):
        assert f".{used}{{--bg-icon:url(" in css, used


def test_files_no_page_loads_are_left_out(built: Project) -> None:
    site = built.site
    assert not list(site.rglob("*.map"))
    material = (site / "search" / "search_index.json").is_file()
    assert (site / "assets" / "javascripts" / "lunr").is_dir() == material
    assert (site / "assets" / "javascripts" / "workers").is_dir() == material
    if not material:
        kept = sorted(p.name for p in (site / "pagefind").iterdir() if p.suffix in (".js", ".css"))
        assert kept == ["pagefind-worker.js", "pagefind.js"]


def _built_with_overrides(tmp_path: Path, files: dict[str, str]) -> Project:
    """Build the fixture site with a theme override folder (`custom_dir`) holding `files`."""
    project = fixture_project(tmp_path / "p", "material")
    _theme(project.root / "overrides", files)
    config = project.config_file
    config.write_text(
        config.read_text().replace(
            "  name: material\n", "  name: material\n  custom_dir: overrides\n"
        )
    )
    build_site(project)
    return project


def test_a_site_icon_of_another_shape_stays_inline(tmp_path: Path) -> None:
    icon = '<svg viewBox="0 0 24 24"><path d="M1 1h22v22H1z"/></svg>\n'
    project = _built_with_overrides(tmp_path, {".icons/material/magnify.svg": icon})
    page = (project.site / "index.html").read_text(encoding="utf-8")
    assert '<svg viewBox="0 0 24 24"><path d="M1 1h22v22H1z"/></svg>' in page
    assert "bg-icon-material-magnify" not in page
    assert "bg-icon-material-menu" in page


def test_a_site_palette_override_stays_in_the_page(tmp_path: Path) -> None:
    form = '<form class="md-header__option" data-page="{{ page.title }}"></form>\n'
    project = _built_with_overrides(tmp_path, {"partials/palette.html": form})
    page = (project.site / "actors" / "volodymyr-zelensky.html").read_text(encoding="utf-8")
    assert '<form class="md-header__option" data-page="Volodymyr Zelensky"></form>' in page
    palette = (project.site / SCRIPTS["partials/javascripts/palette.html"]).read_text()
    assert "insertAdjacentHTML" not in palette
