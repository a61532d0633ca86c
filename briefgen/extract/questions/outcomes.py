"""Ask an outcome: "Will <subject> <verb phrase>?", only when both stand alone.

The helpers `prospects` and `events` share: find a verb's subject and word it to stand
alone (`subject_of`), tell a subject a reader cannot place ("the service", "the
47-year-old", "this"; `vague`), and make the question, or refuse it, from a subject and a
verb phrase (`asked`): hedges, tails and second clauses cut, the writer's timetable, advice,
history, pointers back into the article and pledges left out.
"""

from __future__ import annotations

import re

from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.standalone import name_pronouns, subject
from briefgen.extract.questions.wording import (
    AUX,
    can_open_subject,
    finish,
    is_past,
    lower_first,
    trim,
    unplaced,
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


PERSON = re.compile(r"(?<![\w-])(?:I|[Ww]e|[Yy]ou|me|us|[Mm]y|[Oo]ur|[Yy]our)(?![\w-])")  # not "US"


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
    r",\s+(?:[a-z]+\s+){0,3}(?:are|is|was|were|have|has)\b.*$|"
    r"\s+(?:until|once|when|before|after)\s+(?:[\w’'-]+\s+){1,3}(?:was|were|had)\b.*$|"
    r"\s+(?:if|unless)\s+.*$"  # the condition is the conditions detector's question
)


# A second outcome joined on ("... and would come on top of ..."): the first is asked.
SECOND = re.compile(
    r",?\s+(?:and|or)\s+(?:would|will|could|may|might|should|is|are|does|do|did|has|have|had|was|"
    r"were|not)\b.*$|,\s+(?:could|would|will|may|might|is|was|are|has|have|had)\b.*$|"
    r"\s+and\s+(?:[\w’'-]+\s+){1,3}(?:would|will|could|may|might)\b.*$|\s+or\s+whether\b.*$|"
    r"\s+and\s+(?:\w+\s+)?(?:thinks|says|believes|argues|claims|insists|adds|warns)\b.*$"
)


def asked(
    sentence: Sentence, who: str | None, vp: str, at: int, score: float, modal: str = ""
) -> Candidate | None:
    """Make "Will <who> <vp>?" where both stand alone and the outcome is worth asking."""
    if who and vague(who) and not PERSON.search(who):
        return _event(sentence, vp, at, score)
    if not who or PERSON.search(who) or _not_subject(who, vp):
        return None
    vp = _outcome(vp)
    if _refused(sentence, who, vp, at, modal):
        return None
    who = _whole_subject(sentence, who, at)
    if who is None:
        return None  # "spending on defence and homeland security": half a subject
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
    if _PAST.match(vp) or (PERSON.search(vp) and not sentence.speaker(at)):
        return None
    # With its modal, the clause shows where the subject ends ("judges will overturn them").
    clause = name_pronouns(f"{who} will {vp}", sentence, at)
    clause = clause.replace(" will ", " ", 1) if clause else None
    # "should not be a full-back" asks what ought to be; "should appear by 2010" forecasts.
    lead = "Should" if ought else "Will"
    question = finish(f"{lead} {clause}", longest=24) if clause else None
    if question is None or unplaced(question):
        return None
    return Candidate("pending", question, sentence.start + at, score)


def _event(sentence: Sentence, vp: str, at: int, score: float) -> Candidate | None:
    """Ask of the event a vague subject may bring ("the figures could trigger another rate
    rise": the rise is the open matter), or None when the verb names no event."""
    event = re.match(
        r"(?:trigger|spark|prompt|lead\s+to|cause|bring|force|mean)\s+(?P<np>(?:a|an|another|more|"
        r"further|fresh|new|a\s+second)\s+[^,;]+)",
        vp.strip(),
    )
    if event is None or re.match(r"\S+\s+\w+ed\b", event.group("np")):
        return None  # "cause more affected ...": no event named
    question = finish(f"Will there be {trim(event.group('np'))}", longest=24)
    return Candidate("pending", question, sentence.start + at, score) if question else None


def _not_subject(who: str, vp: str) -> bool:
    """Tell a subject that is no actor of the outcome: the verb's own object, an opener."""
    last = who.split()[-1]
    if last[:1].isupper() and last in re.findall(r"[\w’'-]+", vp):
        return True  # "Gordon Brown commit to a job for Mr Brown": the wrong person
    # "Based on 2004 figures the producer": an opening phrase, not a subject.
    return bool(re.match(r"(?:Based|Given|Following|According|Compared|Judging)\b", who))


def _outcome(vp: str) -> str:
    """Cut a verb phrase to the outcome: no hedge, quote's end, second clause or tail."""
    vp = re.split(r",?\s*[”\"](?:\s|$)", vp.strip() + " ")[0]  # the quote ends: so does the outcome
    vp = trim(SECOND.sub("", _HEDGE.sub("", _HEDGE.sub("", vp))))
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
    return re.sub(r"\s+and\s+to\s+.*$", "", vp)  # "appoint reps and to increase spending"


def _refused(sentence: Sentence, who: str, vp: str, at: int, modal: str) -> bool:
    """Tell an outcome no reader would ask about: pointing back, a feeling, a pledge, past
    speculation, advice, a date already set, history."""
    before = sentence.text[:at]
    modal = modal.lower()
    if re.search(r"\bthere\b", f"{who} {vp}") or re.search(
        r"\b(?:their|its)\s+[\w-]+\s*$", before, re.IGNORECASE
    ):
        return True  # "sold there", "their marriage will": pointing back into the article
    dangling_it = re.search(r"\bit\b", vp) and not re.search(
        r"\b[a-z]+s?\s+it\s+(?:has|had|is|was|will|would)\b", vp
    )  # "make it a success" (what?), but "the reforms it has enacted"
    if re.search(r"\bthe\s+same\s+\w+(?!\s+as\b)|\ba\s+similar\b", vp):
        return True  # "win the same award", "a similar model": the same as what?
    if re.match(r"be\s+(?:disappointed|pleased|delighted|happy|sad|upset|angry)\b", vp):
        return True  # how someone will feel is no open matter
    if re.match(r"(?:never|be\s+used\s+(?:to|for)|be\s+denied)\b", vp) or re.search(
        r"\bin\s+the\s+past\b", vp
    ):
        return True  # "will never return", "could be used to": a pledge or a use, not open
    if modal in ("would", "might", "could") and re.search(
        r"\b(?:thought|feared|believed|seemed|reason\s+to\s+think|fought|battled)\b[^.;]*$",
        before,
    ):
        return True  # "there was reason to think he might struggle": past speculation
    if _POINTING_END.search(re.sub(r"\s+\w+ly$", "", vp)) or dangling_it:
        return True  # "tackle the problem", "monitor the situation closely": which one?
    if re.search(r"\bbe\s+(?:confused|expected)\b|\bno\s+(?!longer|more\b|later\b)\w+", vp):
        return True  # "be expected to keep", "be doing no deals": no question to answer
    if re.search(r"\bhad\s+(?:said|predicted|expected|hoped|planned|promised|warned)\b", before):
        return True  # "had said that he would": history, not an open matter
    if (
        modal == "should"
        and not vp.startswith("be ")
        and not re.search(
            r"\b(?:by|in|before|within)\s+(?:the\s+end\s+of\s+)?(?:\d{4}|next|the\s+(?:decade|year))\b",
            vp,
        )
    ):
        return True  # "customers should change their settings": advice, not a forecast
    if modal == "will" and re.search(
        r"\bon\s+\d{1,2}\s+[A-Z][a-z]+|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", vp
    ):
        return True  # "will launch in Europe on 11 March": a date set, not an open matter
    if modal == "will" and re.search(
        r"^be\s+\w+ed\b.*\bnext\s+(?:week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", vp
    ):
        return True  # "will be reviewed by the medical staff next Monday": a date set
    # "the fact that homes could not access it remained a problem"
    return bool(re.search(r"\b(?:fact|idea|notion)\s+that\s+[^,]*$", before))


def _whole_subject(sentence: Sentence, who: str, at: int) -> str | None:
    """Return the subject with the rest of a coordination it ends ("Mr Blair and Mr Brown"),
    or None when it is half of a phrase that is no subject."""
    before = sentence.text[:at]
    pair = re.search(
        r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+and\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s*$",
        before,
    )
    if pair and _LIST_OF.search(before[: pair.start()].rstrip()):
        return None  # "an alliance of the US, India, Australia and Japan": the list's head is lost
    if pair and who.split()[-1] == pair.group(2).split()[-1] and who != pair.group(0):
        # "Mr Blair and Mr Brown could work together": both, by their full names
        who = f"{sentence.refs.full_name(pair.group(1))} and {who}"
        before = before[: pair.start()] + who
    return _joined(before, who)


_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s|\b(?:that|which|who|whether|if|because|while)\s)(?!.*[,;:]\s)"
)


def _joined(before: str, who: str) -> str | None:
    """Return the whole subject when the one found is the last of a coordination ("TCI and
    Atticus were planning", "Turkey's population and low income might"), or None when the
    rest is no noun phrase ("spending on defence and homeland security")."""
    # Plain string tests: a pattern built per subject would fill the regex cache.
    rest = before.rstrip()
    if not rest.endswith(who):
        return who
    link = rest[: len(rest) - len(who)].rstrip()
    joiner = link.rsplit(None, 1)[-1] if link.split() else ""
    if joiner not in ("and", "or") or rest[len(link) : len(rest) - len(who)].strip():
        return who
    head = link[: len(link) - len(joiner)]
    starts = list(_CLAUSE_START.finditer(head))
    if starts and _LIST_OF.search(head[: starts[-1].start() + 1]):
        return None  # "an alliance of the US, India, Australia and Japan": the list's head is lost
    first = head[starts[-1].end() :] if starts else head
    words = first.split()
    if not words:
        return None
    if any(w.lower() in AUX or w.lower() in _FINITE for w in words):
        return who  # "There will be less ... and some channels may": two clauses
    if not can_open_subject(words[0]) or len(words) > 8:
        return None
    return " ".join(lower_first(words)) + f" {joiner} {who}"


# The names before the last comma are a list after a preposition: "of the US, India,".
_LIST_OF = re.compile(
    r"\b(?:of|between|including|among|from|with|by|like|as)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:,\s+(?:the\s+)?[A-Z][\w’'-]*)*,$"
)
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


_ABSTRACT = frozenset(
    "decision ruling announcement verdict deal agreement move change solution result "
    "outcome statement".split()
)
_ARTICLES = frozenset("the a an this that these those its their his her our some many most".split())
_TIMES = frozenset(
    "hours days weeks months years january february march april may june july august "
    "september october november december".split()
)


_NOBODY = frozenset("nobody no-one everyone everybody anyone anybody someone somebody".split())
# A crowd of unnamed speakers is who comments, not who acts: "Analysts ... worsen".
_CROWD = frozenset(
    "analysts experts officials critics economists observers sources insiders commentators "
    "campaigners ministers spokesmen spokeswomen".split()
)
_TOLD = frozenset("announced added confirmed revealed".split())
_DESCRIBED = frozenset(
    "man woman player star striker midfielder defender boss chief veteran".split()
)
_SAYS = frozenset(
    "plans says said believes thinks hopes expects wants insists claim say believe "
    "think argue argues insist fear suggest suggests".split()
)
# An adverb the subject search swept up: "soon Sony", "course for most of the episodes".
_LEADING_ADVERB = frozenset(
    "soon course then now also still later eventually meanwhile indeed perhaps maybe".split()
)


def misread(who: str) -> bool:
    """Tell whether a subject is not one: a crowd, an adverb, two phrases run together."""
    low = [w.lower().strip(",") for w in who.split()]
    if len(low) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ish|ian|ese|ch)", who):
        return True  # "British", "Indonesian": a people's adjective, no one who acts
    if len(low) > 1 and (low[-1] in _SAYS or low[-1] in _TOLD or "also" in low[1:]):
        return True  # "Wanadoo plans (will be used)": a speaker and a verb, no subject
    if low[0] in ("all", "both") and low[-1] in ("sides", "parties", "camps"):
        return True  # "all sides": of what?
    if low[0] == "the" and len(low) > 2 and low[-1] in _DESCRIBED:
        return True  # "the Denmark midfield man": a description, not who
    if (len(low) == 1 and low[0] in _CROWD) or low[0] in _LEADING_ADVERB:
        return True  # "Analysts worsen ...", "soon Sony": no one who acts, or half a clause
    # "the Maldives the cost of reconstruction": two phrases run together
    return bool(re.search(r"\b[A-Z][\w’'-]*\s+(?:the|a|an)\s", who))


def vague(who: str) -> bool:
    """Tell whether a subject cannot stand alone: "the service", "nobody", "Labour's"."""
    words = who.split()
    low = [w.lower().strip(",") for w in words]
    if low[0] in _NOBODY or low[0] == "no" or low[-1].endswith(("'s", "’s", "'", "’")):
        return True
    if misread(who):
        return True
    if low[0] == "the" and low[-1] in _TITLES:
        return True  # "the European bronze medallist": who?
    if low[0] in ("a", "an") and low[-1] in _ABSTRACT:
        return True  # "a decision", "an announcement": about what? (no subjectless questions)
    if (
        words[0].islower()
        and low[0] not in _ARTICLES
        and (is_past(low[0]) or (len(words) > 1 and low[1] in ("the", "a", "an")))
    ):
        return True  # "caused Tory protests", "admitted the French": a verb, not a subject
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


def subject_of(sentence: Sentence, at: int) -> str | None:
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
    if re.search(r"\bof\s+(?:the\s+)?$", head[: len(head) - len(speaker.name)]):
        return None  # "the head of X said that it": "it" may be the plan, not X
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
