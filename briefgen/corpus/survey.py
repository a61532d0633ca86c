"""The actors of a corpus as a table, and the probable duplicates a person should confirm.

The machine merges only what the evidence settles (see `briefgen.corpus.identity`); what it
cannot settle it lists here, each pair with its reason:

- a surname alone that may be one of several people ("Brown": Gordon or Nick Brown);
- given names that may be one ("G Brown" beside "Gordon Brown" and "George Brown");
- a short form of an organisation ("NAO", "Lib Dems");
- one name for actors of two kinds (a person "Fox" and an organisation "Fox");
- names spelt almost the same ("Mohamed"/"Mohammed Atta").

Two actors that both have an `actors.yml` entry are never flagged: a person decided.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefgen.corpus import Corpus, CorpusActor
from briefgen.corpus.naming import abbreviates, name_key, name_words, same_person

# Words an acronym skips ("National Audit Office" -> NAO, "Bank of England" -> BoE).
_MINOR = frozenset("of the and for in on at to de du la le".split())


@dataclass(frozen=True)
class Duplicate:
    """Two actors that may be one, and why."""

    first: CorpusActor
    second: CorpusActor
    reason: str


def probable_duplicates(corpus: Corpus) -> list[Duplicate]:
    """Return the pairs of actors that may be one, most positions first."""
    found: dict[tuple[str, str], Duplicate] = {}

    def flag(a: CorpusActor, b: CorpusActor, reason: str) -> None:
        if a is b or (a.curated and b.curated):
            return
        a, b = sorted((a, b), key=lambda x: (-len(x.positions), x.id))
        found.setdefault((a.id, b.id), Duplicate(a, b, reason))

    people = [a for a in corpus.actors if a.kind == "person"]
    _surnames(people, flag)
    _given_names(people, flag)
    _short_forms(corpus.actors, flag)
    _same_names(corpus.actors, flag)
    _spellings(corpus.actors, flag)
    return sorted(
        found.values(),
        key=lambda d: (-len(d.first.positions) - len(d.second.positions), d.first.id, d.second.id),
    )


def _full_names(actor: CorpusActor) -> set[tuple[str, ...]]:
    names = {actor.name, *(a.name for _, a in actor.identity.members)} if actor.identity else set()
    return {words for words in map(name_words, names | {actor.name}) if len(words) > 1}


def _surnames(people: list[CorpusActor], flag) -> None:
    by_surname: dict[str, list[CorpusActor]] = {}
    for person in people:
        for words in _full_names(person):
            by_surname.setdefault(words[-1], [])
            if person not in by_surname[words[-1]]:
                by_surname[words[-1]].append(person)
    for person in people:
        words = name_words(person.name)
        # "Brown" alone, or "Kilroy Silk" read as a given name and a surname.
        key = words[0] if len(words) == 1 else " ".join(words)
        for other in by_surname.get(key, []):
            if other is not person and not _other_sex(person, other):
                flag(other, person, f"“{person.name}” may be {other.name}’s surname")


def _other_sex(a: CorpusActor, b: CorpusActor) -> bool:
    """Tell whether forms of address or given names say two people differ in sex."""
    if a.identity is None or b.identity is None:
        return False
    sexes_a, sexes_b = a.identity.sexes(), b.identity.sexes()
    return bool(sexes_a and sexes_b and not sexes_a & sexes_b)


def _given_names(people: list[CorpusActor], flag) -> None:
    by_surname: dict[str, list[CorpusActor]] = {}
    for person in people:
        for surname in {words[-1] for words in _full_names(person)}:
            by_surname.setdefault(surname, []).append(person)
    for group in by_surname.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                pairs = [(x, y) for x in _full_names(a) for y in _full_names(b)]
                match = next(((x, y) for x, y in pairs if same_person(x, y)), None)
                if match:
                    flag(a, b, f"“{a.name}” and “{b.name}” may be one person")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name_key(name).split() if w not in _MINOR and w[0].isalpha())


def _short_forms(actors: list[CorpusActor], flag) -> None:
    groups = [a for a in actors if a.kind != "person"]
    by_initials: dict[str, list[CorpusActor]] = {}
    by_first_letter: dict[str, list[CorpusActor]] = {}
    for actor in groups:
        words = name_key(actor.name).split()
        if len(words) > 1:
            by_initials.setdefault(_initials(actor.name), []).append(actor)
        if words:
            by_first_letter.setdefault(words[0][0], []).append(actor)
    for actor in groups:
        name = actor.name.strip()
        if " " not in name and name.isupper() and 2 <= len(name) <= 6:
            for other in by_initials.get(name.casefold(), []):
                flag(other, actor, f"“{name}” may stand for {other.name}")
    for group in by_first_letter.values():
        for a in group:
            for b in group:
                if a is not b and abbreviates(name_key(a.name).split(), name_key(b.name).split()):
                    flag(b, a, f"“{a.name}” may be short for {b.name}")


def _same_names(actors: list[CorpusActor], flag) -> None:
    by_key: dict[str, list[CorpusActor]] = {}
    for actor in actors:
        by_key.setdefault(" ".join(name_words(actor.name)), []).append(actor)
    for group in by_key.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                flag(a, b, f"one name for a {a.kind} and a {b.kind}")


def _spellings(actors: list[CorpusActor], flag) -> None:
    blocks: dict[tuple[str, str], list[CorpusActor]] = {}
    for actor in actors:
        key = name_key(actor.name)
        if len(key) >= 7:
            blocks.setdefault((actor.kind, key[:2]), []).append(actor)
    for group in blocks.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if _one_edit(name_key(a.name), name_key(b.name)):
                    flag(a, b, f"“{a.name}” and “{b.name}” are spelt almost the same")


def _one_edit(a: str, b: str) -> bool:
    """Tell whether one insertion, deletion, substitution or swap turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]


def actor_lines(corpus: Corpus, duplicates: list[Duplicate], min_positions: int = 0) -> list[str]:
    """Return `briefgen actors` output: a table of actors, then the probable duplicates."""
    shown = sorted(
        (a for a in corpus.actors if len(a.positions) >= min_positions),
        key=lambda a: (-len(a.positions), -len(a.briefs), name_key(a.name), a.id),
    )
    rows = [("id", "name", "kind", "positions", "briefs", "last seen")]
    rows += [
        (a.id, a.name, a.kind, str(len(a.positions)), str(len(a.briefs)), _date(a.last_seen))
        for a in shown
    ]
    widths = [min(36, max(len(row[i]) for row in rows)) for i in range(6)]
    lines = [
        "  ".join(
            cell[: widths[i]].rjust(widths[i])
            if i in (3, 4)
            else cell[: widths[i]].ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]
    busy = sum(1 for a in corpus.actors if len(a.positions) >= 3)
    lines.insert(
        0,
        f"{_count(len(corpus.actors), 'actor')} in {_count(len(corpus.entries), 'brief')} "
        f"({busy} with 3 or more positions); {len(shown)} shown\n",
    )
    if duplicates:
        lines.append(
            f"\n{_count(len(duplicates), 'probable duplicate')}; if one actor, add the second "
            "id to the first's `merge` list in actors.yml; if two, give both an entry:"
        )
        lines += [f"  {d.first.id} ~ {d.second.id}: {d.reason}" for d in duplicates]
    else:
        lines.append("\nno probable duplicates")
    return lines


def brief_actor_lines(corpus: Corpus, brief_id: str) -> list[str] | None:
    """Return `briefgen actors --brief ID` output (None if no such brief): each actor of one
    brief with the reference `actors.yml` takes (`BRIEF_ID/ACTOR_ID`) and its page id."""
    entry = next((e for e in corpus.entries if e.brief.id == brief_id), None)
    if entry is None:
        return None
    said = {a.id: 0 for a in entry.brief.actors}
    for position in entry.brief.positions:
        said[position.actor] = said.get(position.actor, 0) + 1
    rows = [("reference", "name", "kind", "positions", "page")]
    for actor in entry.brief.actors:
        page = corpus.actor_of(entry, actor.id)
        ref = f"{entry.brief.id}/{actor.id}"
        rows.append((ref, actor.name, actor.kind, str(said[actor.id]), page.id if page else "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        f"{_count(len(entry.brief.actors), 'actor')} in {entry.file}\n",
        *(
            "  ".join(
                cell.rjust(widths[i]) if i == 3 else cell.ljust(widths[i])
                for i, cell in enumerate(row)
            ).rstrip()
            for row in rows
        ),
        "\nIn actors.yml, an entry's `merge` takes a page id; `mentions` (or `split`, to keep"
        " it out) takes a reference.",
    ]
    return lines


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _date(date: dt.date | None) -> str:
    return date.isoformat() if date else "-"
