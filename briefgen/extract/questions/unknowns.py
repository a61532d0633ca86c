"""Stated unknowns: what the article says nobody knows yet, or someone would not say.

Shapes, and the questions they give (kind `pending`: the answer is still to come):

- "it is unclear whether Sanders would accept a middle ground", "it remains to be seen if
  the level of backing can be maintained", "it is not known how many ..." -> "Would
  Sanders accept a middle ground?";
- "Whether this will be enough remains to be seen" (the clause first);
- "declined to say whether he was still on retainer", "refused to say", "would not say",
  "did not say" -> "Was <the actor> still on retainer?", the pronoun named.
"""

from __future__ import annotations

import re

from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.standalone import name_pronouns
from briefgen.extract.questions.wording import ask, clause_pattern, finish, trim

_WH = r"(?:whether|if|how|when|what|who|why|which|where)\b"
_UNCLEAR = clause_pattern(
    r"\b(?:unclear|not\s+(?:yet\s+)?clear|uncertain|unknown|not\s+(?:yet\s+)?known|"
    r"(?:yet|still)\s+to\s+be\s+(?:seen|decided|determined|established)|"
    r"remains?\s+to\s+be\s+seen|open\s+question|nobody\s+knows|no-one\s+knows|no\s+one\s+knows)"
    r"[,\s]+(?:at\s+this\s+(?:point|stage)[,\s]+|though[,\s]+|yet[,\s]+|now[,\s]+)?"
    rf"(?P<clause>{_WH}[^.;?!]*)",
    re.IGNORECASE,
)
_CLAUSE_FIRST = clause_pattern(
    r"^(?:But\s+|And\s+)?(?P<clause>(?:Whether|How|When|What|Who|Why|Which)\b[^.;?!]*?)\s+"
    r"(?:remains|is|was)\s+(?:still\s+)?(?:unclear|not\s+clear|uncertain|unknown|to\s+be\s+seen)"
)
_WOULD_NOT_SAY = clause_pattern(
    r"\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|could\s+not|couldn't|"
    r"will\s+not|won't)\s+(?:to\s+)?(?:say|confirm|reveal|disclose|specify|comment\s+on|"
    rf"rule\s+out|tell\s+\w+)\s+(?P<clause>{_WH}[^.;?!]*)",
    re.IGNORECASE,
)


WORDS = frozenset(
    "unclear clear uncertain unknown known seen decided determined established question "
    "knows declined refused not t".split()
)


def wanted(words: set[str], text: str) -> bool:
    """Tell whether a sentence has a word one of these shapes needs (most do not)."""
    return not WORDS.isdisjoint(words)


def find(sentence: Sentence) -> list[Candidate]:
    """Return the questions one sentence says are unanswered."""
    text = sentence.text
    low = text.lower()
    if not any(
        w in low
        for w in (
            "clear",
            "certain",
            "known",
            "to be seen",
            "question",
            "knows",
            "say",
            "confirm",
            "reveal",
            "disclose",
            "specify",
            "comment",
            "rule out",
            "tell",
        )
    ):
        return []
    out = []
    for pattern, score in ((_UNCLEAR, 3.0), (_CLAUSE_FIRST, 3.0), (_WOULD_NOT_SAY, 2.5)):
        for m in pattern.finditer(text):
            clause = m.group("clause")
            if clause[0].isupper() and not clause.startswith(("I ", "Whether")):
                clause = clause[0].lower() + clause[1:]
            if clause.startswith("Whether"):
                clause = "w" + clause[1:]
            clause = trim(clause)
            named = name_pronouns(clause, sentence, m.start("clause"))
            question = finish(ask(named)) if named else None
            if question:
                out.append(Candidate("pending", question, sentence.start + m.start(), score))
    return out
