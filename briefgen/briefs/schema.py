"""The brief format (version 1): one declarative definition, validated on read and write.

Every field carries a docstring; they become the JSON Schema descriptions
(`schema/brief.schema.json`) and the "Brief format" page of the site.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from briefgen.errors import Problem
from briefgen.inputs import HTTP_PATTERN, NOT_AN_ADDRESS, is_web_address

SCHEMA_VERSION: Literal[1] = 1
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# A brief actor: the brief's id, a slash, the actor's id in that brief.
MENTION = r"^[^/\\\s.][^/\\]*/[a-z0-9]+(?:-[a-z0-9]+)*$"
# A web address, http or https in any case (`HTTPS://` too); a JSON Schema pattern as well.

ActorKind = Literal["person", "organisation", "state", "group"]
PositionKind = Literal["quote", "reported", "action"]
QuestionKind = Literal["pending", "contested", "conditional", "explicit"]
Span = Annotated[
    list[Annotated[int, Field(ge=0)]],
    Field(min_length=2, max_length=2, description="[start, end] character offsets, end exclusive."),
]


class _Model(BaseModel):
    # Unknown keys are errors: a typo such as `reviwed: true` must not silently
    # leave a brief open to being rewritten.
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class Source(_Model):
    """Where the brief comes from."""

    path: str = Field(min_length=1)
    """Path of the article, relative to the site project (POSIX slashes)."""
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    """SHA-256 of the article file's bytes; tells whether the article changed since."""
    url: str | None = None
    """Where the article was published (http or https), if known."""
    outlet: str | None = None
    """Who published it (for example `BBC News`), if known."""
    author: str | None = None
    """Who wrote it, as the page or front matter names them, if known (never an actor for that)."""
    text_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    """SHA-256 of the text briefgen derived from the article (HTML), in which the spans count; null when that text is the file itself. When today's reading of the file gives another text (a library upgrade), the brief counts as made from a changed article."""

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        # Links are rendered into the site; only web addresses are safe to link.
        if value is not None and not is_web_address(value):
            raise ValueError(NOT_AN_ADDRESS)
        return value


class Actor(_Model):
    """Someone who acts or speaks in the article: a person, organisation, state or group."""

    id: str = Field(pattern=SLUG)
    """Identifier within the brief (lowercase words joined by hyphens), used by positions."""
    name: str = Field(min_length=1)
    """Canonical name, as complete as the article gives it (`Vladimir Putin`)."""
    kind: ActorKind
    """`person`, `organisation`, `state` or `group`."""
    roles: list[str] = []
    """Titles and roles the article gives (`Russian President`)."""
    aliases: list[str] = []
    """Other names the article uses for the same actor (`Putin`)."""


class Position(_Model):
    """Something an actor said, claimed or did, tied to the exact words of the article."""

    actor: str = Field(min_length=1)
    """Id of the actor (in `actors`) who holds the position."""
    kind: PositionKind
    """`quote` (their own words, in quotation marks), `reported` (speech told by the writer) or `action`."""
    text: str = Field(min_length=1)
    """The position verbatim: exactly the article's characters in `span`."""
    span: Span
    """[start, end] character offsets of `text` in the article text (end exclusive)."""
    cue: str | None = None
    """The words that attribute it (`said`, `according to`, `writing:`), if any."""
    sentence: str = ""
    """The whole sentence (or sentences) around `text`, verbatim, for context."""


class Evidence(_Model):
    """A verbatim piece of the article that supports an open question."""

    text: str = Field(min_length=1)
    """The evidence verbatim: exactly the article's characters in `span`."""
    span: Span
    """[start, end] character offsets of `text` in the article text (end exclusive)."""


class OpenQuestion(_Model):
    """A question the article leaves open or contested."""

    question: str = Field(min_length=1)
    """The question, in plain words."""
    kind: QuestionKind
    """`pending` (not yet decided), `contested` (actors disagree or deny), `conditional` (depends on a condition) or `explicit` (asked in the text)."""
    actors: list[str] = []
    """Ids of the actors involved."""
    evidence: list[Evidence] = Field(min_length=1)
    """Where the article raises it."""
    status: Literal["open", "answered"] = "open"
    """`open`, or `answered` once a person marks it so; answered questions get a section of their own."""
    note: str = ""
    """For an answered question: what answered it, in a few words."""
    link: str | None = None
    """For an answered question: where the answer is (an http or https address)."""

    @field_validator("link")
    @classmethod
    def _http_link(cls, value: str | None) -> str | None:
        if value is not None and not is_web_address(value):
            raise ValueError(NOT_AN_ADDRESS)
        return value


class Brief(_Model):
    """A reviewed-or-reviewable summary of one article: actors, positions, open questions."""

    schema_: Literal[1] = Field(SCHEMA_VERSION, alias="schema")
    """Brief format version; this document describes version 1."""
    id: str = Field(pattern=r"^[^/\\\s.][^/\\]*$")
    """Identifier of the brief: the article's file name without its extension."""
    title: str = Field(min_length=1)
    """Headline of the article (from its title line or front matter, else its first sentence)."""
    date: dt.date | None = None
    """Publication date (YYYY-MM-DD), if known."""
    source: Source
    """The article the brief was extracted from."""
    summary: str = ""
    """A few sentences saying what the article is about."""
    actors: list[Actor] = []
    """Everyone who acts or speaks, once each."""
    positions: list[Position] = []
    """What each actor said or did, in the article's order."""
    open_questions: list[OpenQuestion] = []
    """Questions the article leaves pending, contested, conditional or explicit."""
    extractor: str | None = None
    """The extraction that wrote the brief (`briefgen <version>+<rules digest>`); when the rules change, `build` extracts the article again, unless a person owns the brief."""
    reviewed: bool = False
    """`true` once a person has checked the brief: briefgen then never rewrites it."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True, populate_by_name=True)

    def to_data(self) -> dict[str, Any]:
        """Return the brief as plain data in schema order, ready to dump as YAML or JSON."""
        return self.model_dump(mode="json", by_alias=True)

    def actor(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, if any."""
        return next((a for a in self.actors if a.id == actor_id), None)


def location(loc: tuple[Any, ...]) -> str:
    """Turn a pydantic error location into `positions[2].actor` form."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + ("schema" if part == "schema_" else str(part))
    return out


def cross_check(brief: Brief) -> list[tuple[str, str]]:
    """Return (field, reason) pairs for references and spans that do not hold together."""
    problems: list[tuple[str, str]] = []
    ids: set[str] = set()
    for i, actor in enumerate(brief.actors):
        if actor.id in ids:
            problems.append((f"actors[{i}].id", f"duplicate actor id '{actor.id}'"))
        ids.add(actor.id)
    for i, pos in enumerate(brief.positions):
        if pos.actor not in ids:
            problems.append((f"positions[{i}].actor", f"unknown actor '{pos.actor}'"))
        if pos.span[0] >= pos.span[1]:
            problems.append((f"positions[{i}].span", "start must be before end"))
    for i, question in enumerate(brief.open_questions):
        for j, actor_id in enumerate(question.actors):
            if actor_id not in ids:
                problems.append((f"open_questions[{i}].actors[{j}]", f"unknown actor '{actor_id}'"))
        for j, ev in enumerate(question.evidence):
            if ev.span[0] >= ev.span[1]:
                problems.append(
                    (f"open_questions[{i}].evidence[{j}].span", "start must be before end")
                )
    return problems


def source_check(brief: Brief, text: str) -> list[tuple[str, str]]:
    """Return (field, reason) pairs for spans whose text is not the article's text there."""
    problems: list[tuple[str, str]] = []
    spans = [(f"positions[{i}]", p.text, p.span) for i, p in enumerate(brief.positions)]
    spans += [
        (f"open_questions[{i}].evidence[{j}]", e.text, e.span)
        for i, q in enumerate(brief.open_questions)
        for j, e in enumerate(q.evidence)
    ]
    for field, expected, (start, end) in spans:
        if end > len(text):
            problems.append(
                (f"{field}.span", f"ends at {end}, past the article's end ({len(text)})")
            )
        elif text[start:end] != expected:
            problems.append((f"{field}.text", f"is not the article's text at {start}:{end}"))
    return problems


def parse_brief(data: Any, file: str) -> tuple[Brief | None, list[Problem]]:
    """Validate plain data as a brief; return the brief (if valid) and every problem found."""
    if not isinstance(data, dict):
        return None, [Problem(file, "", "not a brief (expected a YAML mapping)")]
    try:
        brief = Brief.model_validate(data)
    except ValidationError as exc:
        return None, [Problem(file, location(err["loc"]), _reason(err)) for err in exc.errors()]
    problems = [Problem(file, field, reason) for field, reason in cross_check(brief)]
    return (None if problems else brief), problems


def _reason(err: ErrorDetails) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown field"
    if err["type"] == "missing":
        return "required"
    return str(err["msg"]).removeprefix("Value error, ")


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a brief, for editors and other tools."""
    schema = Brief.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def json_schema_text() -> str:
    """Return the JSON Schema as the text kept in `schema/brief.schema.json`."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


class ActorEntry(_Model):
    """One actor in `actors.yml`: who someone is across all briefs."""

    name: str = Field(min_length=1)
    """Canonical name shown on the site."""
    kind: ActorKind | None = None
    """`person`, `organisation`, `state` or `group`; when left out, the briefs decide."""
    aliases: list[str] = []
    """Other names briefs use for this actor; a brief actor with any of these names is this actor."""
    roles: list[str] = []
    """Roles to show first on the actor's page."""
    description: str = ""
    """A line or two about the actor, shown on their page."""
    links: list[Annotated[str, Field(pattern=HTTP_PATTERN)]] = []
    """Web pages about the actor (a Wikipedia or Wikidata address), linked from their page."""
    merge: list[Annotated[str, Field(pattern=SLUG)]] = []
    """Ids of actors the machine keeps apart that are this actor (`briefgen actors` lists ids)."""
    mentions: list[Annotated[str, Field(pattern=MENTION)]] = []
    """Brief actors (`BRIEF_ID/ACTOR_ID`) that are this actor whatever their name says."""
    split: list[Annotated[str, Field(pattern=MENTION)]] = []
    """Brief actors (`BRIEF_ID/ACTOR_ID`) with this actor's name that are someone else."""


def parse_actors(data: Any, file: str) -> tuple[dict[str, ActorEntry], list[Problem]]:
    """Validate `actors.yml` (actor id -> entry); return the entries and every problem."""
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [Problem(file, "", "expected a mapping of actor ids to actors")]
    entries: dict[str, ActorEntry] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        if not isinstance(key, str) or not re.match(SLUG, key):
            problems.append(
                Problem(file, str(key), "actor id must be lowercase words joined by hyphens")
            )
            continue
        try:
            entries[key] = ActorEntry.model_validate(value if value is not None else {})
        except ValidationError as exc:
            problems.extend(
                Problem(file, location((key, *err["loc"])), _reason(err)) for err in exc.errors()
            )
    return entries, problems
