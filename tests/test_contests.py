"""Contested claims: denials paired with the claims they answer, in a brief and across briefs."""

from __future__ import annotations

import pytest
from conftest import SHA, fixture_entries

from briefgen.briefs.schema import Brief, Position
from briefgen.corpus import build_corpus
from briefgen.corpus.contests import is_denial
from briefgen.corpus.model import Entry


def position(text: str, cue: str | None = "said", kind: str = "reported", actor: str = "a0"):
    return Position(actor=actor, kind=kind, text=text, span=[0, len(text)], cue=cue, sentence=text)


@pytest.mark.parametrize(
    ("text", "cue", "denial"),
    [
        ("the encirclement of its troops", "denied", True),
        ("the Lib Dems' call to open the books", "rejected", True),
        ("it “false and fabricated”", "calling", True),
        ("reports that she had likened the government to a regime were inaccurate", "said", True),
        ("Mr Howard was wrong to say the law was biased in favour of burglars", "said", True),
        ("Putin is lying about the real situation on the battlefield", "writing", True),
        ("the plan was “desperate”", "calling", False),
        ("he was wrong to give the tickets away", "admitted", False),
        ("the economy was strong", "said", False),
    ],
)
def test_what_counts_as_a_denial(text: str, cue: str, denial: bool) -> None:
    assert is_denial(position(text, cue)) is denial


def _entry(brief_id: str, date: str | None, actors: list[str], said: list[tuple]) -> Entry:
    """Make an entry whose positions are (actor name, text, cue) in article order."""
    ids = {name: f"a{i}" for i, name in enumerate(actors)}
    positions, offset = [], 0
    for name, text, cue in said:
        positions.append(
            {
                "actor": ids[name],
                "kind": "reported",
                "text": text,
                "span": [offset, offset + len(text)],
                "cue": cue,
                "sentence": text,
            }
        )
        offset += len(text) + 2
    brief = Brief(
        id=brief_id,
        title=brief_id,
        date=date,
        source={"path": f"articles/{brief_id}.txt", "sha256": SHA},
        actors=[{"id": ids[n], "name": n, "kind": "person"} for n in actors],
        positions=positions,
    )
    return Entry(brief, f"briefs/{brief_id}.yaml", None)


def _pairs(corpus) -> list[tuple[str, str, str, str]]:
    def who(side):
        entry, pos = side
        return corpus.links[(entry.brief.id, pos.actor)]

    return [
        (who(c.claim), c.claim[1].text, who(c.denial), c.denial[1].text) for c in corpus.contests
    ]


def test_the_seed_pairs_putins_claim_with_the_general_staffs_denial() -> None:
    corpus = build_corpus(fixture_entries()[:1])
    assert _pairs(corpus) == [
        (
            "vladimir-putin",
            "Ukrainian troops in Kursk had been “isolated” and were trying to leave",
            "ukraines-armed-forces-general-staff",
            "the encirclement of its troops",
        )
    ]
    # Both actors' pages carry the pair.
    putin, staff = (
        corpus.by_id["vladimir-putin"],
        corpus.by_id["ukraines-armed-forces-general-staff"],
    )
    assert putin.contests == staff.contests == corpus.contests


def test_a_denial_answers_the_claim_it_shares_words_with() -> None:
    entry = _entry(
        "a",
        "2005-02-01",
        ["David Page", "Anna Smith", "Gordon Brown"],
        [
            ("David Page", "his forecast of growth is way too optimistic for the economy", "said"),
            ("Anna Smith", "the weather will be cold on polling day in the north", "said"),
            ("Gordon Brown", "his economic forecasts were too optimistic", "denied"),
        ],
    )
    assert _pairs(build_corpus([entry])) == [
        (
            "david-page",
            "his forecast of growth is way too optimistic for the economy",
            "gordon-brown",
            "his economic forecasts were too optimistic",
        )
    ]


def test_nothing_shared_nothing_paired() -> None:
    entry = _entry(
        "a",
        "2005-02-01",
        ["Anna Smith", "Gordon Brown"],
        [
            ("Anna Smith", "schools in the north need more teachers and better buildings", "said"),
            ("Gordon Brown", "any rift with the prime minister over the election", "denied"),
        ],
    )
    assert build_corpus([entry]).contests == []


def test_across_briefs_within_thirty_days_when_the_brief_names_the_claimant() -> None:
    claim = ("Vince Cable", "the government should open its books to the audit office now", "said")
    denial = ("Gordon Brown", "calls to open the government books to the audit office", "rejected")
    old = _entry("old", "2005-01-01", ["Vince Cable"], [claim])
    near = _entry("near", "2005-01-20", ["Gordon Brown", "Vince Cable"], [denial])
    far = _entry("far", "2005-03-20", ["Gordon Brown", "Vince Cable"], [denial])
    unnamed = _entry("unnamed", "2005-01-21", ["Gordon Brown"], [denial])
    corpus = build_corpus([old, near, far, unnamed])
    assert [(c.claim[0].brief.id, c.denial[0].brief.id) for c in corpus.contests] == [
        ("old", "near")
    ]
    assert corpus.contests[0].across_briefs
    assert corpus.contests[0].shared == ["open", "books", "audit", "office"]


def test_a_report_of_a_denial_is_not_a_claim() -> None:
    entry = _entry(
        "a",
        "2005-02-01",
        ["Anna Smith", "Michael Howard"],
        [
            (
                "Anna Smith",
                "Howard was forced to deny the shadow cabinet was split on cards",
                "said",
            ),
            ("Michael Howard", "the shadow cabinet was split over identity cards", "denied"),
        ],
    )
    assert build_corpus([entry]).contests == []
