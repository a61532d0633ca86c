"""Build sites of growing size and time full builds and rebuilds.

    python benchmarks/scale.py [--sizes 100,1000,2225,10000] [--corpus DIR] [--jobs N]

For each size N, makes a site project in a temporary folder with the first N articles of
the BBC News 2005 corpus (../shared next to the repository; beyond 2,225 the articles
repeat under new names and dates), then, each build in a fresh process:

1. a full build (nothing extracted yet);
2. a rebuild after adding one article;
3. a rebuild with nothing new;

and prints, for each, the wall time, the time of each stage (read, extract, corpus,
pages, site), peak memory, and the site's size and search index size. Prints figures;
asserts nothing. Skips cleanly when the corpus is not there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BBC = REPO.parent / "shared" / "corpus" / "bbc-news-2005"

# Runs in a fresh process: one build, timed by stage, memory read at the end.
_RUN = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from briefgen.build import build
marks = [("start", time.perf_counter())]
def progress(stage, done, total):
    if done == total:
        marks.append((stage, time.perf_counter()))
report = build({root!r}, jobs={jobs}, progress=progress)
marks.append(("end", time.perf_counter()))
stages = {{marks[i][0]: marks[i][1] - marks[i - 1][1] for i in range(1, len(marks))}}
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({{"stages": stages, "total": marks[-1][1] - marks[0][1],
    "extracted": len(report.extracted), "reused": len(report.reused),
    "peak_mb": max(peak, children) / 1024}}))
"""


def articles(corpus: Path) -> list[Path]:
    """Return the corpus's articles, section by section interleaved (a mix of topics)."""
    sections = sorted(p for p in corpus.iterdir() if p.is_dir()) or [corpus]
    files = [sorted(s.glob("*.txt")) for s in sections]
    return [f for group in zip(*files, strict=False) for f in group if f] + [
        f for group in files for f in group[min(map(len, files)) :]
    ]


def write_article(source: Path, target: Path, day: int) -> None:
    """Copy a BBC article (title line first) with a date prefix, so briefs are dated."""
    date = dt.date(2005, 1, 1) + dt.timedelta(days=day % 3650)
    text = source.read_bytes().decode("utf-8", errors="replace")
    target.write_text(f"date {date.isoformat()}\n{text}", encoding="utf-8")


def run_build(root: Path, jobs: int) -> dict:
    code = _RUN.format(repo=str(REPO), root=str(root), jobs=jobs)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"CI": "true", "PATH": ""}
    )
    if out.returncode != 0:
        raise SystemExit(f"build failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def search_index_size(site: Path) -> int:
    lunr = site / "search" / "search_index.json"
    pagefind = site / "pagefind"
    return (lunr.stat().st_size if lunr.is_file() else 0) + (
        size_of(pagefind) if pagefind.is_dir() else 0
    )


def line(name: str, result: dict) -> str:
    stages = ", ".join(f"{k} {v:.1f}" for k, v in result["stages"].items())
    return (
        f"  {name}: {result['total']:.1f} s ({stages}); extracted {result['extracted']}, "
        f"reused {result['reused']}; peak {result['peak_mb']:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,2225,10000")
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--jobs", type=int, default=0, help="extraction processes (0: cores)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    sys.path.insert(0, str(REPO))
    from briefgen.scaffold import init_site

    pool = articles(args.corpus)
    jobs = args.jobs or None
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "site-project"
            init_site(root)
            for old in (root / "articles").iterdir():
                old.unlink()
            for n in range(size):
                source = pool[n % len(pool)]
                write_article(source, root / "articles" / f"a{n:05}.txt", n)
            print(f"{size} articles:")
            full = run_build(root, jobs)
            print(line("full build", full))
            write_article(pool[size % len(pool)], root / "articles" / f"a{size:05}.txt", size)
            one = run_build(root, jobs)
            print(line("one article added", one))
            none = run_build(root, jobs)
            print(line("nothing new", none))
            site = root / "site"
            print(
                f"  site: {size_of(site) / 1e6:.1f} MB "
                f"({size_of(site) / 1e6 / (size / 1000):.1f} MB per 1,000 articles), "
                f"search index {search_index_size(site) / 1e6:.1f} MB, "
                f"{sum(1 for _ in site.rglob('*.html'))} pages"
            )
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
