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
    r"remains?\s+to\s+be\s+seen|open\s+question|nobody\s+knows|no-one\s+knows|no\s+one\s+knows|"
    r"(?:gave|give|gives|offered)\s+no\s+(?:indication|word|hint|details)(?:\s+(?:of|about|on|as\s+to))?)"
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


# "too early to quantify the losses", "still difficult to assess the magnitude of ...".
_TOO_EARLY = clause_pattern(
    r"\b(?:too\s+(?:early|soon)|(?:difficult|hard|impossible)|not\s+(?:yet\s+)?possible)\s+to\s+"
    r"(?P<verb>say|tell|know|assess|quantify|gauge|judge|estimate|predict|measure|calculate)\s+"
    r"(?P<what>[^.;?!]+)",
    re.IGNORECASE,
)
# "the exact cause of the fire is still unknown", "the terms of the deal were not disclosed".
_UNKNOWN_NP = clause_pattern(
    r"(?P<np>\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:exact\s+|precise\s+|full\s+|true\s+|"
    r"final\s+)?(?:cause|causes|reason|reasons|extent|scale|size|cost|identity|number|value|"
    r"origin|source|motive|whereabouts|outcome|fate|terms|details|amount|impact)\b"
    r"(?:\s+of\s+[^,;.]{2,60}?)?)\s+(?P<be>is|are|was|were|remains?|remained)\s+"
    r"(?:still\s+|as\s+yet\s+|yet\s+|not\s+yet\s+)?(?:unknown|unclear|not\s+(?:yet\s+)?known|"
    r"uncertain|a\s+mystery|under\s+investigation|being\s+investigated|to\s+be\s+determined|"
    r"not\s+(?:been\s+)?disclosed|undisclosed)"
)
# "The actor who will voice the pig has yet to be named", "the date has not been set".
_YET_NAMED = clause_pattern(
    r"(?P<np>\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;.]{2,70}?)\s+(?:has|have|is|are)\s+"
    r"(?:still\s+)?(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+(?P<how>revealed|named|announced|"
    r"confirmed|decided|set|fixed|disclosed|determined|chosen|identified)\b"
)
_WHAT_HEADS = frozenset(
    "date time venue cost price name identity location details terms amount winner fee "
    "title timetable route site".split()
)
_SIZES = frozenset("cost costs damage losses loss impact toll bill".split())

WORDS = frozenset(
    "unclear clear uncertain unknown known seen decided determined established question "
    "knows declined refused not t early soon difficult hard impossible possible mystery "
    "investigation investigated disclosed undisclosed yet revealed named announced confirmed "
    "fixed chosen identified indication hint word details".split()
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
            "early",
            "soon",
            "difficult",
            "hard",
            "possible",
            "mystery",
            "investigat",
            "yet to be",
            "no indication",
            "no word",
            "no hint",
            "no details",
            "not been",
            "not yet been",
        )
    ):
        return []
    out = [*_too_early(sentence), *_unknown_things(sentence), *_yet_named(sentence)]
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


def _too_early(sentence: Sentence) -> list[Candidate]:
    """ "It is too early to say how many jobs will go" -> "How many jobs will go?";
    "too early to quantify the losses" -> "How large will the losses be?"."""
    out = []
    for m in _TOO_EARLY.finditer(sentence.text):
        what = trim(m.group("what"))
        if re.match(_WH, what, re.IGNORECASE):
            named = name_pronouns(what, sentence, m.start("what"))
            question = finish(ask(named)) if named else None
        elif (
            re.match(r"(?:the|its|their|his|her)\s", what)
            and 2 <= len(what.split()) <= 14
            and (
                re.search(r"\s(?:of|from|in|at|on|for|to|by)\s", what)
                or any(w[:1].isupper() for w in what.split()[1:])
            )  # "the losses from the storm", not "the exact earnings": of what?
        ):
            named = name_pronouns(what, sentence, m.start("what"))
            head = re.split(r"\s+(?:of|from|in|on|at|for|to|by|caused)\s+", what)[0].split()[-1]
            if named is None:
                question = None
            elif head.lower() in _SIZES:
                question = finish(f"How large will {named} be")
            else:
                question = finish(f"What will {named} be")
        else:
            question = None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 2.5))
    return out


def _unknown_things(sentence: Sentence) -> list[Candidate]:
    """ "The exact cause of the fire is still unknown" -> "What was the exact cause of the
    fire?"; a cause with no "of" ("the cause is unknown") names nothing: left alone."""
    out = []
    for m in _UNKNOWN_NP.finditer(sentence.text):
        np = m.group("np")
        if " of " not in np and np.split()[0].lower() == "the":
            continue  # "the cause is unknown": of what?
        named = name_pronouns(np[0].lower() + np[1:], sentence, m.start())
        plural = np.split()[-1].endswith("s") and " of " not in np
        be = {"was": "was", "were": "were", "remained": "was"}.get(m.group("be"), "is")
        if plural and be == "is":
            be = "are"
        question = finish(f"What {be} {named}") if named else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 2.5))
    return out


def _yet_named(sentence: Sentence) -> list[Candidate]:
    """ "The actor who will voice the pig has yet to be named" -> "Who will voice the pig?";
    "the date of the vote has not been set" -> "What is the date of the vote?"."""
    out = []
    for m in _YET_NAMED.finditer(sentence.text):
        np = m.group("np")
        who = re.match(
            r"\S+\s+(?:\w+\s+){0,3}?(?:who|that)\s+(?P<rest>(?:will|would|is\s+to)\s+.+)$", np
        )
        if who and re.match(
            r"\S+\s+(?:new\s+)?(?:actor|actress|person|man|woman|player|manager|"
            r"coach|chairman|candidate|buyer|winner|successor|replacement|director|"
            r"presenter|singer|host|leader|judge|head|chief)",
            np,
            re.IGNORECASE,
        ):
            named = name_pronouns(who.group("rest"), sentence, m.start("np"))
            question = finish(f"Who {named}") if named else None
        else:
            head = re.split(r"\s+(?:of|for|in|on|at)\s+", np)[0].split()[-1].lower()
            if head not in _WHAT_HEADS or " " not in np.split(None, 1)[1]:
                continue  # "the date has not been set": of what?
            named = name_pronouns(np[0].lower() + np[1:], sentence, m.start("np"))
            question = (
                finish(f"What {'are' if head.endswith('s') else 'is'} {named}") if named else None
            )
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 2.5))
    return out
