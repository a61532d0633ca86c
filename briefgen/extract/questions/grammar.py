"""Drop the questions a strict reader would not keep, checked once they are worded.

The detectors word a question from one sentence; these checks read the finished question
beside its evidence and the text after it, and answer "doubtful" when:

- a "Will ..." question is not "Will <noun phrase> <base verb> ...": a past form before
  the base verb ("Will the ministers backed write off ...?"), a quantifier or adverb for a
  subject ("Will almost all identify ...?"), a verb that needs an object followed by a
  preposition or nothing ("Will Inter accept for Adriano?");
- the evidence tells the act as done ("had already backed", "has agreed", "was approved");
- it speaks as "I", "we" or "you" (the article's own question copied), or the article
  answers its own question straight after ("Yes.", "No, ...");
- a contested question puts the accuser in the place of the accused, or names a denier the
  evidence does not show denying, or weighs a simile ("Is the reporter like a camp guard?");
- a condition no reader weighs: a rule in a double negative ("will not be issued unless"),
  a duration ("for as long as"), a feeling ("would understand if"), a counterfactual past;
- a third-person verb stands where the base verb belongs ("Will fourth quarter points
  ...?"), a speech to come is asked ("Will X repeat ...?"), or "he"/"she" has no name
  before it, or ends it ("... what he?");
- the subject is "the" and a noun pointing back into the article ("Is the scheme deeply
  flawed?"), or it speaks of "the issue", "the row", "the disaster" (which?), or of what
  people in general would be able to do, a motive is guessed ("Will X be trying to ...?"), "has not ruled out" is
  turned round ("Will X rule out ...?"), or the wording lost the evidence's "not".

Each check errs towards dropping: a missing question costs less than a broken one.
"""

from __future__ import annotations

import re

from briefgen.extract.questions.settled import _past_forms
from briefgen.extract.questions.wording import _PAST, _PRESENT, is_past

_PERSONAL = re.compile(r"(?<![\w-])(?:I|me|my|we|us|our|you|your)(?![\w-])")  # not "War I-era"
_NUMBERS = frozenset("one two three four five six seven eight nine ten dozen hundred".split())
_QUANTIFIERS = frozenset("all most many few some both several none half each".split())
_ADVERBS = frozenset("almost nearly just only also even still already about around".split())
# Nouns that take a plural verb without an "s": "Will most people ...".
_PLURALS = frozenset("people children men women staff police cattle media".split())
_DETERMINERS = frozenset(
    "the a an this that these those its his her their our your my such other another".split()
)
# Verbs whose object a question cannot leave out: "accept for", "approve?".
_NEEDS_OBJECT = frozenset(
    "accept approve reject sign buy sell award hire sack appoint endorse overturn veto "
    "ratify finance fund".split()
)
_PREPOSITIONS = frozenset("for to from with by in on at into over".split())
_EXTRA_BASE = frozenset(
    "write approve accept sign buy sell award hire appoint fund finance decide vote agree "
    "join quit launch announce confirm reject".split()
)
_ANSWER = re.compile(r"^\s*[\"“']?(?:yes|no|probably|perhaps|maybe|the answer is)\b", re.I)
_WORD = re.compile(r"[\w’'%.-]+")


# Conditions no reader weighs: a rule told with a double negative ("will not be issued
# unless"), a duration ("for as long as"), how someone would feel ("would understand if"),
# a counterfactual past ("would not have run if").
_IDLE_CONDITION = re.compile(
    r"\bnot\b[^?]*\bunless\b|\bfor\s+as\s+long\s+as\b|"
    r"\b(?:understand|be\s+(?:\w+ly\s+)?(?:surprised|frustrated|disappointed|happy|delighted|"
    r"pleased|upset|sad|shocked|amazed))\s+(?:if|unless)\b|"
    r"^(?:Would|Could|Might)\s+[^?]*?\bhave\s+(?!to\b)\w+[^?]*\b(?:if|unless)\b"
)
# A third-person verb where the base verb belongs: "Will fourth quarter points more ...".
_THIRD_PERSON = re.compile(
    r"^Will\s+(?:[a-z][\w-]*\s+){1,3}(?:points|says|shows|suggests|means|looks|seems|remains|"
    r"needs|wants|expects|hopes|plans|makes|takes|comes|goes)\b"
)
# A speech to come is the article's diary, not an open matter: "Will X repeat his claim?".
_SPEECH = re.compile(r"^Will\s+[^?]*?\b(?:repeat|reiterate|restate)\b")
# A simile in an insult is no claim to settle: "Is the reporter like a camp guard?".
_SIMILE = re.compile(r"^(?:Is|Are|Was|Were)\s+[^?]*\blike\s+an?\b")
# "he", "she" with no name before them in the question: whom?
_LONE_PRONOUN = re.compile(
    r"^\S+\s+(?:[a-z][\w’'-]*\s+|[^\sA-Za-z][^\s]*\s+)*(?:he|she|him|her|his)\b"
)


# Guesses at a motive ("Will X be trying to placate ...?"), a "has not ruled out" turned
# round ("Will X rule out ...?"), a clause cut after its pronoun ("... what he?").
_IDLE_WILL = re.compile(
    r"^Will\s+[^?]*?\b(?:be\s+trying|rule\s+out)\b|\b(?:what|which|who|whom|he|she|they|him)\?$"
)
# A speech verb inside an asked question: "How did X propose ..., began Y's response?".
_SPEECH_INSIDE = re.compile(r",\s+(?:began|said|added|asked|told|replied)\b")
_CONTINUES = frozenset("of and in for at on to with from between over behind".split())
# Nouns that point back to something the article told ("the deal", "the scheme"); bodies
# such as "the council" or "the regulator" are left to the detectors' own checks.
_POINTS_BACK = frozenset(
    "deal deals scheme move plan plans proposal proposals case money situation change changes "
    "decision programme film law technology idea pair duo couple group party club firm company "
    "industry rules report project bill offer bid contract merger system measures agreement "
    "payout product products policy service show album book".split()
)


# A thing the article told of, named only by "the": "on the issue", "in the row" (which?).
_BACK_OBJECT = re.compile(
    r"\bthe\s+(?:new\s+)?(?:issue|matter|problem|disaster|situation|row|product)\b"
    r"(?!\s+(?:of|over|between|in|on|at|for|with|by|to|where|that|which|who)\b)(?!\s+[A-Z])"
)
# What a plan lets people in general do: "Will local people be able to trigger?".
_GENERIC_ABLE = re.compile(
    r"^(?:Will|Would)\s+(?:users|people|local\s+people|customers|consumers|viewers)\s+"
    r"(?:also\s+)?be\s+(?:able|infected|allowed|asked|given)\b"
)


def _vague_subject(question: str) -> bool:
    """Tell whether a question's subject is "the" and a noun that points back into the
    article ("Is the scheme deeply flawed?", "Will the deal be completed?": which?)."""
    words = question.rstrip("?").split()
    if len(words) < 4 or words[1] not in ("the", "this", "these"):
        return False
    return words[2] in _POINTS_BACK and words[3].islower() and words[3] not in _CONTINUES


def _lost_not(question: str, evidence: str) -> bool:
    """Tell whether the wording lost a "not" the evidence has ("adults, not youngsters")."""
    m = re.search(r",\s+not\s+([\w-]+)", evidence)
    return bool(m and m.group(1) in question and not re.search(r"\bnot\b", question))


def doubtful(question: str, kind: str, evidence: str, later: str) -> bool:
    """Tell whether a worded question should be dropped (see the module's docstring)."""
    bare = re.sub(r"[\"“”][^\"“”]*[\"“”]", " ", question)  # quoted words are the speaker's
    if _PERSONAL.search(bare) or _LONE_PRONOUN.match(bare):
        return True
    if _IDLE_CONDITION.search(question) or _THIRD_PERSON.match(question) or _SPEECH.match(question):
        return True
    if kind == "contested" and _SIMILE.match(question):
        return True
    if _IDLE_WILL.search(question) or _lost_not(question, evidence):
        return True
    if _BACK_OBJECT.search(bare) or _GENERIC_ABLE.match(question):
        return True
    if kind in ("pending", "contested") and _vague_subject(question):
        return True
    if kind == "explicit" and _SPEECH_INSIDE.search(question):
        return True
    if kind == "explicit" and _ANSWER.match(later):
        return True
    if question.startswith("Will ") and (_misbuilt(question) or _done(question, evidence)):
        return True
    return kind == "contested" and _reversed(question, evidence)


def _words(question: str) -> list[str]:
    return _WORD.findall(question.rstrip("?"))


def _misbuilt(question: str) -> bool:
    """Tell whether "Will ..." lacks one noun-phrase subject and one base verb."""
    words = _words(question)[1:]
    if not words:
        return True
    low = [w.lower() for w in words]
    k = 0
    while k < len(low) and low[k] in _ADVERBS:
        k += 1
    if k < len(low) and low[k] in _QUANTIFIERS:
        after = low[k + 1] if k + 1 < len(low) else ""
        if not after or (
            after != "of"
            and after not in _DETERMINERS
            and after not in _PLURALS
            and not after.endswith("s")
            and not after[:1].isdigit()
        ):
            return True  # "Will almost all identify ...": no noun for a subject
    elif (
        0 < k < len(low)
        and not low[k][:1].isdigit()
        and low[k] not in _NUMBERS
        and not words[k][:1].isupper()
    ):
        return True  # "Will also the ...": an adverb opens the subject
    base_verbs = _PRESENT | _EXTRA_BASE
    for j in range(1, len(low) - 1):
        word, nxt, before = low[j], low[j + 1], low[j - 1]
        if (
            is_past(word)
            and "-" not in word
            and nxt in base_verbs - {"have", "be"}  # "phones sold have": a reduced relative
            and before not in _DETERMINERS
            and before not in {"be", "been", "being", "have", "has", "had", "get", "got"}
        ):
            return True  # "Will the ministers backed write off ...": two verbs
    for j, word in enumerate(low[1:], start=1):
        if word in _NEEDS_OBJECT and low[j - 1] not in _DETERMINERS:
            nxt = low[j + 1] if j + 1 < len(low) else ""
            if not nxt or nxt in _PREPOSITIONS:
                return True  # "Will Inter accept for Adriano?": the object is missing
    return False


def _done(question: str, evidence: str) -> bool:
    """Tell whether the evidence tells the question's act in the past or perfect."""
    low = [w.lower() for w in _words(question)[1:]]
    verbs = [w for w in low if w in _PRESENT or w in _EXTRA_BASE]
    if "be" in low:
        k = low.index("be")
        if k + 1 < len(low) and is_past(low[k + 1]):
            verbs.append(low[k + 1])  # "Will the deal be approved?": the participle
    for verb in dict.fromkeys(verbs):
        forms = {verb} if is_past(verb) else _past_forms(verb) - set(_PAST)
        forms |= {p for p, b in _PAST.items() if b == verb}
        alternatives = "|".join(sorted(map(re.escape, forms)))
        done = (
            r"\b(?:had|has|have|was|were|been)\s+(?:already\s+|now\s+|just\s+|also\s+)?"
            rf"(?:been\s+)?(?:{alternatives})\b"
        )
        if re.search(done, evidence, re.I):
            return True
    return False


def _reversed(question: str, evidence: str) -> bool:
    """Tell whether a contested question's roles disagree with its evidence."""
    m = re.match(r"^(?:Is|Are)\s+(?P<who>.+?)\s+right to deny\b", question)
    if m and re.search(r"\w+ly\b|^(?!the\b|a\b|an\b)[a-z]", m.group("who")):
        return True  # "Is outside court the pair strenuously right to deny ...?": no subject
    if m:
        name = _last_name(m.group("who"))
        said = re.search(r"\bden(?:y|ies|ied|ying|ial)\b", evidence)
        seen = re.search(rf"\b{re.escape(name)}\b", evidence) if name else None
        return bool(said and seen and seen.start() > said.start())  # the denier comes first
    m = re.match(r"^Did\s+(?P<who>(?:[A-Z][\w’'.-]*\s+)+)", question)
    accused = re.search(r"(?<!\bis )(?<!\bwas )(?<!\bbeen )\baccus(?:ed|es|ing)\b", evidence)
    if m and accused:
        name = _last_name(m.group("who"))
        seen = re.search(rf"\b{re.escape(name)}\b", evidence) if name else None
        # "X accused Y of ...": the question is about Y; X before the verb is the accuser.
        return bool(seen and seen.start() < accused.start())
    return False


def _last_name(who: str) -> str:
    names = [w for w in who.split() if w[:1].isupper()]
    return re.sub(r"[’']s?$", "", names[-1]) if names else ""
