"""List the page-furniture lines ingest finds in the shared corpora, to read them by hand.

    python benchmarks/furniture.py [SHARED_DIR]

Reads every article of BBC News 2005 and the PolNeAR train and dev splits (SHARED_DIR
defaults to ../shared next to the repository; the script says so and exits 0 when it is
not there) and prints each line `briefgen.ingest.clutter` marks as furniture, with its family and
file, then the count.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crash_free import articles_in, corpora  # noqa: E402

from briefgen.errors import ArticleError  # noqa: E402
from briefgen.ingest import read_article  # noqa: E402
from briefgen.ingest.clutter import furniture  # noqa: E402


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    folders = corpora(shared)
    if not folders:
        print(f"skipped: no corpora under {shared}")
        return 0
    files = found = 0
    for folder in folders:
        for path in articles_in(folder):
            files += 1
            try:
                doc = read_article(path, path.relative_to(shared).as_posix())
            except ArticleError:
                continue
            for start, end in doc.furniture:
                line = doc.text[start:end]
                found += 1
                print(f"{furniture(line):13} {doc.path}: {line[:120]}")
    print(f"{found} furniture lines in {files} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
