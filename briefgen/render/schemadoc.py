"""The "Brief format" page's content, from the schema models: fields, types, docstrings."""

from __future__ import annotations

import datetime as dt
import json
import re
import types
import typing
from collections.abc import Iterable
from typing import Any

import yaml
from jinja2 import Environment
from markupsafe import Markup
from pydantic import BaseModel

from briefgen.briefs.schema import (
    SLUG,
    Actor,
    ActorEntry,
    Brief,
    Evidence,
    OpenQuestion,
    Position,
    Source,
    json_schema_text,
)
from briefgen.briefs.store import dump_yaml
from briefgen.config import Settings
from briefgen.render.export import (
    ActorRecord,
    ActorsData,
    BriefActor,
    BriefRecord,
    BriefsData,
    BriefSource,
    Companion,
    ContestRecord,
    EvidenceRecord,
    PositionRecord,
    QuestionRecord,
    SeenRecord,
    Side,
    data_schema,
)
from briefgen.render.mdtext import escape

FORMAT_MODELS = (Brief, Source, Actor, Position, OpenQuestion, Evidence)
DATA_MODELS = (
    ActorsData,
    ActorRecord,
    PositionRecord,
    SeenRecord,
    Companion,
    ContestRecord,
    Side,
    BriefsData,
    BriefRecord,
    BriefSource,
    BriefActor,
    QuestionRecord,
    EvidenceRecord,
)
_SIMPLE_TYPES = {str: "text", int: "whole number", bool: "`true` or `false`", dt.date: "date"}


def doc_markdown(text: str) -> Markup:
    """Return schema prose as Markdown: `code` spans kept, everything else escaped."""
    parts = re.split(r"(`[^`|\n]+`)", " ".join(text.split()))
    return Markup("".join(p if i % 2 else escape(p) for i, p in enumerate(parts)))


def type_name(annotation: Any, metadata: Iterable[Any] = ()) -> str:
    """Return a readable Markdown type for a field annotation."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        names = [type_name(a) for a in args if a is not type(None)]
        return " or ".join(names) + (" or `null`" if type(None) in args else "")
    if origin is typing.Literal:
        return " or ".join(f"`{a}`" for a in args)
    if origin is list:
        low = next((m.min_length for m in metadata if hasattr(m, "min_length")), None)
        high = next((m.max_length for m in metadata if hasattr(m, "max_length")), None)
        inner = type_name(args[0])
        return f"list of {low} {inner}s" if low and low == high else f"list of {inner}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    return _SIMPLE_TYPES.get(annotation, getattr(annotation, "__name__", str(annotation)))


def model_doc(model: type[BaseModel]) -> dict[str, Any]:
    """Describe one schema model: its docstring and each field's type and description."""
    fields = [
        {
            "name": info.alias or name,
            "type": Markup(type_name(info.annotation, info.metadata)),
            "required": info.is_required(),
            "default": None if info.is_required() else info.get_default(call_default_factory=True),
            "description": doc_markdown(info.description or ""),
        }
        for name, info in model.model_fields.items()
    ]
    doc = doc_markdown((model.__doc__ or "").strip().split("\n\n")[0])
    return {"name": model.__name__, "anchor": model.__name__.lower(), "doc": doc, "fields": fields}


def example_brief(env: Environment) -> str:
    """Return the example brief as YAML, validated against the schema so it cannot drift."""
    source, _, _ = env.loader.get_source(env, "_example_brief.yaml")  # type: ignore[union-attr]
    return dump_yaml(Brief.model_validate(yaml.safe_load(source)).to_data())


# The JSON Schemas kept in `schema/`: `schema/<name>.schema.json`.
SCHEMA_NAMES = ("brief", "actors", "settings", "data-actors", "data-briefs")


def schema_text(name: str) -> str:
    """Return one of the JSON Schemas in SCHEMA_NAMES as text."""
    if name == "brief":
        return json_schema_text()
    if name == "actors":
        entry = ActorEntry.model_json_schema(by_alias=True)
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "actors.yml",
            "description": "Who is who across all briefs: actor id -> entry.",
            "type": ["object", "null"],
            "propertyNames": {"pattern": SLUG},
            "additionalProperties": {"$ref": "#/$defs/ActorEntry"},
            "$defs": {"ActorEntry": entry},
        }
        return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    if name == "settings":
        settings = Settings.model_json_schema()
        settings["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        settings["title"] = "extra.briefgen"
        return json.dumps(settings, indent=2, ensure_ascii=False) + "\n"
    models: dict[str, type[BaseModel]] = {"data-actors": ActorsData, "data-briefs": BriefsData}
    return data_schema(models[name])
