"""Site search: Material's for small sites, Pagefind's chunked index for large ones.

Material's search loads one index of every page into the browser and builds its search
index from it before it shows a first result, so its wait grows with the site (figures in
README.md, "Search"). Pagefind splits its index into chunks and fetches only those a query
needs. `extra.briefgen.search` chooses: `material`, `pagefind`, or `auto` (the default),
which is Pagefind from PAGEFIND_FROM briefs up and Material's search below that.

With Pagefind, the in-process MkDocs config gets Material's search plugin turned off (no
search_index.json) and briefgen's theme folder (`briefgen/theme/`) put before Material's:
its header shows one search box with Material's look, driven by Pagefind. After MkDocs has
built the site into its staging folder, `index_site` runs the Pagefind binary (from the
`pagefind[bin]` wheel) over it. The pages themselves stay plain Markdown.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.config import CONFIG_FILE, Project
from briefgen.errors import Problem, SiteError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

PAGEFIND_FROM = 150
"""`auto` uses Pagefind from this many briefs up (see README.md, "Search", for why)."""

THEME = Path(__file__).resolve().parent / "theme"
# Pagefind indexes only the page's article (title and text), never the nav, the table of
# contents or the header, so results are the briefs' and actors' own words.
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTOR = ".headerlink"  # the ¶ permalinks after each heading
_INSTALL = "pip install 'pagefind[bin]'"
# Pagefind's ready-made search interfaces; briefgen drives pagefind.js from its own box.
_UNUSED_UI = ("pagefind-ui", "pagefind-component-ui", "pagefind-modular-ui", "pagefind-highlight")


@dataclass(frozen=True)
class Search:
    """The search engine a build uses, and why when it is not the one asked for."""

    engine: str  # "material" or "pagefind"
    note: str = ""
    reused: bool = False  # the site in place was built from the very same files: kept


def pagefind_binary() -> Path | None:
    """Return the Pagefind executable: $PAGEFIND_BINARY_PATH, the pagefind_bin wheel's, or PATH's."""
    env = os.environ.get("PAGEFIND_BINARY_PATH")
    if env:
        return Path(env) if Path(env).is_file() else None
    try:
        from pagefind_bin import get_executable

        return Path(get_executable())
    except (ImportError, FileNotFoundError):
        found = shutil.which("pagefind")
        return Path(found) if found else None


def choose(project: Project, briefs: int, theme: str) -> Search:
    """Pick the engine for a build of `briefs` briefs with MkDocs theme `theme`.

    `pagefind` without its binary or with a theme other than Material is an error; `auto`
    falls back to Material's search then, with a note.
    """
    asked = project.search
    if asked == "material" or (asked == "auto" and briefs < PAGEFIND_FROM):
        return Search("material")
    field = "extra.briefgen.search"
    if theme != "material":
        reason = f"Pagefind search needs theme material, not {theme!r}"
        if asked == "pagefind":
            raise SiteError(Problem(CONFIG_FILE, field, reason))
        return Search("material", f"{CONFIG_FILE}: {field}: {reason}; using the theme's search")
    if pagefind_binary() is None:
        reason = f"the Pagefind binary is not installed ({_INSTALL})"
        if asked == "pagefind":
            raise SiteError(Problem(CONFIG_FILE, field, reason))
        return Search(
            "material",
            f"{CONFIG_FILE}: {field}: {briefs} briefs call for Pagefind, but {reason}; "
            "using Material's search, which is slow at this size",
        )
    return Search("pagefind")


def use_pagefind(config: MkDocsConfig) -> None:
    """Set a loaded MkDocs config up for Pagefind: Material's search off, briefgen's box in."""
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and "enabled" in plugin.config:
            plugin.config["enabled"] = False
    theme = config.theme
    # After the site's own custom_dir, so a site can still override any template.
    at = 1 if theme.custom_dir else 0
    if str(THEME) not in theme.dirs:
        theme.dirs.insert(at, str(THEME))


def _tied_to_parent() -> Callable[[], None] | None:
    """Return what a child runs before exec so Linux kills it when the build dies, however
    it dies (PR_SET_PDEATHSIG); None elsewhere. A killed build leaves no indexer behind."""
    if not sys.platform.startswith("linux"):
        return None
    parent = os.getpid()

    def tie() -> None:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the build ended before the tie was made
            os._exit(1)

    return tie


def index_site(site: Path, *, keep_index_url: bool) -> None:
    """Write Pagefind's index of the built site in `site` to `site/pagefind/`."""
    binary = pagefind_binary()
    if binary is None:
        raise SiteError(Problem("pagefind", "", f"binary not installed ({_INSTALL})"))
    command = [
        str(binary),
        "--site",
        str(site),
        "--root-selector",
        ROOT_SELECTOR,
        "--exclude-selectors",
        EXCLUDE_SELECTOR,
        "--quiet",
    ]
    if keep_index_url:
        # Plain .html links (use_directory_urls: false) must name index.html to open from disk.
        command.append("--keep-index-url")
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, preexec_fn=_tied_to_parent()
        )
    except OSError as exc:
        raise SiteError(Problem("pagefind", "", f"cannot run {binary} ({exc})")) from None
    if done.returncode != 0 or not (site / "pagefind" / "pagefind.js").is_file():
        lines = [" ".join(line.split()) for line in (done.stderr + done.stdout).splitlines()]
        lines = [line for line in lines if line] or [f"exit code {done.returncode}"]
        raise SiteError([Problem("pagefind", "", line) for line in lines[-10:]])
    for path in (site / "pagefind").iterdir():
        if path.name.split(".")[0] in _UNUSED_UI and path.suffix in (".js", ".css"):
            path.unlink()
