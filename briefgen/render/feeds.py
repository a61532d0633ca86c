"""Atom feeds: the newest briefs (`feed.xml`), and each actor's newest positions.

Feeds hold no build time: a feed's `updated` is its newest entry's date, so a rebuild
from the same briefs gives the same bytes. Links are relative to the feed's own address
(Atom resolves them against it) and ids are stable `urn:uuid:` names, unless mkdocs.yml
sets `site_url`: then both are absolute addresses under it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from briefgen.config import Project
    from briefgen.render.views import ActorPage, BriefView

FEED = "feed.xml"
ENTRIES = 50
ACTOR_ENTRIES = 20  # an actor's newest positions; their page holds them all
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True)
class _Entry:
    title: str
    path: str  # from the site's root, for the id
    href: str  # from the feed's folder
    date: dt.date | None
    summary: str


def briefs_feed(project: Project, views: list[BriefView], marker: str) -> str:
    """Return the feed of the newest briefs (`feed.xml`, at the site's root)."""
    entries = [
        _Entry(
            v.brief.title,
            project.url(v.href),
            project.url(v.href),
            v.brief.date,
            v.brief.summary or v.brief.title,
        )
        for v in views[:ENTRIES]
    ]
    home = project.url("index.md") or "./"
    return _feed(project, marker, project.title, "", FEED, home, entries)


def actor_feed(project: Project, page: ActorPage, marker: str) -> str:
    """Return an actor's feed of positions (`actors/<id>.xml`), newest first."""
    entries = [
        _Entry(
            f"{page.actor.name}: {_short(p.position.text)}",
            f"{project.url(view.href)}#pos-{p.number}",
            "../" + project.url(p.href or view.href),
            view.brief.date,
            f"{p.position.text} — in “{view.brief.title}”",
        )
        for view, held in page.groups
        for p in held
    ][:ACTOR_ENTRIES]
    home = project.url(page.href).removeprefix("actors/")
    title = f"{page.actor.name} — {project.title}"
    return _feed(project, marker, title, "actors/", f"{page.actor.id}.xml", home, entries)


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _feed(
    project: Project,
    marker: str,
    title: str,
    folder: str,
    name: str,
    home: str,
    entries: list[_Entry],
) -> str:
    base = project.site_url
    dates = [e.date for e in entries if e.date]
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f"{marker}\n"  # an XML comment already
        '<feed xmlns="http://www.w3.org/2005/Atom"'
        + (f" xml:base={quoteattr(base + folder)}" if base else "")
        + ">\n"
        f"  <title>{_text(title)}</title>\n"
        f"  <id>{_id(project, folder + name)}</id>\n"
        f'  <link rel="self" href={quoteattr(name)}/>\n'
        f'  <link rel="alternate" type="text/html" href={quoteattr(home)}/>\n'
        f"  <updated>{_stamp(max(dates, default=None))}</updated>\n"
        "  <generator>briefgen</generator>\n"
    )
    body = "".join(
        "  <entry>\n"
        f"    <title>{_text(e.title)}</title>\n"
        f"    <id>{_id(project, e.path)}</id>\n"
        f'    <link rel="alternate" type="text/html" href={quoteattr(e.href)}/>\n'
        f"    <updated>{_stamp(e.date)}</updated>\n"
        f"    <summary>{_text(e.summary)}</summary>\n"
        "  </entry>\n"
        for e in entries
    )
    return head + body + "</feed>\n"


def _id(project: Project, path: str) -> str:
    """Return a permanent id: the address under site_url, else a name made from the path."""
    if project.site_url:
        return _text(project.site_url + path)
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"briefgen:{project.title}/{path}"))


def _stamp(date: dt.date | None) -> str:
    return f"{(date or _EPOCH).isoformat()}T00:00:00Z"


# XML 1.0 cannot hold most control characters, however they are escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))
