"""Finish a question and refuse the ones a reader cannot follow without the article.

`finish` tidies a question (one space, balanced quotes, a capital, one question mark) and
returns None for a fragment, a run-on clause or a question of no stated matter; `unplaced`
tells a forecast that names nothing a reader can place. `wording` makes the questions.
"""

from __future__ import annotations

import re

# What a question cannot stand on: an unnamed owner, a trailing wh-word, a run-on clause,
# a decision or finding of no stated matter.
_UNANCHORED = re.compile(
    r"\bthe\s+(?:country|sport|club|company|firm|group|team|side|city|league|party)['’]s?\s|"
    r"\bthe\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s|"  # "the South Korea's top firm"
    r"\s(?:what|which|who|how|why)$|,\s+[a-z]+\s+(?:are|is|was|were)\s+(?:already\s+|now\s+)?\w+ing\b|"
    r"\b(?:its|their|his|her)\s+(?:decision|verdict|findings|ruling|plans)$|^Will\s+both\s+[a-z]|"
    r"\ba\s+similar\s"
)
# A modal question whose subject is followed by a finite verb: "Will X has said he ...".
_TWO_VERBS = re.compile(
    r"^(?:Will|Would|Should|Could|Can)\s+(?:(?!who\b|which\b|that\b)\S+\s+){1,4}?"
    r"(?:has|had|is|was|were|does|did)\s+(?!been\b|not\b)"
)
# "Will voters warm to?": a yes/no question cannot end on a preposition; "Are the public
# believe ...": nor carry a second verb after its subject.
_STRANDED_END = re.compile(
    r"^(?:Will|Would|Should|Could|Can|Is|Are|Was|Were|Did|Does|Do)\b.*\s(?:to|of|for|with|on|at|by|from)$|"
    r"^(?:Is|Are|Was|Were)\s+(?:\S+\s+){1,4}?(?:believe|think|say|want)\b"
)
_SAID_INSIDE = re.compile(
    r"[,”\"]\s+(?:he|she|they)\s+(?:said|insisted|added|told|argued|claimed)\b"
)
_MISSED_BREAK = re.compile(r"(?<=\w)\s(?:In|The|But|And|He|She|They|This|On|At|If|However)\s")
# What a reader cannot follow alone: an editor's "[had]", a speaker's name left after the
# closing quote ('industry, " Eric Abensur'), a second clause with its own verb ("follow suit
# and a glut of services will follow"), a fragment ("Who to play the lead?", "How about
# bringing ..."), a comparison cut short ("the future while Michael Howard").
_GARBLED = re.compile(
    r"[\[\]]|[,.]\s*[”\"]\s|[”\"]\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*$|"
    r"\s(?:and|but)\s+(?:also\s+)?(?:\S+\s+){0,5}?(?:will|would|could|plans|plan)\s+(?!to\b)|"
    r"\s(?:and|but)\s+also\s+plans?\s+to\s|"
    r"^(?:Who|What|Which|How|Where|When|Why)\s+to\s|^How\s+about\b|"
    r"\s(?:while|whereas)\s+\S+(?:\s+\S+){0,2}$|\sbecause\s|\salso$|"
    r"^Does\s.*\s(?:were|was|are)\s|^Did\s+(?:[A-Z]\S*\s+){1,4}to\s|"
    r"^Did\s+(?:\S+\s+){1,4}?ha(?:ve|d)\s+[“\"‘']?(?:\w+ly\s+)?\w+(?:ed|en)\b|"
    r"^(?:Will|Would|Could|Should|Can|Is|Are|Was|Were|Did|Does|Has|Have)\s.*\sor\s+(?:if|whether)\s|"
    r"^Will\s.*\b(?:before|after|when)\s+(?:the\s+)?\w+\s+(?:started|began|ended|happened)\b|"
    r"\s(?:said|says|told|added)$|\s(?:different|democratic|around|saying)$|"
    r"^(?:Do|Does|Did)\s+(?:\S+\s+){1,3}?have\s+(?:about|of|for|with|on|in)\b|"
    r"^Will\s(?:\S+\s+){1,10}?have\s+\w+(?:ed|en)\b|"
    r"\s(?:and|but)\s+(?:[A-Z]\S*\s+){1,3}(?:have|has|had)\s+\w+(?:ed|en|st)\b|"
    r"(?<!\b[A-Z])(?<!Mr|Ms|Dr|St)(?<!Mrs)\.(?:\s|$)|\s(?:that|as|than|and|or|the|a|an|which|whose)$|"
    r"^(?:Will|Would|Could|Should|Can)\s+(?:whilst|while|although|though|as|because|if|set|"
    r"help|to|be)\s|\bthere\s+be\s+\w+ed\b|^\w+(?:\s+\w+)?\s+(?:do|does|did)\s.*\b(?:would|will)\b"
)
# A modal question carries one finite verb: "Will Films earn returns are usually timed ..."
# runs two clauses together unless a link word opens the second.
_LINKS = frozenset(
    "that which who whom whether if when as because while what where why how it he she they "
    "there and but or than says said say believe think thinks this these those".split()
)


def _second_verb(question: str) -> bool:
    words = question.split()
    if words[0] not in ("Will", "Would", "Could", "Should", "Can"):
        return False
    for k in range(2, len(words)):
        before = words[k - 1].lower().strip(",")
        if before in _LINKS or before.endswith(","):
            return False  # a second clause opened by a link word: the rest may read
        if words[k] in ("is", "are", "was", "were", "showed", "said"):
            return True
    return False


def dangling_it(question: str) -> bool:
    """Tell whether a question leans on an "it" of the article: "offer it abroad" (what?)."""
    return bool(
        re.search(r"\bit\b(?!\s+(?:is|was|has|had|will|would|can|could|does|did)\b)", question)
    )


def unplaced(question: str) -> bool:
    """Tell whether a forecast names nothing a reader can place: "Is a compromise likely?",
    "Will users be frustrated?", or leans on an "it"."""
    if dangling_it(question):
        return True
    if re.search(r"[A-Z0-9]", question[1:]):
        return False
    words = question.split()
    return bool(re.match(r"\w+\s+(?:a|an|any|more)\s", question)) or (
        len(words) <= 6 and words[1] != "the"
    )


def finish(question: str | None, longest: int = 30) -> str | None:
    """Tidy a question: one space, balanced quotes, a capital, one question mark.

    Return None for what is too short or too long to read as a question on its own.
    """
    if not question:
        return None
    question = " ".join(question.split()).strip(" ,.;:–—-?!")
    question = re.sub(r",?\s+(?:however|though|too|then)$", "", question)  # a trailing link word
    question = re.sub(r"\s*\([^()]*\)", "", question)  # an aside in brackets: "($861m; £451m)"
    if "(" in question:
        question = question[: question.index("(")].rstrip(" ,;:")  # cut off inside one
    question = re.sub(r"\s+([,;:])", r"\1", question)
    if question.count("“") != question.count("”") or question.count('"') % 2:
        question = re.sub(r"[“”\"]", "", question)
    words = question.split()
    if not 3 <= len(words) <= longest:
        return None
    if _MISSED_BREAK.search(question):
        return None  # "the European Union In his speech": two sentences run together
    if _GARBLED.search(question) or _second_verb(question):
        return None  # a clause a reader cannot parse without the article (see _GARBLED)
    if re.search(r"\bdo\s+(?:so|it|that|this)$", question):
        return None  # "strong enough to do so": to do what?
    if _UNANCHORED.search(question):
        return None  # "the country's health rates", "detail what": which, what?
    if (
        _TWO_VERBS.search(question)
        or re.search(r"\s[-–—]\s", question)
        or _STRANDED_END.search(question)
    ):
        return None  # "Will Brian has said ...", "the vote - fall": two clauses run together
    if "&#" in question or re.match(r"\w+,\s", question) or _SAID_INSIDE.search(question):
        return None  # an entity left in, "Have, the Lib Dems ...", a speaker's tail inside
    return question[0].upper() + question[1:] + "?"
