"""Train the attribution filter (`briefgen/extract/learned/model.json`) on PolNeAR train.

    python tools/train_attribution.py [TRAIN_DIR] [--out PATH]

TRAIN_DIR defaults to ../shared/eval/polnear-train beside the repository. The rules run
on every article; the candidates they left out (`briefgen.extract.learned.candidates`)
are labelled by the gold: a candidate is right when it covers more than 30% of a gold
attribution that no rule attribution already covers that much (the `briefgen eval`
measure). A logistic regression over the candidates' shape features is fitted by
stochastic gradient descent with a fixed seed and order, so the same data gives the
same file. The acceptance threshold is chosen on five folds of articles held out in
turn: the one with the best span F1 of rules and kept candidates together, as long as
their span precision stays >= MIN_PRECISION (`choose_threshold`). Only the training
folder is read; PolNeAR dev and bbc-dev are for checking, never for fitting.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from briefgen.evaluate import read_gold  # noqa: E402
from briefgen.extract import lexicon as lx  # noqa: E402
from briefgen.extract.attribute import attribute  # noqa: E402
from briefgen.extract.learned import MODEL_PATH, paragraph_candidates  # noqa: E402
from briefgen.extract.learned.candidates import _FUNCTION  # noqa: E402
from briefgen.extract.mentions import Vocabulary  # noqa: E402
from briefgen.extract.quotes import find_quotes  # noqa: E402
from briefgen.extract.tokens import tokenize  # noqa: E402
from briefgen.ingest import read_article  # noqa: E402

SEED = 15
EPOCHS = 12
RATE = 0.1
L2 = 1e-5
MIN_FORM = 8  # a word must be a gold cue this often to become a cue form
MIN_FEATURE = 3  # a feature must occur this often to get a weight
MIN_SHARE = 0.3
FOLDS = 5
MIN_PRECISION = 0.78  # the span precision the rules and the model together must keep
_WORD = re.compile(r"[a-z]+(?:[’'][a-z]+)?")


def cue_forms(folder: Path) -> dict[str, str]:
    """Return the cue word forms: the lexicon's, and words often a gold cue in training."""
    counts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        seen.update(_WORD.findall(path.read_text(encoding="utf-8").lower()))
    for path in sorted(folder.glob("*.gold.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("attributions") or []:
            for word in _WORD.findall(str(item.get("cue") or "").lower()):
                if len(word) >= 3 and word not in _FUNCTION and word not in lx.ADVERBS:
                    counts[word] += 1
    # A word that is a cue in at least MIN_SHARE of its uses: "asked", "believes", not
    # "made" or "provided".
    forms = {w for w, n in counts.items() if n >= MIN_FORM and n >= MIN_SHARE * seen[w]}
    forms |= set(lx.SPEECH_VERBS) | set(lx.STANCE_VERBS)
    forms = {w for w in forms if not w.endswith("ly")}  # adverbs: the verb after is the cue
    return {w: w for w in sorted(forms)}


@dataclass
class Article:
    """One training article: its candidates and what the rules alone score on it."""

    examples: list[tuple[list[str], int]]  # (features, 1 if right else 0)
    hits: list[int]  # per candidate, the gold attribution it finds, or -1
    gold: int  # gold attributions (optional ones left out)
    rules: int  # the rules' attributions
    rules_right: int  # gold attributions the rules find


def article_examples(path: Path, forms: dict[str, str]) -> Article:
    """Return the candidates of one training article, labelled by its gold."""
    doc = read_article(path)
    gold = [g for g in read_gold(path.with_name(path.stem + ".gold.yaml")) if g.size]
    quotes = find_quotes(doc.text, doc.paragraphs)
    sentences = tokenize(doc.text, doc.sentences, quotes)
    vocab = Vocabulary(sentences)
    by_paragraph: dict[int, list] = {}
    for tokens in sentences:
        if tokens:
            by_paragraph.setdefault(doc.paragraph_of(tokens[0].start) - 1, []).extend(tokens)
    quotes_of: dict[int, list] = {}
    for quote in quotes:
        quotes_of.setdefault(quote.paragraph, []).append(quote)
    found_all, cands = [], []
    for index in sorted(by_paragraph):
        flat = by_paragraph[index]
        own = quotes_of.get(index, [])
        taken = attribute(index, flat, own, doc.text, vocab)
        found_all.extend(taken)
        cands.extend(paragraph_candidates(index, flat, own, doc.text, vocab, taken, forms))
    covered = {
        gi
        for gi, g in enumerate(gold)
        if any(g.shared(a.start, a.end) / g.size > 0.3 for a in found_all)
    }
    examples, hits = [], []
    for c in cands:
        hit = next(
            (
                gi
                for gi, g in enumerate(gold)
                if gi not in covered and not g.optional and g.shared(c.start, c.end) / g.size > 0.3
            ),
            -1,
        )
        examples.append((c.features, int(hit >= 0)))
        hits.append(hit)
    return Article(
        examples,
        hits,
        sum(1 for g in gold if not g.optional),
        len(found_all),
        sum(1 for gi in covered if not gold[gi].optional),
    )


def fit(examples: list[tuple[list[str], int]]) -> dict[str, float]:
    """Fit logistic-regression weights by SGD with a fixed seed (same data, same weights)."""
    seen: Counter[str] = Counter(f for feats, _ in examples for f in feats)
    keep = {f for f, n in seen.items() if n >= MIN_FEATURE}
    data = [([f for f in feats if f in keep], y) for feats, y in examples]
    weights: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            feats, y = data[i]
            z = sum(weights.get(f, 0.0) for f in feats)
            prob = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            step = rate * (y - prob)
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w + step - rate * L2 * w
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-4}


def probability(weights: dict[str, float], feats: list[str]) -> float:
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def choose_threshold(articles: list[Article]) -> tuple[float, list[str]]:
    """Return the threshold that gives the best span F1 on articles held out in turn.

    Each of five folds' models scores the articles it did not see; the rules' own
    attributions and the candidates kept at a threshold are scored together, each gold
    attribution found once, as `briefgen eval` would (speakers aside).
    """
    scored: list[list[float]] = [[] for _ in articles]
    for fold in range(FOLDS):
        train = [ex for i, art in enumerate(articles) if i % FOLDS != fold for ex in art.examples]
        weights = fit(train)
        for i, art in enumerate(articles):
            if i % FOLDS == fold:
                scored[i] = [probability(weights, f) for f, _ in art.examples]
    gold = sum(a.gold for a in articles)
    rules = sum(a.rules for a in articles)
    rules_right = sum(a.rules_right for a in articles)
    lines = [f"rules alone: P {rules_right / rules:.3f} R {rules_right / gold:.3f}"]
    best, best_f1 = 1.0, 0.0
    for threshold in [x / 100 for x in range(90, 15, -5)]:
        kept = right = 0
        for art, probs in zip(articles, scored, strict=True):
            chosen = [h for h, prob in zip(art.hits, probs, strict=True) if prob >= threshold]
            kept += len(chosen)
            right += len({h for h in chosen if h >= 0})
        precision = (rules_right + right) / (rules + kept)
        recall = (rules_right + right) / gold
        f1 = 2 * precision * recall / (precision + recall)
        lines.append(
            f"threshold {threshold:.2f}: {kept} kept, {right} right; P {precision:.3f} "
            f"R {recall:.3f} F1 {f1:.3f}"
        )
        if f1 > best_f1 and precision >= MIN_PRECISION:
            best, best_f1 = threshold, f1
    return best, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", default=str(ROOT.parent / "shared/eval/polnear-train"))
    parser.add_argument("--out", default=str(MODEL_PATH))
    args = parser.parse_args()
    folder = Path(args.train)
    if not folder.is_dir():
        sys.exit(f"{folder}: no such folder (PolNeAR train)")
    forms = cue_forms(folder)
    articles = sorted(p for p in folder.glob("*.txt"))
    per_article = [article_examples(p, forms) for p in articles]
    examples = [ex for art in per_article for ex in art.examples]
    positives = sum(y for _, y in examples)
    print(
        f"{len(articles)} articles, {len(forms)} cue forms, {len(examples)} candidates, {positives} right"
    )
    threshold, lines = choose_threshold(per_article)
    print("\n".join(lines))
    weights = fit(examples)
    model = {
        "trained_on": f"PolNeAR train ({len(articles)} articles, ../shared/eval/polnear-train)",
        "script": "tools/train_attribution.py",
        "seed": SEED,
        "candidates": len(examples),
        "right": positives,
        "threshold": threshold,
        "forms": forms,
        "weights": weights,
    }
    Path(args.out).write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}, {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
