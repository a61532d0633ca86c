"""Extract every article of the shared corpora and report any exception (crash-freedom).

    python benchmarks/crash_free.py [SHARED_DIR]

SHARED_DIR defaults to ../shared next to the repository (BBC News 2005 and the PolNeAR
train and dev splits); the script says so and exits 0 when it is not there. Exit status 1
if extraction raised anything but a clear ArticleError, or produced an invalid brief.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.briefs.schema import parse_brief, source_check  # noqa: E402
from briefgen.errors import ArticleError  # noqa: E402
from briefgen.extract import extract  # noqa: E402
from briefgen.ingest import read_article  # noqa: E402


def corpora(shared: Path) -> list[Path]:
    """Return the folders of articles under `shared` that are there (BBC, PolNeAR)."""
    folders = [
        shared / "corpus" / "bbc-news-2005",
        shared / "eval" / "polnear-train",
        shared / "eval" / "polnear-dev",
    ]
    return [f for f in folders if f.is_dir()]


def articles_in(folder: Path) -> list[Path]:
    """Return the article files of a corpus folder, in order (not its README)."""
    return sorted(p for p in folder.rglob("*.txt") if p.name != "README.TXT")


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    folders = corpora(shared)
    if not folders:
        print(f"skipped: no corpora under {shared}")
        return 0
    failures = 0
    for folder in folders:
        files = articles_in(folder)
        unreadable = 0
        for path in files:
            try:
                doc = read_article(path)
            except ArticleError as exc:
                unreadable += 1
                print("unreadable:", *exc.lines())
                continue
            try:
                brief = extract(doc)
                _, problems = parse_brief(brief.to_data(), path.name)
                problems += source_check(brief, doc.text)
            except Exception:
                failures += 1
                print(f"CRASH {path}:\n{traceback.format_exc()}")
                continue
            if problems:
                failures += 1
                print(f"INVALID {path}: {problems[:3]}")
        print(
            f"{folder.name}: {len(files)} articles, {unreadable} unreadable (clear error), {failures} failures so far"
        )
    print("no exceptions" if not failures else f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
