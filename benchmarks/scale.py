"""Build sites of growing size and time full builds, rebuilds and plain MkDocs.

    python benchmarks/scale.py [--sizes 100,1000,2225,10000] [--corpus DIR] [--jobs N]
                               [--plain-up-to 2225] [--repeat N]

For each size N, makes a site project in a temporary folder with the first N articles of
the BBC News 2005 corpus (../shared next to the repository; beyond 2,225 the articles
repeat under new names and dates), then runs, each as a whole `briefgen build` in a
fresh process (`CI=true`):

1. a full build (nothing extracted yet);
2. a rebuild after adding one article;
3. a rebuild with nothing new;

and, as the reference of the same run, plain MkDocs + Material (`mkdocs build`, a fresh
process) over the same articles as bare Markdown pages, with a default `mkdocs.yml`
(theme material and nothing else: its search plugin, and a nav of every page, as MkDocs
makes it). Prints for each build the wall time of the whole command, the time of each
stage inside it (read, extract, actors, pages, site), peak memory, how the site was built
(full and why, incremental, unchanged) and which pages MkDocs rendered and which search
shards were indexed; then the site's size and search index size. With `--repeat N`,
each size is run N times (a new project each time) and the medians follow. Prints figures;
asserts nothing. Skips cleanly when the corpus is not there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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
    "peak_mb": max(peak, children) / 1024,
    "mode": "unchanged" if report.site_unchanged else report.site_mode,
    "reason": report.site_reason, "rendered": report.rendered, "indexed": report.indexed,
    "renders": report.renders, "pages_reason": report.pages_reason}}))
"""
PLAIN_CONFIG = "site_name: Plain\ntheme:\n  name: material\n"


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


def run_build(root: Path, jobs: int | None) -> dict:
    """Run one whole build in a fresh process; return its figures, with the wall time."""
    code = _RUN.format(repo=str(REPO), root=str(root), jobs=jobs)
    start, cpu = time.perf_counter(), _children_cpu()
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"CI": "true", "PATH": ""}
    )
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if out.returncode != 0:
        raise SystemExit(f"build failed:\n{out.stderr[-2000:]}")
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "wall": wall, "cpu": cpu}


def _children_cpu() -> float:
    """Processor time (user + system) of the ended child processes so far: less noisy than
    wall time on a shared machine."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def plain_mkdocs(articles: list[Path], where: Path) -> tuple[float, float]:
    """Build the articles as bare pages with plain MkDocs + Material; return wall, CPU time."""
    docs = where / "docs"
    docs.mkdir(parents=True)
    (where / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    (docs / "index.md").write_text("# Plain\n", encoding="utf-8")
    for path in articles:
        lines = path.read_text(encoding="utf-8").splitlines()
        # "date ..." then the title line, as write_article makes them
        body = "\n".join(lines[2:])
        (docs / f"{path.stem}.md").write_text(f"# {lines[1]}\n\n{body}\n", encoding="utf-8")
    start, cpu = time.perf_counter(), _children_cpu()
    out = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(where / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if out.returncode != 0:
        raise SystemExit(f"plain MkDocs failed:\n{out.stderr[-2000:]}")
    return wall, cpu


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
    how = result["mode"] + (f" ({result['reason']})" if result["reason"] else "")
    rendered, indexed = result["rendered"], result["indexed"]
    shown = ", ".join(rendered[:12]) + (
        f", ... ({len(rendered) - 12} more)" if rendered[12:] else ""
    )
    return (
        f"  {name}: {result['wall']:.1f} s whole command, {result['cpu']:.1f} s CPU "
        f"({result['total']:.1f} s in build(): "
        f"{stages}); extracted {result['extracted']}, reused {result['reused']}; "
        f"peak {result['peak_mb']:.0f} MB\n"
        f"    pages: {len(result['renders'])} files rendered (Jinja, feeds, data)"
        + (f", every page: {result['pages_reason']}" if result["pages_reason"] else "")
        + f"\n    site: {how}; {len(rendered)} pages rendered by MkDocs, {len(indexed)} search "
        f"shards indexed ({', '.join(indexed)})"
        + (f"\n    rendered: {shown}" if rendered and result["mode"] == "incremental" else "")
    )


def run_size(pool: list[Path], size: int, jobs: int | None, plain_up_to: int) -> dict:
    """Time the three builds (and plain MkDocs) of one size; return {name: (wall, CPU)}."""
    from briefgen.commands.scaffold import init_site

    times: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site-project"
        init_site(root)
        for old in (root / "articles").iterdir():
            old.unlink()
        for n in range(size):
            source = pool[n % len(pool)]
            write_article(source, root / "articles" / f"a{n:05}.txt", n)
        print(f"{size} articles:", flush=True)
        full = run_build(root, jobs)
        print(line("full build", full), flush=True)
        write_article(pool[size % len(pool)], root / "articles" / f"a{size:05}.txt", size)
        one = run_build(root, jobs)
        print(line("one article added", one), flush=True)
        none = run_build(root, jobs)
        print(line("nothing new", none), flush=True)
        times.update(full=(full["wall"], full["cpu"]), one=(one["wall"], one["cpu"]))
        times["none"] = (none["wall"], none["cpu"])
        print(
            f"  one added / full = {one['wall'] / full['wall']:.2f} "
            f"(CPU {one['cpu'] / full['cpu']:.2f})",
            flush=True,
        )
        if size <= plain_up_to:
            bare = sorted((root / "articles").glob("*.txt"))[:size]
            plain, plain_cpu = plain_mkdocs(bare, Path(tmp) / "plain")
            times["plain"] = (plain, plain_cpu)
            print(
                f"  plain MkDocs + Material, same {size} articles: {plain:.1f} s, "
                f"{plain_cpu:.1f} s CPU; full build / plain = {full['wall'] / plain:.2f} "
                f"(CPU {full['cpu'] / plain_cpu:.2f})",
                flush=True,
            )
        else:
            print(f"  plain MkDocs: skipped above {plain_up_to} articles (--plain-up-to)")
        site = root / "site"
        print(
            f"  site: {size_of(site) / 1e6:.1f} MB "
            f"({size_of(site) / 1e6 / (size / 1000):.1f} MB per 1,000 articles), "
            f"search index {search_index_size(site) / 1e6:.1f} MB, "
            f"{sum(1 for _ in site.rglob('*.html'))} pages",
            flush=True,
        )
        shutil.rmtree(root, ignore_errors=True)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,2225,10000")
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--jobs", type=int, default=0, help="extraction processes (0: cores)")
    parser.add_argument(
        "--plain-up-to",
        type=int,
        default=2225,
        help="time plain MkDocs only up to this size (its nav of every page grows as N^2)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per size; medians printed after them"
    )
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    sys.path.insert(0, str(REPO))
    pool = articles(args.corpus)
    jobs = args.jobs or None
    for size in (int(s) for s in args.sizes.split(",")):
        runs = [run_size(pool, size, jobs, args.plain_up_to) for _ in range(args.repeat)]
        if args.repeat > 1:
            print(f"{size} articles, median of {args.repeat} runs:")
            for name in ("full", "one", "none", "plain"):
                done = [r[name] for r in runs if r.get(name)]
                if done:
                    wall = statistics.median(w for w, _ in done)
                    cpu = statistics.median(c for _, c in done)
                    print(f"  {name}: {wall:.1f} s ({cpu:.1f} s CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
