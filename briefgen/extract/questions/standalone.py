"""Make a clause stand alone: name the actors its pronouns and subject stand for.

A question read without the article cannot point back into it. `name_pronouns` puts a
name for a pronoun only when one actor fits (the trail of mentions in `context` says who),
and gives up otherwise; `subject` finds the subject of a verb phrase in its sentence
("..., which Russia is yet to" -> "Russia") and words it the same way.
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.questions.context import Sentence
from briefgen.extract.questions.wording import (
    AUX,
    DANGLING,
    FUNCTION,
    can_open_subject,
    is_past,
    lower_first,
    subject_end,
    words_of,
)

# Verbs of saying and thinking: a "subject" holding one is a clause ("strategists think").
_THINK = frozenset(
    "think thinks believe believes say says expect expects hope hopes fear fears argue argues "
    "insist insists know knows feel feels suggest suggests warn warns predict predicts shows "
    "show means indicates said told added claimed warned argued insisted".split()
)


def name_pronouns(clause: str, sentence: Sentence, at: int, speaker_ok: bool = False) -> str | None:
    """Put actors' names for pronouns that would dangle in a question on its own.

    A pronoun is bound when a word that can be its antecedent comes before it in the
    clause ("the Tories ... where they"): it stays. Otherwise the trail of mentions names
    it ("whether he would" -> "whether Tony Blair would"); when nothing does, the question
    would dangle: return None. So does an unbound "it" (a deal, a day, or nothing at all)
    and a phrase pointing back into the article ("these cases"). First and second person
    stay only when `speaker_ok` (a question asked in a quote).
    """
    words = words_of(clause)  # "he'll" -> "he will": the pronoun on its own
    out: list[str] = []
    for k, word in enumerate(words):
        if not speaker_ok and _points_back(words, k):
            return None  # "these cases", "that money": which ones?
        core = word.strip("“”\"'‘’,.;:()")
        low = core.lower()
        if len(core) > 1 and core.isupper():
            out.append(word)  # "US", "IT": a name, not a pronoun
            continue
        gender = lx.PRONOUNS.get(low)
        if low in ("me", "us", "my", "our", "your", "mine", "ours", "myself", "ourselves"):
            gender = "first"
        if gender is None or core != word.strip(",.;:"):
            out.append(word)
            continue
        earlier = [w.strip("“”\"'‘’,.;:()") for w in " ".join(out).split()]
        if low in ("him", "them") or (low == "her" and not _noun_follows(_next(words, k))):
            # An object is not its own clause's subject: "judges will quash them".
            found = subject_end(words)
            if found is not None and found[0] < k:
                earlier = earlier[found[0] :]
        if gender in ("first", "second") or low in ("me", "us", "my", "our", "your"):
            if not speaker_ok:
                return None
            out.append(word)
            continue
        if _bound(gender, earlier):
            out.append(word)
            continue
        nxt = _next(words, k)
        if low == "it":
            return None  # "it" may be a deal, a day or nothing at all: a reader cannot tell
        if gender == "plural" and _plural_noun_before(sentence.text[:at]):
            return None  # "parents were warned they would": they are the parents, unnamed
        entity = sentence.pronoun(low, at)
        if entity is None:
            return None
        possessive = low in ("his", "its", "their") or (low == "her" and _noun_follows(nxt))
        called = sentence.refs.called(entity)
        name = called + (("’" if called.endswith("s") else "’s") if possessive else "")
        out.append(word.replace(core, name))
    return " ".join(out)


def _next(words: list[str], k: int) -> str:
    return words[k + 1].lower() if k + 1 < len(words) else ""


# "this close to peace", "that far": degree, not a thing pointed at.
_DEGREE = frozenset("close much far long big bad good late early high low soon often".split())


def _points_back(words: list[str], k: int) -> bool:
    """Tell whether the word at k points back into the article ("these cases")."""
    low = words[k].lower().strip("“”\"'‘’,.;:()")
    if low in ("these", "those"):
        return True
    if low in ("that", "this") and k > 0 and words[k - 1].lower() == "all":
        return True  # "deny all that": all of what?
    if low == "such" and k + 1 < len(words) and words[k + 1].lower() not in ("as", "a", "an"):
        return True  # "any such agreement": which one?
    if low in ("this", "that") and k + 1 < len(words):
        nxt = words[k + 1].lower().strip(",.;:")
        if low == "that" and k > 0 and (nxt in AUX or (is_past(nxt) and nxt not in _NOT_VERB)):
            return False  # "the rash of call-offs that blighted": a relative, not a pointer
        if low == "that" and k > 0 and (words[k + 1][:1].isupper() or _says(words[k - 1])):
            return False  # "admit that World War I-era killings": what is admitted
        return (
            nxt not in lx.TIME_WORDS
            and nxt not in FUNCTION
            and nxt not in _DEGREE
            and nxt.isalpha()
        )
    return False


_FINITE = frozenset("said says told is are was were has have had".split())
_SAYING = frozenset(
    "claiming saying arguing warning insisting suggesting predicting believing fearing noting "
    "adding hoping accusing calling urging telling stressing".split()
)


def _says(word: str) -> bool:
    """Tell whether a word is a verb that takes a "that" clause ("admit", "said")."""
    return word.lower().strip(",") in _THINK or word.lower() in _SAY_THAT


_SAY_THAT = frozenset(
    "admit admits admitted accept accepts accepted confirm confirms confirmed deny denies "
    "denied show shows showed ensure ensures prove proves proved found find finds".split()
)
_NOT_VERB = frozenset("red bed need seed speed shed".split())


def _bound(gender: str, earlier: list[str]) -> bool:
    """Tell whether a pronoun has a possible antecedent among the words before it."""
    names = [
        w
        for w in earlier
        if w[:1].isupper() and w.lower() not in FUNCTION and w.lower() not in lx.PRONOUNS
    ]
    content = [
        w for w in earlier if w and w.lower() not in FUNCTION and w.lower() not in lx.PRONOUNS
    ]
    if gender in ("male", "female"):
        return bool(names)
    if gender == "plural":
        return bool(names) or any(w.endswith("s") for w in content)
    return bool(content)


def _plural_noun_before(text: str) -> bool:
    """Tell whether a lowercase plural noun ("parents", "officials") comes in this text."""
    return any(
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "'s", "’s", "us", "is"))
        and w.islower()
        and w not in FUNCTION
        and w not in lx.PRONOUNS
        for w in re.findall(r"[\w’'-]+", text)
    )


def _noun_follows(word: str) -> bool:
    return bool(word) and word[:1].isalnum() and word not in FUNCTION and word not in lx.AUXILIARIES


_BOUNDARY = re.compile(
    r"(?:^|(?<!\d),|,(?!\d)|[;:(“”\"]|\b(?:which|that|who|but|and|while|although|though|because|as|if|whether|when|"
    r"said|says|after|before|where|since|so|how|why|what|whom)\b)"
)
_INTRO = re.compile(r"^(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}),\s+")


def _without_time(words: list[str]) -> list[str]:
    """Drop an opening time phrase: "On Monday the ministry" -> "the ministry"."""
    while words:
        low = words[0].lower()
        nxt = words[1].lower() if len(words) > 1 else ""
        if low in lx.TIME_WORDS or (low in lx.PREPOSITIONS and len(words) > 2):
            words = words[1:]
        elif low in ("this", "last", "next") and nxt in lx.TIME_WORDS:
            words = words[2:]
        else:
            break
    return words


def subject(text: str, end: int, sentence: Sentence, after_verb: bool = False) -> str | None:
    """Return the subject of the verb phrase starting at `end`, worded to stand alone.

    The words back to a clause boundary ("..., which Russia is yet to" -> "Russia"); after
    "but" or "and" with nothing between, the sentence's own subject ("The Tories have
    promised ... but have yet to" -> "the Tories"). A pronoun becomes the actor's name,
    a short name the full one ("Mr Blair" -> "Tony Blair"); None when it would dangle.
    With `after_verb`, a subject after a verb of saying or thinking with no "that" is
    taken ("Moore believes the captain should" -> "the captain").
    """
    head = re.sub(r"\s+(?:also|now|still|then|further)$", "", text[:end].rstrip())
    aside = re.search(r",[^,]{3,80},$", head)
    if aside and head[: aside.start()].strip():
        inner = aside.group().strip(" ,")
        if re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*", inner):
            head = inner  # "A senator from Kansas, Sam Brownback, is set to": the name
        else:
            # "The proposal, unveiled in the House, also seeks": the aside is no subject.
            head = head[: aside.start()]
    head = re.sub(r"^(?:But|And|So|Yet|Or|However,?|Meanwhile,?)\s+", "", head)  # a link word
    marks = list(_BOUNDARY.finditer(head))
    start = marks[-1].end() if marks else 0
    raw = head[start:].strip(" “”\"'‘’")
    mark = marks[-1].group().lower() if marks else ""
    if mark in ("who", "which", "that"):
        if raw:
            return None if mark == "who" else _checked(raw, end, sentence)
        # "Mr Hart, who is yet to decide": the subject is the name the "who" stands for.
        name = re.search(
            r"(?:\b[A-Z][\w’'.-]*\s+){0,3}\b[A-Z][\w’'.-]*$", text[: marks[-1].start()].rstrip(" ,")
        )
        return _checked(name.group(), end, sentence) if name else None
    if raw and mark in ("and", "or") and not after_verb and raw.lower() not in lx.PRONOUNS:
        # "Spending on defence and homeland security is set to": half of a noun phrase,
        # unless what comes before "and" is a clause of its own.
        before = head[: marks[-1].start()]
        earlier = [m for m in _BOUNDARY.finditer(before) if m.end() < len(before)]
        piece = before[earlier[-1].end() :] if earlier else before
        if piece.strip() and not any(
            w.lower() in AUX or w.lower() in _FINITE for w in words_of(piece)
        ):
            return None
    if not raw and marks and marks[-1].group().lower() in ("but", "and"):
        opening = _INTRO.sub("", text[: marks[-1].start()])
        found = subject_end(words_of(opening))
        raw = " ".join(words_of(opening)[: found[0]]) if found else ""
    return _checked(raw, end, sentence, after_verb)


def _checked(raw: str, end: int, sentence: Sentence, after_verb: bool = False) -> str | None:
    """Word a subject found in the text to stand alone, or None if it cannot."""
    words = _without_time(raw.split())
    thinks = [k for k, w in enumerate(words) if w.lower() in _THINK]
    if after_verb and thinks and thinks[-1] > 0 and len(words) > thinks[-1] + 1:
        # "Moore believes the captain should": the clause after the verb, "that" left out.
        words = words[thinks[-1] + 1 :]
    raw = " ".join(words)
    if any(w in _SAYING for w in words[1:]):
        return None  # "the Tories claiming rates": a tail clause, not a subject
    if any(w.lower() in AUX or w.lower() in _THINK or w.lower() == "to" for w in words):
        return None  # "delegates are gathering for what", "strategists think women": no NP
    if any(ch in raw for ch in "()[]"):
        return None
    if not words or len(words) > 8 or not can_open_subject(words[0]):
        return None
    if len(words) == 1 and words[0].lower() in ("this", "that", "these", "those", "such"):
        return None  # "this would lead to": what?
    if len(words) == 1 and words[0].lower() in DANGLING:
        return None  # "many had not yet set a timetable": many of what?
    low = raw.lower()
    if low in lx.PRONOUNS:
        if lx.PRONOUNS[low] in ("first", "second", "thing") or low not in lx.SUBJECT_PRONOUNS:
            return None
        if low == "they" and _plural_noun_before(sentence.text[:end]):
            return None  # "postponed plans because they were unlikely to": the plans
        entity = sentence.pronoun(low, end)
        return sentence.refs.called(entity) if entity is not None else None
    if any(
        w.lower() in lx.PRONOUNS and w.lower() not in ("its", "their", "his", "her") for w in words
    ):
        return None
    raw = sentence.refs.full_name(raw)
    return " ".join(lower_first(raw.split()))
