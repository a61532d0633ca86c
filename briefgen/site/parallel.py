"""Build a large site's pages in several processes: one MkDocs build, split after the nav.

MkDocs renders pages one after another on one core, and on a large briefing site that is
most of the build. `SplitPages` is a MkDocs plugin: once MkDocs has listed the files and
made the nav (`on_nav`), it forks helper processes. Every process goes on with the same
build but renders and writes only its own share of the pages outside the nav (taken
in turn, in file order); the others it skips (no Markdown, an empty template, nothing
written). The pages in the nav are read by every process, for their titles (rendered
only where the nav does not name the title), and written by the first. Only the first
process copies the theme's files and writes its templates.

Each helper sends back, for its pages, the anchors they hold, the anchor links they make
and every warning MkDocs logged; the first process checks all anchor links itself, once
all pages are known, and logs the helpers' warnings as its own (strict mode counts them).
Pages are the same bytes as a one-process build; a test compares every file.

Used only where nothing else could see the split: on Linux (fork), with no
MkDocs plugin enabled but briefgen's own (Material's search reads every page; with
Pagefind it is off).
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from typing import TYPE_CHECKING

from jinja2 import ChoiceLoader, DictLoader
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

SKIP_TEMPLATE = "briefgen-skip.html"  # renders to nothing: MkDocs then writes no file
MIN_PAGES = 200
"""Below this many pages outside the nav, one process is quicker than forking."""


def can_split(config: MkDocsConfig, processes: int, pages: int) -> bool:
    """Tell whether a build of `pages` pages may use `processes` processes."""
    # Linux only: macOS has fork, but libraries there may not survive it.
    if processes < 2 or pages < MIN_PAGES or not sys.platform.startswith("linux"):
        return False
    for name, plugin in config.plugins.items():
        enabled = getattr(plugin, "config", {}).get("enabled", True)
        if enabled and not name.startswith("briefgen/"):
            return False
    return True


class _Keep(logging.Handler):
    """Keep the warnings a helper process logs, to send them to the first process."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.getMessage()))


class SplitPages(BasePlugin):
    """A MkDocs plugin (added in-process by `build_site`) that shares pages among processes."""

    def __init__(self, processes: int) -> None:
        super().__init__()
        self.processes = processes
        self.share = 0  # this process's share: 0 is the first process
        self.mine: set[str] = set()  # src_uri of the pages outside the nav this process renders
        self.helpers: list[tuple[int, int]] = []  # (pid, read end of its pipe)
        self.pipe = -1  # in a helper: the write end of its pipe
        self.nav_pages: set[str] = set()  # src_uri of the pages in the nav
        self.kept: _Keep | None = None
        self.anchor_level = logging.WARNING
        self._files: Files | None = None

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        outside = [f for f in files.documentation_pages() if f.inclusion.is_not_in_nav()]
        # In an incremental build (briefgen.site.incremental) only the changed pages are shared.
        shared = sorted(f.src_uri for f in outside if f.is_modified())
        # Anchors are checked once every page is known: by the first process, at the end.
        self.anchor_level = config.validation.links.anchors
        config.validation.links.anchors = logging.DEBUG
        for share in range(1, self.processes):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read)
                self._become_helper(share, write, config, files)
                break
            os.close(write)
            self.helpers.append((pid, read))
        self.mine = {
            uri for i, uri in enumerate(shared) if _share_of(i, self.processes) == self.share
        }
        self.nav_pages = {f.src_uri for f in files.documentation_pages()} - {
            f.src_uri for f in outside
        }
        return nav

    def _become_helper(self, share: int, pipe: int, config: MkDocsConfig, files: Files) -> None:
        self.share, self.pipe, self.helpers = share, pipe, []
        _die_with_parent()
        self.kept = _Keep()
        logging.getLogger("mkdocs").addHandler(self.kept)
        # The first process writes everything that is not a page outside the nav.
        files.copy_static_files = lambda *args, **kwargs: None  # type: ignore[method-assign]
        config.theme.static_templates = set()
        config.extra_templates = []

    def _skips(self, page: Page) -> bool:
        uri = page.file.src_uri
        if uri in self.nav_pages:
            return self.share != 0
        return uri not in self.mine

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if page.file.src_uri in self.nav_pages:
            # A helper reads a nav page only for the nav; when the nav names its title (and
            # its front matter is read already), rendering it would be wasted work.
            if self.share != 0 and "title" in vars(page):
                return ""
            return markdown
        if not self._skips(page):
            return markdown
        page.meta["template"] = SKIP_TEMPLATE
        return ""

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if self._skips(page):  # a nav page in a helper: read for its title, never written
            page.meta["template"] = SKIP_TEMPLATE
        return html

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        assert env.loader is not None  # MkDocs gives every environment its theme loader
        env.loader = ChoiceLoader([DictLoader({SKIP_TEMPLATE: ""}), env.loader])
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.share != 0:
            self._send()
        self._gather()

    def on_build_error(self, *, error: Exception) -> None:
        if self.share != 0:
            records = self.kept.records if self.kept else []
            self._report({"error": str(error) or type(error).__name__, "records": records})
            os._exit(1)
        self._reap()

    def _send(self) -> None:
        """In a helper: send what the first process needs, and end this process."""
        assert self._files is not None
        pages = {}
        for file in self._files.documentation_pages():
            page = file.page
            if page is None or file.src_uri not in self.mine:
                continue
            links = {
                to.src_uri: dict(anchors) for to, anchors in (page.links_to_anchors or {}).items()
            }
            pages[file.src_uri] = (set(page.present_anchor_ids or ()), links)
        self._report({"pages": pages, "records": self.kept.records if self.kept else []})
        os._exit(0)

    def _report(self, message: dict) -> None:
        """Send `message` to the first process; a helper that cannot just ends."""
        try:
            view = memoryview(pickle.dumps(message))
            while view:
                view = view[os.write(self.pipe, view) :]
            os.close(self.pipe)
        except Exception:  # the first process is gone: nobody to tell
            os._exit(1)

    def _gather(self) -> None:
        """In the first process: take the helpers' pages and warnings; check all anchors."""
        log = logging.getLogger("mkdocs.briefgen")
        files = self._files
        assert files is not None
        failed = []
        for pid, read in self._take():
            message = _read_all(read)
            os.close(read)
            _, status = os.waitpid(pid, 0)
            report = pickle.loads(message) if message else {}
            for level, text in report.get("records", []):
                log.log(level, text)
            if "error" in report:
                failed.append(report["error"])
            elif status != 0 or "pages" not in report:
                failed.append(f"a page-building process ended early (status {status})")
            for uri, (anchors, links) in report.get("pages", {}).items():
                file = files.get_file_from_path(uri)
                page = file.page if file is not None else None
                assert page is not None  # the helpers built pages of these very files
                page.present_anchor_ids = anchors
                page.links_to_anchors = {
                    target: found
                    for to, found in links.items()
                    if (target := files.get_file_from_path(to)) is not None
                }
        if failed:
            raise PluginError("; ".join(failed))
        for file in files.documentation_pages():
            if file.page is not None:
                file.page.validate_anchor_links(files=files, log_level=self.anchor_level)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self._files = files
        return files

    def _take(self) -> list[tuple[int, int]]:
        helpers, self.helpers = self.helpers, []
        return helpers

    def _reap(self) -> None:
        """After a failed build: wait for the helpers, so none is left behind."""
        for pid, read in self._take():
            _read_all(read)
            os.close(read)
            os.waitpid(pid, 0)


def _share_of(i: int, processes: int) -> int:
    """Return which process renders the i-th page outside the nav.

    The first process also copies the theme's files, writes the nav's pages and checks
    every anchor, so it takes 9 pages in each 10 the others take.
    """
    slot = i % (10 * processes - 1)
    return 0 if slot < 9 else 1 + (slot - 9) % (processes - 1)


def _die_with_parent() -> None:
    """Ask Linux to end this process when the first one ends (a killed build, say)."""
    try:
        import ctypes

        pr_set_pdeathsig, sigkill = 1, 9
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, sigkill)
    except (OSError, AttributeError):
        pass  # elsewhere a helper finishes its pages and finds nobody to report to


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)
