"""The trained attribution filter: the shipped model, its candidates' gates, retraining."""

from __future__ import annotations

import importlib.util
import json
import math
import sys

import pytest
from conftest import REPO, positions

import briefgen.extract as extract_module
from briefgen.extract.learned import MODEL_PATH, load_model

SIZE_LIMIT = 20 * 1024 * 1024


def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "propose", lambda *args: [])


def test_the_shipped_model_is_small_plain_json_with_its_provenance() -> None:
    assert MODEL_PATH.stat().st_size < SIZE_LIMIT
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained_on"].startswith("PolNeAR train")
    assert data["script"] == "tools/train_attribution.py"
    model = load_model()
    assert model is not None
    assert 0 < model.threshold < 1
    assert all(math.isfinite(w) for w in model.weights.values())
    assert "said" in model.forms and "believes" in model.forms


def test_the_model_adds_a_reported_belief_the_rules_leave_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = "Jane Moss, a teacher in Leeds, is confident the new rules will keep staff."
    found = ("Jane Moss", "reported", "the new rules will keep staff")
    assert found in positions(body)
    _rules_alone(monkeypatch)
    assert found not in positions(body)


def test_a_poll_that_shows_a_finding_is_its_source() -> None:
    body = "The latest poll shows the senator is ahead in three of the four states."
    assert positions(body) == [
        ("latest poll", "reported", "the senator is ahead in three of the four states")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # A participle with no "that" or colon is the subject's own act, not speech.
        "Mr Blair, looking a little windswept, joined two girls from a school in Evesham.",
        # An expletive "it" is no one.
        "It was clear that the team had tired badly in the second half.",
        # A cue form used as a noun with its own verb.
        "The Oscars show is not for the faint-hearted since conducting is hard.",
        # An adverb before a verb is no cue; "regarded as" a noun phrase is no content.
        "Smith is widely regarded as a safe pair of hands.",
        # A phrase before the frame is no content of it.
        "During the long meeting in Leeds on Friday, the minister met the union leaders.",
    ],
)
def test_look_alikes_give_no_position(body: str) -> None:
    assert positions(body) == []


def test_the_model_leaves_the_rules_speakers_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = (
        "Anna Berg said the plant would close. Tom Hale is confident the deal will hold.\n\n"
        '"We tried everything we could."'
    )
    with_model = positions(body)
    added = ("Tom Hale", "reported", "the deal will hold")
    assert added in with_model
    _rules_alone(monkeypatch)
    rules = positions(body)
    # The quote-only paragraph goes where the rules send it (the rules' newcomer, Tom
    # Hale, brought in as a subject): the model's attribution moves nothing.
    assert ("Tom Hale", "quote", "We tried everything we could.") in rules
    assert [p for p in with_model if p != added] == rules


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_attribution", REPO / "tools" / "train_attribution.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_attribution"] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_training_is_deterministic_and_learns_the_signal() -> None:
    trainer = _trainer()
    examples = [(["bias", "cue=said", f"len={n % 3}"], 1) for n in range(30)] + [
        (["bias", "cue=went", f"len={n % 3}"], 0) for n in range(30)
    ]
    first = trainer.fit(examples)
    assert first == trainer.fit(list(examples))
    assert trainer.probability(first, ["bias", "cue=said"]) > 0.8
    assert trainer.probability(first, ["bias", "cue=went"]) < 0.2
