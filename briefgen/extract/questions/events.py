"""Events: matters the article says are under way or still to come, kind `pending`.

Shapes, and the questions they give:

- talks that go on: "talks between the union and the firm continue" -> "Will the talks
  between the union and the firm end in an agreement?";
- an appeal or a review under way: "the club is appealing against the ban" -> "Will the
  club's appeal against the ban succeed?"; "the council is reviewing the scheme";
- a deadline: "the firm has until Friday to respond" -> "Will the firm respond by Friday?";
- an expected event: "Kilroy-Silk's party, expected to launch on Wednesday"; "ahead of an
  EU summit in Brussels later in the week" -> "What will the EU summit in Brussels
  decide?"; a prize still to be awarded, a nomination (unless the article gives the
  result), a doubt for a match, a match to come;
- a matter named by a condition: "if the agreement goes through", "if the cabinet
  approves the choice" -> "Will the cabinet approve the choice?";
- a step not yet taken: "has not yet been made available", "does not yet work with",
  "there are no plans for a new series" -> "Will there be a new series of ...?".
"""

from __future__ import annotations

import re

from briefgen.extract.questions.context import Candidate, Sentence
from briefgen.extract.questions.outcomes import asked, subject_of, vague
from briefgen.extract.questions.standalone import name_pronouns
from briefgen.extract.questions.wording import AUX, clause_pattern, finish, trim

WORDS = frozenset(
    "talks negotiations appealing appeal reviewing investigating examining until expected "
    "set likely tipped predicted ahead before awaiting awaits run nominated shortlisted "
    "contender favourite doubt doubtful fit fitness face meet play will awarded presented "
    "revealed handed given delivered if unless should been yet no plans plan approves "
    "accepts backs rejects ratifies signs endorses agrees votes running due faces meets plays".split()
)


def wanted(words: set[str], text: str) -> bool:
    """Tell whether a sentence has a word one of these shapes needs."""
    return not WORDS.isdisjoint(words)


def find(sentence: Sentence) -> list[Candidate]:
    """Return the events one sentence says are under way or still to come."""
    out: list[Candidate] = []
    for found in (
        _talks,
        _appeals,
        _reviews,
        _deadlines,
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
    ):
        out.extend(found(sentence))
    return out


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
    r"\b(?:(?:will|are\s+to|is\s+to|are\s+due\s+to|is\s+due\s+to)\s+(?:now\s+|next\s+)?"
    r"(?:face|meet|play|take\s+on)|(?:now|next)\s+(?:faces|face|meets|meet|plays|play))\s+"
    r"(?P<opp>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})"
    r"(?:\s+(?P<rest>(?:in|at|on)\s+[^,;.]{3,50}\b)|(?=[,;.]|\s+(?:for|after|who|with)\b))",
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
        found = asked(sentence, np, vp, m.start("np"), 1.5)
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
        who = subject_of(sentence, m.start())
        if not who or not who.split()[-1][:1].isupper():
            continue
        later = sentence.refs.text[sentence.start + m.end() :]
        last = who.split()[-1]
        if last in _OUTCOME_TOLD.findall(later):
            continue  # the article tells the outcome: not open
        found = asked(sentence, who, f"win {m.group('what')}", m.start(), 1.7)
        if found:
            out.append(found)
    return out


# "Staunton lost to Swank": a name and the outcome, found with one fixed pattern.
_OUTCOME_TOLD = re.compile(
    r"\b([A-Z][\w’'-]*)\s+(?:won|took|scooped|collected|picked\s+up|lost|missed\s+out)\b"
)


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
        found = asked(sentence, np, f"{verb} {m.group('obj')}", m.start("np"), 1.7)
        if found:
            out.append(found)
    return out


def _not_yet_done(sentence: Sentence) -> list[Candidate]:
    """ "The software has not yet been made available" -> "Will the software be made
    available?"."""
    out = []
    for m in _NOT_YET_DONE.finditer(sentence.text):
        who = subject_of(sentence, m.start())
        found = asked(sentence, who, f"be {m.group('pp')}{m.group('rest')}", m.start(), 1.8)
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
        who = subject_of(sentence, m.start())
        found = asked(sentence, who, m.group("vp"), m.start(), 1.6)
        if found:
            out.append(found)
    return out


def _not_yet_now(sentence: Sentence) -> list[Candidate]:
    """ "The browser does not yet work well with screen readers" -> "Will the browser work
    well with screen readers?"."""
    out = []
    for m in _NOT_YET_NOW.finditer(sentence.text):
        who = subject_of(sentence, m.start())
        vp = m.group("vp") if m.group("do") else f"be {m.group('adj')}"
        found = asked(sentence, who, vp, m.start(), 1.8)
        if found:
            out.append(found)
    return out


def _fitness(sentence: Sentence) -> list[Candidate]:
    """ "Smith is a doubt for Saturday's match" -> "Will Smith be fit for Saturday's match?"."""
    out = []
    for m in _FITNESS.finditer(sentence.text):
        who = subject_of(sentence, m.start())
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
        who = subject_of(sentence, m.start())
        # "now faces Serena Williams": the competition is told elsewhere in the sentence.
        rest = m.group("rest") or ""
        # "in the final after beating ...": what came before the match is no part of it.
        rest = re.sub(r"\s+(?:after|before|having|when|despite|following)\b.*$", "", rest)
        if (
            not who
            or not who[:1].isupper()
            or not re.search(
                r"\b(?:final|semi|quarter|round|match|game|tie|cup|championship|league|open|play-off)",
                rest or sentence.text,
                re.IGNORECASE,
            )
        ):
            continue
        clause = name_pronouns(f"{who} beat {m.group('opp')} {trim(rest)}", sentence, m.start())
        question = finish(f"Will {clause}") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.5))
    return out


def _talks(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _TALKS.finditer(sentence.text):
        np = m.group("np").strip()
        np = np[0].lower() + np[1:]
        np = np if np.startswith("the ") else f"the {np}"
        clause = name_pronouns(np, sentence, m.start())  # np starts lower case already
        question = finish(f"Will {clause} end in an agreement") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 1.8))
    return out


def _appeals(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _APPEAL.finditer(sentence.text):
        who = subject_of(sentence, m.start())
        np = trim(m.group("np"))
        clause = name_pronouns(f"{who}’s appeal {np}", sentence, m.start()) if who else None
        question = finish(f"Will {clause} succeed") if clause else None
        if question:
            out.append(Candidate("pending", question, sentence.start + m.start(), 2.0))
    return out


def _reviews(sentence: Sentence) -> list[Candidate]:
    out = []
    for m in _REVIEW.finditer(sentence.text):
        who = subject_of(sentence, m.start())
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
        who = subject_of(sentence, m.start())
        vp = trim(m.group("vp"))
        found = asked(sentence, who, f"{vp} by {m.group('when')}", m.start(), 2.0)
        if found:
            out.append(found)
    return out
