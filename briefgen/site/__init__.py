"""Build the static site with MkDocs, in-process, all or nothing.

The site is built into a temporary folder next to the site folder, strictly (any MkDocs
warning fails the build), and swapped into place only when the build succeeded: a broken
link never leaves a half-built or stale-and-new mix behind. With Pagefind search
(`briefgen/site/search.py`) the staged site is indexed before the swap. Where it is safe, only
the changed pages are rendered and the rest is hard-linked from the site in place
(`briefgen/site/incremental.py`); `clean=True` renders everything.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.config import Project
from briefgen.errors import Problem, SiteError
from briefgen.resources import code_digest
from briefgen.site import incremental
from briefgen.site.frame import CONFIG_SCRIPT
from briefgen.site.search import THEME, Search, choose, index_site, pagefind_binary, use_pagefind

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


class _Collect(logging.Handler):
    """Keep MkDocs' warnings and errors so they can be raised, not printed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = " ".join(record.getMessage().split())
        if message and message not in self.messages:
            self.messages.append(message)


@contextmanager
def _captured() -> Iterator[_Collect]:
    """Collect MkDocs' log records and keep them off the console (only the CLI prints)."""
    logger = logging.getLogger("mkdocs")
    handler = _Collect()
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _quiet_material() -> None:
    # Material prints a MkDocs 2 banner when its templates are first imported.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build_site(
    project: Project, briefs: int | None = None, jobs: int | None = None, *, clean: bool = False
) -> Search:
    """Build the site into `project.site`; raise SiteError with MkDocs' warnings on failure.

    `briefs` is the number of briefs, for `search: auto` (default: the files in briefs/);
    `jobs` how many processes may render pages (default: one per core); `clean` rebuilds
    every page even where an incremental build would do (`briefgen/site/incremental.py`).
    Return the search engine the site got, with how the site was built.
    """
    site = project.site
    if site.exists() and not site.is_dir():
        raise SiteError(Problem(project.rel(site), "", "exists and is not a folder"))
    site.parent.mkdir(parents=True, exist_ok=True)
    _recover(site)
    if briefs is None:
        briefs = _count_briefs(project)
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}.new-", dir=site.parent))
    builder = os.getpid()  # page-building helper processes (briefgen.site.parallel) are not it
    try:
        built = _mkdocs(project, staging, briefs, jobs, clean)
        if built.how.mode == "unchanged":
            return replace(built.search, reused=True)
        indexed = _finish(project, staging, built)
    finally:
        if staging.exists() and os.getpid() == builder:
            shutil.rmtree(staging, ignore_errors=True)
    how, keep = built.how, built.keep
    rendered = tuple(sorted(keep.rendered))
    return replace(
        built.search, mode=how.mode, reason=how.reason, rendered=rendered, indexed=indexed
    )


@dataclass
class _Built:
    """What the MkDocs step did, for the steps after it."""

    search: Search
    how: incremental.Plan
    previous: incremental.SiteState | None
    keep: incremental.KeepPages | None = None
    config: MkDocsConfig | None = None


def _mkdocs(project: Project, staging: Path, briefs: int, jobs: int | None, clean: bool) -> _Built:
    """Run MkDocs (strict) into `staging`, incrementally when it is safe (or not at all,
    when nothing the site is made from changed); raise SiteError on its warnings."""
    _quiet_material()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from briefgen.site.compact import CompactPages
    from briefgen.site.frame import LightFrame
    from briefgen.site.parallel import SplitPages, can_split

    with _captured() as log:
        try:
            config = load_config(
                str(project.config_file),
                strict=True,
                site_dir=str(staging),
                site_url=project.site_url or None,  # `build --site-url` over mkdocs.yml's
            )
            search = choose(project, briefs, config.theme.name or "")
            previous = incremental.load_state(project.root)
            how = _plan(project, config, search, previous, clean)
            if how.mode == "unchanged":
                return _Built(search, how, previous)
            if search.engine == "pagefind":
                use_pagefind(config)
            keep = incremental.KeepPages(how, previous, project.site)
            config.plugins["briefgen/keep"] = keep
            config.plugins["briefgen/frame"] = LightFrame()
            config.plugins["briefgen/compact"] = CompactPages()
            processes = jobs or os.cpu_count() or 1
            pages = sum(1 for rel in how.changed if rel.endswith(".md"))
            if can_split(config, processes, pages):
                config.plugins["briefgen/split"] = SplitPages(processes)
            with _dirty(how.mode == "incremental"):
                build(config, dirty=how.mode == "incremental")
        except (MkDocsException, OSError) as exc:
            lines = list(log.messages)
            summary = str(exc).strip()
            if summary and summary not in lines:
                lines.append(summary)
            raise SiteError([Problem("mkdocs", "", line) for line in lines]) from None
    return _Built(search, how, previous, keep, config)


def _finish(project: Project, staging: Path, built: _Built) -> list[str]:
    """Complete the staged site (kept pages, search index), swap it in and record what it
    was built from; return the search shards indexed."""
    site, how, keep, previous = project.site, built.how, built.keep, built.previous
    assert keep is not None and built.config is not None
    if how.mode == "incremental":
        incremental.fill(staging, site, keep.kept | {CONFIG_SCRIPT})
    last = previous if previous and how.mode == "incremental" else incremental.SiteState()
    state = incremental.SiteState(
        shared=_shared(project, built.config, built.search),
        sources=how.sources,
        anchors=keep.anchors(),
        dests=keep.dests,
    )
    pages, links = _pages(staging, site, last)
    for src, dest in keep.dests.items():
        if dest in links:
            state.links[src] = links[dest]
        elif src in last.links and dest in pages:
            state.links[src] = last.links[src]
    indexed: list[str] = []
    if built.search.engine == "pagefind":
        state.shards, indexed = index_site(
            staging,
            keep_index_url=not project.directory_urls,
            pages=pages,
            previous=last.shards,
            old_site=site,
        )
    # mkdtemp makes a private folder; a site is meant to be served.
    os.chmod(staging, 0o755)
    state.files = incremental.site_files(staging, site, last.files, pages)
    # Between the swap and the new state, the state on disk describes neither site.
    incremental.forget_state(project.root)
    _swap(staging, site)
    incremental.save_state(project.root, state)
    return indexed


@contextmanager
def _dirty(on: bool) -> Iterator[None]:
    """Keep MkDocs' dirty-build warning out of an incremental build (strict counts it)."""
    logger = logging.getLogger("mkdocs.commands.build")
    quiet = incremental.QuietDirty()
    if on:
        logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def _plan(
    project: Project,
    config: MkDocsConfig,
    search: Search,
    previous: incremental.SiteState | None,
    clean: bool,
) -> incremental.Plan:
    """Decide between a full build, an incremental one and keeping the site as it is."""
    blocker = ""
    for name, plugin in config.plugins.items():
        if not _enabled(plugin) or name.startswith("briefgen/"):
            continue
        if name in ("search", "material/search"):
            # With Pagefind it is turned off later (use_pagefind), before the build.
            if search.engine != "pagefind":
                blocker = blocker or "Material's search indexes every page"
        else:
            blocker = blocker or f"plugin {name} may read every page"
    sources = incremental.scan_docs(Path(config.docs_dir), previous)
    shared = _shared(project, config, search)
    docs = project.rel(Path(config.docs_dir))
    return incremental.plan(
        previous, shared, sources, project.site, clean=clean, blocker=blocker, docs=docs
    )


def _enabled(plugin: object) -> bool:
    return plugin is not None and bool(getattr(plugin, "config", {}).get("enabled", True))


def _pages(
    staging: Path, site: Path, last: incremental.SiteState
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Return every built page (.html, outside pagefind/) with its digest, and the links
    of the pages this build wrote.

    A page hard-linked from the site in place keeps its recorded digest; only the pages
    written by this build are read.
    """
    known = {rel: digest for rel, (_, digest) in last.files.items()}
    found, links = {}, {}
    for path in sorted(staging.rglob("*.html")):
        rel = path.relative_to(staging).as_posix()
        if rel.startswith("pagefind/"):
            continue
        old = site / rel
        if rel in known and old.is_file() and os.path.samefile(old, path):
            found[rel] = known[rel]
            continue
        html = path.read_bytes()
        found[rel] = hashlib.sha256(html).hexdigest()
        links[rel] = incremental.page_links(rel, html)
    return found, links


STAMP = incremental.STATE
"""What the site in place was built from (`briefgen/commands/serve.py` keeps its own beside it)."""


def _shared(project: Project, config: MkDocsConfig, search: Search) -> dict[str, str]:
    """Digest what every page is built from, part by part (a change means a full build).

    The parts are named as the build's summary says which one changed.
    """
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return ""

    def digest(*parts: str | bytes) -> str:
        found = hashlib.sha256()
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            found.update(len(data).to_bytes(8, "big") + data)
        return found.hexdigest()

    names = ("briefgen", "mkdocs", "mkdocs-material", "pagefind")
    binary = str(pagefind_binary()) if search.engine == "pagefind" else ""
    theme: list[str | bytes] = []
    folders = [THEME] + ([Path(config.theme.custom_dir)] if config.theme.custom_dir else [])
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                theme += [path.relative_to(folder).as_posix(), path.read_bytes()]
    for hook in config.hooks:  # MkDocs maps each path as written to the loaded module
        name = str(hook)
        # As MkDocs reads it: relative to mkdocs.yml, not to the current folder.
        path = project.config_file.parent / name
        theme += [name, path.read_bytes() if path.is_file() else b""]
    return {
        "the installed versions": digest(*(installed(name) for name in names), binary),
        "the search engine": digest(search.engine),
        "mkdocs.yml": digest(
            project.config_file.read_bytes(),
            *(path.read_bytes() for path in project.inherited),  # its INHERIT files
            str(config.site_url),
            str(config.use_directory_urls),
        ),
        "the theme": digest(*theme),
        "briefgen's site code": code_digest("site"),
    }


def _swap(new: Path, site: Path) -> None:
    """Put the new site in place: old out of the way, new in, old deleted."""
    if not site.exists():
        os.replace(new, site)
        return
    if _exchange(new, site):
        shutil.rmtree(new, ignore_errors=True)  # now the old site
        return
    old = Path(tempfile.mkdtemp(prefix=f".{site.name}.old-", dir=site.parent))
    os.replace(site, old / site.name)
    try:
        os.replace(new, site)
    except OSError:
        os.replace(old / site.name, site)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); return False where that is missing.

    A build killed at any instant then leaves either the old site or the new one whole,
    never neither.
    """
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _recover(site: Path) -> None:
    """Clean up after a build killed mid-way: put back a moved-out site, drop leftovers."""
    for old in sorted(site.parent.glob(f".{site.name}.old-*")):
        if not site.exists() and (old / site.name).is_dir():
            os.replace(old / site.name, site)
        shutil.rmtree(old, ignore_errors=True)
    for staging in site.parent.glob(f".{site.name}.new-*"):
        shutil.rmtree(staging, ignore_errors=True)


def _count_pages(project: Project) -> int:
    return sum(1 for _ in project.docs.rglob("*.md")) if project.docs.is_dir() else 0


def _count_briefs(project: Project) -> int:
    return len(list(project.briefs.glob("*.yaml"))) if project.briefs.is_dir() else 0


def site_search(project: Project, briefs: int | None = None) -> Search:
    """Return the search engine the site gets (see `briefgen.site.search.choose`)."""
    _quiet_material()
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    with _captured() as log:
        try:
            theme = load_config(str(project.config_file)).theme.name or ""
        except (MkDocsException, OSError) as exc:
            lines = [*log.messages, str(exc).strip()]
            raise SiteError([Problem("mkdocs", "", line) for line in lines if line]) from None
    return choose(project, _count_briefs(project) if briefs is None else briefs, theme)
