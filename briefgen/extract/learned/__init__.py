"""The trained part of attribution: a filter over candidates the rules left out.

`propose` runs after the rules on each paragraph: `candidates` proposes looser
attributions (any cue form the model knows, the clause after or before it), and a
logistic-regression model (`model.json`, weights over shape features, trained on
PolNeAR train by `tools/train_attribution.py`) keeps those it scores above its threshold.
The model is plain JSON read once; scoring is a sum of weights, no compiled dependency.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefgen.extract.learned.candidates import Candidate, candidates
from briefgen.extract.mentions import Vocabulary
from briefgen.extract.paragraph import Attribution, make_para
from briefgen.extract.quotes import Quote
from briefgen.extract.tokens import Token

MODEL_PATH = Path(__file__).with_name("model.json")


@dataclass(frozen=True)
class Model:
    """Cue forms to propose from, feature weights and the acceptance threshold."""

    forms: dict[str, str]
    weights: dict[str, float]
    threshold: float

    def probability(self, features: list[str]) -> float:
        """Return the model's probability that a candidate is an attribution."""
        z = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """Return the shipped model, or None when the package carries none."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(dict(data["forms"]), dict(data["weights"]), float(data["threshold"]))


def paragraph_candidates(
    paragraph: int,
    tokens: list[Token],
    quotes: list[Quote],
    text: str,
    vocab: Vocabulary,
    taken: list[Attribution],
    forms: dict[str, str],
) -> list[Candidate]:
    """Return one paragraph's candidates, given the attributions the rules found in it."""
    if not tokens or not forms:
        return []
    p = make_para(paragraph, tokens, quotes, text, vocab)
    for a in taken:
        p.claimed.add(a.start, a.end, a)
        if a.source is not None:
            p.heard.add(a.at, a.at, a)
            p.sourced.add(a.start, a.end, a)
    return candidates(p, forms, taken)


def propose(
    paragraph: int,
    tokens: list[Token],
    quotes: list[Quote],
    text: str,
    vocab: Vocabulary,
    taken: list[Attribution],
) -> list[Attribution]:
    """Return the attributions the model adds to the rules' ones in a paragraph."""
    model = load_model()
    if model is None:
        return []
    scored = [
        (model.probability(c.features), c)
        for c in paragraph_candidates(paragraph, tokens, quotes, text, vocab, taken, model.forms)
    ]
    out: list[Attribution] = []
    heard = {a.at for a in taken}
    # Best first; a kept candidate shuts out the ones it overlaps (the other direction
    # of the same cue, a cue inside its content).
    for prob, c in sorted(scored, key=lambda pc: (-pc[0], pc[1].start)):
        if prob < model.threshold or c.source is None:
            continue
        if c.at in heard:
            continue  # the rules read this cue already: "Ahead of the meeting, X said ..."
        if c.kind == "quote":
            continue  # a quotation the rules left out on purpose: 'On "Sunday Politics", X said'
        if any(a.start < c.end and c.start < a.end for a in out):
            continue
        if any(a.start <= c.at < a.end for a in out):
            continue
        out.append(c.attribution(paragraph))
    return out
