"""The Zensical engine (`extra.briefgen.engine: zensical`): the same pages, built by Zensical."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.config import load_project
from briefgen.errors import ConfigError
from briefgen.site.zensical_engine import derived_config, installed, issues, one_per_page

needs_zensical = pytest.mark.skipif(not installed(), reason="Zensical is not installed")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _set_engine(root: Path, engine: str) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("    search: auto", f"    search: auto\n    engine: {engine}"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    if not installed():
        pytest.skip("Zensical is not installed")
    root = tmp_path_factory.mktemp("zensical") / "briefing"
    assert run("init", str(root)).exit_code == 0
    _set_engine(root, "zensical")
    result = run("build", str(root))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(", zensical search")
    return root


@needs_zensical
def test_zensical_builds_the_example_with_briefgen_styles_and_scripts(built: Path) -> None:
    site = built / "site"
    actor = (site / "actors" / "volodymyr-zelensky.html").read_text(encoding="utf-8")
    assert "Putin cannot exit this war because that would leave him with nothing." in actor
    assert 'href="../assets/briefgen/briefgen.css"' in actor
    assert 'src="../assets/briefgen/filters.js"' in actor
    assert (site / "assets" / "briefgen" / "tablesort.js").is_file()
    assert (site / "data" / "actors.json").is_file() and (site / "feed.xml").is_file()
    assert "<!--" not in actor and "\n  " not in actor  # compacted like Material's pages
    assert not list(built.glob(".briefgen-zensical-*"))  # the derived config is gone


@needs_zensical
def test_zensical_search_lists_each_page_once(built: Path) -> None:
    items = json.loads((built / "site" / "search.json").read_text(encoding="utf-8"))["items"]
    pages = [item["location"] for item in items]
    assert len(pages) == len(set(pages))
    assert all("#" not in page for page in pages)
    zelensky = next(i for i in items if i["location"] == "actors/volodymyr-zelensky.html")
    assert zelensky["title"] == "Volodymyr Zelensky"
    assert "Putin cannot exit this war" in zelensky["text"]  # a section's words, folded in


@needs_zensical
def test_a_broken_link_fails_with_its_file_and_line_and_keeps_the_old_site(
    built: Path, tmp_path: Path
) -> None:
    root = Path(shutil.copytree(built, tmp_path / "copy", symlinks=True))
    before = (root / "site" / "index.html").read_bytes()
    (root / "docs" / "mine.md").write_text("# Mine\n\nSee [this](nowhere.md).\n", encoding="utf-8")
    result = run("build", str(root))
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "docs/mine.md:3: page does not exist"
    assert (root / "site" / "index.html").read_bytes() == before
    assert not list(root.glob(".site.new-*")) and not list(root.glob(".briefgen-zensical-*"))


@needs_zensical
def test_the_engine_option_overrides_the_setting(tmp_path: Path) -> None:
    root = tmp_path / "briefing"
    assert run("init", str(root)).exit_code == 0
    result = run("build", str(root), "--engine", "zensical")
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("zensical search")
    assert (root / "site" / "search.json").is_file()
    assert not (root / "site" / "search" / "search_index.json").exists()


def test_an_unknown_engine_is_a_config_error(tmp_path: Path) -> None:
    shutil.copy(Path(__file__).resolve().parent.parent / "mkdocs.yml", tmp_path / "mkdocs.yml")
    _set_engine(tmp_path, "hugo")
    with pytest.raises(ConfigError) as caught:
        load_project(tmp_path)
    assert caught.value.lines() == [
        "mkdocs.yml: extra.briefgen.engine: must be material or zensical"
    ]


def test_the_derived_config_keeps_the_users_text_and_overrides_the_site_folder(
    tmp_path: Path,
) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: B\nsite_dir: public\nextra:\n  code: !ENV [CODE, 'x']\n", encoding="utf-8"
    )
    project = load_project(tmp_path)
    text = derived_config(project, tmp_path / ".public.new-x")
    assert text.startswith("site_name: B\nsite_dir: public\nextra:\n  code: !ENV [CODE, 'x']\n")
    assert text.endswith('site_dir: ".public.new-x"\n')


def test_zensical_reports_read_as_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: B\n", encoding="utf-8")
    project = load_project(tmp_path)
    report = (
        "Build started\n\x1b[33mWarning:\x1b[0m anchor does not exist\n"
        "    \x1b[38;5;246m╭─[\x1b[0m briefs/a.md:12:7 \x1b[38;5;246m]\x1b[0m\n"
        "    │\n2 issues found\nError: Configuration file is invalid\n"
    )
    assert [str(p) for p in issues(report, project)] == [
        "docs/briefs/a.md:12: anchor does not exist",
        "zensical: Configuration file is invalid",
    ]
    assert [str(p) for p in issues("Traceback\nRuntimeError: boom\n", project)] == [
        "zensical: RuntimeError: boom"
    ]


def test_search_entries_fold_into_one_per_page() -> None:
    items = [
        {"location": "a.html", "title": "A", "text": ""},
        {"location": "a.html#a", "title": "A", "text": "<p>one</p>"},
        {"location": "a.html#b", "title": "B", "text": "<p>two</p>"},
        {"location": "b.html", "title": "Bee", "text": "three"},
    ]
    assert one_per_page(items) == [
        {"location": "a.html", "title": "A", "text": "<p>one</p> <p>two</p>"},
        {"location": "b.html", "title": "Bee", "text": "three"},
    ]
    assert re.fullmatch(r"[a-z.]+", one_per_page(items)[0]["location"])


@needs_zensical
def test_zensical_pages_get_the_light_frame(built: Path) -> None:
    site = built / "site"
    for rel in ("index.html", "actors/volodymyr-zelensky.html", "briefs/index.html"):
        html = (site / rel).read_text(encoding="utf-8")
        up = "../" * rel.count("/")
        assert '<svg xmlns="http://www.w3.org/2000/svg"' not in html, rel  # icons: masks
        assert f'<link rel="stylesheet" href="{up}assets/briefgen/frame-icons.css">' in html
        for script in ("zensical-base.js", "zensical-palette.js", "frame-config.js"):
            assert f'<script src="{up}assets/briefgen/{script}"></script>' in html, rel
        assert '<script id="__config"' not in html and "__md_scope=new URL" not in html
    base = (site / "assets" / "briefgen" / "zensical-base.js").read_text(encoding="utf-8")
    assert base.startswith('__md_scope=new URL("../..",document.currentScript.src)')
    css = (site / "assets" / "briefgen" / "frame-icons.css").read_text(encoding="utf-8")
    assert css.count("data:image/svg+xml") >= 3


def test_a_frame_script_that_differs_on_a_page_stays_inline(tmp_path: Path) -> None:
    from briefgen.site.zensical_frame import lighten

    script = '<script>var palette=__md_get("__palette");{}</script>'
    pages = {
        tmp_path / "a.html": "<head></head><body>" + script.format("one") + "</body>",
        tmp_path / "b" / "c.html": "<head></head><body>" + script.format("two") + "</body>",
    }
    out = lighten(tmp_path, pages)
    assert out[tmp_path / "a.html"] == (
        '<head></head><body><script src="assets/briefgen/zensical-palette.js"></script></body>'
    )
    assert out[tmp_path / "b" / "c.html"] == pages[tmp_path / "b" / "c.html"]
    assert (tmp_path / "assets" / "briefgen" / "zensical-palette.js").read_text() == (
        'var palette=__md_get("__palette");one\n'
    )


def test_without_zensical_the_engine_says_how_to_install_it(tmp_path: Path, monkeypatch) -> None:
    from briefgen.site import zensical_engine

    assert run("init", str(tmp_path / "s")).exit_code == 0
    monkeypatch.setattr(zensical_engine, "installed", lambda: False)
    result = run("build", str(tmp_path / "s"), "--engine", "zensical")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "mkdocs.yml: extra.briefgen.engine: Zensical is not installed "
        "(pip install 'briefgen[zensical]')"
    )


def test_zensical_gets_materials_look_unless_the_theme_says_otherwise() -> None:
    from briefgen.site.zensical_engine import classic_theme

    theme = "site_name: B\ntheme:\n  name: material\n  palette:\n    primary: teal\n"
    assert classic_theme(theme) == {
        "name": "material",
        "palette": {"primary": "teal"},
        "variant": "classic",
    }
    assert classic_theme("site_name: B\ntheme: material\n") == {
        "name": "material",
        "variant": "classic",
    }
    assert classic_theme("site_name: B\ntheme:\n  name: material\n  variant: modern\n") is None
    assert classic_theme("site_name: B\ntheme:\n  name: material\n  logo: !ENV LOGO\n") is None
    assert classic_theme("site_name: B\n") is None
