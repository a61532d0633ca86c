"""Answers across briefs: an open question of an older brief that a newer article settles.

Computed on every build, never stored, so a brief stays what its author wrote. Only
forecasts are matched ("Will Sophie Okonedo win best supporting actress?"), and only
conservatively, since a wrong "answered" hides an open matter. A sentence of a newer
dated article answers a question of an older dated brief when:

- it names every name and figure of the question (each capitalised word after "Will");
- it holds at least two of the question's other content words and four fifths of them,
  compared by their first five letters after an irregular past is taken back to its verb
  ("won" meets "win", "raised" meets "raise");
- it tells something done: a past or perfect verb, and no forecast, hedge, condition or
  question ("will", "could", "expected", "if", "whether", "yet", "?").

Contested, conditional and explicit questions are left alone: whether a newer article
settles who was right is not something words in common can tell.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.briefs.schema import OpenQuestion
    from briefgen.corpus.model import Entry

SHARE = 0.8  # of the question's content words the answer must hold
LEAST = 2  # content words other than names in common, at the least
WORDS = 4  # names and content words a question must hold to be matched

_STOP = frozenset(
    "will would could should shall may might must can the a an and or of to in on at by for "
    "with from into over about after before than then that this these those its his her their "
    "there be been being is are was were has have had do does did not no more most some any "
    "all also still such as it he she they them who what which when where how whether new "
    "next this year week month day".split()
)
# An irregular past, taken back to its verb, so the answer's word meets the question's.
_PAST = {
    "won": "win",
    "lost": "lose",
    "sold": "sell",
    "bought": "buy",
    "went": "go",
    "gone": "go",
    "took": "take",
    "taken": "take",
    "made": "make",
    "gave": "give",
    "given": "give",
    "left": "leave",
    "met": "meet",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "held": "hold",
    "kept": "keep",
    "paid": "pay",
    "ran": "run",
    "became": "become",
    "chose": "choose",
    "chosen": "choose",
    "got": "get",
    "came": "come",
    "brought": "bring",
    "began": "begin",
    "begun": "begin",
    "grew": "grow",
    "grown": "grow",
    "struck": "strike",
    "spent": "spend",
    "built": "build",
    "sent": "send",
    "found": "find",
    "threw": "throw",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "overturned": "overturn",
}
_DONE = re.compile(
    r"\b(?:has|have|had|was|were|did)\b|\b[a-z]{3,}ed\b|\b(?:" + "|".join(_PAST) + r")\b"
)
_OPEN = re.compile(
    r"\b(?:will|would|could|may|might|should|shall|can|expect|expects|expected|likely|unlikely|"
    r"set\s+to|plans?|planned|hopes?|hoped|aims?|wants?|wanted|urged?|tipped|favourite|"
    r"attempts?|efforts?|bid\s+to|cert|certain|odds|bets?|chances?|if|unless|whether|yet|still|until|ahead|"
    r"(?:has|have|had)\s+not|(?:has|have|had)n[’']t)\b|\?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(eq=False)
class Answer:
    """Where a newer article answers an open question."""

    entry: Entry
    """The newer brief."""
    span: tuple[int, int]
    """The answering sentence's offsets in the newer brief's article."""
    text: str
    """The answering sentence, verbatim."""


@dataclass
class _Asked:
    """What an answer must hold: the question's names and its content-word stems, its
    figures, and the verb its first name does ("win" after "Sophie Okonedo")."""

    names: list[str]
    stems: set[str]
    figures: list[str]
    subject: str
    verb: str


def stem(word: str) -> str:
    """Return a word's comparison key: lower case, an irregular past as its verb, a plain
    ending cut, the first five letters."""
    low = word.lower().replace("’", "'").removesuffix("'s")
    low = _PAST.get(low, low)
    for ending in ("ing", "ed", "es", "s", "e"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            low = low[: -len(ending)]
            break
    return low[:5]


def asked(question: OpenQuestion) -> _Asked | None:
    """Return what an answer to a forecast must hold, or None for a question not matched."""
    text = question.question.strip()
    if question.kind != "pending" or not text.startswith("Will ") or not text.endswith("?"):
        return None
    words = _WORD.findall(text[len("Will ") :])
    names = [w.removesuffix("'s").removesuffix("’s") for w in words if w[:1].isupper()]
    stems = {stem(w) for w in words if not w[:1].isupper() and w.lower() not in _STOP}
    if len(stems) < LEAST or not names or len(stems) + len(set(names)) < WORDS:
        return None  # too little said to tell an answer from a mention
    first = next(i for i, w in enumerate(words) if w[:1].isupper())
    run = first
    while run + 1 < len(words) and words[run + 1][:1].isupper():
        run += 1
    verb = next((w for w in words[run + 1 :] if w.lower() not in _STOP), "")
    figures = re.findall(r"\d[\d.,]*\w*", text)
    return _Asked(names, stems, figures, words[run].removesuffix("'s"), stem(verb))


def answers(wanted: _Asked, sentence: str) -> bool:
    """Tell whether a sentence tells the outcome a question asks about."""
    told = _told(sentence)
    return told is not None and _holds(wanted, *told)


def _told(sentence: str) -> tuple[list[str], set[str]] | None:
    """Return a sentence's words and stems when it tells something done, else None."""
    if _OPEN.search(sentence) or not _DONE.search(sentence):
        return None  # a forecast, a hedge, a condition: not an outcome
    words = _WORD.findall(sentence) + re.findall(r"\d[\d.,]*\w*", sentence)
    return words, {stem(w) for w in words}


def _holds(wanted: _Asked, words: list[str], stems: set[str]) -> bool:
    present = set(words)
    if any(name not in present for name in wanted.names + wanted.figures):
        return False  # "the 1000th number one" is not "his 19th number one"
    common = wanted.stems & stems
    if len(common) < LEAST or len(common) < SHARE * len(wanted.stems):
        return False
    # The subject does it: the verb within six words after the subject's name, so "Jamie
    # Foxx was best actor ... while Natalie Portman won" does not answer "Will Foxx win?".
    return any(
        w == wanted.subject and wanted.verb in {stem(x) for x in words[i + 1 : i + 7]}
        for i, w in enumerate(words)
    )


@dataclass
class _Told:
    entry: Entry
    span: tuple[int, int]
    words: list[str]
    stems: set[str]


def find_answers(entries: list[Entry]) -> dict[int, Answer]:
    """Return, keyed by id() of an open question, its answer in a newer brief's article.

    Both briefs must be dated, the newer strictly later, and its article at hand; the
    question must name someone or something, and the newest answer wins (`entries` come
    newest first). Only sentences that hold a name some question needs, in articles
    newer than the oldest question, are read, so a corpus with nothing to match costs
    nothing."""
    wanted = [
        (older, question, want)
        for older in entries
        if older.brief.date is not None
        for question in older.brief.open_questions
        if question.status == "open" and (want := asked(question)) is not None
    ]
    if not wanted:
        return {}
    oldest = min(d for older, _, _ in wanted if (d := older.brief.date) is not None)
    needed = {name for _, _, want in wanted for name in want.names}
    by_name = _index(entries, oldest, needed)
    found: dict[int, Answer] = {}
    for older, question, want in wanted:
        date = older.brief.date
        rarest = min(want.names, key=lambda n: len(by_name.get(n, ())))
        for told in by_name.get(rarest, ()):
            newer, later = told.entry, told.entry.brief.date
            if (
                later is None
                or date is None
                or later <= date
                or newer.brief.source.sha256 == older.brief.source.sha256
            ):
                continue  # not later, or the same article again
            if _holds(want, told.words, told.stems):
                text = newer.document.text[slice(*told.span)].strip()  # type: ignore[union-attr]
                found[id(question)] = Answer(newer, told.span, text)
                break
    return found


def _index(entries: list[Entry], after: dt.date, needed: set[str]) -> dict[str, list[_Told]]:
    """Index the sentences that tell something done by the needed names they hold."""
    by_name: dict[str, list[_Told]] = {}
    for entry in entries:
        doc = entry.document
        if entry.brief.date is None or entry.brief.date <= after or doc is None:
            continue
        for s, e in doc.sentences:
            text = doc.text[s:e]
            names = needed.intersection(_WORD.findall(text))
            told = _told(text) if names else None
            if told is None:
                continue
            item = _Told(entry, (s, e), *told)
            for name in names:
                by_name.setdefault(name, []).append(item)
    return by_name
