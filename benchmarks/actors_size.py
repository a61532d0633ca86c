"""`briefgen check` time and memory as `actors.yml` grows: linear in its size?

    python benchmarks/actors_size.py [--actors 20000,40000,80000]

Makes the example site in a temporary folder, builds it once, then for each count writes
an `actors.yml` of that many entries (name, kind, three aliases, a description, a link)
and times `briefgen check` in a fresh process: seconds, seconds per MB and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def actors_yml(count: int) -> str:
    return "".join(
        f"actor-{i}:\n  name: Actor Number {i}\n  kind: person\n"
        f"  aliases: [Alias {i} One, Alias {i} Two, A{i}]\n"
        f"  description: A person who exists only to make this file large, number {i}.\n"
        f"  links: [https://en.wikipedia.org/wiki/Actor_{i}]\n"
        for i in range(count)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", default="20000,40000,80000")
    args = parser.parse_args()
    from briefgen.build import build
    from briefgen.commands.scaffold import init_site

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        init_site(root)
        build(root, site=False)
        for count in (int(n) for n in args.actors.split(",")):
            text = actors_yml(count)
            (root / "actors.yml").write_text(text, encoding="utf-8")
            mb = len(text.encode("utf-8")) / 1e6
            code = f"from briefgen.build import check; check({str(root)!r})"
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            print(
                f"{count:>7,} actors  {mb:5.1f} MB  check {seconds:6.1f} s "
                f"({seconds / mb:.2f} s/MB)  peak memory {max(peak, before) / 1024:,.0f} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
