"""Conditions: what will happen only if (or unless) something else does, and the terms an
actor sets.

Shapes, and the questions they give (kind `conditional`):

- "Putin said Ukrainian soldiers would be treated well if they surrendered" -> "Would
  Ukrainian soldiers be treated well if they surrendered?" (the reported clause, turned
  round, with its condition); also "If X, Y" and "unless", "provided that", "as long as".
  Not "asked if", "see if" (those are "whether"), "as if", "even if", "if necessary";
- "calling for a ceasefire with 'no conditions'" -> "Will a ceasefire come without
  conditions?";
- "he set out a number of tough conditions for peace" -> "What are Vladimir Putin's
  conditions for peace?"
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.standalone import name_pronouns, subject
from briefgen.extract.questions.wording import AUX, clause_pattern, finish, invert, trim

# "Bruce had said that he would be happy to ...": a condition from the past, not open.
_HAD_SAID = re.compile(r"\bhad\s+(?:said|warned|promised|indicated|suggested)\b")

_IF = clause_pattern(
    r"\b(?P<conj>if|unless|provided\s+that|providing\s+that|as\s+long\s+as|on\s+condition\s+that)\s+"
    r"(?P<cond>[^.;?!]+)",
    re.IGNORECASE,
)
# "asked if", "see if", "as if", "even if": not a condition.
_NOT_CONDITION = re.compile(
    r"\b(?:as|even|asked|ask|asking|asks|see|seen|know|knows|wonder|wondered|wondering|"
    r"decide|decided|check|checked|unclear|clear|sure|tell|told|say|says|said|doubt|"
    r"question|questioned|than|what|wonder)\s*,?\s*$",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"\b(?:asked|ask|asking|wondered|whether|know|see|decide|determine|establish|find\s+out|"
    r"investigate|examine|check|test|assess)\b",
    re.I,
)
_PERSONAL = re.compile(r"\b(?:I|we|you|me|us|my|our|your)\b", re.I)
_FUNCTION_END = lx.PREPOSITIONS | lx.DETERMINERS | lx.CONJUNCTIONS | {"vs", "v", "to"}
_IDLE = frozenset(
    "any not necessary needed need so possible appropriate ever anything at all required "
    "anyone only true".split()
)
_CUE = re.compile(
    r"^.*\b(?:said|says|warned|warns|promised|promises|added|stated|claimed|argued|insisted|"
    r"believes|believed|predicted|pledged|vowed|told\s+[\w\s]{1,30}?|suggested|threatened|"
    r"made\s+clear|indicated)\s+(?:on\s+\w+\s+|last\s+\w+\s+|this\s+\w+\s+)?(?:that\s+)?",
)
_NO_CONDITIONS = re.compile(
    r"(?P<np>\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:with\s+[“\"‘]?no\s+(?:pre-?)?"
    r"conditions|without\s+(?:any\s+)?(?:pre-?)?conditions)"
)
_SET_TERMS = re.compile(
    r"\b(?:set|sets|setting|set\s+out|sets\s+out|setting\s+out|laid\s+down|lays\s+down|"
    r"attached|attaches|imposed|imposes|put\s+forward|puts\s+forward|listed|outlined)\s+"
    r"(?:(?:a\s+number\s+of|a\s+series\s+of|a\s+list\s+of|several|tough|strict|new|his|her|"
    r"its|their|the|some|two|three|four|five|key|firm)\s+){0,3}(?:pre)?conditions\s+"
    r"(?:for|on)\s+(?P<what>[^.,;]+)"
)


# An outcome that hangs on a condition is told with one of these: "would be treated well".
_MODALS = frozenset("Will Would Could Can Should Must Shall".split())

WORDS = frozenset("if unless provided providing long condition conditions preconditions".split())


def wanted(words: set[str], text: str) -> bool:
    """Tell whether a sentence has a word one of these shapes needs (most do not)."""
    return not WORDS.isdisjoint(words)


def find(sentence: Sentence) -> list[Candidate]:
    """Return the conditional questions one sentence raises."""
    low = sentence.text.lower()
    out: list[Candidate] = []
    if _HAD_SAID.search(sentence.text):
        return out  # what someone had said would happen is history by now
    if any(
        w in low for w in ("if ", "unless", "provided", "providing", "as long as", "on condition")
    ):
        out.extend(_if(sentence))
    if "condition" in low:
        out.extend(_terms(sentence))
    return out


def _if(sentence: Sentence) -> list[Candidate]:
    out = []
    text = sentence.text
    for m in _IF.finditer(text):
        head = text[: m.start()].rstrip()
        if _NOT_CONDITION.search(head) or _ASKING.search(" ".join(head.split()[-4:])):
            continue
        cond = m.group("cond")
        if head:
            main = _CUE.sub("", head.rstrip(" ,"))
            at = m.start() - len(main)
            if re.search(r"\b(?:which|who|whom)\b[^,]*$", head[: len(head) - len(main)]):
                continue  # "which he said the government needed to address if ...": no object
        else:
            # "If Labour wins, taxes will rise": the condition runs to the comma.
            cond, _, rest = cond.partition(",")
            main, at = rest, m.end("cond") - len(rest)
        cond = trim(cond)
        if re.search(r",\s+(?:with|while|as|after|before|since|because)\s", main):
            continue  # "X will be Y, with the Tories claiming Z if W": W is Z's condition
        main = re.sub(r"^(?:But|And|So|Yet|Now|Then)\s+", "", trim(main).lstrip('“"‘ '))
        if not cond or cond.split()[0].lower() in _IDLE or len(cond.split()) > 15:
            continue
        if cond.split()[-1].lower() in _FUNCTION_END:
            continue  # "if it is Clinton vs": the condition was cut short
        if not 3 <= len(main.split()) <= 22 or main.count("“") != main.count("”"):
            continue
        if (
            re.search(r"\b(?:that|so|because|rumours?|claims?|how|what|whether|why)\b", main)
            or _PERSONAL.search(cond)
            or main.split()[-1] in lx.SPEECH_VERBS
        ):
            continue  # the condition belongs to a clause inside the main one, or to a cue
        last = main.split()[-1].lower()
        if last in AUX or last in ("be", "been", "being") or last.endswith("ly"):
            continue  # "Mexicans will be eagerly": the clause was cut short
        if re.search(
            r"\band\s+(?:is|are|was|were|will|would|has|have|had|he|she|they|it|we|i)\b", main, re.I
        ):
            continue  # two clauses: which one the condition belongs to is unclear
        joint = f" {m.group('conj')} "
        named = name_pronouns(f"{main}{joint}{cond}", sentence, max(at, 0))
        if named is None or joint not in named:
            continue  # a pronoun in the main clause or the condition nobody can name
        named_main, named_cond = named.split(joint, 1)
        question = invert(named_main)
        if question is None or question.split()[0] not in _MODALS:
            # "Have the Tories unveiled plans ... if they win?": a fact, not an open outcome;
            # "they may be content if ...": a guess, not a condition anyone set.
            continue
        conj = m.group("conj").lower()
        question = finish(f"{question} {conj} {named_cond}", longest=35)
        if question:
            out.append(Candidate("conditional", question, sentence.start + m.start(), 2.0))
    return out


def _terms(sentence: Sentence) -> list[Candidate]:
    out = []
    text = sentence.text
    for m in _NO_CONDITIONS.finditer(text):
        np = m.group("np")
        np = np[0].lower() + np[1:]
        question = finish(f"Will {np} come without conditions")
        if question:
            out.append(Candidate("conditional", question, sentence.start + m.start(), 2.5))
    for m in _SET_TERMS.finditer(text):
        what = trim(m.group("what"))
        who = subject(text, m.start(), sentence)
        owner = f"{who}’s" if who and who[0].isupper() else "the"
        question = finish(f"What are {owner} conditions for {what}")
        if question:
            out.append(Candidate("conditional", question, sentence.start + m.start(), 3.0))
    return out
