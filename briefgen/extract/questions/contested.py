"""Contested facts: one actor asserts, another denies it or calls it false.

Shapes, and the questions they give (kind `contested`):

- a denial of a clause: "denied the campaign was anti-Semitic", "rejected claims that the
  debate encouraged bigotry" -> "Was the campaign anti-Semitic?", "Did the debate
  encourage bigotry?";
- a denial of a thing: "the general staff denied the encirclement of its troops" -> "Is
  Ukraine's armed forces general staff right to deny the encirclement of its troops?";
  "denied any wrongdoing" -> "Did X do anything wrong?". Rejecting a proposal ("rejected
  the idea of quotas") is a position, not a contested fact, and is left alone;
- a label: "dismissed claims that ... as nonsense"; "called it 'false'" turns the claim
  just before, by someone else, into "Is <claimant> right that <claim>?";
- a rebuttal: a sentence that opens with "But" or holds "however" and reports someone
  other than the last speaker -> "Is the White House right that the two sides have
  'never been this close to peace'?".
"""

from __future__ import annotations

import re

from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.standalone import name_pronouns, subject
from briefgen.extract.questions.wording import clause_pattern, finish, invert, trim

_DENY = clause_pattern(
    r"\b(?P<verb>denied|denies|deny|denying|disputed|disputes|disputing|rejected|rejects|"
    r"rejecting|dismissed|dismisses|dismissing|refuted|refutes|rebutted|contested)\s+"
    r"(?P<obj>[^.;?!]+)"
)
_CLAIM = re.compile(
    r"^(?:the\s+|any\s+|all\s+|these\s+|those\s+|recent\s+|newspaper\s+|press\s+|media\s+)*"
    r"(?:claims?|suggestions?|allegations?|reports?|accusations?|charges?|speculation|"
    r"criticism|assertions?|fears?|rumours?)\s+(?:(?:\w+\s+){0,3}?that\s+)?(?P<clause>.+)$"
)
_FALSE = re.compile(
    r"\b(?:called|calling|calls|branded|branding|brands|described|describing|dismissed|"
    r"dismissing|labelled|labelling)\s+(?P<obj>it|them|this|that|the\s+(?:claims?|reports?|"
    r"allegations?|suggestions?|story|stories|idea))\s+(?:as\s+)?[“\"‘]?(?P<label>[^”\"’]{0,60}?"
    r"\b(?:false|untrue|fabricated|baseless|fake|lies|nonsense|misleading|inaccurate|wrong|"
    r"rubbish|absurd|ridiculous|scaremongering|smear|fiction|fantasy)\b)",
    re.IGNORECASE,
)
_AGREEING = re.compile(
    r"\b(?:confirm|agree|add|welcome|back|support|praise|acknowledge|admit|concede|note|"
    r"explain|endorse|echo)\w*",
    re.I,
)
_SELF = frozenset("he she they i we it".split())
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|got)\s+$")
_REBUT = re.compile(r"^(?:But|However)\b")


WORDS = frozenset(
    "denied denies deny denying disputed disputes disputing rejected rejects rejecting "
    "dismissed dismisses dismissing refuted refutes rebutted contested called calling calls "
    "branded branding brands described describing labelled labelling".split()
)


def wanted(words: set[str], text: str) -> bool:
    """Tell whether a sentence has a word one of these shapes needs (most do not)."""
    return not WORDS.isdisjoint(words) or text.startswith(("But", "However"))


def find(sentence: Sentence) -> list[Candidate]:
    """Return the contested facts one sentence raises."""
    text = sentence.text
    low = text.lower()
    out: list[Candidate] = []
    if any(
        w in low
        for w in ("deni", "deny", "disput", "reject", "dismiss", "refut", "rebut", "contest")
    ):
        out.extend(_denials(sentence))
    if not out and any(w in low for w in ("call", "brand", "descri", "dismiss", "label")):
        out.extend(_labels(sentence))
    if not out and _REBUT.search(text):
        out.extend(_rebuttals(sentence))
    return out


def _denials(sentence: Sentence) -> list[Candidate]:
    out = []
    text = sentence.text
    for m in _DENY.finditer(text):
        if _PASSIVE.search(text[: m.start()]) or text[: m.start()].endswith("not "):
            continue  # "were denied due process", "sought to deny entry": refused, not disputed
        if m.group("obj").startswith(("by ", "as ")):
            continue  # "a claim denied by the chancellor": the claim is elsewhere
        obj = trim(m.group("obj"))
        verb = m.group("verb")
        at = m.start("obj")
        claim = _CLAIM.match(obj)
        clause = None
        if claim:
            clause = claim.group("clause")
        elif obj.startswith("that "):
            clause = obj[5:]
        elif verb.startswith("den") and invert(obj):
            clause = obj  # "denied the campaign was anti-Semitic"
        if clause is not None:
            named = name_pronouns(clause, sentence, at)
            question = finish(invert(named)) if named else None
            if question:
                out.append(Candidate("contested", question, sentence.start + m.start(), 3.0))
                continue
            if claim is None:
                continue  # "denied the charges brought by ...": the charges themselves, below
        if not verb.startswith("den") or not 2 <= len(obj.split()) <= 10:
            continue
        if obj.split()[0].lower() not in (
            "the",
            "a",
            "an",
            "any",
            "its",
            "their",
            "his",
            "her",
            "all",
        ):
            continue  # "denied people choice": withheld, not disputed
        if verb == "denying" and re.search(r"\b[a-z]{3,}\s*$", text[: m.start()]):
            continue  # "agreed a strategy denying the effects": what the strategy did
        who = subject(text, m.start(), sentence)
        if who is None:
            speaker = sentence.speaker(m.start())
            who = sentence.refs.called(speaker) if speaker is not None else None
        if who is None:
            continue
        if re.fullmatch(r"(?:any\s+)?wrongdoing", obj):
            question = finish(f"Did {who} do anything wrong")
        else:
            named = name_pronouns(obj, sentence, at)
            named = named or (obj if re.search(r"\b(?:its|their)\b", obj) else None)
            be = "Are" if _plural(who) else "Is"
            question = finish(f"{be} {who} right to deny {named}") if named else None
        if question:
            out.append(Candidate("contested", question, sentence.start + m.start(), 2.5))
    return out


def _plural(who: str) -> bool:
    """Tell whether a subject takes "are": "the tobacco companies", not "Mr Jones"."""
    last = who.split()[-1]
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _labels(sentence: Sentence) -> list[Candidate]:
    """ "Called it 'false'": the claim just before, by someone else, is contested."""
    m = _FALSE.search(sentence.text)
    if not m:
        return []
    labeller = sentence.speaker(m.start()) or sentence.speaker(m.start("label"))
    earlier = sentence.refs.claims_in(max(0, sentence.start - 600), sentence.start)
    for said in reversed(earlier):
        if said.attribution.kind != "reported" or said.entity is labeller:
            continue
        question = _right_that(sentence, said)
        return (
            [Candidate("contested", question, sentence.start + m.start(), 2.0)] if question else []
        )
    return []


def _rebuttals(sentence: Sentence) -> list[Candidate]:
    """ "But the White House believes ...": a claim against what was said before."""
    start, end = sentence.start, sentence.start + len(sentence.text)
    here = [s for s in sentence.refs.claims_in(start, end) if s.attribution.kind == "reported"]
    if not here:
        return []
    said = here[0]
    if _AGREEING.search(said.attribution.cue or ""):
        return []  # "But X has been backed by Kahn, who confirmed ...": agreement
    before = sentence.refs.claims_in(max(0, start - 1500), start)
    if before and before[-1].entity is said.entity:
        return []  # the same speaker going on: no one is contradicted
    question = _right_that(sentence, said)
    return [Candidate("contested", question, said.attribution.start, 1.5)] if question else []


def _right_that(sentence: Sentence, said) -> str | None:
    """Word "Is <speaker> right that <what they said>?" for a reported claim."""
    if not said.entity.named or (
        said.entity.kind == "group" and re.search(r"['’]s\s", said.entity.name)
    ):
        return None  # "officials", "Mr Trump's attacks": no one to be right
    content = sentence.refs.text[said.attribution.start : said.attribution.end]
    content = trim(re.sub(r"^that\s+", "", content))
    if not content or content[0] in '“"‘' or content.split()[0].lower() in _SELF:
        return None  # what a speaker says of themselves is theirs to know, not contested
    if not 4 <= len(content.split()) <= 20 or not invert(content):
        return None  # no clause with a verb: not a claim that can be right or wrong
    named = name_pronouns(content, sentence, said.attribution.start - sentence.start)
    if named is None:
        return None
    who = sentence.refs.called(said.entity)
    # "Are Republicans right", but "Is Tony Banks right".
    plural = said.entity.kind == "group" or (
        said.entity.kind == "organisation" and " " not in who and who.endswith("s")
    )
    return finish(f"{'Are' if plural else 'Is'} {who} right that {named}", longest=35)
