"""Atom feeds: the newest briefs, and each actor's positions."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from conftest import fixture_entries, make_project

from briefgen.corpus import build_corpus
from briefgen.render import render_pages

ATOM = "{http://www.w3.org/2005/Atom}"


def _feeds(project):
    pages = render_pages(project, build_corpus(fixture_entries()))
    return pages, ET.fromstring(pages["feed.xml"].encode("utf-8"))


def test_the_briefs_feed_lists_the_newest_briefs_with_their_dates(tmp_path) -> None:
    _, feed = _feeds(make_project(tmp_path / "p"))
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}updated") for e in entries] == [
        "2025-03-15T00:00:00Z",
        "2025-03-14T00:00:00Z",
    ]
    assert feed.findtext(f"{ATOM}updated") == "2025-03-15T00:00:00Z"  # no build time
    assert entries[1].find(f"{ATOM}link").get("href") == "briefs/000-83b8f2cce4d8eb98.html"
    # The hostile title is text in the feed, not markup.
    assert entries[0].findtext(f"{ATOM}title").startswith("Putin says <script>")
    assert all(e.findtext(f"{ATOM}id").startswith("urn:uuid:") for e in entries)


def test_an_actor_feed_links_each_position_to_its_words(tmp_path) -> None:
    pages, _ = _feeds(make_project(tmp_path / "p"))
    feed = ET.fromstring(pages["actors/volodymyr-zelensky.xml"].encode("utf-8"))
    entries = feed.findall(f"{ATOM}entry")
    exit_quote = next(e for e in entries if "cannot exit" in e.findtext(f"{ATOM}title"))
    assert exit_quote.find(f"{ATOM}link").get("href") == "../briefs/000-83b8f2cce4d8eb98.html#c7"
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == "volodymyr-zelensky.html"


def test_site_url_makes_ids_and_base_absolute(tmp_path) -> None:
    project = dataclasses.replace(
        make_project(tmp_path / "p"), site_url="https://news.example.org/brief/"
    )
    pages, feed = _feeds(project)
    assert feed.findtext(f"{ATOM}id") == "https://news.example.org/brief/feed.xml"
    assert (
        feed.get("{http://www.w3.org/XML/1998/namespace}base") == "https://news.example.org/brief/"
    )
    actor = ET.fromstring(pages["actors/vladimir-putin.xml"].encode("utf-8"))
    assert actor.get("{http://www.w3.org/XML/1998/namespace}base") == (
        "https://news.example.org/brief/actors/"
    )
