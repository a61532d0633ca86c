"""Find the questions an article leaves open: pending, contested, conditional, explicit.

Each detector family is a module that reads one sentence at a time and words what it
finds as a question a reader understands without the article:

- `pending`    decisions and responses still to come ("is yet to agree to", "is expected
               to", "will decide", "urged Putin to");
- `unknowns`   what the article says is not known ("it is unclear whether", "remains to be
               seen", "declined to say whether"), also kind `pending`;
- `contested`  one actor asserts, another denies or calls it false;
- `conditions` "if", "unless", "no conditions", the conditions someone sets;
- `explicit`   questions asked in quotes, reported ("asked whether") or by the article;
- `events`     what is under way or to come: talks, appeals, reviews, deadlines, awards,
               nominations, matches, a deal that may go through, a step not yet taken;
- `prospects`  forecasts, hopes and plans told as statements ("the dollar will remain
               weak", "is hoping to expand"), the weakest shapes, asked last.

`wording` turns clauses into questions (inversion, tense, trimming), `outcomes` asks
"Will <subject> <verb phrase>?" only when both stand alone, `standalone` names
the actors pronouns and subjects stand for (or gives up), `context` tells detectors who
speaks and who a pronoun is, `merge` folds duplicates and caps the list, and `settled` drops a forecast the article
tells the outcome of further down. The evidence of a question is always the verbatim sentence that
raised it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.briefs.schema import Actor, Evidence, OpenQuestion
from briefgen.extract.questions import (
    conditions,
    contested,
    events,
    explicit,
    pending,
    prospects,
    unknowns,
)
from briefgen.extract.questions.context import Candidate, Referents, Sentence
from briefgen.extract.questions.grammar import doubtful
from briefgen.extract.questions.keep import latest_year, repaired, unkept
from briefgen.extract.questions.merge import Draft, merge
from briefgen.extract.questions.settled import settled
from briefgen.ingest import Document

if TYPE_CHECKING:
    from briefgen.extract.said import Said, Seen

__all__ = ["Candidate", "find_questions"]

DETECTORS = tuple(
    (family.wanted, family.find)
    for family in (pending, unknowns, contested, conditions, explicit, events, prospects)
)
_WORD = re.compile(r"[a-z]+")


def find_questions(
    doc: Document,
    said: list[Said],
    ids: dict[int, str],
    actors: list[Actor],
    trail: list[Seen] | None = None,
) -> list[OpenQuestion]:
    """Return the open questions of a document, merged and capped, in article order.

    `said` holds the attributions with their resolved speakers, `ids` maps entities to
    the brief's actor ids, and `trail` the mentions in reading order (for pronouns).
    """
    refs = Referents(doc.text, said, trail or [], ids, actors)
    drafts: list[Draft] = []
    since = -1
    for s, e in doc.sentences:
        raw = doc.text[s:e]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if not text or re.search(r"\S\s{3,}\S", text):
            continue  # a run of spaces is a page's furniture (a poll, a table), not prose
        # Brackets are asides ("a $2bn (1.53bn euros; £1.05bn) settlement"): blanked out,
        # offsets kept, so no clause stops at a semicolon inside them.
        masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
        sentence = Sentence(masked, s + lead, refs, since=since, in_quote=text[0] in '“"‘')
        since = s + lead
        span = (s + lead, s + lead + len(text))
        words = set(_WORD.findall(text.lower()))
        for wanted, detect in DETECTORS:
            if not wanted(words, text):
                continue  # most sentences raise nothing: skip the shapes
            for candidate in detect(sentence):
                candidate.question = repaired(refs.recase(refs.expand(candidate.question)))
                if candidate.kind == "pending" and candidate.question.startswith("Did "):
                    continue  # what already happened is not pending
                involved = [
                    *candidate.actors,
                    *refs.named_in(candidate.question),
                    *refs.named_in(text),
                    *_speakers_in(refs.overlapping(*span), ids, *span),
                ]
                drafts.append(Draft(candidate, [span], list(dict.fromkeys(involved))))
    latest = latest_year(doc.text)
    kept = [
        d
        for d in merge(drafts)
        if not settled(d.candidate.question, doc.text[max(b for _, b in d.evidence) :])
        and not doubtful(
            d.candidate.question,
            d.candidate.kind,
            " ".join(doc.text[a:b] for a, b in d.evidence),
            doc.text[max(b for _, b in d.evidence) :],
        )
        and not unkept(
            d.candidate.question,
            d.candidate.kind,
            " ".join(doc.text[a:b] for a, b in d.evidence),
            latest,
        )
    ]
    return [
        OpenQuestion(
            question=d.candidate.question,
            kind=d.candidate.kind,
            actors=d.actors,
            evidence=[Evidence(text=doc.text[a:b], span=[a, b]) for a, b in d.evidence],
        )
        for d in kept
    ]


def _speakers_in(said: list[Said], ids: dict[int, str], start: int, end: int) -> list[str]:
    """Return the ids of whoever says words inside a span."""
    return [
        ids[s.entity.number]
        for s in said
        if s.attribution.start < end and s.attribution.end > start and s.entity.number in ids
    ]
