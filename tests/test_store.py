"""Briefs on disk: atomic writes, and a person's edits are never overwritten."""

from __future__ import annotations

import pytest

from briefgen.briefs.schema import parse_brief
from briefgen.briefs.store import load, save
from briefgen.errors import BriefError

BRIEF = {
    "schema": 1,
    "id": "a",
    "title": "A title",
    "source": {"path": "articles/a.txt", "sha256": "0" * 64},
    "actors": [{"id": "jane-doe", "name": "Jane Doe", "kind": "person"}],
    "positions": [{"actor": "jane-doe", "kind": "quote", "text": "We will win", "span": [1, 12]}],
}


def brief(**changes):
    value, problems = parse_brief({**BRIEF, **changes}, "a.yaml")
    assert not problems
    return value


def test_written_brief_is_machine_owned_and_rewrites_only_on_change(tmp_path):
    path = tmp_path / "a.yaml"
    assert save(path, brief()) is True
    assert load(path).status == "machine"
    assert save(path, brief()) is False  # same content: file untouched
    assert save(path, brief(title="New title")) is True
    assert load(path).brief.title == "New title"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary files left


def test_hand_edited_brief_is_never_rewritten(tmp_path):
    path = tmp_path / "a.yaml"
    save(path, brief())
    path.write_text(
        path.read_text(encoding="utf-8").replace("We will win", "We will win!"), encoding="utf-8"
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace("[1, 12]", "[1, 13]").replace("- 12", "- 13"),
        encoding="utf-8",
    )
    assert load(path).status == "edited"
    before = path.read_text(encoding="utf-8")
    with pytest.raises(BriefError) as info:
        save(path, brief(), "briefs/a.yaml")
    assert info.value.lines() == [
        "briefs/a.yaml: edited by hand; not rewritten (delete it to extract again)"
    ]
    assert path.read_text(encoding="utf-8") == before


def test_reviewed_brief_is_never_rewritten(tmp_path):
    path = tmp_path / "a.yaml"
    save(path, brief())
    path.write_text(
        path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"),
        encoding="utf-8",
    )
    assert load(path).status == "reviewed"
    with pytest.raises(BriefError) as info:
        save(path, brief(), "briefs/a.yaml")
    assert info.value.lines() == ["briefs/a.yaml: reviewed; not rewritten"]


def test_invalid_brief_is_reported_not_replaced(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("schema: 1\nid: a\ntitle: [broken\n", encoding="utf-8")
    stored = load(path, "briefs/a.yaml")
    assert stored.status == "invalid"
    assert [str(p) for p in stored.problems] == [
        "briefs/a.yaml:3: title: invalid YAML (did not find expected ',' or ']')"
    ]
    with pytest.raises(BriefError):
        save(path, brief(), "briefs/a.yaml")


def test_id_must_match_file_name(tmp_path):
    path = tmp_path / "b.yaml"
    save(tmp_path / "a.yaml", brief())
    (tmp_path / "a.yaml").rename(path)
    assert [str(p) for p in load(path, "briefs/b.yaml").problems] == [
        "briefs/b.yaml: id: 'a' does not match the file name 'b'"
    ]
