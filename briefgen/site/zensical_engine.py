"""Build the site with Zensical instead of MkDocs + Material (`extra.briefgen.engine`).

Zensical, Material's successor, reads `mkdocs.yml` and builds the same generated pages.
It runs as a subprocess (`python -m zensical build --strict`): its Rust runtime prints
its own report, which is read back into one line per problem. Like `briefgen.site`, it
builds into a staging folder that replaces the site only when the build succeeded: a
copy of `mkdocs.yml` beside it (Zensical resolves paths from the config file's folder)
ends with a `site_dir` naming the staging folder, which YAML's last-key-wins reading
puts over the user's own, `!ENV` tags and all. Pages are compacted as with Material
(`briefgen/site/compact.py`) and given the light frame (`briefgen/site/zensical_frame.py`), and
Zensical's search index gets one entry per page (it listed each matching section of a
page as a result of its own).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from briefgen.config import Project
from briefgen.errors import Problem, SiteError
from briefgen.site.compact import compact_html
from briefgen.site.search import Search
from briefgen.site.zensical_frame import lighten

_CONFIG_PREFIX = ".briefgen-zensical-"
NOT_INSTALLED = "Zensical is not installed (pip install 'briefgen[zensical]')"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_ISSUE = re.compile(r"^\s*(Warning|Error):\s*(.+?)\s*$")
_WHERE = re.compile(r"\[\s*(\S+?):(\d+)(?::\d+)?\s*\]")


def installed() -> bool:
    """Tell whether Zensical can be run."""
    return importlib.util.find_spec("zensical") is not None


def build_zensical(project: Project, clean: bool = False) -> Search:
    """Build the site into `project.site` with Zensical; raise SiteError on any issue."""
    from briefgen.site import _recover, _swap

    if not installed():
        raise SiteError(
            Problem(project.rel(project.config_file), "extra.briefgen.engine", NOT_INSTALLED)
        )
    site = project.site
    if not site.resolve().parent.is_relative_to(project.root):
        raise SiteError(
            Problem(project.rel(site), "", "Zensical builds only into a folder inside the project")
        )
    if site.exists() and not site.is_dir():
        raise SiteError(Problem(project.rel(site), "", "exists and is not a folder"))
    site.parent.mkdir(parents=True, exist_ok=True)
    _recover(site)
    for stale in project.root.glob(f"{_CONFIG_PREFIX}*.yml"):  # a killed build's
        stale.unlink(missing_ok=True)
    # One name every time (the build lock makes it this build's; `_recover` empties it):
    # Zensical's cache (`.cache/`) then knows the pages it wrote last time.
    staging = site.parent / f".{site.name}.new-zensical"
    staging.mkdir()
    config = project.root / f"{_CONFIG_PREFIX}config.yml"  # one name, for the cache too
    try:
        config.write_text(derived_config(project, staging), encoding="utf-8")
        _run(project, config, clean)
        tidy_site(staging)
        os.chmod(staging, 0o755)
        _swap(staging, site)
    finally:
        config.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
    note = ""
    if project.search != "auto":
        note = (
            f"{project.rel(project.config_file)}: extra.briefgen.search: {project.search} is "
            "for the material engine; Zensical's own search is used"
        )
    return Search("zensical", note=note)


def derived_config(project: Project, staging: Path) -> str:
    """Return the project's `mkdocs.yml` text, its site folder (and address) overridden,
    and Material's look (`theme.variant: classic`) unless the theme names a variant."""
    text = project.config_file.read_text(encoding="utf-8")
    lines = [text.rstrip("\n"), "", "# briefgen: where this build goes (last key wins)"]
    lines.append(f"site_dir: {json.dumps(os.path.relpath(staging, project.root))}")
    if project.site_url:
        lines.append(f"site_url: {json.dumps(project.site_url)}")
    theme = classic_theme(text)
    if theme is not None:
        lines.append(f"theme: {json.dumps(theme)}")
    return "\n".join(lines) + "\n"


def classic_theme(text: str) -> dict | None:
    """Return the config's `theme` with `variant: classic` added, or None to leave it be.

    Zensical's own look (`modern`) draws a white header; `classic` is Material's, in the
    site's colours. Left be: a theme that names a variant, or holds a tag (`!ENV`), which
    a copy would lose.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    found = [value for key, value in root.value if getattr(key, "value", None) == "theme"]
    if len(found) != 1 or _tagged(found[0]):
        return None
    if isinstance(found[0], yaml.ScalarNode):  # `theme: material`
        return {"name": found[0].value, "variant": "classic"}
    if not isinstance(found[0], yaml.MappingNode):
        return None
    theme = yaml.safe_load(yaml.serialize(found[0]))
    if not isinstance(theme, dict) or "variant" in theme:
        return None
    return {**theme, "variant": "classic"}


def _tagged(node: yaml.Node) -> bool:
    """Tell whether a YAML node or any inside it has an explicit tag (`!ENV`, `!!python/`)."""
    if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.startswith(
        "tag:yaml.org,2002:python/"
    ):
        return True
    children = node.value if isinstance(node.value, list) else []
    return any(
        _tagged(part)
        for child in children
        for part in (child if isinstance(child, tuple) else (child,))
    )


def _run(project: Project, config: Path, clean: bool) -> None:
    command = [sys.executable, "-m", "zensical", "build", "--strict", "-f", str(config)]
    if clean:
        command.append("--clean")
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(
        command, cwd=project.root, capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise SiteError(issues(done.stdout + "\n" + done.stderr, project))


def issues(output: str, project: Project) -> list[Problem]:
    """Read Zensical's report into one problem per issue (`docs/x.md:3: page does not exist`)."""
    docs = project.rel(project.docs)
    lines = [_ANSI.sub("", line) for line in output.splitlines()]
    problems: list[Problem] = []
    for i, line in enumerate(lines):
        found = _ISSUE.match(line)
        if not found:
            continue
        where = next((m for m in map(_WHERE.search, lines[i + 1 : i + 3]) if m), None)
        if where:
            file = f"{docs}/{where[1]}"
            problems.append(Problem(file, "", found[2], line=int(where[2])))
        else:
            problems.append(Problem("zensical", "", found[2]))
    if not problems:
        # No report in the usual form: its last line says why (a config error, a crash).
        last = next((line.strip() for line in reversed(lines) if line.strip()), "build failed")
        problems.append(Problem("zensical", "", last.removeprefix("Error: ")))
    return problems


def tidy_site(site: Path) -> None:
    """Compact every page, give it the light frame; make the search index one entry per page."""
    pages = {path: compact_html(path.read_text(encoding="utf-8")) for path in site.rglob("*.html")}
    for path, html in lighten(site, pages).items():
        path.write_text(html, encoding="utf-8")
    index = site / "search.json"
    if index.is_file():
        data = json.loads(index.read_text(encoding="utf-8"))
        data["items"] = one_per_page(data.get("items", []))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")


def one_per_page(items: list[dict]) -> list[dict]:
    """Fold each page's section entries into one entry for the page.

    Zensical lists every matching section as a result of its own, so one page came up
    several times for one query; a page is now one result, found by any of its words.
    """
    pages: dict[str, dict] = {}
    for item in items:
        page = str(item.get("location", "")).partition("#")[0]
        entry = pages.get(page)
        text = str(item.get("text") or "")
        if entry is None:
            pages[page] = {**item, "location": page, "text": text}
            continue
        if not entry.get("title"):
            entry["title"] = item.get("title", "")
        if text:
            entry["text"] = f"{entry['text']} {text}".strip()
    return list(pages.values())
