"""`briefgen serve`: build the whole site and serve it, rebuilding on every change.

Like `mkdocs serve`, with briefgen's pipeline in front: a change to an article, a brief,
`actors.yml`, a template, a page of `docs/` or `mkdocs.yml` runs the build again (new and
changed articles are extracted, the pages that changed rewritten, the site rebuilt with
the project's engine into a temporary folder), and every open page reloads. Changes are
gathered for a moment first (MkDocs' live-reload server debounces them). A bad edit
prints its one-line errors and the last good site stays served.
"""

from __future__ import annotations

import errno
import ipaddress
import shutil
import socket
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from briefgen.build import CACHE_DIR, build
from briefgen.config import Project, load_project
from briefgen.errors import BriefgenError, ConfigError, Problem
from briefgen.report import Report
from briefgen.site import STAMP

DEV_ADDR = "127.0.0.1:8000"


def parse_address(text: str) -> tuple[str, int] | None:
    """Return (host, port) from `HOST:PORT` (`[::1]:8000` for IPv6), or None if it is not one."""
    host, colon, port = text.strip().rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not colon or not host or not port.isdigit() or not 0 < int(port) < 65536:
        return None
    if host != "localhost":
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return None
    return host, int(port)


def port_free(host: str, port: int) -> bool:
    """Tell whether the server could listen on host:port (bound the way it binds)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def watched(project: Project) -> list[Path]:
    """Return what a change to rebuilds from: sources, settings, templates, pages."""
    paths = [project.articles, project.briefs, project.templates, project.docs]
    files = [project.config_file, *project.inherited, project.actors_file]
    return [p for p in paths if p.is_dir()] + [p for p in files if p.is_file()]


def serve(
    root: Path,
    host: str,
    port: int,
    *,
    overrides: dict | None = None,
    open_browser: bool = False,
    tell: Callable[[str], None] = print,
    built: Callable[[Report], None] = lambda report: None,
) -> None:
    """Build the project at `root`, serve it on host:port and rebuild on changes until ^C.

    `tell` gets each line for the user (errors of a bad edit, "Serving on ..."); `built`
    gets the report of each build that succeeded. Raise BriefgenError if the first build
    fails, ConfigError if the port is taken.
    """
    from mkdocs.livereload import LiveReloadServer

    project = load_project(root)
    if not port_free(host, port):
        raise ConfigError(
            Problem(
                "-a/--dev-addr",
                "",
                f"{host}:{port} is already in use; stop what serves there or pick another port "
                f"(-a {host}:{port + 1})",
            )
        )
    # Inside the project: Zensical builds only there. Not watched, and not `site/`.
    cache = project.root / CACHE_DIR
    cache.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="serve-", dir=cache))
    site = staging / "site"
    settings = {**(overrides or {}), "site": site}

    stamp: list[bytes | None] = [None]

    def run() -> None:
        with _own_stamp(project, stamp):
            built(build(root, overrides=settings))

    def rebuild() -> None:
        try:
            run()
        except BriefgenError as exc:
            for line in exc.lines():
                tell(line)
            tell("kept serving the last good site; fix the above and save again")

    try:
        run()
        mount = urlsplit(project.site_url or "/").path or "/"
        server = LiveReloadServer(
            builder=rebuild, host=host, port=port, root=str(site), mount_path=mount
        )
        server.build_delay = 0.3  # an editor's save is often several writes
        server.error_handler = lambda code: _error_page(site, code)
        for path in watched(project):
            server.watch(str(path), recursive=path.is_dir())
        tell(f"Serving on {server.url}")
        try:
            server.serve(open_in_browser=open_browser)
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@contextmanager
def _own_stamp(project: Project, mine: list[bytes | None]) -> Iterator[None]:
    """Let a served build compare with its own last site, and keep `site/`'s digest.

    The digest (`briefgen.site.STAMP`) says what the site in place was built from; the
    served site is another folder, so its digest lives in `mine` between builds.
    """
    path = project.root / STAMP

    def read() -> bytes | None:
        return path.read_bytes() if path.is_file() else None

    def put(data: bytes | None) -> None:
        if data is None:
            path.unlink(missing_ok=True)
        else:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)

    before = read()
    put(mine[0])
    try:
        yield
    finally:
        mine[0] = read()
        put(before)


def _error_page(site: Path, code: int) -> bytes | None:
    page = site / f"{code}.html"
    return page.read_bytes() if code in (404, 500) and page.is_file() else None
