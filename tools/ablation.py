"""Attribution ablation: `briefgen eval` figures with each rule family of issue 15 switched off.

    python tools/ablation.py [--model] [GOLD_DIR ...]

GOLD_DIR defaults to ../shared/eval/bbc-dev and ../shared/eval/polnear-dev next to the
repository; a missing one is skipped with a note. Each row switches one rule family off
(by replacing the helper it lives in for the run) and scores the same articles; the first
row is the full system. Prints span F1, speaker accuracy and attributed F1 per set.
With --model, only two rows: rules and trained filter (as shipped), rules alone (the
filter of `briefgen.extract.learned` switched off); the sets default to bbc-dev,
polnear-dev and the seed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import briefgen.extract as extract_package  # noqa: E402
from briefgen.evaluate import evaluate  # noqa: E402
from briefgen.extract import attribute as _unused  # noqa: E402, F401
from briefgen.extract import clauses, coref, frames, phrases, quotes, shapes, sources, subjects  # noqa: E402

attribute_module = sys.modules["briefgen.extract.attribute"]


@contextmanager
def replaced(target: object, name: str, value: object) -> Iterator[None]:
    """Replace `target.name` with `value` for the duration of the block."""
    old = getattr(target, name)
    setattr(target, name, value)
    try:
        yield
    finally:
        setattr(target, name, old)


def _no_publisher(resolve: Callable) -> Callable:
    def wrapped(self, mention, offset):  # type: ignore[no-untyped-def]
        mention.publisher = None
        return resolve(self, mention, offset)

    return wrapped


# name -> the replacements that switch the family off
SWITCHES: dict[str, list[tuple[object, str, object]]] = {
    "all rules (as shipped)": [],
    "no quote per lost paragraph break": [(quotes, "_after_sentence", lambda *a: False)],
    "no single quotation marks": [(quotes, "_single_primary", lambda *a: ([], False))],
    "no person-of-organisation rules": [
        (sources, "_person_like", lambda m: False),
        (phrases, "_role_then_name", lambda *a: None),
    ],
    "no described subjects as referents": [(coref.Resolver, "described", lambda *a: None)],
    "no document publishers": [
        (coref.Resolver, "resolve", _no_publisher(coref.Resolver.resolve)),
        (frames, "_document_in", lambda *a: ""),
    ],
    "no 'according to' a description": [(shapes, "_according_source", lambda p, k, s: (None, k))],
    "no clause end at a new frame": [(clauses, "_speech_frame_after", lambda *a: False)],
    "no subject of a first verb": [(subjects, "_verb_follows", lambda *a: False)],
}


MODEL_SWITCHES: dict[str, list[tuple[object, str, object]]] = {
    "rules and trained filter (as shipped)": [],
    "rules alone": [(extract_package, "propose", lambda *a: [])],
}


def main() -> int:
    args = sys.argv[1:]
    model = "--model" in args
    args = [a for a in args if a != "--model"]
    shared = ROOT.parent / "shared"
    dirs = [Path(a) for a in args] or [
        shared / "eval" / "bbc-dev",
        shared / "eval" / "polnear-dev",
        *([shared / "seeds"] if model else []),
    ]
    dirs = [d for d in dirs if d.is_dir() or print(f"skipped: {d} not found")]
    if not dirs:
        return 0
    header = " | ".join(f"{d.name} span F1 / speaker / attributed F1" for d in dirs)
    print(f"| switched off | {header} |")
    print("| --- |" + " --- |" * len(dirs))
    for label, changes in (MODEL_SWITCHES if model else SWITCHES).items():
        cells = []
        with _all(changes):
            for d in dirs:
                tally = evaluate(d).tally
                span_f1 = tally.prf(tally.matched[0.3])[2]
                attributed_f1 = tally.prf(tally.attributed)[2]
                cells.append(f"{span_f1:.3f} / {tally.speaker_accuracy:.3f} / {attributed_f1:.3f}")
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)
    return 0


@contextmanager
def _all(changes: list[tuple[object, str, object]]) -> Iterator[None]:
    if not changes:
        yield
        return
    (target, name, value), *rest = changes
    with replaced(target, name, value), _all(rest):
        yield


if __name__ == "__main__":
    sys.exit(main())
