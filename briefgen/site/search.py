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
`pagefind[bin]` wheel) over it, one index per shard of pages (`shard_plan`), which the
search box merges; an incremental build indexes only the shards whose pages changed. The
pages themselves stay plain Markdown.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.config import CONFIG_FILE, Project
from briefgen.errors import Problem, SiteError
from briefgen.resources import theme_dir

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

PAGEFIND_FROM = 150
"""`auto` uses Pagefind from this many briefs up (see README.md, "Search", for why)."""

THEME = theme_dir()
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
    mode: str = ""  # how the site was built: "full" or "incremental" (briefgen.site.incremental)
    reason: str = ""  # why a build was full
    rendered: tuple[str, ...] = ()  # the pages MkDocs rendered (docs/ paths)
    indexed: list[str] = field(default_factory=list)  # the search shards indexed again


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


SHARD_PAGES = 800
"""A search shard holds at most about this many pages (see `shard_plan`)."""
SHARDS = "shards"  # pagefind/shards/<name>/: one Pagefind index per shard
SHARD_LIST = "shards.json"  # pagefind/shards.json: the shards the search box merges
# What a shard's bundle needs: the primary bundle's scripts and WebAssembly serve them all.
_PRIMARY_ONLY = ("pagefind.js", "pagefind-worker.js", "wasm.")


def shard_plan(pages: list[str]) -> dict[str, list[str]]:
    """Share the site's pages among search shards; return {shard: its pages}.

    A shard is a function of the page's path and of how many pages of its kind there are,
    never of the build's history, so an incremental build makes the same shards as a full
    one. Brief pages and actor pages each go, by a hash of their path, to one of a power of
    two of shards of at most SHARD_PAGES (one new article changes its brief page's shard
    and those of its actors' pages); every other page (home, section pages) is in the
    primary index (""), which holds Pagefind's scripts.
    """
    groups: dict[str, list[str]] = {"": [], "b": [], "a": []}
    for page in pages:
        folder, _, name = page.partition("/")
        kind = {"briefs": "b", "actors": "a"}.get(folder, "") if name != "index.html" else ""
        groups[kind].append(page)
    plan: dict[str, list[str]] = {"": sorted(groups[""])}
    for kind in ("b", "a"):
        count = 1
        while count * SHARD_PAGES < len(groups[kind]):
            count *= 2
        for page in sorted(groups[kind]):
            at = int(hashlib.sha256(page.encode("utf-8")).hexdigest()[:8], 16) % count
            plan.setdefault(f"{kind}{count}-{at}", []).append(page)
    return plan


def index_site(
    site: Path,
    *,
    keep_index_url: bool,
    pages: dict[str, str] | None = None,
    previous: dict[str, str] | None = None,
    old_site: Path | None = None,
) -> tuple[dict[str, str], list[str]]:
    """Write Pagefind's index of the built site in `site` to `site/pagefind/`, by shard.

    `pages` gives each page (.html under `site`) its digest (default: read them all). A
    shard whose pages and digests are those of `previous` ({shard: digest}, from the site
    in `old_site`) is hard-linked from there; only the others are indexed. Return the
    shards' digests and the shards indexed.
    """
    if pages is None:
        pages = {
            p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*.html"))
            if p.relative_to(site).parts[0] != "pagefind"
        }
    previous = previous or {}
    digests, todo = {}, []
    for shard, members in shard_plan(list(pages)).items():
        found = hashlib.sha256(f"{keep_index_url}".encode())
        for page in members:
            found.update(f"{page}\0{pages[page]}\n".encode())
        digests[shard] = found.hexdigest()
        old = _bundle(old_site, shard) if old_site else None
        if previous.get(shard) == digests[shard] and old is not None and old.is_dir():
            _link_bundle(old, _bundle(site, shard), primary=not shard)
        else:
            todo.append((shard, members))
    # Next to the staging folder and named after it, so a killed build's leftovers go too.
    farms = Path(tempfile.mkdtemp(prefix=f"{site.name}-farm-", dir=site.parent))
    try:
        # One shard after another: Pagefind uses every core itself, and a child tied to
        # its parent (`_tied_to_parent`) is best started from the main thread.
        for shard, members in todo:
            _index_shard(site, farms / (shard or "primary"), shard, members, keep_index_url)
    finally:
        shutil.rmtree(farms, ignore_errors=True)
    listing = [f"{SHARDS}/{shard}/" for shard in sorted(digests) if shard]
    (site / "pagefind" / SHARD_LIST).write_text(json.dumps(listing) + "\n", encoding="utf-8")
    return digests, sorted(shard or "primary" for shard, _ in todo)


def _bundle(site: Path, shard: str) -> Path:
    return site / "pagefind" / SHARDS / shard if shard else site / "pagefind"


def _link_bundle(old: Path, new: Path, *, primary: bool) -> None:
    """Hard-link an unchanged shard's bundle from the site in place."""
    from briefgen.site.incremental import link

    for path in sorted(old.rglob("*")):
        rel = path.relative_to(old)
        if primary and (rel.parts[0] == SHARDS or rel.name == SHARD_LIST):
            continue
        if path.is_file():
            (new / rel).parent.mkdir(parents=True, exist_ok=True)
            link(path, new / rel)


def _index_shard(
    site: Path, farm: Path, shard: str, members: list[str], keep_index_url: bool
) -> None:
    """Index one shard: its pages, hard-linked into a folder of their own, by Pagefind."""
    from briefgen.site.incremental import link

    for page in members:
        (farm / page).parent.mkdir(parents=True, exist_ok=True)
        link(site / page, farm / page)
    out = _bundle(site, shard)
    _run_pagefind(farm, out, keep_index_url)
    for path in out.iterdir():
        unused = path.name.split(".")[0] in _UNUSED_UI and path.suffix in (".js", ".css")
        if unused or (shard and path.name.startswith(_PRIMARY_ONLY)):
            path.unlink()


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


def _run_pagefind(site: Path, out: Path, keep_index_url: bool) -> None:
    """Run the Pagefind binary over the pages in `site`, writing its bundle to `out`."""
    binary = pagefind_binary()
    if binary is None:
        raise SiteError(Problem("pagefind", "", f"binary not installed ({_INSTALL})"))
    command = [
        str(binary),
        "--site",
        str(site),
        "--output-path",
        str(out),
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
    if done.returncode != 0 or not (out / "pagefind-entry.json").is_file():
        lines = [" ".join(line.split()) for line in (done.stderr + done.stdout).splitlines()]
        lines = [line for line in lines if line] or [f"exit code {done.returncode}"]
        raise SiteError([Problem("pagefind", "", line) for line in lines[-10:]])
