"""Audit a brief's actors against gold actors: which a reader would strike.

    python tools/actor_audit.py [GOLD_DIR] [--all] [--quiet]
    python tools/actor_audit.py --list ARTICLE... [--all]

For every article with a `.gold.yaml` that lists `actors` (default: ../shared/eval/bbc-dev),
extract a brief and compare its actors with the gold's:

- unmatched: a predicted actor whose name and aliases match no gold actor's name or
  aliases (case, accents and a leading "the" folded; a person's surname alone matches, as
  in `briefgen eval`): not an entity, or an entity the annotator left out (the gold is
  single-pass, so read the list before believing it);
- wrong kind: matched, but of another kind than the gold actor's;
- duplicate: a second predicted actor matched to a gold actor already matched.

An unnamed source the gold also has as a speaker ("analysts", "a spokesman for the
company") is not struck.

By default only the actors a reader sees are counted: those with a part in the story
(a position, a role or an open question; the others get no chip and no page); `--all` counts every actor in the brief. Prints
each struck actor and the rate: struck / counted actors.

`--list` prints the actors of any articles (no gold needed), one a line with kind,
positions and roles, for counting by hand the actors a reader would strike.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from briefgen.briefs.schema import Actor
from briefgen.corpus.identity import in_story
from briefgen.evaluate import speaker_matches
from briefgen.extract import extract
from briefgen.ingest import read_article
from briefgen.text.folding import fold
from briefgen.text.names import is_proper_name

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "bbc-dev"


def gold_names(item: dict) -> list[str]:
    """Return a gold actor's name and aliases."""
    return [str(item.get("name") or ""), *(str(a) for a in item.get("aliases") or [])]


def match(actor: Actor, gold: list[dict]) -> int | None:
    """Return the index of the gold actor a predicted actor is, or None."""
    names = [actor.name, *actor.aliases]
    folded = {fold(n) for n in names}
    # Exact names first, so "Michael Howard" is not taken for "Sandra Howard".
    for i, item in enumerate(gold):
        if folded & {fold(n) for n in gold_names(item) if n}:
            return i
    for i, item in enumerate(gold):
        person = item.get("kind") == "person" or actor.kind == "person"
        if person and any(speaker_matches(names, n) for n in gold_names(item) if n):
            return i
    return None


_DETERMINERS = frozenset("a an the some many most several few all both one two".split())


def _bare(name: str) -> list[str]:
    words = fold(name).split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return words


def unnamed_in_gold(actor: Actor, data: dict) -> bool:
    """Tell whether an unnamed source ("analysts", "Sony representative") is one the gold
    has as a speaker or mention ("analysts", "A Sony representative", "a spokesman for
    the company"): determiners dropped, the gold phrase may go on after the predicted one."""
    have = _bare(actor.name)
    if not have or is_proper_name(actor.name):
        return False
    for item in data.get("attributions") or []:
        for said in (item.get("speaker"), item.get("mention")):
            words = _bare(str(said or ""))
            if words and words[: len(have)] == have:
                return True
    return False


def audit(gold_dir: Path, every: bool) -> tuple[Counter, list[str]]:
    """Return the counts and one line per struck actor."""
    counts: Counter = Counter()
    lines: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.gold.yaml")):
        data = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        gold = data.get("actors")
        if not gold:
            continue
        stem = gold_path.name.removesuffix(".gold.yaml")
        brief = extract(read_article(gold_path.with_name(stem + ".txt")))
        taken: set[int] = set()
        counts["articles"] += 1
        counts["gold"] += len(gold)
        for actor in brief.actors:
            if not every and not in_story(brief, actor):
                counts["hidden"] += 1
                continue
            counts["actors"] += 1
            i = None if unnamed_in_gold(actor, data) else match(actor, gold)
            if i is None and unnamed_in_gold(actor, data):
                counts["unnamed"] += 1
            elif i is None:
                counts["unmatched"] += 1
                lines.append(f"{stem}: not in gold: {actor.name!r} ({actor.kind})")
            elif i in taken:
                counts["duplicate"] += 1
                lines.append(f"{stem}: duplicate of {gold[i]['name']!r}: {actor.name!r}")
            else:
                taken.add(i)
                counts["matched"] += 1
                if actor.kind != gold[i].get("kind"):
                    counts["wrong kind"] += 1
                    lines.append(
                        f"{stem}: wrong kind: {actor.name!r} is {actor.kind}, "
                        f"gold {gold[i].get('kind')}"
                    )
        counts["gold found"] += len(taken)
    return counts, lines


def listing(paths: list[Path], every: bool) -> list[str]:
    """Return one line per actor of each article's brief, for reading by hand."""
    out = []
    for path in paths:
        brief = extract(read_article(path))
        out.append(f"== {path.parent.name}/{path.name}")
        for actor in brief.actors:
            if not every and not in_story(brief, actor):
                continue
            said = sum(1 for p in brief.positions if p.actor == actor.id)
            roles = f" roles={'; '.join(actor.roles)}" if actor.roles else ""
            out.append(f"   {actor.name} [{actor.kind}] positions={said}{roles}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--all", action="store_true", help="count actors without chips too")
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    parser.add_argument("--list", nargs="+", type=Path, help="list the actors of these articles")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(listing(args.list, args.all)))
        return 0
    if not args.gold_dir.is_dir():
        print(f"{args.gold_dir}: no such folder (skipped)")
        return 0
    counts, lines = audit(args.gold_dir, args.all)
    if not args.quiet:
        print("\n".join(lines))
    n = counts["actors"]
    struck = counts["unmatched"] + counts["wrong kind"] + counts["duplicate"]
    rate = struck / n if n else 0.0
    print(
        f"{counts['articles']} articles, {n} actors counted"
        + ("" if args.all else f" ({counts['hidden']} without chip not counted)")
        + f", {counts['gold']} gold actors ({counts['gold found']} found)"
    )
    print(
        f"unnamed sources as in gold {counts['unnamed']}, "
        f"unmatched {counts['unmatched']}, wrong kind {counts['wrong kind']} "
        f"(of {counts['matched']} matched), duplicate {counts['duplicate']}"
    )
    print(f"struck {struck} of {n}: {rate:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
