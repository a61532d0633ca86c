"""Extraction: turn a Document into a Brief, by rules, with no model download.

The stages run in reading order, each in its own module (segmentation into paragraphs
and sentences happens at ingest, in `briefgen.segment`):

1. `quotes`     find quotations (straight, curly, nested, running over paragraphs);
2. `tokens`     split sentences into tokens that know whether they sit inside a quote;
3. `cues`       find attribution cues ("said", "according to", "writing:");
4. `mentions`   read names, titles and roles (`capitals` finds where capitalised names
                start and end); `phrases` reads noun phrases and pronouns;
5. `sources`    find the source of each cue (subject, inverted subject, sentence subject);
6. `attribute`  pair each quote or reported clause with its source: small functions over
                one paragraph's plain data (`paragraph.Para`), `clauses` for content
                boundaries, `shapes` for the shapes other than a verb cue;
7. `coref`      decide which actor each source is (pronouns, surnames, descriptions);
8. `actors`     list the actors with ids, kinds, roles and aliases (`entityhood` tells
                what is no actor at all, with `works` for titles of works and photo
                credits and `spans` to find a name's places in the text; `kinds` the
                kind a name's words tell,
                `actor_kinds` the kind the article tells, `duplicates` which actors
                are one under two names);
9. `questions`  find what the article leaves pending, contested, conditional or asked;
10. `summary`   pick the news: one to three of the article's own sentences.

Word lists live in `lexicon` (cues and function words) and `names` (titles, roles,
organisations, states, places, first names).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefgen import __version__
from briefgen.extract.actors import build_actors
from briefgen.extract.attribute import Attribution, attribute
from briefgen.extract.coref import Entity, Resolver
from briefgen.extract.mentions import Vocabulary, find_mentions
from briefgen.extract.paragraph import Spans
from briefgen.extract.phrases import described_subject
from briefgen.extract.questions import find_questions
from briefgen.extract.quotes import find_quotes
from briefgen.extract.summary import summarise
from briefgen.extract.tokens import Token, tokenize
from briefgen.ingest import Document
from briefgen.schema import Brief, Position, Source


@dataclass
class Seen:
    """An entity named at an offset: the pronoun trail. `heard` is False for a name inside
    reported content or a quote, which is no antecedent but still a possible referent."""

    offset: int
    entity: Entity
    subject: bool
    heard: bool = True


@dataclass
class Said:
    """An attribution whose source has been resolved to an entity."""

    attribution: Attribution
    entity: Entity


@cache
def extractor_version() -> str:
    """Return `briefgen <version>+<digest>`, the digest of every module that shapes a brief.

    Any change to the rules (or to reading and segmenting articles) changes it, with no
    version to bump by hand, so `build` knows which briefs an older extraction wrote.
    """
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py")) + [
        package.parent / name
        for name in ("ingest.py", "segment.py", "schema.py", "clutter.py", "webpage.py")
    ]
    digest = hashlib.sha256()
    for path in files:
        digest.update(
            path.relative_to(package.parent).as_posix().encode() + b"\0" + path.read_bytes() + b"\0"
        )
    return f"briefgen {__version__}+{digest.hexdigest()[:12]}"


def extract(doc: Document, source_path: str | None = None) -> Brief:
    """Return the brief of one document."""
    quotes = find_quotes(doc.text, doc.paragraphs)
    sentences = tokenize(doc.text, doc.sentences, quotes)
    vocab = Vocabulary(sentences)
    said, resolver, trail = _attribute_all(doc, sentences, quotes, vocab)
    actors, ids = build_actors(resolver.entities, doc.text)
    positions = [
        Position(
            actor=ids[s.entity.number],
            kind=s.attribution.kind,
            text=doc.text[s.attribution.start : s.attribution.end],
            span=[s.attribution.start, s.attribution.end],
            cue=s.attribution.cue or None,
            sentence=_sentence_text(doc, s.attribution.start, s.attribution.end),
        )
        for s in said
        if s.entity.number in ids
    ]
    questions = find_questions(doc, said, ids, actors, trail)
    return Brief(
        id=doc.stem,
        title=doc.title,
        date=doc.date,
        source=Source(
            path=source_path or doc.path,
            sha256=doc.sha256,
            url=doc.url,
            outlet=doc.outlet,
            author=doc.author,
            text_sha256=doc.text_sha256,
        ),
        summary=summarise(doc),
        actors=actors,
        positions=positions,
        open_questions=questions,
        extractor=extractor_version(),
    )


def _attribute_all(
    doc: Document, sentences: list[list[Token]], quotes: list, vocab: Vocabulary
) -> tuple[list[Said], Resolver, list[Seen]]:
    """Attribute every paragraph in order, resolving sources as a reader would.

    Also return the trail of salient mentions, so later stages can tell who a pronoun
    is at any offset (the resolver itself only knows the end of the article).
    """
    resolver = Resolver(british=vocab.british)
    said: list[Said] = []
    trail: list[Seen] = []
    chain_speaker: dict[int, Entity] = {}
    waiting: list[tuple[Attribution, Entity | None]] = []
    last: tuple[Entity, int] | None = None
    resolved: dict[int, Entity | None] = {}
    by_paragraph: dict[int, list[list[Token]]] = {}
    for tokens in sentences:
        if tokens:
            by_paragraph.setdefault(doc.paragraph_of(tokens[0].start) - 1, []).append(tokens)
    # Each paragraph sees only its own quotes: scanning all of them each time is quadratic.
    quotes_of: dict[int, list] = {}
    for quote in quotes:
        quotes_of.setdefault(quote.paragraph, []).append(quote)
    for index in sorted(by_paragraph):
        sents = by_paragraph[index]
        flat = [tok for sent in sents for tok in sent]
        found = attribute(index, flat, quotes_of.get(index, []), doc.text, vocab)
        content = Spans()
        for a in found:
            content.add(a.start, a.end)
        events: list[tuple[int, int, object]] = []
        for sent in sents:
            for mention in find_mentions(sent, vocab, doc.text):
                events.append((mention.start, 0, mention))
            described = described_subject(sent, vocab, doc.text)
            if described is not None:
                events.append((described.start, 2, described))
        events.extend((a.at, 1, a) for a in found)
        events.sort(key=lambda e: (e[0], e[1]))
        for offset, kind, item in events:
            if kind == 2:
                if not content.holding(offset):
                    # "An Egyptian education official visited ...": a "he" may be them.
                    resolver.described(item, offset)  # type: ignore[arg-type]
                continue
            if kind == 0:
                entity = resolver.name(item)  # type: ignore[arg-type]
                if not item.aside and not content.holding(offset):  # type: ignore[attr-defined]
                    resolver.seen(entity, offset, subject=item.subject)  # type: ignore[attr-defined]
                    trail.append(Seen(offset, entity, item.subject))  # type: ignore[attr-defined]
                elif not item.aside:  # type: ignore[attr-defined]
                    trail.append(Seen(offset, entity, False, heard=False))
                continue
            a: Attribution = item  # type: ignore[assignment]
            entity = None
            if a.inherit == "previous":
                if last is not None and last[1] >= index - 2:
                    entity = last[0]
            elif a.inherit == "chain":
                entity = chain_speaker.get(a.chain)
                if entity is None:
                    # The speaker may come later in the quote; else it is the current one.
                    current = last[0] if last is not None and last[1] >= index - 1 else None
                    waiting.append((a, current))
                    continue
            elif a.source is not None:
                # Quotes that share one source phrase share one resolution.
                if id(a.source) not in resolved:
                    resolved[id(a.source)] = resolver.resolve(a.source, offset)
                entity = resolved[id(a.source)]
            if entity is None:
                continue
            entity.spoke = True
            if a.document:
                resolver.documents.setdefault(a.document, entity)  # "said in its report"
            resolver.seen(entity, offset, subject=True)
            trail.append(Seen(offset, entity, True))
            _kind_from_content(entity, doc.text[a.start : a.end], a.kind == "quote")
            said.append(Said(a, entity))
            last = (entity, index)
            if a.chain:
                chain_speaker.setdefault(a.chain, entity)
    for a, current in waiting:
        entity = chain_speaker.get(a.chain) or current
        if entity is not None:
            said.append(Said(a, entity))
    said.sort(key=lambda s: s.attribution.start)
    return said, resolver, trail


def _kind_from_content(entity: Entity, content: str, quote: bool = False) -> None:
    """Learn a speaker's kind and gender from how it speaks of itself: "X said it would ...",
    "Corbett said he and Barker ...", or in a quote "I'm so happy" (a person; in a quote
    "It will take time" says nothing of the speaker)."""
    if quote:
        if entity.kind is None and _FIRST_PERSON.search(content):
            entity.kind = "person"
        return
    words = content.lower().split()[:2]
    if (
        words
        and words[0] in ("he", "she")
        and entity.kind in (None, "person")
        and entity.gender is None
    ):
        entity.gender = "male" if words[0] == "he" else "female"
    if entity.kind is not None:
        return
    if len(words) < 2:
        return
    if words[0] in ("its",) or (words[0] == "it" and words[1] in _SELF_VERBS):
        entity.kind = "organisation"  # "Dixons said it would stop selling VHS", not "it was vital"
    elif words[0] in ("he", "she", "his", "her"):
        entity.kind = "person"


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself)\b")
_SELF_VERBS = frozenset(
    "would will had has plans planned aims intends intended wants expects hoped hopes could can".split()
)


def _sentence_text(doc: Document, start: int, end: int) -> str:
    """Return the sentence (or sentences) holding a span, verbatim."""
    sentences = doc.sentences
    # Sentences are in order and do not overlap: start from the first that ends after it.
    i = bisect_right(sentences, start, key=lambda sentence: sentence[1])
    first = last = None
    while i < len(sentences) and sentences[i][0] < end:
        s, e = sentences[i]
        if e > start:
            first = s if first is None else first
            last = e
        i += 1
    if first is None or last is None:
        return doc.text[start:end]
    return doc.text[first:last]
