"""The site's data files: actors.json and briefs.json, valid against their schemas."""

from __future__ import annotations

import dataclasses
import json

from conftest import REPO, fixture_entries, make_project

from briefgen.corpus import build_corpus
from briefgen.render import render_pages
from briefgen.render.export import ActorsData, BriefsData
from briefgen.render.write import MARKER, write_pages


def _data(project) -> tuple[dict, dict]:
    pages = render_pages(project, build_corpus(fixture_entries()))
    return json.loads(pages["data/actors.json"]), json.loads(pages["data/briefs.json"])


def test_actors_json_holds_every_position_with_its_span_and_link(tmp_path) -> None:
    actors, _ = _data(make_project(tmp_path / "p"))
    ActorsData.model_validate(actors)
    assert actors["$comment"] == MARKER and actors["$schema"] == "actors.schema.json"
    zelensky = next(a for a in actors["actors"] if a["id"] == "volodymyr-zelensky")
    article = (REPO / "articles" / "000_83b8f2cce4d8eb98.txt").read_text(encoding="utf-8")
    exit_quote = next(p for p in zelensky["positions"] if "cannot exit" in p["text"])
    start, end = exit_quote["span"]
    assert article[start:end] == exit_quote["text"]
    assert exit_quote["link"] == "briefs/000-83b8f2cce4d8eb98.html#c7"  # the highlighted words
    assert zelensky["page"] == "actors/volodymyr-zelensky.html"
    putin = next(a for a in actors["actors"] if a["id"] == "vladimir-putin")
    [contest] = putin["contests"]
    assert contest["claim"]["actor"] == "vladimir-putin"
    assert contest["denial"]["actor"] == "ukraines-armed-forces-general-staff"
    assert contest["denial"]["text"] == "the encirclement of its troops"


def test_briefs_json_links_brief_actors_to_site_actors(tmp_path) -> None:
    _, briefs = _data(make_project(tmp_path / "p"))
    BriefsData.model_validate(briefs)
    seed = next(b for b in briefs["briefs"] if b["id"] == "000_83b8f2cce4d8eb98")
    assert seed["page"] == "briefs/000-83b8f2cce4d8eb98.html"
    site_ids = {a["name"]: a["site_id"] for a in seed["actors"]}
    assert site_ids["Volodymyr Zelensky"] == "volodymyr-zelensky"
    hostile = next(b for b in briefs["briefs"] if b["id"] == "001_hostile")
    assert {a["name"]: a["site_id"] for a in hostile["actors"]}["officials"] is None
    assert hostile["title"].startswith("Putin says <script>")  # data, not markup: as written


def test_links_follow_use_directory_urls(tmp_path) -> None:
    project = dataclasses.replace(make_project(tmp_path / "p"), directory_urls=True)
    actors, briefs = _data(project)
    zelensky = next(a for a in actors["actors"] if a["id"] == "volodymyr-zelensky")
    assert zelensky["page"] == "actors/volodymyr-zelensky/"
    assert briefs["briefs"][0]["page"].endswith("/")
    assert zelensky["positions"][0]["link"].startswith("briefs/000-83b8f2cce4d8eb98/#c")


def test_data_files_are_rewritten_as_generated_files(tmp_path) -> None:
    project = make_project(tmp_path / "p")
    pages = render_pages(project, build_corpus(fixture_entries()))
    data = {rel: text for rel, text in pages.items() if rel.startswith("data/")}
    assert sorted(data) == [
        "data/actors.json",
        "data/actors.schema.json",
        "data/briefs.json",
        "data/briefs.schema.json",
    ]
    written, _ = write_pages(project.docs, data)
    assert len(written) == 4
    data["data/briefs.json"] = data["data/briefs.json"].replace("Zelensky", "Zelenskyy")
    assert write_pages(project.docs, data) == (["data/briefs.json"], [])
    for rel in data:
        json.loads((project.docs / rel).read_text(encoding="utf-8"))
