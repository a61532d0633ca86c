"""Time reading HTML articles: the saved news pages, large pages, and hostile markup.

    python benchmarks/html_speed.py [--repeat N]

Prints, for each case, its size and the median time to read it into a Document (trafilatura
and lxml, page furniture, paragraphs and sentences), and the time per MB for the pages
made by repeating the fixture pages' article to 1, 5 and 10 MB. Hostile cases are the ones
the standard library's HTMLParser stalls on. Needs nothing outside the repository.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.errors import ArticleError  # noqa: E402
from briefgen.ingest import parse_article  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages"


def _time(data: bytes, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with contextlib.suppress(ArticleError):  # an empty page is timed all the same
            parse_article(data, "bench.html", "html")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _grown(mb: int) -> bytes:
    """A page of `mb` megabytes: the BBC-like page with its article repeated."""
    page = (PAGES / "bbc.html").read_text(encoding="utf-8")
    head, rest = page.split("<article>", 1)
    article, tail = rest.split("</article>", 1)
    body = article.split("</header>", 1)[1]
    copies = max(1, (mb * 1_000_000 - len(page)) // len(body))
    return (head + "<article>" + body * copies + "</article>" + tail).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    parse_article((PAGES / "bbc.html").read_bytes(), "warm.html", "html")  # imports
    cases = [(p.name, p.read_bytes()) for p in sorted(PAGES.glob("*.html"))]
    cases += [(f"bbc.html grown to {mb} MB", _grown(mb)) for mb in (1, 5, 10)]
    cases += [
        ("unclosed <!-- then <a x 1,000,000", ("<!--" + "<a" * 1_000_000).encode()),
        ("</ x 3,000,000", ("</" * 3_000_000).encode()),
        ("<b> nested x 200,000", ("<p>" + "<b>" * 200_000 + "text").encode()),
    ]
    print(f"{'case':40} {'size':>12} {'median':>9} {'per MB':>9}")
    for name, data in cases:
        seconds = _time(data, args.repeat)
        per_mb = seconds / (len(data) / 1_000_000)
        print(f"{name:40} {len(data):>12,} {seconds:>8.3f}s {per_mb:>8.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
