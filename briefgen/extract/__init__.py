"""Extraction: turn a Document into a Brief, by rules, with no model download.

The stages run in reading order, each in its own module (segmentation into paragraphs
and sentences happens at ingest, in `briefgen.ingest.segment`):

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

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from briefgen import __version__
from briefgen.briefs.schema import Brief, Position, Source
from briefgen.extract import lexicon as lx
from briefgen.extract.actors import build_actors
from briefgen.extract.attribute import Attribution, attribute
from briefgen.extract.coref import Entity, Resolver
from briefgen.extract.learned import propose
from briefgen.extract.mentions import Mention, Vocabulary, find_mentions
from briefgen.extract.paragraph import Spans
from briefgen.extract.phrases import described_subject
from briefgen.extract.questions import find_questions
from briefgen.extract.quotes import find_quotes
from briefgen.extract.said import Said, Seen
from briefgen.extract.summary import summarise
from briefgen.extract.tokens import Token, tokenize
from briefgen.ingest import Document
from briefgen.resources import code_digest


@cache
def extractor_version() -> str:
    """Return `briefgen <version>+<digest>`, the digest of every module that shapes a brief.

    Any change to the rules or the model (or to reading and segmenting articles) changes it, with no
    version to bump by hand, so `build` knows which briefs an older extraction wrote.
    """
    digest = code_digest("extract", "ingest", "briefs", "text")
    return f"briefgen {__version__}+{digest[:12]}"


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
            text=doc.text[s.attribution.shown : s.attribution.end],
            span=[s.attribution.shown, s.attribution.end],
            cue=s.attribution.cue or None,
            sentence=_sentence_text(doc, s.attribution.shown, s.attribution.end),
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


@dataclass
class _Reading:
    """What a reader holds while reading the article in order: who is who, who said what,
    the salient mentions, and the speaker of each quote chain."""

    resolver: Resolver
    said: list[Said] = field(default_factory=list)
    trail: list[Seen] = field(default_factory=list)
    chain_speaker: dict[int, Entity] = field(default_factory=dict)
    # Quote parts whose chain's speaker may come later, with the current speaker.
    waiting: list[tuple[Attribution, Entity | None]] = field(default_factory=list)
    last: tuple[Entity, int] | None = None  # the latest speaker and its paragraph
    last_at: int = -1  # where the latest speaker was heard
    resolved: dict[int, tuple[Mention, Entity | None]] = field(default_factory=dict)
    quiet: set[int] = field(default_factory=set)  # ids of the trained filter's, this paragraph


def _attribute_all(
    doc: Document, sentences: list[list[Token]], quotes: list, vocab: Vocabulary
) -> tuple[list[Said], Resolver, list[Seen]]:
    """Attribute every paragraph in order, resolving sources as a reader would.

    Also return the trail of salient mentions, so later stages can tell who a pronoun
    is at any offset (the resolver itself only knows the end of the article).
    """
    state = _Reading(Resolver(british=vocab.british))
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
        own = quotes_of.get(index, [])
        found = attribute(index, flat, own, doc.text, vocab)
        # The trained filter adds what the rules left out (`learned`, model.json); its
        # attributions are resolved but move no state (salience, current speaker), so the
        # rules' own speakers stay as they were.
        learned = propose(index, flat, own, doc.text, vocab, found)
        state.quiet = {id(a) for a in learned}  # this paragraph's: ids are reused later
        found = sorted(found + learned, key=lambda a: a.start)
        _read_paragraph(state, doc, index, sents, found, vocab)
    for a, current in state.waiting:
        entity = state.chain_speaker.get(a.chain) or current
        if entity is not None:
            state.said.append(Said(a, entity))
    state.said.sort(key=lambda s: s.attribution.start)
    return state.said, state.resolver, state.trail


def _read_paragraph(
    state: _Reading,
    doc: Document,
    index: int,
    sents: list[list[Token]],
    found: list[Attribution],
    vocab: Vocabulary,
) -> None:
    """Read one paragraph's mentions and attributions in order of their offsets."""
    resolver = state.resolver
    content = Spans()
    for a in found:
        content.add(a.start, a.end)
    events: list[tuple[int, int, object]] = []
    for sent in sents:
        found_here = find_mentions(sent, vocab, doc.text)
        _subject_behind_a_modifier(sent, found_here)
        for mention in found_here:
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
        elif kind == 0:
            entity = resolver.name(item)  # type: ignore[arg-type]
            if not item.aside and not content.holding(offset):  # type: ignore[attr-defined]
                resolver.seen(entity, offset, subject=item.subject)  # type: ignore[attr-defined]
                state.trail.append(Seen(offset, entity, item.subject))  # type: ignore[attr-defined]
            elif not item.aside:  # type: ignore[attr-defined]
                state.trail.append(Seen(offset, entity, False, heard=False))
        else:
            _hear(state, doc, index, offset, item)  # type: ignore[arg-type]


def _subject_behind_a_modifier(sent: list[Token], mentions: list) -> None:
    """Make the person the subject in "England prop Phil Vickery is ...", "Labour MP Jo
    Hill said": the state or party before the role only describes them."""
    for first, second in itertools.pairwise(mentions):
        if not first.subject or first.kind not in ("state", "place", "organisation"):
            continue
        between = sent[first.hi : second.lo]
        if (
            second.lo >= first.hi
            and 1 <= len(between) <= 3
            and all(tok.word and not tok.cap for tok in between)
            and any(tok.low in lx.ROLE_NOUNS or tok.low in _SPORT_ROLES for tok in between)
        ):
            first.subject, second.subject = False, True
            second.kind = second.kind or "person"


_SPORT_ROLES = frozenset(
    "prop hooker lock flanker winger wing centre fly-half scrum-half full-back striker "
    "midfielder defender goalkeeper keeper forward batsman bowler captain skipper".split()
)


def _hear(state: _Reading, doc: Document, index: int, offset: int, a: Attribution) -> None:
    """Resolve one attribution's speaker (its source, the current speaker, or its quote
    chain's) and record what they said."""
    last = state.last
    entity = None
    if a.inherit == "previous":
        if last is not None and last[1] >= index - 2:
            entity = _newcomer(state, index, offset) or last[0]
    elif a.inherit == "chain":
        entity = state.chain_speaker.get(a.chain)
        if entity is None:
            # The speaker may come later in the quote; else it is the current one.
            current = last[0] if last is not None and last[1] >= index - 1 else None
            state.waiting.append((a, current))
            return
    elif a.source is not None:
        # Quotes that share one source phrase share one resolution. The phrase is kept
        # beside it: an id() is only unique while its object lives, and a source whose
        # words went to no one may be freed, its id given to a later phrase.
        held = state.resolved.get(id(a.source))
        if held is None or held[0] is not a.source:
            held = (a.source, state.resolver.resolve(a.source, offset))
            state.resolved[id(a.source)] = held
        entity = held[1]
    if entity is None:
        return
    entity.spoke = True
    if id(a) in state.quiet:
        state.said.append(Said(a, entity))  # moves no state: see `_attribute_all`
        return
    if a.document:
        state.resolver.documents.setdefault(a.document, entity)  # "said in its report"
    state.resolver.seen(entity, offset, subject=True)
    state.trail.append(Seen(offset, entity, True))
    _kind_from_content(entity, doc.text[a.start : a.end], a.kind == "quote")
    state.said.append(Said(a, entity))
    state.last = (entity, index)
    state.last_at = offset
    if a.chain:
        state.chain_speaker.setdefault(a.chain, entity)


def _newcomer(state: _Reading, index: int, offset: int) -> Entity | None:
    """Return the person brought in as a subject since the latest speaker spoke, when a
    paragraph that is only a quote follows: 'Mary Jones, the rival bidder, was less
    happy.' then '"It is a disaster."' is Mary Jones's, not the previous speaker's."""
    last = state.last
    for seen in reversed(state.trail):
        if seen.offset <= state.last_at:
            return None
        if seen.offset >= offset or not (seen.subject and seen.heard):
            continue
        entity = seen.entity
        if last is not None and entity is last[0]:
            return None
        named_person = entity.named and (entity.kind == "person" or entity.sure_gender is not None)
        return entity if named_person else None
    return None


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
