"""Build the static site with MkDocs, in-process, all or nothing.

The site is built into a temporary folder next to the site folder, strictly (any MkDocs
warning fails the build), and swapped into place only when the build succeeded: a broken
link never leaves a half-built or stale-and-new mix behind.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefgen.config import Project
from briefgen.errors import Problem, SiteError


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


def build_site(project: Project) -> None:
    """Build the site into `project.site`; raise SiteError with MkDocs' warnings on failure."""
    _quiet_material()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    site = project.site
    if site.exists() and not site.is_dir():
        raise SiteError(Problem(project.rel(site), "", "exists and is not a folder"))
    site.parent.mkdir(parents=True, exist_ok=True)
    _recover(site)
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}.new-", dir=site.parent))
    try:
        with _captured() as log:
            try:
                config = load_config(str(project.config_file), strict=True, site_dir=str(staging))
                build(config)
            except (MkDocsException, OSError) as exc:
                lines = list(log.messages)
                summary = str(exc).strip()
                if summary and summary not in lines:
                    lines.append(summary)
                raise SiteError([Problem("mkdocs", "", line) for line in lines]) from None
        # mkdtemp makes a private folder; a site is meant to be served.
        os.chmod(staging, 0o755)
        _swap(staging, site)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


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


def serve_site(project: Project, dev_addr: str = "127.0.0.1:8000") -> None:
    """Serve the site with live reload until interrupted (MkDocs' development server)."""
    _quiet_material()
    from mkdocs.commands.serve import serve

    serve(config_file=str(project.config_file), dev_addr=dev_addr)
