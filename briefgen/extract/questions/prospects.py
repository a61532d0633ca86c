"""Prospects: what the article says will, may or is hoped to happen, still to be seen.

News tells much of what is open as a forecast, a hope, a plan or a warning rather than as
a question. Shapes, and the questions they give (kind `pending`, or `contested` for what
someone insists, suggests or claims):

- a modal outcome: "the dollar will remain weak in 2005", "entertainers could be liable
  for fines", "the cost may exceed our GDP" -> "Will the dollar remain weak in 2005?";
- a hope, plan or aim: "the station is hoping to expand", "the party plans to cut tax",
  "officials hope to double output", "will try to" -> "Will the station expand?";
- an expectation of someone else: "analysts expect markets to calm" -> "Will markets
  calm?"; a hope or suggestion told as a clause: "he hopes the musical is a blend ...";
- a label: "the Tories say his pledges are 'worthless'" -> "Are ... pledges worthless?";
- on the brink: "on the verge of signing a new deal" -> "Will X sign a new deal?";
  "is seeking British citizenship" -> "Will X obtain British citizenship?";
- a time still to run: "the inquiry could take months" -> "How long will the inquiry
  take?".

These are the weakest shapes (a forecast may be settled fact to the writer): they score
below every other detector, so a brief keeps them only where nothing surer fills it, and
`merge` caps how many a brief shows. The writer's own "will" is a timetable unless a
forecast, a question or a vague time ("later in the year") goes with it.
"""

from __future__ import annotations

import re

from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.outcomes import PERSON, SECOND, asked, subject_of, vague
from briefgen.extract.questions.standalone import name_pronouns
from briefgen.extract.questions.wording import (
    AUX,
    can_open_subject,
    clause_pattern,
    finish,
    invert,
    lower_first,
    subject_end,
    trim,
    unplaced,
    words_of,
)

_MODAL = re.compile(
    r"\b(?P<modal>(?-i:will|would|could|may|might|should|won't|wouldn't)|is\s+set\s+to|are\s+set\s+to|"
    r"is\s+likely\s+to|are\s+likely\s+to|is\s+predicted\s+to|are\s+predicted\s+to|"
    r"is\s+forecast\s+to|are\s+forecast\s+to|is\s+tipped\s+to|are\s+tipped\s+to)\s+"
    r"(?P<neg>not\s+)?(?:also\s+|still\s+|now\s+|soon\s+|eventually\s+|only\s+|even\s+)?"
    r"(?P<vp>(?-i:[a-z])[a-z-]*\b[^;?!]*)",
    re.IGNORECASE,
)


_MANNER = re.compile(
    r"(?:deliberately|usually|often|commonly|typically|routinely|always|sometimes|regularly|"
    r"normally|generally)\b"
)
# "X said it would", "announced they will": the actor tells its own plan as settled.
_ANNOUNCED = re.compile(
    r"\b(?:said|says|announced|confirmed|has\s+said|have\s+said)\s+(?:that\s+)?(?:it|they)\s*$|"
    r"\bannounced\b(?:\s+\w+){0,3}\s+that\s+[^,;]*$"
)
# "could trigger another rate rise": an event the writer sees coming is worth asking.
_SETS_OFF = re.compile(
    r"(?:trigger|spark|prompt|lead\s+to|cause|force)\s+(?:a|an|another|more|further|fresh|new)\s"
)


_HOPE = re.compile(
    r"\b(?:is|are|was|were)?\s*(?P<verb>hop(?:es|ed|ing|e)|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|"
    r"intend(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|bid(?:s|ding)?|expects?|expecting|"
    r"look(?:s|ing)\s+to|vow(?:s|ed)|pledg(?:es|ed)|(?:is|are)\s+(?:keen|eager|determined|desperate|"
    r"anxious)|will\s+(?:try|attempt|aim|seek|look|bid)|tr(?:y|ies|ying)|attempt(?:s|ing)?)\s+to\s+(?P<vp>(?-i:[a-z])[a-z-]*\b[^;?!]*)",
    re.IGNORECASE,
)


# "he expects the loss to be offset", "many would prefer Turkey to admit": an outcome
# someone looks for, whose subject is the object of the verb.
_EXPECT = re.compile(
    r"\b(?:expects?|expected|expecting|wants?|wanted|prefer|prefers|predicts?|predicted|forecasts?|"
    r"forecast)\s+(?!to\b|that\b)(?P<np>[^,;.“”\"]{2,60}?)\s+to\s+(?P<vp>(?-i:[a-z])[a-z-]*\b[^;?!]*)",
    re.IGNORECASE,
)


# "the opposition parties say his pledges are 'worthless'": a label someone puts on a thing.
_LABEL = clause_pattern(
    r"\b(?:say|says|said|call|calls|called)\s+(?:that\s+)?(?P<np>(?:the|his|her|its|their|[A-Z][\w’'-]*[’']s?)\s+"
    r"[^,;“”\"]{1,40}?)\s+(?P<be>is|are|was|were)\s+[“\"‘](?P<label>[^”\"’]{2,30})[”\"’]"
)


# "is on the verge of signing a new deal", "teetered on the brink of a recession".
_BRINK = clause_pattern(
    r"\bon\s+the\s+(?:brink|verge|edge|point|cusp)\s+of\s+(?P<what>(?-i:[a-z])[^.;?!]+)",
    re.IGNORECASE,
)


# "Rabah Yusuf, who is seeking British citizenship": what someone goes after.
_SEEKING = clause_pattern(
    r"\b(?:(?:is|are)\s+(?:still\s+|now\s+)?(?:seeking|bidding\s+for|vying\s+for|chasing|"
    r"in\s+the\s+running\s+for|pushing\s+for)|(?<=\w\s)seek)\s+(?P<np>(?!to\b)[^,;.]{3,60}\b)",
    re.IGNORECASE,
)


# Forms that are nouns as well: "plans", "aims", "bids".
_NOUNS_TOO = frozenset(
    "plans plan aims aim bids bid hopes hope pledges vows attempts attempt".split()
)


# "he hopes the musical is a blend of ...": a hope or fear told in the present or past.
_HOPE_THAT = re.compile(
    r"\b(?P<verb>hopes?|hoped|hoping|fears?|feared|fearing|predicts?|predicted|doubts?|doubted|"
    r"believes|believe|suggests?|suggested|warns|warned|insists|insisted|claims?|claimed|"
    r"asserts?|asserted|contends?|contended|maintains?|maintained|argues?|argued)\s+"
    r"(?:that\s+)?(?P<clause>[^;?!]+)",
    re.IGNORECASE,
)


_TAKE = clause_pattern(
    r"\b(?:could|may|might|will|would|is\s+likely\s+to|is\s+expected\s+to)\s+take\s+"
    r"(?:up\s+to\s+|several\s+|many\s+|a\s+few\s+|at\s+least\s+|another\s+)?"
    r"(?:\w+\s+)?(?:days|weeks|months|years|decades)\b"
)


WORDS = frozenset(
    "will would could may might should won wouldn set likely predicted forecast tipped hope "
    "hopes hoped hoping plan plans planned planning aim aims aimed aiming intend intends "
    "intended intending seek seeks seeking sought want wants wanted wanting bid bids bidding "
    "looking looks vow vows vowed pledges pledged take talks negotiations appealing appeal "
    "reviewing investigating examining until expect expects expected expecting prefer prefers "
    "predict predicts fear fears feared fearing doubt doubts doubted forecasts believes "
    "believe suggests suggested warns warned insists insisted brink verge edge cusp point "
    "seeking bidding vying chasing running pushing ahead before awaiting awaits run claim "
    "claims claimed assert asserts asserted contend contends contended maintain maintains "
    "maintained argue argues argued due tipped suggest say says said call calls called "
    "nominated shortlisted contender favourite doubt doubtful fit fitness face meet play "
    "awarded presented revealed handed given delivered trigger spark prompt keen eager "
    "determined desperate anxious if unless should been try tries trying attempt attempts "
    "attempting plans plan yet no seek approves accepts backs rejects ratifies signs "
    "endorses agrees votes".split()
)


def wanted(words: set[str], text: str) -> bool:
    """Tell whether a sentence has a word one of these shapes needs (most do)."""
    return not WORDS.isdisjoint(words)


def find(sentence: Sentence) -> list[Candidate]:
    """Return the outcomes one sentence says are still to come."""
    low = sentence.text.lower()
    out: list[Candidate] = []
    for found, keys in _GATES:
        if any(key in low for key in keys):  # a substring test is far cheaper than a shape
            out.extend(found(sentence))
    return out


def _modals(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _each(_MODAL, sentence.text, "modal"):
        if _HABIT.search(sentence.text[: m.start()]):
            continue
        if (
            m.group("modal").lower() in ("will", "won't")
            and not _heard(sentence, m.start())
            and not _VAGUE_TIME.search(m.group("vp"))
        ):
            continue  # the writer's "will feature on 5 May": a timetable, not an open matter
        modal = m.group("modal").lower()
        if _MANNER.match(m.group("vp")):
            continue  # "spammers will deliberately misspell words": a habit, not an outcome
        if modal in ("will", "would") and _ANNOUNCED.search(sentence.text[: m.start()]):
            continue  # "IBM said it would partner with ...": a plan announced, not open
        if modal in ("could", "would") and m.group("neg"):
            continue  # "could not make the ceremony", "would not discuss": what happened
        if (
            modal in ("could", "would")
            and not _heard(sentence, m.start())
            and not _SETS_OFF.match(m.group("vp"))
        ):
            continue  # the writer's "Bod would be played by ...": a musing, not a forecast
        who = subject_of(sentence, m.start())
        found = asked(
            sentence, who, m.group("vp"), m.start(), 1.0 + _position(sentence), m.group("modal")
        )
        if found:
            out.append(found)
    return out


def _hopes(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _each(_HOPE, sentence.text, "verb"):
        start = m.start("verb")
        head = re.sub(r"\s+(?:also|still|now|already)$", "", sentence.text[:start].rstrip())
        verb = m.group("verb").lower()
        if re.search(r"(?:\bnot|n[’']t|\bnever)$", head) or verb == "wanted":
            continue  # "doesn't want to", "visitors wanted to": no plan still to come
        if verb.startswith(("vow", "pledg")):
            continue  # "vowed to continue the fight": a promise told as settled, not open
        if verb in _NOUNS_TOO and re.search(
            r"\b(?:of|on|by|for|with|about|in|the|its|their|his|her)(?:\s+\w+)?\s*$", head
        ):
            continue  # "a speech on UK plans to tackle poverty": the plans are a noun
        if re.search(r"\b(?:to|not|never)$", head):
            continue  # "it is not sustainable to expect", "hard to want": no one's aim
        for aux in ("is", "are", "was", "were"):
            if head.endswith(f" {aux}"):
                if not verb.endswith("ing"):
                    break  # "was intended to give": a purpose told, not an aim
                start = len(head) - len(aux)
        else:
            aux = ""
        if aux and not verb.endswith("ing"):
            continue
        if verb.endswith("ing") and not re.search(
            r"(?:\b(?:is|are|was|were|be|been)|[’']s)$", head
        ):
            continue  # "citizens wanting to work in the UK will have to": who, not an aim
        who = subject_of(sentence, start)
        if (
            verb in _NOUNS_TOO
            and who
            and " " not in who
            and who[:1].isupper()
            and not _is_actor(sentence, who)
        ):
            continue  # "Tory plans to cut tax": the plans are a noun, Tory no one's name
        found = asked(sentence, who, m.group("vp"), start, 1.2 + _position(sentence))
        if found:
            out.append(found)
    return out


def _expects(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _EXPECT.finditer(sentence.text):
        if re.search(r"(?:\bto|\bnot|\bnever|\bcannot|n[’']t)\s*$", sentence.text[: m.start()]):
            continue  # "it is not sustainable to expect carers to fund": no forecast
        np = m.group("np").strip()
        words = np.split()
        if len(words) > 8 or any(w.lower() in AUX or w.lower() in ("who", "which") for w in words):
            continue
        if not can_open_subject(words[0]) or words[0].lower() in ("him", "her", "them", "it"):
            continue
        who = " ".join(lower_first(words))
        found = asked(sentence, who, m.group("vp"), m.start("np"), 1.3 + _position(sentence))
        if found:
            out.append(found)
    return out


def _hoped(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _each(_HOPE_THAT, sentence.text, "verb"):
        clause = trim(SECOND.sub("", m.group("clause")))
        clause = re.sub(r"\s+and\s+\w+ed\b.*$", "", clause)  # "met and agreed": the first
        words = clause.split()
        if len(words) < 3 or words[0].lower() == "to" or _MODAL.search(clause):
            continue  # "hopes to" and "hopes it will" are the other shapes
        if not can_open_subject(words[0]) or words[0].lower() == "be":
            continue  # "without doubt be caused": no clause of its own
        if re.search(r"\b(?:no|without|little|any)\s*$", sentence.text[: m.start()]):
            continue  # "no doubt", "without fear": a noun, not a verb of hoping
        found = subject_end(words_of(clause))
        if found is None or vague(" ".join(words_of(clause)[: found[0]])):
            continue  # "feared the system was being abused": which system?
        if re.search(r"\b(?:pleased|delighted|happy|proud|disappointed|sorry|glad)\b", clause):
            continue  # how a speaker feels is theirs to know, not an open matter
        named = name_pronouns(clause, sentence, m.start("clause"))
        asked = invert(named) if named else None
        # "suggests the blocking was not due to hackers" asks whether it was.
        # Only a "not" of the main clause (before any relative clause): "the unit it does
        # not already own" keeps its own.
        asked = (
            re.sub(
                r"^(\w+(?: (?!it\b|that\b|which\b|who\b|they\b)\S+){1,8}?) not (?=\w)",
                r"\1 ",
                asked,
                count=1,
            )
            if asked
            else None
        )
        question = finish(asked, longest=24) if asked else None
        if question and not PERSON.search(named) and not unplaced(question):
            kind = (
                "pending"
                if m.group("verb")[:3].lower() in ("hop", "fea", "pre", "dou", "war")
                else "contested"
            )
            out.append(Candidate(kind, question, sentence.start + m.start(), 1.2))
    return out


def _brinks(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _BRINK.finditer(sentence.text):
        start = m.start()
        head = sentence.text[:start].rstrip()
        verb = re.search(
            r"(?:\b(?:is|are|was|were|stands?|stood|teeter(?:s|ed)?|hover(?:s|ed)?|"
            r"sits?|sat|looks?|looked))$",
            head,
        )
        if verb is None:
            continue
        who = subject_of(sentence, verb.start())
        what = trim(m.group("what"))
        first, _, rest = what.partition(" ")
        if first.endswith("ing") and len(first) > 4:
            vp = f"{_stem(first)} {rest}".strip()
        else:
            vp = "fall into " + re.split(r"\s+(?:in|during|over|for|since|after)\s+", what)[0]
        found = asked(sentence, who, vp, verb.start(), 1.6)
        if found:
            out.append(found)
    return out


def _seeking(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _SEEKING.finditer(sentence.text):
        who = subject_of(sentence, m.start())
        found = asked(sentence, who, f"obtain {trim(m.group('np'))}", m.start(), 1.5)
        if found:
            out.append(found)
    return out


def _labels(sentence: Sentence) -> list[Candidate]:
    """ "The Tories say his pledges are 'worthless'" -> "Are Tony Blair's pledges worthless?"."""
    out = []
    for m in _LABEL.finditer(sentence.text):
        if len(m.group("label").split()) > 3:
            continue  # a quotation, not a label
        np = m.group("np")
        named = name_pronouns(
            np[0].lower() + np[1:] if np[:4] in ("The ", "His ", "Her ", "Its ") else np,
            sentence,
            m.start("np"),
        )
        question = (
            finish(f"{m.group('be').capitalize()} {named} {m.group('label')}") if named else None
        )
        if question:
            out.append(Candidate("contested", question, sentence.start + m.start(), 1.6))
    return out


def _takes(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _TAKE.finditer(sentence.text):
        who = subject_of(sentence, m.start())
        clause = name_pronouns(who, sentence, m.start()) if who else None
        question = finish(f"How long will {clause} take") if clause else None
        if question and len(clause.split()) >= 2:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.6))
    return out


# "would" after these reports the past ("said he would", "used to"), but it is still a
# claim about what comes; "would" in a habit ("he would often") is not.
_HABIT = re.compile(r"\b(?:often|always|usually|sometimes|never|once)\s*$", re.IGNORECASE)


def _each(pattern: re.Pattern[str], text: str, group: str) -> list[re.Match[str]]:
    """Return every match, the next searched from the end of this one's `group`: "will
    look for clues as to whether banks will act" holds two outcomes."""
    out = []
    m = pattern.search(text)
    while m:
        out.append(m)
        m = pattern.search(text, m.end(group))
    return out


_FORECAST = re.compile(
    r"\b(?:predicts?|predicted|forecasts?|expects?|expected|believes?|believed|thinks?|"
    r"warns?|warned|fears?|feared|hopes?|hoped|suggests?|suggested|says?|said|claims?|"
    r"claimed|argues?|argued|insists?|insisted|told|according\s+to|whether|if|chance|"
    r"likely|unlikely|probably|perhaps|rumours?|speculation|worried|concerned|afraid|proposed)\b",
    re.IGNORECASE,
)


# A future with no date: "later in the year", "in the coming months", "eventually".
_VAGUE_TIME = re.compile(
    r"\b(?:later\s+(?:in\s+the|this)\s+(?:year|month|decade|season)|in\s+the\s+coming\s+\w+|"
    r"at\s+some\s+point|in\s+(?:the\s+)?(?:future|due\s+course)|sooner\s+or\s+later|one\s+day|"
    r"in\s+the\s+(?:near|long)\s+term|(?:in|over|during)\s+the\s+(?:next|coming)\s+(?:few\s+)?"
    r"(?:years?|months?|decades?)|by\s+the\s+end\s+of\s+the\s+(?:year|decade)|next\s+year)\b",
    re.IGNORECASE,
)


def _heard(sentence: Sentence, at: int) -> bool:
    """Tell whether a "will" is someone's forecast (said, predicted, asked about), not the
    writer's timetable."""
    return (
        sentence.in_quote
        or sentence.speaker(at) is not None
        or bool(_FORECAST.search(sentence.text))
    )


def _position(sentence: Sentence) -> float:
    """Score earlier sentences higher: news tells what matters first."""
    return max(0.0, 0.3 - sentence.start / 10000)


def _is_actor(sentence: Sentence, who: str) -> bool:
    """Tell whether a subject is one of the brief's actors, by name or alias."""
    return who in sentence.refs.names()


def _stem(verb: str) -> str:
    """Return the base of an -ing verb: "signing" -> "sign", "making" -> "make"."""
    stem = verb[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "winning" -> "win"
    if stem.endswith(("at", "ak", "iv", "ag", "ov", "ur", "uc", "ac", "ic", "ir")):
        return stem + "e"  # "creating" -> "create", "making" -> "make"
    return stem


# Each shape with the words it cannot match without.
_GATES = (
    (_takes, (" take ",)),
    (_brinks, ("brink", "verge", "edge of", "cusp", "point of")),
    (_seeking, ("seek", "bidding", "vying", "chasing", "running for", "pushing for")),
    (
        _hopes,
        ("hop", "plan", "aim", "intend", "seek", "sought", "want", "bid", "look", "vow",
         "pledg", "keen", "eager", "determined", "desperate", "anxious", "try", "tries",
         "trying", "attempt", "expect"),
    ),
    (_expects, ("expect", "want", "prefer", "predict", "forecast")),
    (
        _hoped,
        ("hope", "hoping", "fear", "predict", "doubt", "believe", "suggest", "warn", "insist",
         "claim", "assert", "contend", "maintain", "argue"),
    ),
    (_labels, ("\"", "“", "‘")),
    (
        _modals,
        ("will", "would", "could", "may", "might", "should", "won't", "wouldn't", "set to",
         "likely to", "predicted to", "forecast to", "tipped to"),
    ),
)  # fmt: skip
