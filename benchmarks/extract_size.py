"""Ingest and extraction time per KB as one article grows: is each stage linear in its size?

    python benchmarks/extract_size.py [CORPUS_DIR] [--sizes 100000,1000000,10000000]
                                      [--bound SECONDS] [--only ordinary|pathological]

Ordinary text: one article made of the paragraphs of the BBC News 2005 articles
(CORPUS_DIR, default ../shared/corpus/bbc-news-2005 next to the repository) one after
another, cut to each size; without the corpus, generated sentences of the same kind.
Pathological inputs: `'said ' * 100000`, 50,000 tiny paragraphs, and one paragraph of
10 MB. Each case runs in a fresh process, stopped after --bound seconds (default 600),
and prints the time of ingest (reading, paragraphs, sentences) and of extraction, each
per KB of the article, wall-clock and processor time (the steadier figure on a busy
machine). Linear stages give the same time per KB at every size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news-2005"
NAMES = ["Anna Lima", "Boris Ode", "the minister", "Mr Brown", "The company", "Officials"]
VERBS = ["said", "told reporters", "added", "warned", "denied", "argued"]


def ordinary_text(size: int, corpus: Path) -> tuple[str, str]:
    """Return (where it comes from, text of about `size` UTF-8 bytes) of ordinary news."""
    paragraphs: list[str] = []
    source = "generated"
    if corpus.is_dir():
        source = f"BBC News 2005 ({corpus})"
        for path in sorted(p for p in corpus.rglob("*.txt") if p.name != "README.TXT"):
            text = path.read_bytes().decode("utf-8", "replace")
            paragraphs.extend(p.strip() for p in text.split("\n\n")[1:] if p.strip())
    else:
        rng = random.Random(7)
        for n in range(20000):
            who, verb = rng.choice(NAMES), rng.choice(VERBS)
            paragraphs.append(
                f'"We will look at item {n} again on Monday," {who} {verb}. '
                f"{rng.choice(NAMES)} {rng.choice(VERBS)} the plan for item {n} was not agreed."
            )
    out: list[str] = ["An ordinary article made long"]
    total = len(out[0])
    i = 0
    while total < size:
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
        i += 1
    return source, "\n\n".join(out)[:size]


def pathological(name: str, corpus: Path) -> str:
    if name == "said x 100000":
        return "said " * 100000
    if name == "50000 tiny paragraphs":
        return "\n\n".join(f"He said {n}." for n in range(50000))
    # one paragraph of 10 MB: ordinary sentences, no blank line between them
    _, text = ordinary_text(10_000_000, corpus)
    return " ".join(text.split("\n"))


def run_one(text: str) -> None:
    """Ingest, then extract one article in this process, printing each stage's figures as
    it ends (so a stage stopped by the bound still shows the ones before it)."""
    from briefgen.extract import extract
    from briefgen.ingest import parse_article

    data = text.encode("utf-8")
    start, start_cpu = time.perf_counter(), time.process_time()
    doc = parse_article(data, "articles/long.txt")
    read, read_cpu = time.perf_counter(), time.process_time()
    figures = {
        "paragraphs": len(doc.paragraphs),
        "sentences": len(doc.sentences),
        "ingest": read - start,
        "ingest_cpu": read_cpu - start_cpu,
    }
    print(json.dumps(figures), flush=True)
    brief = extract(doc)
    figures.update(
        extract=time.perf_counter() - read,
        extract_cpu=time.process_time() - read_cpu,
        positions=len(brief.positions),
    )
    print(json.dumps(figures), flush=True)


def measure(label: str, text: str, bound: float) -> None:
    """Run one case in a fresh process, stopped after `bound` seconds; print its figures."""
    tmp = Path(f"/tmp/briefgen-extract-size-{os.getpid()}.txt")
    tmp.write_text(text, encoding="utf-8")
    kb = len(text.encode("utf-8")) / 1024
    command = [sys.executable, __file__, "--one", str(tmp)]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=bound).stdout
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
    finally:
        tmp.unlink(missing_ok=True)
    lines = [line for line in out.splitlines() if line.startswith("{")]
    r = json.loads(lines[-1]) if lines else {}
    parts = [f"{label:<22} {kb:>8,.0f} KB"]
    for stage in ("ingest", "extract"):
        if stage in r:
            cpu = r[f"{stage}_cpu"]
            parts.append(
                f"{stage} {r[stage]:7.2f} s ({1000 * r[stage] / kb:6.3f} ms/KB;"
                f" processor {1000 * cpu / kb:6.3f} ms/KB)"
            )
        else:
            parts.append(
                f"{stage} stopped at the {bound:.0f} s bound (> {1000 * bound / kb:.3f} ms/KB)"
            )
            break
    if "paragraphs" in r:
        parts.append(f"{r['paragraphs']:,} paragraphs, {r['sentences']:,} sentences")
    if "positions" in r:
        parts.append(f"{r['positions']:,} positions")
    print("  ".join(parts), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default="100000,1000000,10000000")
    parser.add_argument("--bound", type=float, default=600.0)
    parser.add_argument("--only", choices=["ordinary", "pathological"])
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one.read_text(encoding="utf-8"))
        return 0
    if args.only != "pathological":
        for size in (int(s) for s in args.sizes.split(",")):
            source, text = ordinary_text(size, args.corpus)
            measure(f"ordinary {size / 1e6:g} MB", text, args.bound)
        print(f"(ordinary text: {source})")
    if args.only != "ordinary":
        for name in ("said x 100000", "50000 tiny paragraphs", "one 10 MB paragraph"):
            measure(name, pathological(name, args.corpus), args.bound)
    return 0


if __name__ == "__main__":
    sys.exit(main())
