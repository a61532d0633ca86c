"""Explicit questions: the ones an actor or the article asks outright.

Shapes, and the questions they give (kind `explicit`):

- a question in a quote, with a known speaker: '"Why do we need this legislation in the
  first place?" asked Mr Kennedy' -> the question as asked (first and second person stay:
  they are the speaker's words); a leading "And" or "But" goes;
- a reported question: "Mr McLetchie asked whether the minister knew" -> "Did the minister
  know?";
- a question the article itself asks: "But will voters be convinced?".

Only real interrogatives count (opening with a question word or an auxiliary) and only
those short enough to read alone: "What about me?" and rhetorical asides are left out.
"""

from __future__ import annotations

import re

from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.standalone import name_pronouns
from briefgen.extract.questions.wording import AUX, ask, clause_pattern, finish, trim, words_of

_ASKED = clause_pattern(
    r"\b(?<!were\s)(?<!was\s)(?<!be\s)(?:asked|asks|asking|questioned|wondered|wonders|demanded\s+to\s+know)"
    r"\s+(?:[A-Z][\w’'.-]*\s+|\w+\s+){0,3}?(?P<clause>(?:whether|if|how|when|what|who|why|where)\b[^.;?!]*)"
)
_OPENERS = AUX | frozenset(
    "what why how who whom which where when isn't aren't wasn't weren't won't wouldn't can't "
    "couldn't shouldn't doesn't don't didn't hasn't haven't".split()
)
_QUOTES = '“”"‘’'
_ASKING = re.compile(
    r"\b(?:ask|asks|asked|asking|question|questioned|wonder|wondered|know)\b", re.I
)


WORDS = frozenset(
    "ask asks asked asking question questioned wonder wonders wondered demanded".split()
)


def wanted(words: set[str], text: str) -> bool:
    """Tell whether a sentence has a word one of these shapes needs (most do not)."""
    return "?" in text or not WORDS.isdisjoint(words)


# "Where on earth did ... come from?", "Have they even heard of ...?": rhetoric, not a
# question anyone waits to have answered.
_RHETORIC = re.compile(
    r"\bon\s+earth\b|\beven\s+heard\b|\bwhy\s+(?:must|would\s+anyone)\b|\bsurely\b|"
    r"\bwho\s+cares\b|\bwhat\s+is\s+the\s+point\b",
    re.IGNORECASE,
)


def find(sentence: Sentence) -> list[Candidate]:
    """Return the questions asked outright in one sentence."""
    text = sentence.text
    out: list[Candidate] = []
    if "?" in text and not _RHETORIC.search(text):
        out.extend(_asked_outright(sentence))
    if "ask" in text or "question" in text or "wonder" in text or "demanded" in text:
        for m in _ASKED.finditer(text):
            if re.search(r"(?i)\bif\s+(?:\w+\s+){0,2}$", text[: m.start()]):
                continue  # "if anyone wonders why ...": nobody asked
            clause = trim(m.group("clause"))
            named = name_pronouns(clause, sentence, m.start("clause"))
            question = finish(ask(named)) if named else None
            if question:
                out.append(Candidate("explicit", question, sentence.start + m.start(), 2.0))
    return out


def _asked_outright(sentence: Sentence) -> list[Candidate]:
    out = []
    text = sentence.text
    for m in re.finditer(r"\?", text):
        head = text[: m.start()]
        opening = max(head.rfind(mark) for mark in '“"‘')
        start = max(opening + 1, 0)
        # Go back to the start of the question within its quote or sentence.
        for sep in (". ", "! ", "? ", ": "):
            cut = head.rfind(sep, start)
            if cut >= 0:
                start = cut + len(sep)
        words = head[start:].strip(_QUOTES + " ").split()
        while words and words[0].lower().strip(",") in ("and", "but", "so", "then", "well", "now"):
            words = words[1:]
        if not 5 <= len(words) <= 25 or words[0].lower().strip(",") not in _OPENERS:
            continue
        said = sentence.refs.said_at(sentence.start + start)
        quoted = opening >= 0 or sentence.in_quote or said is not None
        if quoted and (said is None or not _ASKING.search(said.attribution.cue or "")):
            # A question in a quote nobody is known to have asked, or one put in a speech
            # ("How much tax do people want to pay?" he said): rhetoric, not a question.
            continue
        body = " ".join(words)
        plain = " ".join(words_of(body))
        if name_pronouns(plain, sentence, start, speaker_ok=quoted) != plain:
            continue  # asked of someone the question itself does not name: not self-contained
        question = finish(body)
        if question and not re.search(
            r"^(?:\w+\s+)?(?:this|that|it|they)\b", question[len(words[0]) + 1 :]
        ):
            out.append(
                Candidate("explicit", question, sentence.start + start, 1.5 if quoted else 1.0)
            )
    return out
