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
from briefgen.extract.questions.outcomes import misread, vague
from briefgen.extract.questions.standalone import name_pronouns, subject
from briefgen.extract.questions.wording import base, clause_pattern, finish, invert, trim

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
# "one of the brothers behind X said the firm had held talks": the speaker's own body.
_OWN_BODY = re.compile(r"(?:the|its|their)\s+(?:firm|company|group|club|party|team|band|board)\b")
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are|get|got)\s+$")
_REBUT = re.compile(r"^(?:But|However)\b")


WORDS = frozenset(
    "denied denies deny denying disputed disputes disputing rejected rejects rejecting "
    "dismissed dismisses dismissing refuted refutes rebutted contested called calling calls "
    "branded branding brands described describing labelled labelling accused accuses "
    "accusing alleged allegedly".split()
)
# An allegation: "critics accused the party of buying votes", "X is accused of fraud",
# "X is alleged to have taken bribes".
_ACCUSED = clause_pattern(
    r"\b(?:accused|accuses|accusing)\s+(?P<who>(?:the\s+)?[^,;.]{1,40}?)\s+of\s+"
    r"(?:(?:effectively|deliberately|secretly|repeatedly)\s+)?(?P<ving>[a-z]+ing)\b(?P<rest>[^.;?!]*)"
)
_IS_ACCUSED = clause_pattern(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:accused\s+of\s+(?P<ving>[a-z]+ing)|"
    r"alleged\s+to\s+have\s+(?P<pp>[a-z]+))\b(?P<rest>[^.;?!]*)"
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
    if not out and ("accus" in low or "alleged" in low):
        out.extend(_allegations(sentence))
    if not out and _REBUT.search(text):
        out.extend(_rebuttals(sentence))
    return out


def _allegations(sentence: Sentence) -> list[Candidate]:
    """ "Critics accused the party of buying votes" -> "Did the party buy votes?"."""
    out = []
    text = sentence.text
    for m in _ACCUSED.finditer(text):
        who = m.group("who")
        if who.lower() in ("him", "her", "them", "it"):
            named = name_pronouns(
                who.replace("him", "he").replace("them", "they"), sentence, m.start("who")
            )
        else:
            named = name_pronouns(who, sentence, m.start("who"))
        found = _did(sentence, named, m.group("ving"), m.group("rest"), m.start())
        if found:
            out.append(found)
    for m in _IS_ACCUSED.finditer(text):
        who = subject(text, m.start(), sentence)
        verb = m.group("ving") or m.group("pp")
        found = _did(sentence, who, verb, m.group("rest"), m.start())
        if found:
            out.append(found)
    return out


def _did(sentence: Sentence, who: str | None, verb: str, rest: str, at: int) -> Candidate | None:
    """Word "Did <who> <verb> <rest>?" for an allegation against someone."""
    if not who or who.split()[0].lower() in ("i", "we", "you", "me", "us") or vague(who):
        return None  # "Did the party buy votes?": which party?
    if verb == "being":
        # "accused Ms King of being a stooge" -> "Is Ms King a stooge?"
        clause = name_pronouns(f"{who} {trim(rest)}".strip(), sentence, at)
        question = finish(f"Is {clause}") if clause and trim(rest) else None
        return Candidate("contested", question, sentence.start + at, 2.0) if question else None
    rest = re.sub(r"\s+and\s+(?:said|says|claimed|added|warned)\b.*$", "", rest)  # "and said ..."
    stem = _base_of(verb)
    # "of telling lies and then attacking them": the second act takes the base form too
    rest = re.sub(
        r"\b(and\s+(?:then\s+)?)([a-z]{3,}ing)\b",
        lambda g: g.group(1) + _base_of(g.group(2)),
        rest,
    )
    clause = name_pronouns(f"{who} {stem} {trim(rest)}".strip(), sentence, at)
    question = finish(f"Did {clause}") if clause else None
    return Candidate("contested", question, sentence.start + at, 2.0) if question else None


def _base_of(verb: str) -> str:
    """Return the base of an -ing form or a participle: "buying" -> "buy", "taken" -> "take"."""
    if verb.endswith("ing"):
        stem = verb[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]
        if len(stem) > 5 and stem.endswith("ell"):
            return stem[:-1]  # "funnelling" -> "funnel"
        if len(stem) > 3 and stem[-3] in "aeiou" and stem[-2] in "aeiou":
            # "leaking" -> "leak", "heating" -> "heat": two vowels, no e; but "raise", "leave"
            return stem + "e" if stem[-1] in "svz" else stem
        if stem.endswith(
            (
                "at",
                "iv",
                "ag",
                "ov",
                "ur",
                "uc",
                "ac",
                "ic",
                "ir",
                "ak",
                "us",
                "os",
                "ud",
                "is",
                "iz",
                "ys",
                "ar",
            )
        ):
            return stem + "e"
        return stem
    return {
        "taken": "take",
        "given": "give",
        "made": "make",
        "been": "be",
        "done": "do",
        "said": "say",
        "paid": "pay",
        "told": "tell",
        "stolen": "steal",
    }.get(verb, base(verb))


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
    if re.search(r"\b(?:pleased|delighted|happy|proud|disappointed|sorry|glad)\b", content):
        return None  # how a speaker feels is theirs to know
    if (
        not content
        or content[0] in '“"‘'
        or content.split()[0].lower() in _SELF
        or _OWN_BODY.match(content)
    ):
        return None  # what a speaker says of themselves is theirs to know, not contested
    if not 4 <= len(content.split()) <= 20 or not invert(content):
        return None  # no clause with a verb: not a claim that can be right or wrong
    named = name_pronouns(content, sentence, said.attribution.start - sentence.start)
    if named is None:
        return None
    who = sentence.refs.called(said.entity)
    if misread(who):
        return None  # "Are British right that ...": an adjective taken for the speaker
    # "Are Republicans right", but "Is Tony Banks right".
    plural = said.entity.kind == "group" or (
        said.entity.kind == "organisation" and " " not in who and who.endswith("s")
    )
    return finish(f"{'Are' if plural else 'Is'} {who} right that {named}", longest=35)
