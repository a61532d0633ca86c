"""Time the site build: the real nav (section pages) against a nav of every page.

    python benchmarks/site_build.py --briefs 500 [--corpus DIR | --synthetic]

The briefs are extracted from the first N articles of DIR (default: the BBC News 2005
corpus in ../shared next to the repository, when it is there), or, with --synthetic or
without a corpus, are N copies of the seed fixture brief. They are rendered with
briefgen's renderer and built with strict MkDocs twice: once with the repository's
mkdocs.yml (section pages in the nav, briefs and actors `not_in_nav`), once with a nav
listing every brief and actor page. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefgen.briefs import store  # noqa: E402
from briefgen.config import load_project  # noqa: E402
from briefgen.corpus import build_corpus  # noqa: E402
from briefgen.corpus.model import Entry, read_entry  # noqa: E402
from briefgen.render import render_pages  # noqa: E402
from briefgen.render.write import write_pages  # noqa: E402
from briefgen.site import build_site  # noqa: E402

SEED = REPO / "tests" / "fixtures" / "briefs" / "000_83b8f2cce4d8eb98.yaml"
BBC = REPO.parent / "shared" / "corpus" / "bbc-news-2005"


def corpus_entries(folder: Path, count: int) -> list[Entry]:
    """Return briefs extracted from the first `count` articles of `folder` (all sections)."""
    from briefgen.extract import extract
    from briefgen.ingest import read_article

    sections = sorted(p for p in folder.iterdir() if p.is_dir()) or [folder]
    files = [sorted(s.glob("*.txt")) for s in sections]
    picked = [f for group in zip(*files, strict=False) for f in group][:count]
    start = dt.date(2005, 12, 31)
    entries = []
    for i, path in enumerate(picked):
        doc = read_article(path, f"articles/{path.parent.name}-{path.name}")
        brief = extract(doc).model_copy(
            update={"id": f"{path.parent.name}-{path.stem}", "date": start - dt.timedelta(days=i)}
        )
        entries.append(Entry(brief, f"briefs/{brief.id}.yaml", doc))
    return entries


def synthetic_entries(count: int) -> list[Entry]:
    """Return `count` copies of the seed brief, one a day back from 2025-03-14."""
    stored = store.load(SEED)
    assert stored.brief is not None, stored.problems
    seed = read_entry(REPO, stored.brief, SEED.relative_to(REPO).as_posix())
    start = dt.date(2025, 3, 14)
    entries = []
    for i in range(count):
        brief_id = f"{i:05d}_bench"
        date = start - dt.timedelta(days=i)
        brief = seed.brief.model_copy(update={"id": brief_id, "date": date})
        entries.append(Entry(brief, f"briefs/{brief_id}.yaml", seed.document))
    return entries


def full_nav(config: dict, pages: dict[str, str]) -> dict:
    """Return the config with every brief and actor page listed in the nav."""
    config = dict(config)
    config.pop("not_in_nav", None)
    briefs = [{p.removeprefix("briefs/")[:-3]: p} for p in sorted(pages) if p.startswith("briefs/")]
    actors = [{p.removeprefix("actors/")[:-3]: p} for p in sorted(pages) if p.startswith("actors/")]
    config["nav"] = [
        {"Home": "index.md"},
        {"Briefs": briefs},
        {"Actors": actors},
        {"Open questions": "questions.md"},
        {"Brief format": "format.md"},
    ]
    return config


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def run(label: str, root: Path, config: dict, pages: dict[str, str]) -> None:
    root.mkdir(parents=True)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    project = load_project(root)
    write_pages(project.docs, pages)
    start = time.perf_counter()
    build_site(project)
    seconds = time.perf_counter() - start
    files = sum(1 for p in project.site.rglob("*.html"))
    size = size_mb(project.site)
    print(f"{label:<10} build {seconds:7.1f} s   site {size:8.1f} MB   {files} HTML pages")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--briefs", type=int, default=500, help="number of briefs (default 500)")
    parser.add_argument("--corpus", type=Path, default=BBC, help="folder of articles to extract")
    parser.add_argument("--synthetic", action="store_true", help="copies of the seed brief instead")
    args = parser.parse_args()
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        start = time.perf_counter()
        real = not args.synthetic and args.corpus.is_dir()
        entries = (
            corpus_entries(args.corpus, args.briefs) if real else synthetic_entries(args.briefs)
        )
        print(
            f"briefs from {'articles in ' + str(args.corpus) if real else 'copies of the seed brief'}"
        )
        corpus = build_corpus(entries)
        corpus_s = time.perf_counter() - start
        (Path(tmp) / "render").mkdir()
        shutil.copy(REPO / "mkdocs.yml", Path(tmp) / "render" / "mkdocs.yml")
        project = load_project(Path(tmp) / "render")
        start = time.perf_counter()
        pages = render_pages(project, corpus)
        render_s = time.perf_counter() - start
        print(
            f"{args.briefs} briefs, {len(pages)} pages: corpus {corpus_s:.2f} s, "
            f"render {render_s:.2f} s, Markdown {sum(len(t) for t in pages.values()) / 1e6:.1f} MB"
        )
        run("real nav", Path(tmp) / "real", config, pages)
        run("full nav", Path(tmp) / "full", full_nav(config, pages), pages)


if __name__ == "__main__":
    main()
