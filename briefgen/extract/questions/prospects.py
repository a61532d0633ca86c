"""Prospects: what the article says will, may or is hoped to happen, still to be seen.

News tells much of what is open as a forecast, a hope, a plan or a warning rather than as
a question. Shapes, and the questions they give (kind `pending`):

- a modal outcome: "the dollar will remain weak in 2005", "entertainers could be liable
  for fines", "the cost may exceed our GDP" -> "Will the dollar remain weak in 2005?";
- a hope, plan or aim: "the station is hoping to expand", "the party plans to cut tax",
  "officials hope to double output" -> "Will the station expand?";
- a time still to run: "the inquiry could take months" -> "How long will the inquiry
  take?";
- talks that go on: "talks between the union and the firm continue" -> "Will the talks
  between the union and the firm end in an agreement?";
- an appeal or a review under way: "the club is appealing against the ban" -> "Will the
  club's appeal against the ban succeed?"; "the council is reviewing the scheme" -> "What
  will the council's review of the scheme find?";
- a deadline: "the firm has until Friday to respond" -> "Will the firm respond by Friday?".

These are the weakest shapes (a forecast may be settled fact to the writer): they score
below every other detector, so a brief keeps them only where nothing surer fills it, and
`merge` caps how many a brief shows. A first- or second-person outcome ("we will win") is
asked only where the speaker is named, and a clause in the past ("would have") is history.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.standalone import name_pronouns, subject
from briefgen.extract.questions.wording import (
    AUX,
    can_open_subject,
    clause_pattern,
    finish,
    invert,
    lower_first,
    subject_end,
    trim,
    words_of,
)

_MODAL = clause_pattern(
    r"\b(?P<modal>(?-i:will|would|could|may|might|should|won't|wouldn't)|is\s+set\s+to|are\s+set\s+to|"
    r"is\s+likely\s+to|are\s+likely\s+to|is\s+predicted\s+to|are\s+predicted\s+to|"
    r"is\s+forecast\s+to|are\s+forecast\s+to|is\s+tipped\s+to|are\s+tipped\s+to)\s+"
    r"(?P<neg>not\s+)?(?:also\s+|still\s+|now\s+|soon\s+|eventually\s+|only\s+|even\s+)?"
    r"(?P<vp>(?-i:[a-z])[a-z-]*\b[^.;?!]*)",
    re.IGNORECASE,
)
_HOPE = clause_pattern(
    r"\b(?:is|are|was|were)?\s*(?P<verb>hop(?:es|ed|ing|e)|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|"
    r"intend(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|bid(?:s|ding)?|expects?|expecting|"
    r"look(?:s|ing)\s+to|vow(?:s|ed)|pledg(?:es|ed)|(?:is|are)\s+(?:keen|eager|determined|desperate|"
    r"anxious)|will\s+(?:try|attempt|aim|seek|look|bid)|tr(?:y|ies|ying)|attempt(?:s|ing)?)\s+to\s+(?P<vp>(?-i:[a-z])[a-z-]*\b[^.;?!]*)",
    re.IGNORECASE,
)
# "he expects the loss to be offset", "many would prefer Turkey to admit": an outcome
# someone looks for, whose subject is the object of the verb.
_EXPECT = clause_pattern(
    r"\b(?:expects?|expected|expecting|wants?|wanted|prefer|prefers|predicts?|predicted|forecasts?|"
    r"forecast)\s+(?!to\b|that\b)(?P<np>[^,;.“”\"]{2,60}?)\s+to\s+(?P<vp>(?-i:[a-z])[a-z-]*\b[^.;?!]*)",
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
# "Kilroy-Silk's new party, expected to launch on Wednesday": an expectation of a noun.
_NOUN_EXPECTED = clause_pattern(
    r"(?P<np>\b(?:a|an|the|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+),?\s+"
    r"(?:widely\s+|now\s+|also\s+)?(?:expected|set|likely|tipped|predicted)\s+to\s+"
    r"(?P<vp>(?-i:[a-z])[a-z-]*\b[^.;?!]*)"
)
# "ahead of an EU summit in Brussels", "before Sunday's final": an event still to come.
_AHEAD = clause_pattern(
    r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|awaiting|awaits)\s+(?P<np>(?:a|an|the|"
    r"next\s+\w+'s|[A-Z][\w’'-]*[’']s|\w+day's)\s+(?:[\w’'-]+\s+){0,5}?(?P<head>summit|meeting|"
    r"talks|conference|hearing|ruling|verdict|vote|referendum|ballot|election|final|match|"
    r"tie|clash|race|contest|decision|inquiry|review)(?:\s+(?:in|on|at|against|with|between)\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)",
)
_WIN = frozenset("election final match tie clash race contest".split())
# "has been nominated for best actor at the Oscars": an award still to be decided.
_NOMINATED = clause_pattern(
    r"\b(?:has|have|was|were|is|are)\s+(?:been\s+|also\s+|now\s+)*(?:nominated|shortlisted|"
    r"in\s+the\s+running|tipped|a\s+contender|the\s+favourite)\s+(?:for|to\s+win)\s+"
    r"(?P<what>(?!the\s+job\b)[^,;.]{3,80}\b)",
    re.IGNORECASE,
)
# "is a doubt for Saturday's match", "faces a fitness test ahead of the final".
_FITNESS = clause_pattern(
    r"\b(?:is|are)\s+(?:still\s+|now\s+|also\s+)?(?:a\s+(?:big\s+|major\s+|late\s+)?doubt|doubtful|"
    r"struggling\s+to\s+be\s+fit|battling\s+to\s+be\s+fit|racing\s+to\s+be\s+fit)\s+for\s+"
    r"(?P<what>[^,;.]{3,60}\b)|\bfaces?\s+(?:a\s+)?(?:late\s+)?fitness\s+tests?\s+"
    r"(?:on\s+[^,;.]{3,30}?\s+)?(?:before|ahead\s+of|for)\s+(?P<event>[^,;.]{3,60}\b)"
)
# "will face Germany in the semi-finals": a match still to be played.
_FACE = clause_pattern(
    r"\b(?:will|are\s+to|is\s+to|are\s+due\s+to|is\s+due\s+to)\s+(?:now\s+)?(?:face|meet|play|take\s+on)\s+"
    r"(?P<opp>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+(?P<rest>(?:in|at|on)\s+[^,;.]{3,50}\b)",
    re.IGNORECASE,
)
# "The Golden Kinnarees will be awarded on Friday": a prize still to be decided.
_AWARDED = clause_pattern(
    r"(?P<np>\b(?:[Tt]he|[Tt]his\s+year's|[A-Z][\w’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,5}?(?P<head>awards?|prizes?|"
    r"trophy|title|medals?|winners?|results?|verdict|decision|ruling|[A-Z][\w’'-]+s))\s+(?:will|is\s+to|are\s+to|"
    r"is\s+due\s+to|are\s+due\s+to)\s+be\s+(?:awarded|announced|presented|revealed|handed\s+out|given|"
    r"decided|delivered|made\s+public)\b"
)
# "If the agreement goes through, ...": the condition names a matter still to be settled.
_IF_EVENT = clause_pattern(
    r"\b(?:[Ii]f|[Uu]nless|[Ss]hould)\s+(?P<np>(?:the|this|a|[A-Z][\w’'-]*['’]s)\s+[^,;]{2,70}?)\s+"
    r"(?P<vp>goes\s+(?:through|ahead)|go\s+(?:through|ahead)|is\s+approved|are\s+approved|"
    r"is\s+passed|is\s+confirmed|succeeds|fails|collapses|is\s+blocked|is\s+rejected)\b"
)
# "there are no plans for a new series": what someone has not decided on.
_NO_PLANS = clause_pattern(
    r"\b(?:there\s+(?:are|were|is|was)\s+|(?:has|have|had)\s+)no\s+(?:immediate\s+|current\s+)?"
    r"plans?\s+(?:in\s+the\s+pipeline\s+|at\s+present\s+|yet\s+)?(?:for\s+(?P<np>(?:a|an|another|any)\s+"
    r"[^,;]{3,70}\b)|to\s+(?P<vp>(?-i:[a-z])[^,;.]{3,70}\b))"
)
# "the browser does not yet work well with ...", "the drug is not yet available".
_NOT_YET_NOW = clause_pattern(
    r"\b(?:(?P<do>does|do)\s+not\s+yet\s+(?P<vp>(?-i:[a-z])[^.;?!]*)|(?P<be>is|are)\s+not\s+yet\s+"
    r"(?P<adj>(?:fully\s+)?(?:available|ready|clear|open|fit|finished|complete|known|possible|safe|"
    r"profitable|approved|licensed)\b[^.;?!]*))"
)
# "If Iraq's cabinet approves the ministry's choice, ...": a decision still to be taken.
_IF_DECIDES = clause_pattern(
    r"\b[Ii]f\s+(?P<np>(?:the\s+|[A-Z][\w’'-]*['’]s\s+)?[^,;]{2,50}?)\s+(?P<verb>approves|accepts|backs|"
    r"rejects|ratifies|signs|endorses|agrees\s+to|votes\s+for|votes\s+against)\s+(?P<obj>[^,;]{3,60}\b)"
)
_DECIDES = {
    "approves": "approve", "accepts": "accept", "backs": "back", "rejects": "reject",
    "ratifies": "ratify", "signs": "sign", "endorses": "endorse", "agrees to": "agree to",
    "votes for": "vote for", "votes against": "vote against",
}  # fmt: skip
# "The software has not yet been made available": a step still to come.
_NOT_YET_DONE = clause_pattern(
    r"\b(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?P<pp>[a-z]+(?:ed|en|de|wn|ld|lt|pt|t))\b"
    r"(?P<rest>[^.;?!]*)"
)
_IF_VP = {
    "goes through": "go through", "go through": "go through", "goes ahead": "go ahead",
    "go ahead": "go ahead", "is approved": "be approved", "are approved": "be approved",
    "is passed": "be passed", "is confirmed": "be confirmed", "succeeds": "succeed",
    "fails": "fail", "collapses": "collapse", "is blocked": "be blocked",
    "is rejected": "be rejected",
}  # fmt: skip
# "he hopes the musical is a blend of ...": a hope or fear told in the present or past.
_HOPE_THAT = clause_pattern(
    r"\b(?P<verb>hopes?|hoped|hoping|fears?|feared|fearing|predicts?|predicted|doubts?|doubted|"
    r"believes|believe|suggests?|suggested|warns|warned|insists|insisted|claims?|claimed|"
    r"asserts?|asserted|contends?|contended|maintains?|maintained|argues?|argued)\s+"
    r"(?:that\s+)?(?P<clause>[^.;?!]+)",
    re.IGNORECASE,
)
_TAKE = clause_pattern(
    r"\b(?:could|may|might|will|would|is\s+likely\s+to|is\s+expected\s+to)\s+take\s+"
    r"(?:up\s+to\s+|several\s+|many\s+|a\s+few\s+|at\s+least\s+|another\s+)?"
    r"(?:\w+\s+)?(?:days|weeks|months|years|decades)\b"
)
_TALKS = clause_pattern(
    r"(?P<np>\b(?:(?i:the)\s+|fresh\s+|further\s+)?(?i:talks|negotiations)\s+(?:between|with|over|on)\s+"
    r"[^,;.]{3,80}?)\s+(?:are\s+|were\s+|will\s+)?(?:continu(?:e|es|ed|ing)|resum(?:e|es|ed)|"
    r"(?:is|are)\s+(?:still\s+)?(?:continuing|ongoing|under\s+way|going\s+on))\b"
)
_APPEAL = clause_pattern(
    r"\b(?:is|are|has|have)\s+(?:now\s+|still\s+)?(?:appealing|lodged\s+an\s+appeal|launched\s+an\s+appeal|"
    r"lodging\s+an\s+appeal)\s+(?P<np>(?:against|over|on)\s+[^,;.]{3,60}\b)"
)
_REVIEW = clause_pattern(
    r"\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(?:reviewing|investigating|examining|"
    r"looking\s+into)\s+(?P<np>(?:the|a|an|its|their|his|her)\s+[^,;.]{3,60}\b)"
)
_DEADLINE = clause_pattern(
    r"\b(?:has|have|had|was\s+given|were\s+given|has\s+been\s+given|have\s+been\s+given)\s+until\s+"
    r"(?P<when>[^,;.]{2,30}?)\s+to\s+(?P<vp>(?-i:[a-z])[^.;?!]*)"
)
# Verbs after a modal that tell no outcome to watch: a habit, a wish, a saying.
_IDLE = frozenset(
    "be say tell like love want mean think know see need seem feel find do try look hear "
    "thank wonder ask insist claim argue suggest warn believe stress prefer".split()
)
# A modal outcome worth asking keeps one of these: a change, a result, a decision.
_OUTCOME_BE = re.compile(
    r"^be\s+(?:\w+ed|\w+en|\w+ing|able|liable|allowed|forced|made|given|put|held|set|cut|hit|lost|won|"
    r"sold|paid|built|kept|left|brought|bought|sent|spent|shut|met|told|taught|run|offset|"
    r"ready|available|enough|over|back|out|up|among|the\s+first|the\s+last)\b"
)
_PAST = re.compile(
    r"^(?:have|has|had)\s+(?:\w+(?:ed|en|t)|had|been|done|gone|seen|made|won|lost)\b"
)
_PERSON = re.compile(
    r"(?<![\w-])(?:I|[Ww]e|[Yy]ou|me|us|[Mm]y|[Oo]ur|[Yy]our)(?![\w-])"
)  # not "US"
# "would" after these reports the past ("said he would", "used to"), but it is still a
# claim about what comes; "would" in a habit ("he would often") is not.
_HABIT = re.compile(r"\b(?:often|always|usually|sometimes|never|once)\s*$", re.IGNORECASE)

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
    # Brackets are asides ("a $2bn (1.53bn euros; £1.05bn) settlement"): blank them out,
    # keeping every offset, so a clause does not stop at a semicolon inside them.
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), sentence.text)
    sentence = replace(sentence, text=masked)
    out: list[Candidate] = []
    for found in (
        _takes,
        _talks,
        _appeals,
        _reviews,
        _deadlines,
        _brinks,
        _seeking,
        _nouns_expected,
        _ahead,
        _nominations,
        _awards,
        _if_events,
        _if_decides,
        _not_yet_done,
        _no_plans,
        _not_yet_now,
        _fitness,
        _matches,
        _hopes,
        _expects,
        _hoped,
        _labels,
        _modals,
    ):
        out.extend(found(sentence))
    return out


# Hedges between the modal and its verb, which the question leaves out.
_HEDGE = re.compile(
    r"^(?:(?:most|very|quite|more\s+than|almost\s+certainly|all\s+but)\s+)?(?:likely|probably|"
    r"certainly|definitely|possibly|surely|inevitably|eventually|ultimately|then|also|still|well|"
    r"instead|not)\s+",
    re.IGNORECASE,
)
# What follows the outcome: "obtain expenses after he said ...", ", developers are working".
_AFTER = re.compile(
    r"\s+(?:after|because|since|although|though|while|whereas)\s+(?:he|she|they|it|we|I)\b.*$|"
    r",\s+(?:[a-z]+\s+){0,2}(?:are|is|was|were|have|has)\b.*$|"
    r"\s+(?:until|once|when|before|after)\s+(?:[\w’'-]+\s+){1,3}(?:was|were|had)\b.*$|"
    r"\s+(?:if|unless)\s+.*$"  # the condition is the conditions detector's question
)
# A second outcome joined on ("... and would come on top of ..."): the first is asked.
_SECOND = re.compile(
    r",?\s+(?:and|or)\s+(?:would|will|could|may|might|should|is|are|does|do|did|has|have|had|was|"
    r"were|not)\b.*$|,\s+(?:could|would|will|may|might|is|was|are|has|have|had)\b.*$|"
    r"\s+and\s+(?:[\w’'-]+\s+){1,3}(?:would|will|could|may|might)\b.*$|\s+or\s+whether\b.*$|"
    r"\s+and\s+(?:\w+\s+)?(?:thinks|says|believes|argues|claims|insists|adds|warns)\b.*$"
)


def _asked(
    sentence: Sentence, who: str | None, vp: str, at: int, score: float, modal: str = ""
) -> Candidate | None:
    """Make "Will <who> <vp>?" where both stand alone and the outcome is worth asking."""
    if who and vague(who) and not _PERSON.search(who):
        event = re.match(
            r"(?:trigger|spark|prompt|lead\s+to|cause|bring|force|mean)\s+(?P<np>(?:a|an|another|more|"
            r"further|fresh|new|a\s+second)\s+[^,;]+)",
            vp.strip(),
        )
        if event is None or re.match(r"\S+\s+\w+ed\b", event.group("np")):
            return None  # "cause more affected ...": no event named
        # "the figures could trigger another rate rise": the rise is the open matter.
        question = finish(f"Will there be {trim(event.group('np'))}", longest=24)
        return Candidate("pending", question, sentence.start + at, score) if question else None
    if not who or _PERSON.search(who):
        return None
    if who.split()[-1][:1].isupper() and re.search(rf"\b{re.escape(who.split()[-1])}\b", vp):
        return None  # "Gordon Brown commit to a job for Mr Brown": the wrong person
    if re.match(r"(?:Based|Given|Following|According|Compared|Judging)\b", who):
        return None  # "Based on 2004 figures the producer": an opening phrase, not a subject
    vp = re.split(r",?\s*[”\"](?:\s|$)", vp.strip() + " ")[0]  # the quote ends: so does the outcome
    vp = trim(_SECOND.sub("", _HEDGE.sub("", _HEDGE.sub("", vp))))
    vp = _AFTER.sub("", vp)
    if not re.match(
        r"(?:ensure|mean|show|suggest|believe|think|predict|expect|say|warn|insist)", vp
    ):
        vp = re.sub(
            r"\s+(?:will|would|must)\s+(?:have\s+to\s+|be\s+)?[a-z]+\b.*$", "", vp
        )  # a new clause
    vp = re.sub(r"\s+(?:earlier|later)\s+that\s+(?:day|week|month|year)$", "", vp)  # "that month"
    if len(vp.split()) > 14 and ", " in vp:
        vp = vp.split(", ")[0]  # "get rid of fees, introduce care and ...": the first of a list
    vp = re.sub(r"\s+and\s+to\s+.*$", "", vp)  # "appoint reps and to increase spending"
    if re.search(r"\bthere\b", f"{who} {vp}") or re.search(
        r"\b(?:their|its)\s+[\w-]+\s*$", sentence.text[:at], re.IGNORECASE
    ):
        return None  # "sold there", "their marriage will": pointing back into the article
    dangling_it = re.search(r"\bit\b", vp) and not re.search(
        r"\b[a-z]+s?\s+it\s+(?:has|had|is|was|will|would)\b", vp
    )  # "make it a success" (what?), but "the reforms it has enacted"
    if re.search(r"\bthe\s+same\s+\w+(?!\s+as\b)", vp):
        return None  # "win the same award": the same as what?
    if re.match(r"(?:never|be\s+used\s+(?:to|for)|be\s+denied)\b", vp) or re.search(
        r"\bin\s+the\s+past\b", vp
    ):
        return None  # "will never return", "could be used to": a pledge or a use, not open
    if modal.lower() in ("would", "might", "could") and re.search(
        r"\b(?:thought|feared|believed|seemed|reason\s+to\s+think|fought|battled)\b[^.;]*$",
        sentence.text[:at],
    ):
        return None  # "there was reason to think he might struggle": past speculation
    if _POINTING_END.search(re.sub(r"\s+\w+ly$", "", vp)) or dangling_it:
        return None  # "tackle the problem", "monitor the situation closely": which one?
    if re.search(r"\bbe\s+(?:confused|expected)\b|\bno\s+(?!longer|more\b|later\b)\w+", vp):
        return None  # "be expected to keep", "be doing no deals": no question to answer
    if re.search(
        r"\bhad\s+(?:said|predicted|expected|hoped|planned|promised|warned)\b", sentence.text[:at]
    ):
        return None  # "had said that he would": history, not an open matter
    if (
        modal.lower() == "should"
        and not vp.startswith("be ")
        and not re.search(
            r"\b(?:by|in|before|within)\s+(?:the\s+end\s+of\s+)?(?:\d{4}|next|the\s+(?:decade|year))\b",
            vp,
        )
    ):
        return None  # "customers should change their settings": advice, not a forecast
    if modal.lower() == "will" and re.search(
        r"\bon\s+\d{1,2}\s+[A-Z][a-z]+|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", vp
    ):
        return None  # "will launch in Europe on 11 March": a date set, not an open matter
    before = sentence.text[:at]
    if re.search(r"\b(?:fact|idea|notion)\s+that\s+[^,]*$", before):
        return None  # "the fact that homes could not access it remained a problem"
    pair = re.search(
        r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+and\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s*$",
        before,
    )
    if pair and who.split()[-1] == pair.group(2).split()[-1] and who != pair.group(0):
        # "Mr Blair and Mr Brown could work together": both, by their full names
        who = f"{sentence.refs.full_name(pair.group(1))} and {who}"
        before = before[: pair.start()] + who
    joined = _joined(before, who)
    if joined is None:
        return None  # "spending on defence and homeland security": half a subject
    who = joined
    if re.search(r"\bits\b", vp) and (" and " in who or who.split()[-1].endswith("s")):
        return None  # "Electronic Arts and Vivendi support its format": whose?
    if sentence.in_quote and who not in sentence.text and who.lower() not in sentence.text.lower():
        return None  # a pronoun in someone's words: too unsure to name
    words = vp.split()
    if len(words) < 2:
        return None
    ought = modal.lower() == "should" and words[0] == "be"
    if words[0].lower() in _IDLE and not _OUTCOME_BE.match(vp) and not ought:
        return None  # "should be a full-back" asks; "will be among those" does not
    if _PAST.match(vp) or (_PERSON.search(vp) and not sentence.speaker(at)):
        return None
    # With its modal, the clause shows where the subject ends ("judges will overturn them").
    clause = name_pronouns(f"{who} will {vp}", sentence, at)
    clause = clause.replace(" will ", " ", 1) if clause else None
    # "should not be a full-back" asks what ought to be; "should appear by 2010" forecasts.
    lead = "Should" if modal.lower() == "should" and words[0] == "be" else "Will"
    question = finish(f"{lead} {clause}", longest=24) if clause else None
    if question is None:
        return None
    return Candidate("pending", question, sentence.start + at, score)


_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s|\b(?:that|which|who|whether|if|because|while)\s)(?!.*[,;:]\s)"
)


def _joined(before: str, who: str) -> str | None:
    """Return the whole subject when the one found is the last of a coordination ("TCI and
    Atticus were planning", "Turkey's population and low income might"), or None when the
    rest is no noun phrase ("spending on defence and homeland security")."""
    m = re.search(r"\s+(?:and|or)\s+" + re.escape(who) + r"\s*$", before)
    if m is None:
        return who
    head = before[: m.start()]
    starts = list(_CLAUSE_START.finditer(head))
    first = head[starts[-1].end() :] if starts else head
    words = first.split()
    if not words:
        return None
    if any(w.lower() in AUX or w.lower() in _FINITE for w in words):
        return who  # "There will be less ... and some channels may": two clauses
    if not can_open_subject(words[0]) or len(words) > 8:
        return None
    return " ".join(lower_first(words)) + f" {before[m.start() :].split()[0]} {who}"


_FINITE = frozenset("said says is are was were has have had will would could".split())


# Heads that point back into the article: "the service", "the proposal" (which one?).
_POINTING = frozenset(
    "proposal proposals plan plans policy policies service services exhibition gadget device "
    "musical film films show album book report deal firm company club move scheme bill law "
    "project group team side player idea decision survey study figures money cash event "
    "contract offer merger bid case trial inquiry investigation review campaign product "
    "products system changes change move measures measure rules technology game games "
    "programme programmes network site website machine chip format console market sector "
    "industry corporation executive striker player manager coach singer actor star minister "
    "chairman boss chief bank union surfaces picture image region area country city town "
    "plans athletes players pair duo sprinters priority board committee panel agency "
    "department ministry authority regulator watchdog council party meeting directors "
    "domains domain system situation payout scam firms companies agreement talks move "
    "couple pair men women man woman boy girl victim victims suspect suspects".split()
)
# An object that points back: "tackle the problem", "back the move".
_POINTING_END = re.compile(
    r"\bthe\s+(?:problem|issue|matter|situation|move|idea|plan|scheme|change|changes|case|"
    r"decision|proposal|deal|offer|claims?|allegations?|scam|meeting|payout|system|domains?)$"
)
# Plural subjects that stand alone with no article: people in general, not someone's.
_GENERIC = frozenset(
    "people markets consumers investors voters fans viewers customers shoppers children "
    "parents patients drivers teachers pupils students workers employers businesses "
    "households families users".split()
)
# What "the" names without a name: one of a kind where the news is ("the dollar").
_UNIQUE = frozenset(
    "government economy dollar euro pound peso yen rouble yuan market markets public police "
    "army navy opposition chancellor president pope monarchy electorate weather internet web "
    "net world recovery recession deficit eurozone".split()
)
_TIMES = frozenset(
    "hours days weeks months years january february march april may june july august "
    "september october november december".split()
)
_NOBODY = frozenset("nobody no-one everyone everybody anyone anybody someone somebody".split())


def vague(who: str) -> bool:
    """Tell whether a subject cannot stand alone: "the service", "nobody", "Labour's"."""
    words = who.split()
    low = [w.lower().strip(",") for w in words]
    if low[0] in _NOBODY or low[0] == "no" or low[-1].endswith(("'s", "’s", "'", "’")):
        return True
    if low[0] == "the" and low[-1] in _TITLES:
        return True  # "the European bronze medallist": who?
    if len(words) == 1 and "-" in words[0] and words[0].split("-")[1][:1].islower():
        return True  # "Ex-chat (show host ...)": half a description
    if low[0] in ("this", "that", "these", "those", "such", "it", "which") and (
        len(words) == 1 or low[1] in ("in", "on", "at", "alone", "itself", "too", "also", "then")
    ):
        return True  # "this could lead to", "this in turn should": what?
    if len(words) == 1 and (low[0] in _POINTING or (words[0].islower() and low[0] not in _GENERIC)):
        return True  # "plans would cause", "jobs would be lost": whose? ("people" stand alone)
    if re.search(r"\d+-year-old(?:['’]s)?$", " ".join(low)) or (
        low[0] == "the" and low[-1] in ("former", "new")
    ):
        return True  # "the 47-year-old": who?
    if (
        low[0] == "the"
        and 1 < len(words) <= 4
        and all(w.islower() for w in words[1:])
        and "of" not in low
        and low[-1] not in _UNIQUE
        and low[-1] not in _GENERIC
    ):
        return True  # "the airline", "the banks", "the new products": which? (a name would say)
    if any(w in _TIMES for w in low):
        return True  # "the early hours of 25 October": a time, not who acts
    if re.match(r"(?:\d{4}|early|late|mid)\b", low[0]):
        return True  # "early 2005 the net": a time, not the subject
    if low[0] in ("the", "this", "that", "its", "their", "his", "her") and len(words) <= 3:
        rest = words[1:]
        plain = all(w.islower() for w in rest)
        return plain and low[-1] in _POINTING
    return False


def _subject(sentence: Sentence, at: int) -> str | None:
    """Return the subject of the verb at `at`, worded to stand alone; "it" or "they" in
    what an organisation says is the organisation ("Reuters said it was planning to")."""
    found = subject(sentence.text, at, sentence, after_verb=True)
    if found is not None:
        return _unroled(found)
    titled = re.search(
        r"(?:^|[,;:]\s|\b(?:and|but|that|as|while)\s)(?:[A-Z]\w*\s+)?(?P<role>[A-Za-z]+)\s+"
        r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+$",
        sentence.text[:at],
    )
    if titled and titled.group("role").lower() in _ROLES:
        return titled.group("name")  # "Defending champion Lleyton Hewitt will": the name
    cue = r"\s+(?:said|says|added|adds|announced|confirmed|stated|insisted)\s+(?:that\s+)?"
    said = re.search(cue + r"(?:it|they)\s+(?:\w+\s+)?$", sentence.text[:at])
    if said is None:
        return None  # "agencies fear it could": "it" is the deal, not the agencies
    speaker = sentence.speaker(at)
    if speaker is None or speaker.kind not in ("organisation", "group", "state"):
        return None
    called = sentence.refs.called(speaker)
    head = sentence.text[: said.start()]
    names = (called, speaker.name, *speaker.aliases)
    if not head.endswith(names):
        return None  # "the head of X said that it", "It added that it": too unsure
    if re.search(r"\bof\s+(?:the\s+)?" + re.escape(speaker.name) + "$", head):
        return None
    return called


_ROLES = frozenset(
    "striker defender midfielder goalkeeper keeper winger forward captain coach manager boss "
    "actress actor singer star director rapper comedian presenter veteran chairman "
    "chancellor champion skipper".split()
)


_TITLES = frozenset("medallist winner holder favourite runner-up finalist".split())


def _unroled(who: str) -> str:
    """Drop a role before a name: "Striker Robbie Keane" -> "Robbie Keane"."""
    words = who.split()
    if len(words) >= 3 and words[0].lower() in _ROLES and words[1][:1].isupper():
        return " ".join(words[1:])
    return who


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
    r"likely|unlikely|probably|perhaps|rumours?|speculation)\b",
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
        who = _subject(sentence, m.start())
        found = _asked(
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
        who = _subject(sentence, start)
        if (
            verb in _NOUNS_TOO
            and who
            and " " not in who
            and who[:1].isupper()
            and not _is_actor(sentence, who)
        ):
            continue  # "Tory plans to cut tax": the plans are a noun, Tory no one's name
        found = _asked(sentence, who, m.group("vp"), start, 1.2 + _position(sentence))
        if found:
            out.append(found)
    return out


def _is_actor(sentence: Sentence, who: str) -> bool:
    """Tell whether a subject is one of the brief's actors, by name or alias."""
    return any(who in (a.name, *a.aliases) for a in sentence.refs.actors)


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
        found = _asked(sentence, who, m.group("vp"), m.start("np"), 1.3 + _position(sentence))
        if found:
            out.append(found)
    return out


def _hoped(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _each(_HOPE_THAT, sentence.text, "verb"):
        clause = trim(_SECOND.sub("", m.group("clause")))
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
        asked = re.sub(r"^(\w+ .+?) not (?=\w)", r"\1 ", asked, count=1) if asked else None
        question = finish(asked, longest=24) if asked else None
        if question and not _PERSON.search(named):
            kind = (
                "pending"
                if m.group("verb")[:3].lower() in ("hop", "fea", "pre", "dou", "war")
                else "contested"
            )
            out.append(Candidate(kind, question, sentence.start + m.start(), 1.2))
    return out


def _nouns_expected(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _NOUN_EXPECTED.finditer(sentence.text):
        head = sentence.text[: m.start("np")].rstrip()
        if re.search(r"\b(?:is|are|was|were|be|been)$", head) or vague(m.group("np")):
            continue  # "is expected to" is the modal shape
        if any(w.lower() in AUX or w.lower() == "not" for w in m.group("np").split()):
            continue  # "the blocking was not due to": a clause, not a noun
        if any(
            w in ("to", "of", "in", "on", "for", "at", "by", "from") for w in m.group("np").split()
        ):
            continue  # "the run-up to the general election, expected to": the nearer noun
        np = re.sub(r"^(?:a|an)\s+", "the ", m.group("np"))
        between = m.group("np")[-2:] + sentence.text[m.end("np") : m.start("vp")]
        if any(dash in between for dash in ("-", "–", "—")) and not m.group("np")[-2:].isalpha():
            continue  # "the vote - expected to fall on 5 May -": an aside in dashes
        vp = m.group("vp")
        if re.match(r"(?:say|tell|announce|speak|address|visit|attend|meet|give|make)\b", vp):
            continue  # a diary entry, not an open matter
        found = _asked(sentence, np, vp, m.start("np"), 1.5)
        if found:
            out.append(found)
    return out


def _ahead(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _AHEAD.finditer(sentence.text):
        np = re.sub(r"^(?:a|an)\s+", "the ", m.group("np"))
        if m.group("head").lower() in _WIN:
            asked = f"Who will win {np}"
        else:
            asked = f"What will {np} decide"
        clause = name_pronouns(asked, sentence, m.start("np"))
        question = finish(clause) if clause else None
        if not question or vague(np) or not _named_event(np, sentence.text):
            continue
        out.append(Candidate("pending", question, sentence.start + m.start(), 1.4))
    return out


_COMING = re.compile(
    r"\b(?:later|next|coming|upcoming|forthcoming|this\s+(?:week|month|year|weekend)|"
    r"\w+day['’]s|on\s+\w+day|tomorrow)\b",
    re.IGNORECASE,
)


def _named_event(np: str, text: str) -> bool:
    """Tell whether an event stands alone and is still to come: "an EU summit in Brussels
    later in the week", not "the match" or "the 2001 election"."""
    if re.search(r"\b(?:19|20)\d\d\b", np):
        return False
    named = any(w[:1].isupper() for w in np.split()[1:])
    return named and bool(_COMING.search(text) or re.search(r"\b(?:is|are|will)\b", text))


def _nominations(sentence: Sentence) -> list[Candidate]:
    """ "X has been nominated for best actor" -> "Will X win best actor?", unless the
    article says later that X won (or lost)."""
    out = []
    for m in _NOMINATED.finditer(sentence.text):
        who = _subject(sentence, m.start())
        if not who or not who.split()[-1][:1].isupper():
            continue
        later = sentence.refs.text[sentence.start + m.end() :]
        last = re.escape(who.split()[-1])
        if re.search(
            rf"\b{last}\s+(?:won|took|scooped|collected|picked\s+up|lost|missed\s+out)\b", later
        ):
            continue  # the article tells the outcome: not open
        found = _asked(sentence, who, f"win {m.group('what')}", m.start(), 1.7)
        if found:
            out.append(found)
    return out


def _awards(sentence: Sentence) -> list[Candidate]:
    """ "The Golden Kinnarees will be awarded on Friday" -> "Who will win the Golden
    Kinnarees?"; "the verdict is due to be delivered" -> "What will the verdict be?"."""
    out = []
    for m in _AWARDED.finditer(sentence.text):
        np = m.group("np")
        np = np[0].lower() + np[1:] if np.startswith("The ") else np
        head = m.group("head").lower()
        if head.startswith(("result", "verdict", "decision", "ruling")):
            asked = f"What will {np} be"
        elif head.startswith("winner"):
            asked = f"Who will be {np}"
        else:
            asked = f"Who will win {np}"
        named = name_pronouns(asked, sentence, m.start())
        question = finish(named) if named else None
        if question and len(np.split()) >= 3:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.6))
    return out


def _if_events(sentence: Sentence) -> list[Candidate]:
    """ "If the $1.75bn agreement Lenovo signed with IBM goes through, ..." -> "Will the
    $1.75bn agreement Lenovo signed with IBM go through?"."""
    out = []
    for m in _IF_EVENT.finditer(sentence.text):
        np = m.group("np")
        np = np[0].lower() + np[1:] if np.startswith(("The ", "This ", "A ")) else np
        if np.startswith(("this ", "a ")) or vague(np):
            continue  # "if this goes ahead": what?
        vp = _IF_VP[" ".join(m.group("vp").split())]
        clause = name_pronouns(f"{np} will {vp}", sentence, m.start("np"))
        clause = clause.replace(" will ", " ", 1) if clause else None
        question = finish(f"Will {clause}") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.7))
    return out


def _if_decides(sentence: Sentence) -> list[Candidate]:
    """ "If Iraq's cabinet approves the oil ministry's choice, ..." -> "Will Iraq's cabinet
    approve the oil ministry's choice?"."""
    out = []
    for m in _IF_DECIDES.finditer(sentence.text):
        np = m.group("np")
        np = np[0].lower() + np[1:] if np.startswith("The ") else np
        verb = _DECIDES[" ".join(m.group("verb").split())]
        found = _asked(sentence, np, f"{verb} {m.group('obj')}", m.start("np"), 1.7)
        if found:
            out.append(found)
    return out


def _not_yet_done(sentence: Sentence) -> list[Candidate]:
    """ "The software has not yet been made available" -> "Will the software be made
    available?"."""
    out = []
    for m in _NOT_YET_DONE.finditer(sentence.text):
        who = _subject(sentence, m.start())
        found = _asked(sentence, who, f"be {m.group('pp')}{m.group('rest')}", m.start(), 1.8)
        if found:
            out.append(found)
    return out


def _no_plans(sentence: Sentence) -> list[Candidate]:
    """ "The BBC said there are no plans for a new series of Blackadder" -> "Will there be
    a new series of Blackadder?"; "X has no plans to sell" -> "Will X sell ...?"."""
    out = []
    for m in _NO_PLANS.finditer(sentence.text):
        if m.group("np"):
            np = re.sub(r"^(?:any)\s+", "a ", m.group("np"))
            named = name_pronouns(trim(np), sentence, m.start("np"))
            question = finish(f"Will there be {named}") if named else None
            if question:
                out.append(Candidate("pending", question, sentence.start + m.start(), 1.6))
            continue
        who = _subject(sentence, m.start())
        found = _asked(sentence, who, m.group("vp"), m.start(), 1.6)
        if found:
            out.append(found)
    return out


def _not_yet_now(sentence: Sentence) -> list[Candidate]:
    """ "The browser does not yet work well with screen readers" -> "Will the browser work
    well with screen readers?"."""
    out = []
    for m in _NOT_YET_NOW.finditer(sentence.text):
        who = _subject(sentence, m.start())
        vp = m.group("vp") if m.group("do") else f"be {m.group('adj')}"
        found = _asked(sentence, who, vp, m.start(), 1.8)
        if found:
            out.append(found)
    return out


def _fitness(sentence: Sentence) -> list[Candidate]:
    """ "Smith is a doubt for Saturday's match" -> "Will Smith be fit for Saturday's match?"."""
    out = []
    for m in _FITNESS.finditer(sentence.text):
        who = _subject(sentence, m.start())
        if not who or not who.split()[-1][:1].isupper():
            continue
        what = m.group("what") or m.group("event")
        clause = name_pronouns(f"{who} be fit for {trim(what)}", sentence, m.start())
        question = finish(f"Will {clause}") if clause else None
        if question and not re.search(r"\bthe\s+(?:match|game|tie|clash|final)\?$", question):
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.8))
    return out


def _matches(sentence: Sentence) -> list[Candidate]:
    """ "England will face Germany in the semi-finals" -> "Will England beat Germany in the
    semi-finals?" (a match to come, whoever writes of it)."""
    out = []
    for m in _FACE.finditer(sentence.text):
        who = _subject(sentence, m.start())
        if (
            not who
            or not who[:1].isupper()
            or not re.search(
                r"\b(?:final|semi|quarter|round|match|game|tie|cup|championship|league|open|play-off)",
                m.group("rest"),
                re.IGNORECASE,
            )
        ):
            continue
        clause = name_pronouns(
            f"{who} beat {m.group('opp')} {trim(m.group('rest'))}", sentence, m.start()
        )
        question = finish(f"Will {clause}") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.5))
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
        who = _subject(sentence, verb.start())
        what = trim(m.group("what"))
        first, _, rest = what.partition(" ")
        if first.endswith("ing") and len(first) > 4:
            vp = f"{_stem(first)} {rest}".strip()
        else:
            vp = "fall into " + re.split(r"\s+(?:in|during|over|for|since|after)\s+", what)[0]
        found = _asked(sentence, who, vp, verb.start(), 1.6)
        if found:
            out.append(found)
    return out


def _stem(verb: str) -> str:
    """Return the base of an -ing verb: "signing" -> "sign", "making" -> "make"."""
    stem = verb[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "winning" -> "win"
    if stem.endswith(("at", "ak", "iv", "ag", "ov", "ur", "uc", "ac", "ic", "ir")):
        return stem + "e"  # "creating" -> "create", "making" -> "make"
    return stem


def _seeking(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _SEEKING.finditer(sentence.text):
        who = _subject(sentence, m.start())
        found = _asked(sentence, who, f"obtain {trim(m.group('np'))}", m.start(), 1.5)
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
        who = _subject(sentence, m.start())
        clause = name_pronouns(who, sentence, m.start()) if who else None
        question = finish(f"How long will {clause} take") if clause else None
        if question and len(clause.split()) >= 2:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.6))
    return out


def _talks(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _TALKS.finditer(sentence.text):
        np = m.group("np").strip()
        np = np[0].lower() + np[1:]
        np = np if np.startswith("the ") else f"the {np}"
        clause = name_pronouns(np[0].lower() + np[1:], sentence, m.start())
        question = finish(f"Will {clause} end in an agreement") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.8))
    return out


def _appeals(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _APPEAL.finditer(sentence.text):
        who = _subject(sentence, m.start())
        np = trim(m.group("np"))
        clause = name_pronouns(f"{who}’s appeal {np}", sentence, m.start()) if who else None
        question = finish(f"Will {clause} succeed") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 2.0))
    return out


def _reviews(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _REVIEW.finditer(sentence.text):
        who = _subject(sentence, m.start())
        np = trim(m.group("np"))
        if not who or len(np.split()) < 2:
            continue
        clause = name_pronouns(f"{who} find about {np}", sentence, m.start())
        question = finish(f"What will {clause}") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.8))
    return out


def _deadlines(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _DEADLINE.finditer(sentence.text):
        who = _subject(sentence, m.start())
        vp = trim(m.group("vp"))
        found = _asked(sentence, who, f"{vp} by {m.group('when')}", m.start(), 2.0)
        if found:
            out.append(found)
    return out
