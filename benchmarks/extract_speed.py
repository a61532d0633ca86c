"""Extraction speed and peak memory on the BBC News 2005 corpus (2,225 articles), one core.

    python benchmarks/extract_speed.py [CORPUS_DIR] [--repeat N]

CORPUS_DIR defaults to ../shared/corpus/bbc-news-2005 next to the repository; the script
says so and exits 0 when it is not there. Articles are read into memory first, then each
is ingested and extracted in this one process; the figure is articles per second of that
loop (median of --repeat runs), the same in kilobytes of article text per second, and
the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.errors import ArticleError  # noqa: E402
from briefgen.extract import extract  # noqa: E402
from briefgen.ingest import parse_article  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "bbc-news-2005"
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} not found")
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.TXT")
    data = [(p.relative_to(args.corpus).as_posix(), p.read_bytes()) for p in files]
    rates = []
    positions = errors = 0
    for _ in range(args.repeat):
        positions = errors = 0
        start = time.perf_counter()
        for name, raw in data:
            try:
                positions += len(extract(parse_article(raw, name)).positions)
            except ArticleError:
                errors += 1
        rates.append(len(data) / (time.perf_counter() - start))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:        {len(data)} ({errors} unreadable)")
    print(f"positions:       {positions}")
    print(
        f"articles/s:      {statistics.median(rates):.0f} (median of {args.repeat}; min {min(rates):.0f}, max {max(rates):.0f})"
    )
    kilobytes = sum(len(raw) for _, raw in data) / 1024
    rate = statistics.median(rates)
    print(f"KB/s:            {kilobytes * rate / len(data):.0f} ({kilobytes:.0f} KB of articles)")
    print(f"peak memory:     {peak_mb:.0f} MB (resident, whole process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
