"""Build a briefing site from the BBC politics articles and report on its actors.

    python benchmarks/politics_site.py [--corpus DIR] [--keep DIR]

Copies the articles of DIR (default: BBC News 2005 `politics`, 417 articles, in ../shared
next to the repository) into a new site made by `briefgen init` in a temporary folder,
runs `briefgen build` on it, and prints: build time, site size, actor pages, the probable
duplicates `briefgen actors` flags (as a share of actors with 3 or more positions), the
top 20 actors by positions, and the contested claims found. Prints figures; asserts
nothing. Skips cleanly when the corpus is not there.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefgen.build import build, survey  # noqa: E402
from briefgen.commands.scaffold import init_site  # noqa: E402

POLITICS = REPO.parent / "shared" / "corpus" / "bbc-news-2005" / "politics"


def folder_size(folder: Path) -> tuple[int, int]:
    """Return (files, bytes) under folder."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=POLITICS)
    parser.add_argument("--keep", type=Path, help="build here instead of a temporary folder")
    args = parser.parse_args()
    articles = sorted(args.corpus.glob("*.txt")) if args.corpus.is_dir() else []
    if not articles:
        print(f"skipped: no articles in {args.corpus}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp) / "site-project"
        if root.exists():
            shutil.rmtree(root)
        init_site(root)
        for old in (root / "articles").iterdir():
            old.unlink()  # the example article is not part of this corpus
        for path in articles:
            shutil.copy(path, root / "articles" / f"{args.corpus.name}-{path.name}")
        start = time.perf_counter()
        build(root)
        seconds = time.perf_counter() - start
        corpus, duplicates, _ = survey(root)
        files, size = folder_size(root / "site")
        busy = [a for a in corpus.actors if len(a.positions) >= 3]
        flagged = {d.first.id for d in duplicates} | {d.second.id for d in duplicates}
        flagged_busy = [a for a in busy if a.id in flagged]
        print(f"articles: {len(articles)} from {args.corpus}")
        print(f"build (extract, pages, strict MkDocs site): {seconds:.1f} s")
        print(f"site: {files} files, {size / 1e6:.1f} MB")
        print(f"actor pages: {len(corpus.actors)}; with 3 or more positions: {len(busy)}")
        print(
            f"probable duplicates: {len(duplicates)} pairs; actors with 3+ positions in one: "
            f"{len(flagged_busy)} of {len(busy)} ({100 * len(flagged_busy) / max(1, len(busy)):.1f}%)"
        )
        for d in duplicates:
            print(f"  {d.first.id} ~ {d.second.id}: {d.reason}")
        print("top 20 actors by positions:")
        top = sorted(corpus.actors, key=lambda a: (-len(a.positions), a.id))[:20]
        for rank, actor in enumerate(top, 1):
            print(
                f"  {rank:2}. {actor.name} ({actor.kind}): {len(actor.positions)} positions "
                f"in {len(actor.briefs)} briefs"
            )
        across = sum(c.across_briefs for c in corpus.contests)
        print(f"contested claims: {len(corpus.contests)} ({across} across briefs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
