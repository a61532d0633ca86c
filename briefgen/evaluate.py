"""Score extraction against gold attributions: `briefgen eval GOLD_DIR`.

The measure is the one in the shared evaluation README (the GenderGapTracker measure):
a predicted position matches a gold attribution when the characters they share are more
than 30% (also reported: 80%) of the gold span's characters, one-to-one, best overlap first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.briefs.schema import Brief
from briefgen.errors import ArticleError, BriefgenError, Problem
from briefgen.inputs import parse_yaml
from briefgen.text.folding import fold
from briefgen.text.names import is_proper_name

THRESHOLDS = (0.3, 0.8)


@dataclass(frozen=True)
class Gold:
    """One gold attribution: its spans and who said it."""

    spans: tuple[tuple[int, int], ...]
    speaker: str | None = None
    mention: str | None = None
    optional: bool = False
    aliases: tuple[str, ...] = ()  # the gold actor's other names, where the gold lists actors

    @property
    def size(self) -> int:
        return sum(end - start for start, end in self.spans)

    def shared(self, start: int, end: int) -> int:
        """Return how many characters of [start, end) fall inside the gold spans."""
        return sum(max(0, min(end, e) - max(start, s)) for s, e in self.spans)

    def targets(self) -> list[str]:
        """Return the names a correct speaker may have; empty when the speaker is not checked.

        The gold speaker, the gold actor's aliases, and the mention when it is a proper name.
        """
        out = [self.speaker] if self.speaker else []
        if out:
            out.extend(self.aliases)
        if self.mention and is_proper_name(self.mention):
            out.append(self.mention)
        return out


@dataclass(frozen=True)
class Predicted:
    """One predicted position: its span and the names of its actor."""

    start: int
    end: int
    names: tuple[str, ...]


@dataclass
class Tally:
    """Counts that add up across articles (micro-averaging)."""

    predicted: int = 0
    gold: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    checked: int = 0
    speaker_ok: int = 0
    attributed: int = 0
    questions_gold: int = 0
    questions_found: int = 0
    questions_predicted: int = 0

    def add(self, other: Tally) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        for key in THRESHOLDS:
            self.matched[key] += other.matched[key]
        self.checked += other.checked
        self.speaker_ok += other.speaker_ok
        self.attributed += other.attributed
        self.questions_gold += other.questions_gold
        self.questions_found += other.questions_found
        self.questions_predicted += other.questions_predicted

    def prf(self, hits: int) -> tuple[float, float, float]:
        """Return precision, recall and F1 for this many hits."""
        precision = hits / self.predicted if self.predicted else 0.0
        recall = hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.checked if self.checked else 0.0


def speaker_matches(names: Iterable[str], target: str) -> bool:
    """Tell whether one of an actor's names is the target name (a surname alone also counts)."""
    goal = fold(target)
    goal_words = _without_suffix(goal.split())
    for name in names:
        have = fold(name)
        if not have:
            continue
        if have == goal:
            return True
        have_words = _without_suffix(have.split())
        if len(goal_words) == 1 and len(have_words) > 1 and have_words[-1] == goal_words[0]:
            return True
        if len(have_words) == 1 and len(goal_words) > 1 and goal_words[-1] == have_words[0]:
            return True
    return False


_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _without_suffix(words: list[str]) -> list[str]:
    """Drop a generational suffix, so the surname of "Harry B. Harris Jr." is "Harris"."""
    return words[:-1] if len(words) > 1 and words[-1].rstrip(",") in _SUFFIXES else words


def score(predicted: Sequence[Predicted], gold: Sequence[Gold]) -> Tally:
    """Score one article's predicted positions against its gold attributions."""
    tally = Tally(gold=sum(1 for g in gold if not g.optional))
    optional_hits = 0
    for threshold in THRESHOLDS:
        pairs = []
        for gi, g in enumerate(gold):
            size = g.size
            if not size:
                continue
            for pi, p in enumerate(predicted):
                ratio = g.shared(p.start, p.end) / size
                if ratio > threshold:
                    pairs.append((-ratio, gi, pi))
        pairs.sort()
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        hits = []
        for _, gi, pi in pairs:
            if gi in used_gold or pi in used_pred:
                continue
            used_gold.add(gi)
            used_pred.add(pi)
            hits.append((gold[gi], predicted[pi]))
        tally.matched[threshold] = sum(1 for g, _ in hits if not g.optional)
        if threshold == THRESHOLDS[0]:
            # A position that finds an optional attribution is neither right nor wrong.
            optional_hits = sum(1 for g, _ in hits if g.optional)
            for g, p in hits:
                if g.optional:
                    continue
                targets = g.targets()
                ok = not targets or any(speaker_matches(p.names, t) for t in targets)
                if targets:
                    tally.checked += 1
                    tally.speaker_ok += ok
                tally.attributed += ok
    tally.predicted = len(predicted) - optional_hits
    return tally


def score_questions(
    predicted: Sequence[Sequence[tuple[int, int]]], gold: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Return (gold questions found, predicted questions) for one article.

    A gold question is found when one predicted question's evidence covers more than half
    of the gold evidence's characters.
    """
    found = 0
    for start, end in gold:
        size = end - start
        if size > 0 and any(
            sum(max(0, min(end, e) - max(start, s)) for s, e in spans) * 2 > size
            for spans in predicted
        ):
            found += 1
    return found, len(predicted)


def gold_question_spans(path: Path, text: str) -> list[tuple[int, int]]:
    """Locate each gold open question's evidence text in the article (first occurrence)."""
    data = _read_yaml(path)
    spans = []
    for item in data.get("open_questions") or []:
        evidence = " ".join(str((item or {}).get("evidence") or "").split())
        if not evidence:
            continue
        # Whitespace may differ between the gold text and the article: match it loosely.
        pattern = r"\s+".join(re.escape(word) for word in evidence.split())
        found = re.search(pattern, text)
        if found:
            spans.append(found.span())
    return spans


def predicted_from(brief: Brief) -> list[Predicted]:
    """Turn a brief's positions into scorable predictions."""
    names = {a.id: (a.name, *a.aliases) for a in brief.actors}
    return [Predicted(p.span[0], p.span[1], names.get(p.actor, ())) for p in brief.positions]


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefgenError(
            Problem(path.as_posix(), "", f"cannot read gold file ({exc})")
        ) from None
    data = parse_yaml(text, path.as_posix(), error=BriefgenError) or {}
    return data if isinstance(data, dict) else {}


def gold_actor_names(data: dict) -> list[tuple[str, ...]]:
    """Return each gold actor's names (its name, then its aliases), where the gold lists actors."""
    out = []
    for actor in data.get("actors") or []:
        if not isinstance(actor, dict) or not actor.get("name"):
            continue
        aliases = [str(a) for a in actor.get("aliases") or [] if a]
        out.append((str(actor["name"]), *aliases))
    return out


def read_gold(path: Path) -> list[Gold]:
    """Read a gold file's attributions, each with its gold actor's aliases."""
    data = _read_yaml(path)
    actors = gold_actor_names(data)
    aliases_of: dict[str, tuple[str, ...]] = {}
    for names in actors:
        for name in names:
            aliases_of.setdefault(fold(name), names)
    out = []
    for i, item in enumerate(data.get("attributions") or []):
        try:
            spans = tuple((int(s), int(e)) for s, e in item["spans"])
        except (KeyError, TypeError, ValueError):
            raise BriefgenError(
                Problem(
                    path.as_posix(), f"attributions[{i}].spans", "expected a list of [start, end]"
                )
            ) from None
        speaker = item.get("speaker")
        aliases = aliases_of.get(fold(str(speaker)), ()) if speaker else ()
        out.append(
            Gold(
                spans,
                speaker,
                item.get("mention"),
                bool(item.get("optional")),
                tuple(a for a in aliases if a != speaker),
            )
        )
    return out


def unmatched_actors(brief: Brief, gold_path: Path) -> list[tuple[str, int]]:
    """Return the brief's actors with positions whose names match no gold actor.

    A gold actor is one the gold lists under `actors`, or a gold speaker, or a gold
    mention that is a proper name. Each comes with its number of positions.
    """
    data = _read_yaml(gold_path)
    targets = [name for names in gold_actor_names(data) for name in names]
    for item in data.get("attributions") or []:
        if not isinstance(item, dict):
            continue
        if item.get("speaker"):
            targets.append(str(item["speaker"]))
        mention = item.get("mention")
        if mention and is_proper_name(str(mention)):
            targets.append(str(mention))
    counts: dict[str, int] = {}
    for position in brief.positions:
        counts[position.actor] = counts.get(position.actor, 0) + 1
    out = []
    for actor in brief.actors:
        if actor.id not in counts:
            continue
        names = (actor.name, *actor.aliases)
        if not any(speaker_matches(names, t) for t in targets):
            out.append((actor.name, counts[actor.id]))
    return out


@dataclass
class Report:
    """The result of an evaluation run."""

    articles: int
    tally: Tally
    per_article: list[tuple[str, Tally]]
    skipped: list[str]
    unmatched: list[tuple[str, list[tuple[str, int]]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Return the report as printable lines; the last ones hold the figures."""
        t = self.tally
        out = [
            f"{self.articles} articles, {t.gold} gold attributions, {t.predicted} predicted positions"
            + (f" ({len(self.skipped)} articles skipped)" if self.skipped else ""),
            f"{'':24}{'precision':>10}{'recall':>8}{'F1':>8}",
        ]
        for threshold in THRESHOLDS:
            p, r, f = t.prf(t.matched[threshold])
            out.append(f"{f'spans @{threshold:.0%} overlap':24}{p:>10.3f}{r:>8.3f}{f:>8.3f}")
        out.append(
            f"{'speaker accuracy':24}{t.speaker_accuracy:>10.3f}   ({t.speaker_ok} of {t.checked} checked)"
        )
        p, r, f = t.prf(t.attributed)
        out.append(f"{'attributed @30% overlap':24}{p:>10.3f}{r:>8.3f}{f:>8.3f}")
        if t.questions_gold:
            recall = t.questions_found / t.questions_gold
            out.append(
                f"{'open questions recall':24}{recall:>10.3f}   ({t.questions_found} of "
                f"{t.questions_gold} gold found by evidence; {t.questions_predicted} predicted)"
            )
            asked = t.questions_predicted  # every article's, gold questions or not
            out.append(
                f"{'questions per article':24}{asked / max(1, self.articles):>10.2f}   "
                f"({asked} in {self.articles} articles)"
            )
        return out

    def unmatched_lines(self) -> list[str]:
        """Return the predicted actors with positions that match no gold actor, by article."""
        total = sum(len(actors) for _, actors in self.unmatched)
        out = [f"predicted actors with positions matching no gold actor: {total}"]
        for stem, actors in self.unmatched:
            if actors:
                listed = "; ".join(f"{name} ({n})" for name, n in actors)
                out.append(f"  {stem}: {listed}")
        return out


def evaluate(gold_dir: Path, extract_fn=None) -> Report:
    """Extract every article that has a `.gold.yaml` beside it and score it."""
    from briefgen.extract import extract
    from briefgen.ingest import read_article

    extract_fn = extract_fn or extract
    gold_files = sorted(gold_dir.glob("*.gold.yaml"))
    if not gold_files:
        raise BriefgenError(Problem(gold_dir.as_posix(), "", "no *.gold.yaml files"))
    total = Tally()
    per_article: list[tuple[str, Tally]] = []
    skipped: list[str] = []
    unmatched: list[tuple[str, list[tuple[str, int]]]] = []
    for gold_path in gold_files:
        stem = gold_path.name.removesuffix(".gold.yaml")
        article = next(
            (
                p
                for p in sorted(gold_path.parent.glob(f"{_glob_escape(stem)}.*"))
                if p.suffix in {".txt", ".md", ".html", ".htm"}
            ),
            None,
        )
        if article is None:
            skipped.append(f"{gold_path.as_posix()}: no article beside it")
            continue
        try:
            doc = read_article(article)
            brief = extract_fn(doc)
        except ArticleError as exc:
            skipped.extend(exc.lines())
            continue
        tally = score(predicted_from(brief), read_gold(gold_path))
        gold_questions = gold_question_spans(gold_path, doc.text)
        if gold_questions:
            tally.questions_gold = len(gold_questions)
            tally.questions_found, tally.questions_predicted = score_questions(
                [[tuple(e.span) for e in q.evidence] for q in brief.open_questions],
                gold_questions,
            )
        tally.questions_predicted = len(brief.open_questions)  # articles with no gold too
        total.add(tally)
        per_article.append((stem, tally))
        unmatched.append((stem, unmatched_actors(brief, gold_path)))
    return Report(len(per_article), total, per_article, skipped, unmatched)


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
