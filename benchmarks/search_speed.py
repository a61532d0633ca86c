"""Time site search in a real browser: Material's, Pagefind's and Zensical's, by site size.

    python benchmarks/search_speed.py [--sizes 1000,5000,10000]
                                      [--engines material,pagefind,zensical]
                                      [--corpus DIR] [--queries N] [--keep DIR]

For each size N it makes N briefs by repeating the 2,225 BBC News 2005 articles (in
../shared next to the repository) under new names and dates, renders the pages once, and
builds the site with each engine (strict MkDocs; for Pagefind, the index too; `zensical`
is Zensical's build and its own search). Then, in
headless Debian Chromium against a local http server, for each query it opens the home
page in a fresh browser context (nothing cached), waits for the page's load event, clicks
the header's search box and types the query, and takes the time from the click to the
first result shown. Prints per size and engine: build time, search index size (the bytes
the browser fetched for search is the second figure), and the median time to first
results over the queries, then the median for a next query typed on the same page. Prints
figures; asserts nothing. Skips cleanly when the corpus, Chromium or playwright is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import statistics
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefgen.config import load_project  # noqa: E402
from briefgen.corpus import build_corpus  # noqa: E402
from briefgen.corpus.model import Entry  # noqa: E402
from briefgen.render import render_pages  # noqa: E402
from briefgen.render.write import write_pages  # noqa: E402
from briefgen.site import build_site  # noqa: E402

BBC = REPO.parent / "shared" / "corpus" / "bbc-news-2005"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
# Words and phrases found in the first 50 articles (so at every size), from all sections;
# Pagefind shows only pages with every word.
QUERIES = ["government", "prime minister", "last year", "film", "chief executive", "election"]
TIMEOUT_MS = 300_000


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def unique_entries(folder: Path) -> list[Entry]:
    """Extract each article of the corpus once (all sections, interleaved)."""
    from briefgen.extract import extract
    from briefgen.ingest import read_article

    sections = sorted(p for p in folder.iterdir() if p.is_dir())
    files = [sorted(s.glob("*.txt")) for s in sections]
    picked = [f for group in itertools.zip_longest(*files) for f in group if f is not None]
    entries = []
    for path in picked:
        doc = read_article(path, f"articles/{path.parent.name}-{path.name}")
        entries.append(Entry(extract(doc), "", doc))
    return entries


def repeated(entries: list[Entry], count: int) -> list[Entry]:
    """Return `count` briefs: the corpus repeated, each copy under its own name and date."""
    start = dt.date(2025, 12, 31)
    out = []
    for i in range(count):
        base = entries[i % len(entries)]
        copy = i // len(entries)
        stem = base.document.stem if base.document else f"a{i}"
        brief_id = f"{stem}-r{copy}"
        date = start - dt.timedelta(days=i % 3650)
        brief = base.brief.model_copy(update={"id": brief_id, "date": date})
        out.append(Entry(brief, f"briefs/{brief_id}.yaml", base.document))
    return out


def tree_size(folder: Path) -> int:
    if folder.is_file():
        return folder.stat().st_size
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(root: Path, docs: Path, engine: str, briefs: int) -> tuple[Path, float]:
    """Build the rendered pages in `docs` with `engine`; return the site and the seconds."""
    if engine == "zensical":
        return build_zensical_site(docs.parent)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(docs)
    config["extra"]["briefgen"]["search"] = engine
    root.mkdir(parents=True)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    project = load_project(root)
    start = time.perf_counter()
    used = build_site(project, briefs=briefs)
    seconds = time.perf_counter() - start
    assert used.engine == engine, used
    return project.site, seconds


def build_zensical_site(render: Path) -> tuple[Path, float]:
    """Build the pages rendered in `render` with Zensical (it keeps docs inside the project)."""
    from briefgen.site.zensical_engine import build_zensical

    config = render / "mkdocs-zensical.yml"
    text = (render / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(text + "\nsite_dir: site-zensical\n", encoding="utf-8")
    project = load_project(config)
    start = time.perf_counter()
    build_zensical(project)
    return project.site, time.perf_counter() - start


# The first result: Material's and Pagefind's list item, or Zensical's.
_RESULT = ".md-search-result__item, [role=listbox] > li"
_WATCH = """() => {
  window.__firstResult = new Promise((resolve) => {
    const seen = () => document.querySelector("RESULT");
    const observer = new MutationObserver(() => {
      if (seen()) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Zensical draws its results in a shadow root, which the observer cannot see.
    const shadow = () => [...document.querySelectorAll("body > div")].some(
      (e) => e.shadowRoot && e.shadowRoot.querySelector("RESULT"));
    const tick = () => shadow() ? resolve(performance.now()) : requestAnimationFrame(tick);
    requestAnimationFrame(tick);
  });
  return performance.now();
}""".replace("RESULT", _RESULT)
_FIRST = f"""() => Promise.race([
  window.__firstResult,
  new Promise((_, fail) => setTimeout(() => fail(new Error("no result")), {TIMEOUT_MS})),
])"""


def measure(browser, address: str, query: str, next_query: str) -> tuple[float, float, int]:
    """Return (ms to first results, ms for a next query, bytes fetched for search)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        fetched = [0]

        def count(response) -> None:
            url = response.url
            if "/search/" in url or "/pagefind/" in url or url.endswith("/search.json"):
                fetched[0] += int(response.headers.get("content-length") or 0)

        page.on("response", count)
        page.goto(f"{address}/index.html", wait_until="load")
        start = page.evaluate(_WATCH)
        if page.locator(".md-search__input").count():
            box = page.locator(".md-search__input")
        else:  # Zensical: the header's button opens a dialog with the box
            page.locator(".md-search__button").first.click()
            box = page.locator("input[role=combobox]")
        box.click()
        box.type(query)
        first = page.evaluate(_FIRST) - start
        # A next query on the same page: the index (or its chunks) is already there.
        box.fill("")
        page.wait_for_selector(_RESULT, state="detached", timeout=TIMEOUT_MS)
        start = page.evaluate(_WATCH)
        box.type(next_query)
        again = page.evaluate(_FIRST) - start
        return first, again, fetched[0]
    finally:
        context.close()


def browse(site: Path, queries: list[str]) -> tuple[float, float, int]:
    """Serve `site` and return the medians of (first results, next query) and bytes fetched."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        address = f"http://127.0.0.1:{server.server_address[1]}"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                browser.new_page().close()  # start-up outside the timings
                runs = [
                    measure(browser, address, q, queries[(i + 1) % len(queries)])
                    for i, q in enumerate(queries)
                ]
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    first = statistics.median(r[0] for r in runs)
    again = statistics.median(r[1] for r in runs)
    return first, again, max(r[2] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,10000", help="comma-separated brief counts")
    parser.add_argument(
        "--engines", default="material,pagefind", help="material, pagefind, zensical"
    )
    parser.add_argument("--corpus", type=Path, default=BBC, help="folder of article sections")
    parser.add_argument("--queries", type=int, default=5, help="queries per site (median)")
    parser.add_argument("--keep", type=Path, help="build under this folder, and keep the sites")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        print("skipped: no playwright (pip install -e '.[browser]')")
        return 0
    if not Path(CHROMIUM).exists():
        print(f"skipped: no {CHROMIUM} (apt-get install chromium)")
        return 0
    queries = (QUERIES * args.queries)[: args.queries]
    start = time.perf_counter()
    unique = unique_entries(args.corpus)
    print(f"{len(unique)} articles extracted in {time.perf_counter() - start:.1f} s")
    print(f"queries: {', '.join(queries)}")
    print(
        f"{'briefs':>7} {'pages':>7} {'engine':<9} {'build s':>8} {'index MB':>9} "
        f"{'fetched MB':>10} {'first ms':>9} {'next ms':>8}"
    )
    with tempfile.TemporaryDirectory(prefix="briefgen-search-") as tmp:
        base = args.keep or Path(tmp)
        for size in sizes:
            folder = base / f"n{size}"
            entries = repeated(unique, size)
            corpus = build_corpus(entries)
            (folder / "render").mkdir(parents=True)
            (folder / "render" / "mkdocs.yml").write_text(
                (REPO / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8"
            )
            project = load_project(folder / "render")
            pages = render_pages(project, corpus)
            write_pages(project.docs, pages)
            for engine in engines:
                site, seconds = build(folder / engine, project.docs, engine, size)
                index = site / {"pagefind": "pagefind", "zensical": "search.json"}.get(
                    engine, "search"
                )
                first, again, fetched = browse(site, queries)
                print(
                    f"{size:>7} {len(pages):>7} {engine:<9} {seconds:>8.1f} "
                    f"{tree_size(index) / 1e6:>9.1f} {fetched / 1e6:>10.2f} "
                    f"{first:>9.0f} {again:>8.0f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
