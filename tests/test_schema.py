"""The brief schema: one definition, every problem reported by field, JSON Schema in sync."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.briefs.schema import Brief, parse_brief
from briefgen.render.schemadoc import SCHEMA_NAMES, schema_text

ROOT = Path(__file__).resolve().parent.parent


def minimal(**changes):
    data = {
        "schema": 1,
        "id": "a",
        "title": "A title",
        "date": "2025-03-14",
        "source": {"path": "articles/a.txt", "sha256": "0" * 64},
        "actors": [{"id": "jane-doe", "name": "Jane Doe", "kind": "person"}],
        "positions": [{"actor": "jane-doe", "kind": "quote", "text": "hi", "span": [0, 2]}],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_json_schema_files_are_in_sync(name: str) -> None:
    # Regenerate with: briefgen schema NAME --out schema/NAME.schema.json
    path = ROOT / "schema" / f"{name}.schema.json"
    assert path.read_text(encoding="utf-8") == schema_text(name), (
        f"briefgen schema {name} --out {path}"
    )


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_field_is_documented(name: str) -> None:
    schema = json.loads(schema_text(name))
    for model_name, model in schema.get("$defs", {}).items():
        for field, spec in model.get("properties", {}).items():
            assert spec.get("description"), f"{model_name}.{field} has no description"
    for field, spec in schema.get("properties", {}).items():
        assert spec.get("description"), f"{name}: {field} has no description"


def test_a_valid_brief_round_trips():
    brief, problems = parse_brief(minimal(), "briefs/a.yaml")
    assert problems == []
    assert isinstance(brief, Brief)
    assert Brief.model_validate(brief.to_data()) == brief
    assert brief.to_data()["schema"] == 1


def test_all_problems_are_collected_with_file_and_field():
    data = minimal(
        reviwed=True,
        actors=[{"id": "Jane Doe", "name": "", "kind": "alien"}],
        positions=[{"actor": "nobody", "kind": "quote", "text": "hi", "span": [5]}],
    )
    _, problems = parse_brief(data, "briefs/a.yaml")
    assert [str(p) for p in problems] == [
        "briefs/a.yaml: actors[0].id: String should match pattern '^[a-z0-9]+(?:-[a-z0-9]+)*$'",
        "briefs/a.yaml: actors[0].name: String should have at least 1 character",
        "briefs/a.yaml: actors[0].kind: Input should be 'person', 'organisation', 'state' or 'group'",
        "briefs/a.yaml: positions[0].span: List should have at least 2 items after validation, not 1",
        "briefs/a.yaml: reviwed: unknown field",
    ]


def test_cross_references_are_checked():
    data = minimal(positions=[{"actor": "nobody", "kind": "quote", "text": "hi", "span": [4, 2]}])
    _, problems = parse_brief(data, "briefs/a.yaml")
    assert [str(p) for p in problems] == [
        "briefs/a.yaml: positions[0].actor: unknown actor 'nobody'",
        "briefs/a.yaml: positions[0].span: start must be before end",
    ]


def test_source_url_must_be_a_web_address():
    data = minimal(source={"path": "a.txt", "sha256": "0" * 64, "url": "javascript:alert(1)"})
    _, problems = parse_brief(data, "b.yaml")
    assert [str(p) for p in problems] == [
        "b.yaml: source.url: must be an http:// or https:// address"
    ]


def test_not_a_mapping():
    assert [str(p) for p in parse_brief(["x"], "b.yaml")[1]] == [
        "b.yaml: not a brief (expected a YAML mapping)"
    ]
