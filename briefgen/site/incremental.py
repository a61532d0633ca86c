"""Rebuild only the pages whose Markdown changed; keep the rest of the site in place.

The nav lists only section pages, so a page's HTML depends on its own Markdown and on
what every page shares (`mkdocs.yml`, the theme, briefgen's site code, the installed
versions), never on another page's text. `SiteState` (in `.briefgen-cache/`) records what
the site in place was built from: the shared inputs, each file of `docs/` (its stat and
digest), each page's anchors and anchor links, and each built page's digest (for the
search shards, `briefgen/site/search.py`). `plan` compares that with the files now and
says whether a build can be incremental, and if not, why.

An incremental build is still one MkDocs build, into a fresh staging folder, in MkDocs'
own "dirty" mode: `KeepPages` marks every unchanged file as not modified, so MkDocs
neither reads, renders nor copies it, and gives unchanged pages their recorded anchors so
every anchor link is checked as in a full build. After the build, each file MkDocs did
not write is hard-linked from the site in place (`fill`): nothing in the old site is ever
written to, so a build killed at any moment leaves it whole, and the swap stays one
rename. Anything that could make the result differ from a full build falls back to one:
a change to a shared input, a page or file removed, Material's search (it indexes every
page), or another MkDocs plugin (it may read every page).
"""

from __future__ import annotations

import hashlib
import logging
import os
import posixpath
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.plugins import BasePlugin

from briefgen import cachefile

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

STATE = ".briefgen-cache/site-state.pickle"
_FORMAT = 4  # bump when SiteState changes shape
# MkDocs warns about every dirty build; here the pages it skips are known to be unchanged.
_DIRTY_WARNING = "A 'dirty' build is being performed"

Stat = tuple[int, int, int]  # st_mtime_ns, st_size, st_ino


@dataclass
class SiteState:
    """What the site in place was built from, to tell what a new build must redo."""

    shared: dict[str, str] = field(default_factory=dict)  # part -> digest (see site.py)
    sources: dict[str, tuple[Stat, str]] = field(default_factory=dict)  # docs file -> digest
    anchors: dict[str, tuple[set[str], dict[str, dict[str, str]]]] = field(default_factory=dict)
    shards: dict[str, str] = field(default_factory=dict)  # search shard -> digest
    files: dict[str, tuple[Stat, str]] = field(default_factory=dict)  # the site's files
    dests: dict[str, str] = field(default_factory=dict)  # docs file -> the site file it makes
    links: dict[str, set[str]] = field(default_factory=dict)  # page -> site files it links to


@dataclass
class Plan:
    """How this build goes: `mode` is "full", "incremental" or "unchanged", with why."""

    mode: str
    reason: str = ""
    changed: set[str] = field(default_factory=set)  # docs files new or changed
    sources: dict[str, tuple[Stat, str]] = field(default_factory=dict)  # every docs file now


def load_state(root: Path) -> SiteState | None:
    """Return the recorded state, or None when there is none or it cannot be read."""
    data = cachefile.read(root / STATE)  # none, or unreadable: a full build
    if not isinstance(data, tuple) or data[0] != _FORMAT or not isinstance(data[1], SiteState):
        return None
    return data[1]


def save_state(root: Path, state: SiteState) -> None:
    """Record the state atomically; a build that cannot is merely slower next time."""
    cachefile.write(root / STATE, (_FORMAT, state))


def forget_state(root: Path) -> None:
    """Drop the recorded state (before a swap: a killed build then rebuilds in full)."""
    (root / STATE).unlink(missing_ok=True)


def scan_docs(docs: Path, previous: SiteState | None) -> dict[str, tuple[Stat, str]]:
    """Return every file under `docs` with its stat and digest.

    A file whose stat (modification time, size, inode) is the one recorded keeps its
    recorded digest; briefgen writes pages by replacing them, so a rewritten page always
    has a new inode. Only the others are read.
    """
    known = previous.sources if previous else {}
    found: dict[str, tuple[Stat, str]] = {}
    for path in sorted(docs.rglob("*")) if docs.is_dir() else []:
        if not path.is_file():  # folders, and links to nothing (MkDocs skips those too)
            continue
        info = path.stat()
        rel = path.relative_to(docs).as_posix()
        stat = (info.st_mtime_ns, info.st_size, info.st_ino)
        hit = known.get(rel)
        found[rel] = hit if hit and hit[0] == stat else (stat, file_digest(path))
    return found


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan(
    previous: SiteState | None,
    shared: dict[str, str],
    sources: dict[str, tuple[Stat, str]],
    site: Path,
    *,
    clean: bool = False,
    blocker: str = "",
    docs: str = "docs",
) -> Plan:
    """Say how to build: in full (and why), only the changed pages, or not at all.

    `blocker` names what would make an incremental build unsafe (Material's search, a
    plugin), or is empty; `docs` is the pages folder, as the reason names it.
    """

    def full(reason: str) -> Plan:
        return Plan("full", reason, set(sources), sources)

    if clean:
        return full("--clean")
    if previous is None:
        return full("no previous build recorded")
    if not same_site(site, previous.files):
        return full(f"{site.name}/ is not the last build's")
    for part, digest in shared.items():
        if previous.shared.get(part) != digest:
            return full(f"{part} changed")
    removed = set(previous.sources) - set(sources)
    changed = {rel for rel, (_, digest) in sources.items() if _digest(previous, rel) != digest}
    if removed:
        # A page that links to a removed file is rendered again, so MkDocs finds the
        # broken link as a full build would; every other page is untouched by a removal.
        gone = {previous.dests.get(rel, rel) for rel in removed}
        changed |= {page for page, targets in previous.links.items() if targets & gone}
        if any(rel not in previous.dests for rel in removed):
            return full(f"{docs}/{sorted(removed)[0]} removed")
    if not changed and not removed:
        return Plan("unchanged", "", changed, sources)
    if blocker:
        return full(blocker)
    return Plan("incremental", "", changed, sources)


def _digest(state: SiteState, rel: str) -> str | None:
    hit = state.sources.get(rel)
    return hit[1] if hit else None


class KeepPages(BasePlugin):
    """A MkDocs plugin (added in-process by `build_site`): build only the changed files.

    In a full build every file counts as changed; the plugin then only records anchors.
    """

    def __init__(self, plan: Plan, previous: SiteState | None, old_site: Path) -> None:
        super().__init__()
        self.plan = plan
        self.previous = previous if plan.mode == "incremental" else None
        self.old_site = old_site
        self.files: Files | None = None
        self.rendered: set[str] = set()  # src_uri of the pages MkDocs renders
        self.kept: set[str] = set()  # dest_uri of the files taken from the site in place
        self.dests: dict[str, str] = {}  # src_uri -> dest_uri of every file from docs/

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self.files = files
        docs = Path(config.docs_dir).resolve()
        for file in files:
            modified = self._modified(file, docs)
            # MkDocs asks this in a dirty build: a kept file is neither read nor written.
            file.is_modified = (lambda value: lambda: value)(modified)  # type: ignore[method-assign]
            if modified and file.is_documentation_page():
                self.rendered.add(file.src_uri)
            elif not modified:
                self.kept.add(file.dest_uri)
            if file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(docs):
                self.dests[file.src_uri] = file.dest_uri
        return files

    def _modified(self, file: Any, docs: Path) -> bool:
        if self.previous is None or file.generated_by is not None or file.abs_src_path is None:
            return True
        if not (self.old_site / file.dest_uri).is_file():
            return True
        if file.is_documentation_page():
            # Only pages outside the nav are kept: a nav page's title may come from its text.
            if not file.inclusion.is_not_in_nav() or file.src_uri not in self.previous.anchors:
                return True
            return file.src_uri in self.plan.changed
        if Path(file.abs_src_path).resolve().is_relative_to(docs):
            return file.src_uri in self.plan.changed
        return False  # a theme file: the theme is one of the shared inputs, unchanged

    def on_nav(self, nav: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        # A page in the nav without a title there takes its title from its text, which an
        # unread page does not have (a `not_in_nav` pattern may match a nav page too).
        for page in nav.pages if self.previous is not None else ():
            if "title" not in vars(page) and page.file.src_uri not in self.rendered:
                page.file.is_modified = lambda: True  # type: ignore[method-assign]
                self.rendered.add(page.file.src_uri)
                self.kept.discard(page.file.dest_uri)
        return nav

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        # Unchanged pages were not read: give them the anchors they had, so every anchor
        # link (to them, and from them to changed pages) is checked as in a full build.
        if self.previous is not None:
            for file in files.documentation_pages():
                page = file.page
                if page is None or file.src_uri in self.rendered:
                    continue
                anchors, links = self.previous.anchors[file.src_uri]
                page.present_anchor_ids = set(anchors)
                page.links_to_anchors = {
                    target: dict(found)
                    for to, found in links.items()
                    if (target := files.get_file_from_path(to)) is not None
                }
        return env

    def anchors(self) -> dict[str, tuple[set[str], dict[str, dict[str, str]]]]:
        """Return every page's anchors and anchor links, for the next build's state."""
        assert self.files is not None
        found = {}
        for file in self.files.documentation_pages():
            page = file.page
            if page is None:
                continue
            links = {to.src_uri: dict(a) for to, a in (page.links_to_anchors or {}).items()}
            found[file.src_uri] = (set(page.present_anchor_ids or ()), links)
        return found


class QuietDirty(logging.Filter):
    """Drop MkDocs' warning about dirty builds (strict mode would count it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(_DIRTY_WARNING)


def _stats(site: Path) -> dict[str, Stat]:
    """Return every file under `site` with its stat (a swap renames, so stats stay)."""
    found = {}
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            info = os.stat(path)
            rel = os.path.relpath(path, site).replace(os.sep, "/")
            found[rel] = (info.st_mtime_ns, info.st_size, info.st_ino)
    return found


def site_files(
    staging: Path, old_site: Path, previous: dict[str, tuple[Stat, str]], known: dict[str, str]
) -> dict[str, tuple[Stat, str]]:
    """Return every file of the staged site with its stat and digest.

    A digest is taken from `known` ({path: digest}), or from `previous` for a file
    hard-linked from the old site; only the others are read.
    """
    found = {}
    for rel, stat in _stats(staging).items():
        digest = known.get(rel)
        if digest is None and rel in previous:
            old = old_site / rel
            if old.is_file() and os.path.samefile(old, staging / rel):
                digest = previous[rel][1]
        found[rel] = (stat, digest or file_digest(staging / rel))
    return found


_HREF = re.compile(rb'href="([^"#?:]+)')


def page_links(page: str, html: bytes) -> set[str]:
    """Return the site files the page at `page` (a site path) links to, relatively."""
    folder = posixpath.dirname(page)
    return {
        posixpath.normpath(posixpath.join(folder, href.decode("utf-8", "replace")))
        for href in _HREF.findall(html)
        if not href.startswith(b"/")
    }


def same_site(site: Path, files: dict[str, tuple[Stat, str]]) -> bool:
    """Tell whether `site` holds exactly the files of the last build, with their bytes.

    A file with its recorded stat is taken as it was; any other is read and compared, so
    a site restored from a cache (in CI, say) still counts as the last build's.
    """
    if not site.is_dir():
        return False
    now = _stats(site)
    if now.keys() != files.keys() or not now:
        return False
    return all(
        stat == files[rel][0] or file_digest(site / rel) == files[rel][1]
        for rel, stat in now.items()
    )


def fill(staging: Path, old_site: Path, files: set[str]) -> int:
    """Hard-link into `staging` each of `files` it lacks from the site in place.

    Return how many. `files` are those MkDocs was told are unchanged (`KeepPages.kept`),
    and what else a build writes when a page needs it (the frame's shared config).
    """
    linked = 0
    for rel in sorted(files):
        target = staging / rel
        if target.exists() or not (old_site / rel).is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        link(old_site / rel, target)
        linked += 1
    return linked


def link(source: Path, target: Path) -> None:
    """Hard-link `source` at `target`; copy where links are not possible."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
