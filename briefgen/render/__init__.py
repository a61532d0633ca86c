"""Render the corpus into Markdown pages (and the site's data files) through Jinja2.

Everything that comes from an article or a brief is untrusted text: every `{{ }}` in a
template goes through `md_text` (Jinja's `finalize` hook, see `briefgen.render.mdtext`), so only
values the helpers built as `Markup` from escaped parts pass unescaped.

A site's own `templates/` folder overrides any packaged template of the same name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from briefgen.briefs.schema import ActorEntry
from briefgen.briefs.store import load_yaml
from briefgen.config import Project, Settings
from briefgen.corpus import Corpus, name_key, page_slug
from briefgen.corpus.answers import find_answers
from briefgen.corpus.identity import in_story
from briefgen.corpus.model import Entry
from briefgen.corpus.naming import digest
from briefgen.errors import ConfigError, Problem
from briefgen.inputs import YAML_ERRORS
from briefgen.render.export import ActorsData, BriefsData, actors_data, briefs_data, data_schema
from briefgen.render.feeds import FEED, actor_feed, briefs_feed
from briefgen.render.mdtext import (
    cited_paragraph,
    count,
    link,
    md_inline,
    md_paragraphs,
    md_text,
    mjoin,
    quoted,
    site_name,
)
from briefgen.render.schemadoc import DATA_MODELS, FORMAT_MODELS, example_brief, model_doc
from briefgen.render.views import (
    ActorPage,
    ActorView,
    AnswerView,
    BriefView,
    ContestView,
    EvidenceView,
    PositionView,
    QuestionView,
)
from briefgen.render.write import MARKER
from briefgen.resources import templates_dir

QUESTION_KINDS = (
    ("pending", "Pending", "Not decided yet."),
    ("contested", "Contested", "Actors disagree, or one denies what another says."),
    ("conditional", "Conditional", "Depends on a condition being met."),
    ("explicit", "Explicit", "Asked in so many words in the article."),
)
KIND_LABELS = {"quote": "quote", "reported": "reported speech", "action": "action"}
TOP_ACTORS = 10
NEWEST_QUESTIONS = 5
ACTOR_BOOST = 4
# Sortable tables; `extra_javascript` in mkdocs.yml loads it.
SCRIPT = "assets/briefgen/tablesort.js"
# Quotes, highlights and chips; `extra_css` in mkdocs.yml loads it.
STYLE = "assets/briefgen/briefgen.css"
FILTERS = "assets/briefgen/filters.js"
# Files written as they are, from the templates folder (a site may override them too).
ASSETS = {SCRIPT: "tablesort.js", FILTERS: "filters.js", STYLE: "briefgen.css"}


def packaged_templates() -> Path:
    """Return the folder of packaged templates (inside the wheel, or the checkout's)."""
    return templates_dir()


def environment(project: Project) -> Environment:
    """Return the Jinja environment: site templates first, escaping by default."""
    env = Environment(
        loader=ChoiceLoader(
            [FileSystemLoader(project.templates), FileSystemLoader(packaged_templates())]
        ),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=md_text,
        autoescape=False,
    )
    # Jinja's own `e` would HTML-escape only, which leaves Markdown links live.
    env.filters.update(e=md_inline, escape=md_inline, md=md_inline, paragraphs=md_paragraphs)
    env.filters.update(mjoin=mjoin, quoted=quoted)
    env.globals.update(link=link, count=count, site_name=site_name, kind_labels=KIND_LABELS)
    return env


def _paragraph_finder(entry: Entry) -> Callable[[int], int]:
    doc = entry.document
    if doc is None:
        return lambda offset: 0
    starts = [start for start, _ in doc.paragraphs]

    def find(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        return i + 1 if i >= 0 and offset < doc.paragraphs[i][1] else 0

    return find


def _brief_views(corpus: Corpus) -> list[BriefView]:
    """Build every brief's view, each on a page of its own."""
    slugs = brief_slugs([entry.brief.id for entry in corpus.entries])
    return [_brief_view(corpus, entry, slugs[entry.brief.id]) for entry in corpus.entries]


def brief_slugs(ids: list[str]) -> dict[str, str]:
    """Return each brief id's page name: its slug, unless another id has that slug too.

    "a-b.txt" keeps `a-b`; "a b.txt" and "A_B.txt", which would share it, get a short hash
    of their id (`a-b-1f3e9c2a`), whatever order they come in; `index` is the list itself.
    """
    wanting: dict[str, list[str]] = {}
    for brief_id in ids:
        wanting.setdefault(page_slug(brief_id, "brief"), []).append(brief_id)
    slugs = {}
    for base, group in wanting.items():
        for brief_id in group:
            plain = base != "index" and (len(group) == 1 or brief_id == base)
            slugs[brief_id] = base if plain else f"{base}-{digest(brief_id)}"
    return slugs


def _brief_view(corpus: Corpus, entry: Entry, slug: str) -> BriefView:
    view = BriefView(entry, slug, f"briefs/{slug}.md")
    paragraph = _paragraph_finder(entry)
    actors: dict[str, ActorView] = {}
    for actor in entry.brief.actors:
        page = corpus.actor_of(entry, actor.id)
        actors[actor.id] = ActorView(actor, page, f"actors/{page.id}.md" if page else "")
    # Only the actors with a part in the story get a chip and a row.
    view.actors = [v for v in actors.values() if in_story(entry.brief, v.actor)]
    ordered = sorted(entry.brief.positions, key=lambda p: (p.span[0], p.span[1]))
    for n, pos in enumerate(ordered, 1):
        view.positions.append(PositionView(view, paragraph(pos.span[0]), pos, actors[pos.actor], n))
    for actor_view in view.actors:
        held = [p for p in view.positions if p.actor is actor_view]
        if held:
            view.groups.append((actor_view, held))
    for q in entry.brief.open_questions:
        evidence = [EvidenceView(view, paragraph(ev.span[0]), ev) for ev in q.evidence]
        view.questions.append(QuestionView(q, view, [actors[a] for a in q.actors], evidence))
    return view


def _with_text(view: BriefView) -> BriefView:
    """Fill in the article's paragraphs, cited words highlighted (only its page shows them)."""
    doc = view.entry.document
    if doc is not None and not view.paragraphs:
        cites = [(p.position.span[0], p.position.span[1], p.number) for p in view.positions]
        view.paragraphs = [
            (n, cited_paragraph(doc.text, s, e, [c for c in cites if c[0] < e and c[1] > s]))
            for n, (s, e) in enumerate(doc.paragraphs, 1)
        ]
    return view


def _answer(views: list[BriefView]) -> None:
    """Tie each open question a newer brief's article answers to that sentence."""
    found = find_answers([v.entry for v in views])
    by_entry = {id(v.entry): v for v in views}
    for view in views:
        for q in view.questions:
            answer = found.get(id(q.question))
            if answer is not None:
                newer = by_entry[id(answer.entry)]
                paragraph = _paragraph_finder(answer.entry)(answer.span[0])
                q.answer = AnswerView(newer, paragraph, answer.text)


def _contest_views(corpus: Corpus, views: list[BriefView]) -> dict[int, ContestView]:
    """Return each contest's view, keyed by the contest's id()."""
    by_position = {id(p.position): p for v in views for p in v.positions}
    return {
        id(c): ContestView(by_position[id(c.claim[1])], by_position[id(c.denial[1])], c)
        for c in corpus.contests
    }


def _actor_pages(
    project: Project, corpus: Corpus, views: list[BriefView], contests: dict[int, ContestView]
) -> list[ActorPage]:
    if "index" in corpus.by_id:
        reason = "the id 'index' is the list of actors; choose another"
        raise ConfigError(Problem(project.rel(project.actors_file), "index", reason))
    by_entry = {id(v.entry): v for v in views}
    by_position = {id(p.position): p for v in views for p in v.positions}
    pages = []
    for actor in corpus.actors:
        groups: list[tuple[BriefView, list[PositionView]]] = []
        for entry, position in actor.positions:
            view = by_entry[id(entry)]
            if not groups or groups[-1][0] is not view:
                groups.append((view, []))
            groups[-1][1].append(by_position[id(position)])
        mentions = [by_entry[id(e)] for e in actor.briefs_without_positions()]
        held = [contests[id(c)] for c in actor.contests]
        pages.append(ActorPage(actor, f"actors/{actor.id}.md", groups, mentions, held))
    by_id = {page.actor.id: page for page in pages}
    for view in views:
        for q in view.questions:
            if not q.is_open:
                continue
            for page_id in dict.fromkeys(a.page.id for a in q.actors if a.page):
                by_id[page_id].questions.append(q)
    return pages


# Pages --------------------------------------------------------------------------------


def render_pages(project: Project, corpus: Corpus) -> dict[str, str]:
    """Render every page; return {path relative to docs/: Markdown text}."""
    return render_changed(project, corpus).pages


@dataclass
class Rendered:
    """What `render_changed` made: the pages rendered, and those still right as they are."""

    pages: dict[str, str]
    """Path relative to docs/ -> Markdown (or feed, data) text, for every page rendered."""
    kept: set[str] = field(default_factory=set)
    """Pages not rendered: what they are made from is what the page on disk was made from."""
    keys: dict[str, str] = field(default_factory=dict)
    """Every brief and actor page and actor feed -> the digest of what it is made from."""


def render_changed(
    project: Project, corpus: Corpus, reuse: Callable[[str, str], bool] | None = None
) -> Rendered:
    """Render the pages; a brief or actor page (or feed) for which `reuse(path, key)` is
    true is left as it is on disk (`key` digests what it is made from, `briefgen.render.pagecache`).

    The section pages, feeds and data files list every brief or actor and are always
    rendered.
    """
    from briefgen.render.pagecache import actor_key, brief_key

    env = environment(project)
    views = _brief_views(corpus)
    _answer(views)
    contests = _contest_views(corpus, views)
    actors = _actor_pages(project, corpus, views, contests)
    done = Rendered(_section_pages(project, corpus, env, views, actors, contests))
    briefs = {id(view): brief_key(view) for view in views}

    def page(template: str, name: str, boost: float = 0, **context: Any) -> str:
        text = _render(env, template, project.title, corpus, "../", **context)
        return f"{front_matter(name, boost)}{MARKER}\n\n{text}\n"

    def wanted(rel: str, key: str) -> bool:
        done.keys[rel] = key
        if reuse is not None and reuse(rel, key):
            done.kept.add(rel)
            return False
        return True

    for actor in actors:
        key = actor_key(actor, briefs)
        if wanted(feed := f"actors/{actor.actor.id}.xml", key):
            done.pages[feed] = actor_feed(project, actor, MARKER)
    for view in views:
        if wanted(view.href, briefs[id(view)]):
            done.pages[view.href] = page("brief.md.j2", view.brief.title, b=_with_text(view))
    for actor in actors:
        if wanted(actor.href, actor_key(actor, briefs)):
            # An actor's page first when someone searches for their name.
            done.pages[actor.href] = page(
                "actor.md.j2", actor.actor.name, boost=ACTOR_BOOST, a=actor
            )
    check_front_matter(done.pages)
    return done


def _render(
    env: Environment,
    template: str,
    title: str,
    corpus: Corpus,
    root: str,
    counts: dict[str, int] | None = None,
    **context: Any,
) -> str:
    """Render one page's Markdown, without runs of blank lines."""
    counts = corpus.counts() if counts is None else counts
    text = env.get_template(template).render(title=title, counts=counts, root=root, **context)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _section_pages(
    project: Project,
    corpus: Corpus,
    env: Environment,
    views: list[BriefView],
    actors: list[ActorPage],
    contests: dict[int, ContestView],
) -> dict[str, str]:
    """Render the pages that list every brief or actor: sections, feed, data, assets."""
    top = sorted(
        (a for a in actors if a.position_count),
        key=lambda a: (-a.position_count, -len(a.actor.briefs), name_key(a.actor.name), a.actor.id),
    )[:TOP_ACTORS]
    every = [q for v in views for q in v.questions]
    still_open = [q for q in every if q.is_open]
    questions = [
        (kind, label, blurb, [q for q in still_open if q.question.kind == kind])
        for kind, label, blurb in QUESTION_KINDS
    ]
    by_actor = sorted(
        (a for a in actors if a.questions),
        key=lambda a: (-len(a.questions), name_key(a.actor.name), a.actor.id),
    )
    # Open questions counted as the pages list them: a newer brief's answer closes one.
    counts = {**corpus.counts(), "questions": len(still_open)}

    def page(template: str, root: str, name: str, **context: Any) -> str:
        text = _render(env, template, project.title, corpus, root, counts=counts, **context)
        return f"{front_matter(name)}{MARKER}\n\n{text}\n"

    pages = {
        "index.md": page(
            "index.md.j2",
            "",
            project.title,
            latest=views[: project.latest],
            top=top,
            newest_questions=still_open[:NEWEST_QUESTIONS],
        ),
        "briefs/index.md": page("briefs.md.j2", "../", "Briefs", briefs=views),
        "actors/index.md": page("actors.md.j2", "../", "Actors", actors=actors),
        "questions.md": page(
            "questions.md.j2",
            "",
            "Open questions",
            questions=questions,
            by_actor=by_actor,
            answered=[q for q in every if not q.is_open],
            contests=[contests[id(c)] for c in corpus.contests],
        ),
        "format.md": page(
            "format.md.j2",
            "",
            "Brief format",
            models=[model_doc(m) for m in FORMAT_MODELS],
            actor_entry=model_doc(ActorEntry),
            settings=model_doc(Settings),
            data_models=[model_doc(m) for m in DATA_MODELS],
            example=example_brief(env),
        ),
    }
    for asset, source in ASSETS.items():
        text, _, _ = env.loader.get_source(env, source)  # type: ignore[union-attr]
        pages[asset] = f"/* {MARKER} */\n{text}"
    pages[FEED] = briefs_feed(project, views, MARKER)
    pages["data/actors.json"] = actors_data(project, actors, MARKER)
    pages["data/briefs.json"] = briefs_data(project, views, MARKER)
    pages["data/actors.schema.json"] = data_schema(ActorsData, MARKER)
    pages["data/briefs.schema.json"] = data_schema(BriefsData, MARKER)
    return pages


# Characters that could start markup in a theme's unescaped title, and control characters.
_UNSAFE_IN_TITLE = re.compile(r"[<>&\"'`\\{}\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def front_matter(title: str, boost: float = 0) -> str:
    """Return the page's front matter: its title for the browser tab, the nav and search.

    MkDocs themes print `page.title` without escaping, so the title keeps only characters
    that cannot start markup; the visible heading is the escaped Markdown one. `boost`
    ranks the page higher in Material's search. A YAML emitter writes it, so it is valid
    YAML whatever the title holds (U+007F, a lone surrogate, U+FFFF are escaped): front
    matter MkDocs cannot read would otherwise be shown as Markdown, links and all.
    """
    plain = " ".join(_UNSAFE_IN_TITLE.sub(" ", title).split()) or "Untitled"
    data: dict[str, Any] = {"title": plain}
    if boost:
        data["search"] = {"boost": boost}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{text}---\n"


def check_front_matter(pages: dict[str, str], folder: str = "docs") -> None:
    """Raise ConfigError for each Markdown page (under `folder`) whose front matter MkDocs
    would not read: it would show the page's front matter as text, and a build must not
    quietly publish that."""
    problems = [
        Problem(f"{folder}/{rel}", "front matter", reason)
        for rel, text in sorted(pages.items())
        if rel.endswith(".md") and (reason := front_matter_problem(text))
    ]
    if problems:
        raise ConfigError(problems)


# What MkDocs takes for front matter (mkdocs.utils.meta); it renders anything else as text.
_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


def front_matter_problem(text: str) -> str | None:
    """Return why a page's front matter does not read as YAML, or None if it does."""
    match = _FRONT.match(text)
    if not match:
        return None
    try:
        data = load_yaml(match.group(1))  # libyaml: a big site has thousands of pages
    except YAML_ERRORS:
        return "not valid YAML; MkDocs would show it as text"
    return None if isinstance(data, dict) else "not a mapping; MkDocs would show it as text"
