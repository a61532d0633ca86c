"""Skip a build whose inputs and outputs are exactly as the last build left them.

With nothing new, a build would read every article, brief and page only to find that
nothing changed. Instead, after a build with a site, `remember` records a snapshot: the
path, size, modification time and inode of every file a build reads or writes
(`mkdocs.yml`, `actors.yml`, `articles/`, `briefs/`, `templates/`, `docs/`), the site
folder's identity, briefgen's own code and the versions of MkDocs, Material and Pagefind,
with the build's report. A build that finds the same snapshot says what the last one
said, with everything it did reused, and reads nothing else. Any difference at all, even
a file touched without a change, means a real build, which redoes only what changed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import cachefile

if TYPE_CHECKING:
    from briefgen.config import Project
    from briefgen.report import Report

SNAPSHOT = ".briefgen-cache/last-build.pickle"
_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent.parent  # all of briefgen


def snapshot(project: Project) -> str:
    """Return a digest of the stat of every file a build reads or writes."""
    found = hashlib.sha256()
    for name in ("mkdocs", "mkdocs-material", "pagefind", "pagefind-bin"):
        found.update(f"{name}={_version(name)}\n".encode())
    found.update(f"PAGEFIND_BINARY_PATH={os.environ.get('PAGEFIND_BINARY_PATH', '')}\n".encode())
    roots = [project.config_file, *project.inherited, project.actors_file, project.articles]
    roots += [project.briefs, project.templates, project.docs, _PACKAGE]
    for root in roots:
        _add_tree(found, root)
    try:
        info = project.site.stat()
        found.update(f"site {info.st_dev} {info.st_ino}\n".encode())
        _add_tree(found, project.site / "index.html")
    except OSError:
        found.update(b"no site\n")
    return found.hexdigest()


def _add_tree(found: hashlib._Hash, root: Path) -> None:
    """Add `root` and, for a folder, everything under it (not __pycache__) to `found`."""
    stack = [str(root)]
    while stack:
        path = stack.pop()
        try:
            info = os.stat(path)
        except OSError:
            found.update(f"- {path}\n".encode("utf-8", "surrogateescape"))
            continue
        line = f"{path} {info.st_mode} {info.st_size} {info.st_mtime_ns} {info.st_ino}\n"
        found.update(line.encode("utf-8", "surrogateescape"))
        if os.path.isdir(path):
            with os.scandir(path) as entries:
                names = sorted(e.name for e in entries if e.name != "__pycache__")
            stack.extend(os.path.join(path, name) for name in reversed(names))


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return ""


def previous_report(project: Project) -> Report | None:
    """Return what the last build reported, as this one would, if nothing changed since."""
    data = cachefile.read(project.root / SNAPSHOT)
    if not isinstance(data, tuple) or len(data) != 3:
        return None  # no snapshot, or one that cannot be read: build
    fmt, stamp, report = data
    if fmt != _FORMAT or stamp != snapshot(project):
        return None
    return replace(
        report,
        extracted=[],
        reused=sorted([*report.reused, *report.extracted]),
        removed_briefs=[],
        pages=[],
        removed=[],
        site_unchanged=True,
        site_mode="",
        site_reason="",
        rendered=[],
        indexed=[],
        renders=[],
        pages_reason="",
    )


def remember(project: Project, report: Report, before: str) -> None:
    """Record the snapshot after a build, if the inputs did not change while it ran.

    `before` is the snapshot of the inputs (`inputs`) taken when the build started.
    """
    path = project.root / SNAPSHOT
    forget(project)
    if inputs(project) != before:
        return  # something changed under the build: the next one must look again
    cachefile.write(path, (_FORMAT, snapshot(project), report))


def forget(project: Project) -> None:
    """Drop the snapshot: the next build looks at everything."""
    (project.root / SNAPSHOT).unlink(missing_ok=True)


def inputs(project: Project) -> str:
    """Return a digest of the stat of what only people change (not briefs, docs, site)."""
    found = hashlib.sha256()
    roots = (project.config_file, *project.inherited, project.actors_file, project.articles)
    for root in (*roots, project.templates):
        _add_tree(found, root)
    return found.hexdigest()
