"""Keep only the questions a strict reader keeps: a last check over each worded question.

The detectors and `grammar` word a question from one sentence. Read on news the rules were
never tuned on, most questions a reader struck fell into a few shapes, dropped here:

- a trend of a bare common noun: "Will number grow?", "Will parents spend millions
  ...?" (from "are expected to spend"): a forecast of the background, not a matter of the
  story that someone decides or disputes;
- a past form right after the subject: "Will X and Y on Thursday launched ...?";
- "Should ...?" made from a speaker's own quoted view: a norm, not an open matter;
- a speech verb with its message lost: "Did X tell Y?";
- too few words to stand alone ("Will growth slow?"); a rhetorical question ("What about
  the compass?", "Who can forget ...?"); a what-if ("Imagine if ..."); a forecast told in
  the past for a year named five years or more before the article's latest ("was not
  expected to win the 1987 election"); a "Should ...?"
  from one opinion that no one says or calls for;
- a concession told with "may ..., but" ("Most blogs may have only a small readership,
  but ..."), an effort under way told as a prospect ("are trying to capitalise on ..."), or a
  question worded from a sentence that is itself a question (someone's rhetoric).

One repair: a second, coordinated verb is cut ("Will the FA act on X and refuses to
discuss his case?" -> "Will the FA act on X?").
"""

from __future__ import annotations

import re

_AUX = re.compile(
    r"^(?:Will|Would|Could|Can|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Should|May)\s+"
)
# Institutions and matters a question may be about without a name: "Will the government
# approve ...?", "Will the deal go ahead?", "Will prices rise?".
_SPECIFIC = frozenset(
    """
    government governments court courts jury judge judges council councils committee board
    parliament senate congress assembly regulator regulators police club clubs company
    companies firm firms bank banks union unions minister ministers cabinet inquiry panel
    commission authority authorities administration party parties league tribunal
    watchdog prosecutors prosecution defence airline airlines city state country
    sides deal deals bill law laws talks merger takeover case trial appeal vote strike ban
    proposal proposals plan plans scheme sale bid offer project investigation review
    decision agreement treaty reform reforms tax taxes budget election referendum film
    album show match season fight race contract move changes amnesty ceasefire peace war
    programme service system price prices rates rate market markets shares economy
    industry team side players manager coach chairman president premier chancellor mayor
    leader leaders chief boss owners shareholders investors workers staff
    """.split()
)
_DETERMINERS = frozenset(
    "the a an this that these those its his her their such another either neither".split()
)
# "Will X and frontbencher Y on Thursday launched ...": a past form where the verb belongs.
_PAST_AFTER = re.compile(
    r"^Will\s+(?:[A-Z][\w'’.-]*\s+|and\s+|[a-z]+\s+(?=[A-Z]))+"
    r"(?:(?:on|last|this)\s+[A-Z]?\w+\s+)?"
    r"(?!(?:need|proceed|succeed|exceed|feed|bleed|breed|speed|shed|heed|seed|wed|embed|shred)\b)"
    r"[a-z]{3,}ed\b"
)
_COORDINATED = re.compile(
    r"\s+and\s+(?:refuses|declines|says|wants|plans|hopes|insists|claims|denies|is|has|"
    r"remains|continues|urges|warns)\b[^?]*\?$"
)
_MESSAGE_LOST = re.compile(r"\b(?:tell|ask|warn|inform|say\s+to)\s+(?:[A-Z][\w'’.-]*\s*){1,4}\?$")
# Questions nobody waits on an answer to: "What about the compass?", "Who can forget ...?",
# "Has everyone forgotten ...?".
_RHETORIC = re.compile(
    r"^(?:What\s+about\b|Who\s+(?:can|could|would)\s+(?:forget|have\s+thought)\b|"
    r"\w+\s+(?:everyone|anyone|anybody|everybody|nobody)\b)"
)
_IMAGINED = re.compile(r"\bImagine\b")  # "Imagine if you were an orchestra from ...": a what-if
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A forecast told in the past: "He was not expected to win the 1987 election", "who was
# nominated for best actor at the 1955 Oscars": history, when the question names the year.
_PAST_PROSPECT = re.compile(
    r"\b(?:was|were)\s+(?:not\s+)?(?:expected|tipped|nominated|shortlisted|favoured)\b"
)
# "should be available before February": a schedule, still a prospect.
_WHEN = re.compile(
    r"\b(?:by|before|in|until|from|next|on)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter|week|month|"
    r"year|(?:1[89]|20)\d\d)\b"
)
# A "should" someone says, asks or calls for; else it is one opinion, not a matter.
_SAID_OR_ASKED = re.compile(
    r"\b(?:said|says|say|told|call(?:ed|s)?\s+for|urg\w*|propos\w*|demand\w*|recommend\w*|"
    r"want\w*|suggest\w*|argu\w*|insist\w*|believ\w*|think\w*|ask\w*|plan\w*|"
    r"according\s+to)\b|[\"“]"
)
# "Most blogs may have only a small readership, but ...": a concession, not a prospect.
_CONCEDED = re.compile(r"\bmay\s+[^,;.]*,\s+but\b")
# A "should" inside the speaker's own quoted words: 'said: "Adults should be treated ..."'.
_QUOTED_SHOULD = re.compile(r"[\"“][^\"“”]*\bshould\b[^\"“”]*[\"”]?")
_TRYING = re.compile(r"\b(?:is|are|was|were|been)\s+trying\s+to\b")


def repaired(question: str) -> str:
    """Return a question with a coordinated second verb cut off."""
    return _COORDINATED.sub("?", question) if question.startswith("Will ") else question


def unkept(question: str, kind: str, evidence: str, latest_year: int | None = None) -> bool:
    """Tell whether a strict reader would strike a worded question (module docstring);
    `latest_year` is the latest year the article names, if any."""
    aux = _AUX.match(question)
    if aux and _generic(question[aux.end() :], evidence):
        return True
    if question.startswith("Will ") and _PAST_AFTER.search(question):
        return True
    if question.startswith("Should ") and kind != "contested" and _QUOTED_SHOULD.search(evidence):
        return True
    if _MESSAGE_LOST.search(question) or re.search(
        r"\btold\s+(?:[A-Z][\w'’.-]*\s*){1,4}\?$", question
    ):
        return True
    if kind == "pending" and _CONCEDED.search(evidence):
        return True
    if aux and _too_short(question[aux.end() :]):
        return True
    if _RHETORIC.match(question) or _IMAGINED.search(evidence):
        return True
    if question.startswith("Will ") and _history(question, evidence, latest_year):
        return True
    if (
        question.startswith("Should ")
        and kind == "pending"
        and not _SAID_OR_ASKED.search(evidence)
        and not _WHEN.search(evidence)
    ):
        return True
    if kind == "pending" and _TRYING.search(evidence):
        return True
    return kind in ("pending", "conditional") and bool(
        re.search(r"\?[\"”’']?\s*$", evidence.strip())
    )


def latest_year(text: str) -> int | None:
    """Return the latest year an article names, if any (for `unkept`'s `latest_year`)."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _history(question: str, evidence: str, latest_year: int | None) -> bool:
    """Tell whether a "Will ...?" asks after a year long past, from a forecast told in the
    past: "He was not expected to win the 1987 election" in an article that names 2005
    (five years or more before the latest year named)."""
    years = [int(y) for y in _YEAR.findall(question)]
    return bool(
        years
        and latest_year is not None
        and max(years) <= latest_year - 5
        and _PAST_PROSPECT.search(evidence)
    )


def _too_short(rest: str) -> bool:
    """Tell whether a question says too little to stand alone: "Will growth slow?" (two
    words or fewer after the auxiliary, none of them a name)."""
    words = re.findall(r"[\w’'%-]+", rest)
    return len(words) <= 2 and not any(w[:1].isupper() for w in words)


def _generic(rest: str, evidence: str) -> bool:
    """Tell whether the question asks after a trend of a bare common noun: "Will number
    grow?", "Will parents spend millions ...?" ("are expected to spend"); a bare noun with
    a decision or a pledge ("Will children be offered ...?") stays."""
    first = re.match(r"[\w’'%-]+", rest)
    if first is None:
        return True
    word = first.group()
    low = word.lower()
    if low in _DETERMINERS:
        # "Will the current number of blogs keep on growing?": a quantity's trend
        heads = [w.lower() for w in re.findall(r"[\w’'%-]+", rest)[1:3]]
        # (with a figure, "grow by 11%", it is a forecast someone can be held to)
        return (
            any(h in _QUANTITIES for h in heads)
            and bool(_TREND.search(evidence))
            and not re.search(r"\d", rest)
        )
    if word[:1].isupper() or low in _SPECIFIC or re.search(r"\d", rest):
        return False  # a name, a matter, or a figure to hold a forecast to ("double in 2005")
    return low in _QUANTITIES or bool(_TREND.search(evidence))


_QUANTITIES = frozenset("number numbers amount level levels figure figures total use".split())
# A trend told as a forecast: "is set to grow", "are expected to spend", "likely to keep on
# growing".
_TREND = re.compile(
    r"\b(?:set|expected|likely|forecast|predicted|projected)\s+to\s+(?:keep\s+(?:on\s+)?)?"
    r"(?:grow|growing|rise|rising|increase|fall|decline|drop|spend|double|treble|continue)\b"
)
