"""Take a PNG screenshot of a page of a built site, with Debian's Chromium.

    python tools/screenshot.py --site site --page index.html --out shot.png
    python tools/screenshot.py --page briefs/<slug>.html#c7 --out docs/assets/brief.png

Without --site, it builds the fixture briefs (tests/fixtures/briefs) into a temporary site
first. The site is served over http.server on localhost (search and scripts need http, not
file://). Needs PyPI `playwright` and `/usr/bin/chromium` (`apt-get install chromium`);
never run `playwright install`: the system browser is used.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # one line per request would bury the tool's own output


def build_fixture_site(root: Path) -> Path:
    """Build the fixture briefs into a site under `root`; return the site folder."""
    sys.path.insert(0, str(REPO))
    from briefgen.briefs import store
    from briefgen.config import load_project
    from briefgen.corpus import build_corpus
    from briefgen.corpus.model import read_entry
    from briefgen.render import render_pages
    from briefgen.render.write import write_pages
    from briefgen.site import build_site

    entries = []
    for path in sorted((REPO / "tests" / "fixtures" / "briefs").glob("*.yaml")):
        stored = store.load(path)
        assert stored.brief is not None, stored.problems
        entries.append(read_entry(REPO, stored.brief, path.relative_to(REPO).as_posix()))
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    project = load_project(root)
    write_pages(project.docs, render_pages(project, build_corpus(entries)))
    build_site(project)
    return project.site


def screenshot(
    site: Path, page: str, out: Path, width: int, height: int, full: bool, search: str = ""
) -> None:
    """Serve `site` on localhost and save a screenshot of `page` to `out`."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{page}"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                view = browser.new_page(viewport={"width": width, "height": height})
                response = view.goto(url, wait_until="networkidle")
                if response is None or not response.ok:
                    raise SystemExit(f"{url}: HTTP {response.status if response else 'error'}")
                if search:
                    box = view.locator(
                        ".md-search__input"
                    )  # Material's box and briefgen's Pagefind one
                    box.click()
                    box.type(search)
                    view.locator(".md-search-result__link").first.wait_for(timeout=15000)
                    view.wait_for_timeout(600)  # Material fades the results in
                out.parent.mkdir(parents=True, exist_ok=True)
                view.screenshot(path=str(out), full_page=full)
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="built site folder (default: build fixtures)")
    parser.add_argument("--page", default="index.html", help="page path inside the site")
    parser.add_argument("--out", type=Path, default=Path("screenshot.png"), help="PNG to write")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full-page", action="store_true", help="capture the whole page")
    parser.add_argument("--search", default="", help="type this into the search box first")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} not found: apt-get install -y chromium")
    with tempfile.TemporaryDirectory(prefix="briefgen-shot-") as tmp:
        site = args.site or build_fixture_site(Path(tmp))
        if not (site / args.page.split("#")[0]).is_file():
            raise SystemExit(f"{site / args.page}: no such page")
        screenshot(site, args.page, args.out, args.width, args.height, args.full_page, args.search)
    print(args.out)


if __name__ == "__main__":
    main()
