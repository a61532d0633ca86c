"""Pending decisions and responses: what an actor has yet to do, is expected to do, or was
asked to do.

Shapes, and the questions they give:

- "..., which Russia is yet to agree to" / "has yet to respond" -> "Will Russia agree to
  the US-proposed ceasefire deal?" (a stranded "to" takes the noun the "which" stands for);
- "has not yet decided whether to stand" -> "Will X stand?"; "has not yet responded to
  the remarks" -> "Will X respond to the remarks?";
- "is expected to freeze petrol duty" -> "Will the chancellor freeze petrol duty?", but not
  a speech someone is expected to give ("is expected to tell activists"): that is a diary
  entry, not an open question;
- "will decide next week whether to ..." -> "Will X ...?"; "will vote on the bill" -> "How
  will X vote on the bill?";
- a request to a named actor: "urged Putin to", "called on the government to", "requested
  Putin should" -> "Will Vladimir Putin ...?" (the answer is theirs to give).
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.outcomes import vague
from briefgen.extract.questions.standalone import name_pronouns, subject
from briefgen.extract.questions.wording import ask, base, clause_pattern, finish, trim

_YET = clause_pattern(
    r"\b(?:is|are|was|were|has|have|had)\s+(?:still\s+)?yet\s+to\s+(?P<vp>(?!be\s+seen)[^.;?!]+)"
)
_NOT_YET = clause_pattern(
    r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?P<verb>decided|agreed|responded|"
    r"confirmed|announced|revealed|disclosed|committed|chosen|named|signed|approved|ruled|"
    r"replied|accepted|set)\b\s*(?P<rest>[^.;?!]*)"
)
_EXPECTED = clause_pattern(
    r"\b(?:is|are|was|were)\s+(?:widely\s+|now\s+|also\s+|still\s+|not\s+)?(?P<how>expected|"
    r"likely|unlikely|due|set|poised)\s+to\s+(?P<vp>[^.;?!]+)"
)
_DECIDE = clause_pattern(
    r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|must|has\s+to|have\s+to)\s+"
    r"(?:now\s+|soon\s+|finally\s+)?(?P<verb>decide|rule|vote)\b\s*(?P<rest>[^.;?!]*)"
)
_REQUEST = clause_pattern(
    r"\b(?P<verb>urged|urges|urging|called\s+on|calls\s+on|calling\s+on|pressed|presses|"
    r"challenged|challenges|requested|demanded|demands|appealed\s+to|appeals\s+to|begged)"
    r"[”\"’]?\s+(?P<target>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+"
    r"(?:government|prime\s+minister|chancellor|home\s+secretary|foreign\s+secretary|"
    r"president|council|ministers|executive|cabinet))\s+(?:to|should|must)\s+(?P<vp>[^.;?!]+)"
)
# "called for an independent body to be set up", "appeals for the government not to ditch"
_CALL_FOR = clause_pattern(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|plea(?:s|ded|ding)?|push(?:es|ed|ing)?|"
    r"press(?:es|ed|ing)?|demand(?:s|ed|ing)?|lobb(?:y|ies|ied|ying))\s+(?:are\s+being\s+made\s+|"
    r"has\s+been\s+made\s+)?for\s+(?P<np>(?:the|a|an)\s+[^,;]{2,80}?)\s+(?P<neg>not\s+)?to\s+"
    r"(?P<vp>(?-i:be\s+\w+ed\b|be\s+\w+en\b|[a-z]+\b)[^.;?!]*)",
    re.IGNORECASE,
)
_CONSIDERING = clause_pattern(
    r"\b(?:(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:considering|studying|reviewing|weighing)|"
    r"(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?:now\s+|also\s+)?"
    r"(?:consider|study|review|weigh|examine|discuss|look\s+at))\s+"
    r"(?P<np>(?:the|a|an|whether|its|their|his|her)\b[^.;?!]+)"
)
# "The judge reserved judgment on the case", "reserved its decision until March".
_RESERVED = clause_pattern(
    r"\b(?:reserved|reserves|reserving)\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:judgment|judgement|"
    r"decision|ruling|verdict)(?:\s+(?:on|in)\s+(?P<np>[^,;.]{3,60}))?"
)
# "has not ruled out the possibility of offering a PVR" -> "Will NTL offer a PVR?"
_RULED_OUT = clause_pattern(
    r"\b(?:has|have|had|is|are|was|were)\s+not\s+(?:yet\s+)?(?:ruled|ruling)\s+out\s+"
    r"(?:the\s+(?:possibility|prospect|idea|option)\s+of\s+)?(?P<verb>[a-z]+ing)\b(?P<rest>[^.;?!]*)"
)
# Verbs that make an expected act a diary entry (a speech, a visit), not an open question.
_DIARY = frozenset(
    "say tell announce outline unveil set address speak visit attend meet hold travel give "
    "make launch publish argue call warn urge promise pledge insist claim stress underline "
    "describe use join host open lay present deliver appear issue write seize".split()
)
_SCHEDULED = frozenset(
    "published announced unveiled held made debated presented outlined launched introduced".split()
)
_STRANDED = frozenset(
    "to on with for about over from in at by against agree sign accept approve ratify".split()
)
# A time between the verb and what is decided: "will decide next week whether to ...".
_WHEN = re.compile(
    r"^(?:(?:on|by|at|in|within|later|next|this|early|soon|shortly)\s+)?(?:\w+\s+){0,2}?"
    r"(?:\w+day|week|month|year|weeks|months|spring|summer|autumn|winter|soon|shortly)\b,?\s*"
    r"|^(?:on|by)\s+\d{1,2}\s+[A-Z][a-z]+,?\s*"  # "on 17 December"
)


WORDS = frozenset(
    "yet not expected likely unlikely due set poised decide rule vote urged urges urging "
    "call calls called calling pressed presses pressing press challenged challenges "
    "requested demanded demands demanding demand appeal appeals appealed appealing begged "
    "plea pleas pleaded pleading push pushes pushed pushing lobby lobbies lobbied lobbying "
    "considering studying reviewing weighing consider study review weigh examine discuss "
    "look reserved reserves reserving ruled ruling".split()
)


def wanted(words: set[str], text: str) -> bool:
    """Tell whether a sentence has a word one of these shapes needs (most do not)."""
    return not WORDS.isdisjoint(words)


def find(sentence: Sentence) -> list[Candidate]:
    """Return the pending decisions and responses one sentence raises."""
    text = sentence.text
    low = text.lower()
    out: list[Candidate] = []
    if "yet to" in low:
        out.extend(_yet(sentence))
    if " for " in low:
        out.extend(_calls_for(sentence))
    if any(
        w in low
        for w in (
            "consider",
            "study",
            "studying",
            "review",
            "weigh",
            "examine",
            "discuss",
            "look at",
        )
    ):
        out.extend(_considering(sentence))
    if "reserv" in low:
        out.extend(_reserved(sentence))
    if "ruled out" in low or "ruling out" in low:
        out.extend(_ruled_out(sentence))
    if " not " in low:
        out.extend(_not_yet(sentence))
    if any(w in low for w in ("expected to", "likely to", "due to", "set to", "poised to")):
        out.extend(_expected(sentence))
    if any(w in low for w in ("decide", "rule", "vote")):
        out.extend(_decide(sentence))
    if any(
        w in low
        for w in (
            "urg",
            "called on",
            "calls on",
            "calling on",
            "press",
            "challeng",
            "request",
            "demand",
            "appeal",
            "begged",
        )
    ):
        out.extend(_requests(sentence))
    return out


def _will(sentence: Sentence, who: str | None, vp: str, at: int, score: float) -> Candidate | None:
    """Make "Will <who> <vp>?" from a subject and a verb phrase in its base form."""
    if not who or (who.split()[0].lower() in ("a", "an") and vague(who)):
        return None  # "Will a decision be taken?": about what?
    vp = trim(vp)
    clause = name_pronouns(f"{who} {vp}", sentence, at)
    if clause is None or len(vp.split()) < 1:
        return None
    question = finish(f"Will {clause}")
    if question is None:
        return None
    return Candidate("pending", question, sentence.start + at, score)


def _yet(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _YET.finditer(sentence.text):
        vp = trim(m.group("vp"))
        if not vp:
            continue
        head = sentence.text[: m.start()]
        antecedent = re.search(
            r"(?P<np>\b(?:the|a|an|its|their|his|her|this)\s+[^,;]+?),?\s+(?:which|that)\s+[^,;]+?\s*$",
            head,
        )
        if antecedent and vp.split()[-1].lower() in _STRANDED and len(vp.split()) <= 3:
            # "Ukraine accepted the deal, which Russia is yet to agree to": to the deal.
            np = re.sub(
                r"\s+(?:on|last|this|earlier|in)\s+(?:\w+\s+)?(?:\w+day|week|month|year)$",
                "",
                antecedent.group("np"),
            )
            vp = f"{vp} {np}"
        who = subject(sentence.text, m.start(), sentence)
        found = _will(sentence, who, vp, m.start(), 3.0)
        if found:
            out.append(found)
    return out


def _not_yet(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _NOT_YET.finditer(sentence.text):
        who = subject(sentence.text, m.start(), sentence)
        rest = m.group("rest").strip()
        if not who:
            continue
        first = rest.split()[0].lower() if rest else ""
        if first in ("whether", "if") and rest.split()[1:2] == ["to"]:
            # "has not decided whether to stand" -> "Will X stand?"
            found = _will(sentence, who, " ".join(rest.split()[2:]), m.start(), 3.0)
        elif first in ("whether", "if", "how", "when", "what", "who", "which", "where", "why"):
            clause = name_pronouns(trim(rest), sentence, m.start("rest"))
            question = finish(ask(clause)) if clause else None
            found = (
                Candidate("pending", question, sentence.start + m.start(), 3.0)
                if question
                else None
            )
        elif m.group("verb") in ("decided", "agreed", "responded", "replied", "ruled"):
            found = _will(sentence, who, f"{base(m.group('verb'))} {rest}", m.start(), 2.5)
        elif rest and first not in lx.PREPOSITIONS:
            found = _will(sentence, who, f"{base(m.group('verb'))} {rest}", m.start(), 2.0)
        else:
            found = None
        if found:
            out.append(found)
    return out


def _expected(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _EXPECTED.finditer(sentence.text):
        vp = trim(m.group("vp"))
        words = vp.split()
        if not words or words[0].lower() in _DIARY:
            continue
        if words[0] == "be" and len(words) > 1 and words[1].lower() in _SCHEDULED:
            continue  # "is expected to be published on Monday": a date, not a question
        if m.group("how") == "due" and words[0] not in ("decide", "rule", "vote"):
            continue  # "is due to" is mostly a timetable
        who = subject(sentence.text, m.start(), sentence)
        if words[0] == "vote" and who:
            vp = "vote " + _WHEN.sub("", " ".join(words[1:])).strip()
            words = vp.split()
        if words[0] == "vote" and len(words) == 1 and who:
            # "MPs are expected to vote next week": how they vote is open
            clause = name_pronouns(who, sentence, m.start())
            when = " ".join(trim(m.group("vp")).split()[1:])
            question = finish(f"How will {clause} vote {when}") if clause else None
            if question:
                out.append(Candidate("pending", question, sentence.start + m.start(), 2.0))
            continue
        if words[0] == "vote" and len(words) > 2 and words[1] == "on" and who:
            # "MPs are due to vote on the bill": how they vote is the open question.
            clause = name_pronouns(f"{who} {vp}", sentence, m.start())
            question = finish(f"How will {clause}") if clause else None
            if question:
                out.append(Candidate("pending", question, sentence.start + m.start(), 2.0))
            continue
        found = _will(sentence, who, vp, m.start(), 2.0)
        if found:
            out.append(found)
    return out


def _decide(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _DECIDE.finditer(sentence.text):
        who = subject(sentence.text, m.start(), sentence)
        rest = trim(_WHEN.sub("", m.group("rest").strip()))
        words = rest.split()
        if not who or not words:
            continue
        lead = words[0].lower()
        if lead in ("whether", "if") and words[1:2] == ["to"]:
            found = _will(sentence, who, " ".join(words[2:]), m.start(), 2.5)
        elif lead in ("whether", "if", "how", "what", "who", "which", "when"):
            clause = name_pronouns(rest, sentence, m.start("rest"))
            question = finish(ask(clause)) if clause else None
            found = (
                Candidate("pending", question, sentence.start + m.start(), 2.5)
                if question
                else None
            )
        elif lead in ("the", "his", "her", "its", "their") and m.group("verb") == "decide":
            # "a jury will decide his fate" -> "What will a jury decide about Mr X's fate?"
            clause = name_pronouns(f"{who} decide about {rest}", sentence, m.start())
            question = finish(f"What will {clause}") if clause else None
            found = (
                Candidate("pending", question, sentence.start + m.start(), 2.0)
                if question
                else None
            )
        elif lead in ("on", "over", "about"):
            how = "What" if m.group("verb") == "decide" else "How"
            clause = name_pronouns(f"{who} {m.group('verb')} {rest}", sentence, m.start())
            question = finish(f"{how} will {clause}") if clause else None
            found = (
                Candidate("pending", question, sentence.start + m.start(), 2.0)
                if question
                else None
            )
        else:
            found = None
        if found:
            out.append(found)
    return out


# Who can be asked to act: "the government", "ministers", a name.
_AGENT = re.compile(
    r"(?:the\s+)?(?:(?-i:[A-Z][\w’'.-]*)|government|council|ministers|chancellor|prime\s+minister|"
    r"executive|cabinet|commission|party|board|authorities|police|courts?)(?:\s|$)",
    re.I,
)


def _calls_for(sentence: Sentence) -> list[Candidate]:
    """ "Called for an independent body to be set up" -> "Will an independent body be set up?"."""
    out = []
    for m in _CALL_FOR.finditer(sentence.text):
        if m.start() > 0 and sentence.text[m.start()].isupper():
            continue  # "the Court of Appeals for the District": a name, not a call
        np = m.group("np")
        if re.search(r"\b(?:he|she|they|it|his|her|their|its)\b", np):
            continue
        if not m.group("vp").startswith("be ") and not _AGENT.match(np):
            continue  # "called for a greater effort in schools to teach": not who acts
        found = _will(sentence, np[0].lower() + np[1:], m.group("vp"), m.start("np"), 2.0)
        if found:
            out.append(found)
    return out


def _considering(sentence: Sentence) -> list[Candidate]:
    """ "MSPs are considering the reintroduction of ..." -> "What will MSPs decide on ...?"."""
    out = []
    for m in _CONSIDERING.finditer(sentence.text):
        who = subject(sentence.text, m.start(), sentence)
        what = trim(m.group("np"))
        if not who or not 2 <= len(what.split()) <= 15:
            continue
        if what.startswith("whether"):
            clause = name_pronouns(what, sentence, m.start("np"))
            question = finish(ask(clause)) if clause else None
        else:
            clause = name_pronouns(f"{who} decide on {what}", sentence, m.start())
            question = finish(f"What will {clause}") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 2.0))
    return out


def _requests(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _REQUEST.finditer(sentence.text):
        target = m.group("target")
        if target.split()[0] in lx.PRONOUNS or target.lower().startswith(("i ", "we ")):
            continue
        target = sentence.refs.full_name(target)
        if target.startswith("The "):
            target = "t" + target[1:]
        vp = m.group("vp")
        found = _will(sentence, target, vp, m.start("vp"), 2.0)
        if found:
            found.actors = sentence.refs.named_in(target)
            out.append(found)
    return out


def _reserved(sentence: Sentence) -> list[Candidate]:
    """ "The judge reserved judgment on the appeal" -> "How will the judge rule on the
    appeal?"; with nothing ruled on, only a named judge or court is asked about."""
    out = []
    for m in _RESERVED.finditer(sentence.text):
        who = subject(sentence.text, m.start(), sentence)
        if not who:
            continue
        np = trim(m.group("np") or "")
        if np:
            clause = name_pronouns(f"{who} rule on {np}", sentence, m.start())
        elif who[:1].isupper():
            clause = name_pronouns(f"{who} rule", sentence, m.start())
        else:
            continue  # "the judge reserved judgment": which judge, on what?
        question = finish(f"How will {clause}") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 2.5))
    return out


def _ruled_out(sentence: Sentence) -> list[Candidate]:
    """ "NTL said it had not ruled out offering a PVR" -> "Will NTL offer a PVR?"."""
    out = []
    for m in _RULED_OUT.finditer(sentence.text):
        who = subject(sentence.text, m.start(), sentence)
        if who is None and re.search(r"\b(?:it|they)\s*$", sentence.text[: m.start()]):
            speaker = sentence.speaker(m.start())  # "NTL said it had not": NTL
            who = sentence.refs.called(speaker) if speaker is not None else None
        verb = m.group("verb")
        stem = verb[:-3] + (
            "e" if verb[:-3].endswith(("at", "ak", "iv", "ag", "ov", "ur", "uc")) else ""
        )
        found = _will(sentence, who, f"{stem}{m.group('rest')}", m.start(), 2.5)
        if found:
            out.append(found)
    return out
