"""Turn clauses into questions a reader understands without the article.

Detectors find a clause ("whether he would accept a middle ground", "the campaign was
anti-Semitic"); these helpers make it a question: put a name for a pronoun the resolver
knows, trim asides and attribution tails, invert subject and auxiliary (adding "do" where
there is none), and finish with a capital and a question mark. Each returns None when it
cannot make a question it trusts: a missing question is better than a broken one.
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx
from briefgen.extract.questions.context import Sentence

AUX = frozenset(
    "will would can could should shall is are was were has have had does do did may might must".split()
)
_CONTRACTIONS = {
    "won't": "will not",
    "can't": "can not",
    "cannot": "can not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "weren't": "were not",
    "hasn't": "has not",
    "haven't": "have not",
    "hadn't": "had not",
    "doesn't": "does not",
    "don't": "do not",
    "didn't": "did not",
    "wouldn't": "would not",
    "couldn't": "could not",
    "shouldn't": "should not",
}
# Any character of a clause: not a sentence stop, but the dot of "Mr.", "J." or "U.S." is.
_CLAUSE_CHAR = (
    r"(?:[^.;?!]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSt)\.|"
    r"(?<=\bJr)\.|(?<=\bvs)\.|(?<=\b[A-Z])\.|\.(?=\s*\d))"
)


def clause_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern in which `[^.;?!]` (a clause character) lets abbreviations' dots
    through: "how the authorities tied Ms. Malik" is one clause."""
    return re.compile(pattern.replace("[^.;?!]", _CLAUSE_CHAR), flags)


_PAST = {
    "became": "become", "began": "begin", "bought": "buy", "brought": "bring",
    "built": "build", "came": "come", "caught": "catch", "chose": "choose", "did": "do",
    "drew": "draw", "drove": "drive", "fell": "fall", "felt": "feel", "fought": "fight",
    "found": "find", "gave": "give", "got": "get", "grew": "grow", "held": "hold",
    "kept": "keep", "knew": "know", "led": "lead", "left": "leave", "lost": "lose",
    "made": "make", "meant": "mean", "met": "meet", "paid": "pay", "ran": "run",
    "rose": "rise", "said": "say", "sat": "sit", "saw": "see", "sold": "sell",
    "sent": "send", "sought": "seek", "spent": "spend", "spoke": "speak", "stood": "stand",
    "struck": "strike", "swore": "swear", "taught": "teach", "thought": "think",
    "told": "tell", "took": "take", "understood": "understand", "went": "go",
    "won": "win", "wrote": "write", "broke": "break",
}  # fmt: skip
# Verbs common in news whose third person ("works", "plans") is safe to read as a verb.
_PRESENT = frozenset(
    "accept agree allow back believe belong break bring call carry change come cost count "
    "cover cut deny depend deserve differ end exist face fall favour fit follow get give go "
    "happen have help hold include intend keep know lead leave lie look lose make matter mean "
    "meet need offer oppose owe pass pay plan plan play prefer prove raise reach reflect "
    "remain represent require return rise run say see seem serve show stand stay stop support "
    "take tell threaten understand vary violate want win work".split()
)
_NOT_PAST = frozenset(
    "hundred red bed shed seed speed need feed proceed succeed exceed breed bleed indeed "
    "creed weed deed greed naked wicked sacred rugged ragged wretched beloved".split()
)
# Words a subject does not start with: asides, conjunctions, adverbs opening a clause.
_NOT_SUBJECT = frozenset(
    "but and or so yet also even then perhaps however meanwhile instead still now".split()
)
_FUNCTION = (
    lx.DETERMINERS
    | lx.PREPOSITIONS
    | lx.CONJUNCTIONS
    | lx.RELATIVES
    | AUX
    | frozenset(
        "there not to what how why when where who whom which whether else much many".split()
    )
)
_WH = frozenset("what which who whom whose why how when where".split())


def words_of(text: str) -> list[str]:
    """Split a clause into words, expanding the contractions an inversion must split."""
    out = []
    for word in text.split():
        plain = word.replace("’", "'")
        if plain.lower() in _CONTRACTIONS:
            out.extend(_CONTRACTIONS[plain.lower()].split())
            continue
        short = re.fullmatch(r"(\w+)'(ll|re|ve|d|s)", plain)
        if short and (short.group(2) != "s" or short.group(1).lower() in _IS_SHORT):
            # "he'll" -> "he will", "there's" -> "there is"; "Brown's" stays.
            out.extend([short.group(1), _SHORT[short.group(2)]])
            continue
        out.append(word)
    return out


_SHORT = {"ll": "will", "re": "are", "ve": "have", "d": "would", "s": "is"}
_IS_SHORT = frozenset("he she it that there what who where here".split())


def base(verb: str) -> str:
    """Return the base form of a verb in the past or third person: "decided" -> "decide"."""
    low = verb.lower()
    if low in _PAST:
        return _PAST[low]
    if low.endswith("ied"):
        return low[:-3] + "y"
    if low.endswith("eed"):
        return low[:-1]
    if low.endswith("ed"):
        stem = low[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
            return stem[:-1]  # "planned", "stopped"
        if stem.endswith(
            ("u", "v", "z", "us", "is", "ys", "as", "uc", "ac", "rg", "dg", "at", "iz")
        ):
            return stem + "e"  # "moved", "caused", "produced", "debated"
        if (
            len(stem) >= 3
            and stem[-1] in "cdgkstv"
            and stem[-2] in "aeiou"
            and stem[-3] not in "aeiou"
            and not stem.endswith(("it", "et", "id", "ed", "od"))
        ):
            return stem + "e"  # "voted"
        if stem.endswith(("id", "od", "ud")) and len(stem) <= 5:
            return stem + "e"  # "decided" (decid), "ruled" handled below
        if stem.endswith(("ul", "ur", "ar")) and len(stem) <= 4:
            return stem + "e"  # "ruled", "cured", "scared"
        return stem
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return low[:-2]
    if low.endswith("s"):
        return low[:-1]
    return low


def _verb_at(words: list[str], k: int) -> str | None:
    """Tell how the word at k can be a clause's verb: "aux", "past", "present", or None."""
    word = words[k].lower().strip("“”\"',")
    before = words[k - 1].lower() if k else ""
    if before == "to":
        return None
    if word in AUX and not words[k][:1].isupper():
        return "aux"  # not "in May"
    if before in lx.DETERMINERS or before in lx.PREPOSITIONS:
        return None
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if word in _PAST or (word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST):
        if after == "by" or (
            after in lx.PREPOSITIONS and any(w.lower() in AUX for w in words[k + 2 :])
        ):
            return None  # "the equity held by X is", "the men released from X have": participles
        return "past"
    if word.endswith("s") and base(word) in _PRESENT and word != base(word):
        if after == "to" or before.endswith(("'s", "’s")):
            return None  # "the government's plans to": a noun
        return "present"
    return None


def _subject_end(words: list[str], limit: int = 10) -> tuple[int, str] | None:
    """Return (index, form) of a clause's verb after a subject of one word or more."""
    for k in range(1, min(len(words), limit)):
        low = words[k].lower()
        if low in ("who", "which", "that", "what") or words[k - 1].endswith((",", ";", ":")):
            return None  # an aside or a relative clause in the subject: do not guess
        if low in lx.SUBJECT_PRONOUNS:
            return None  # "colleagues feel they could": the verb belongs to another clause
        form = _verb_at(words, k)
        if form:
            return k, form
    return None


# Subjects that point back into the article: a question on its own cannot say what they are.
_THINK = frozenset(
    "think thinks believe believes say says expect expects hope hopes fear fears argue argues "
    "insist insists know knows feel feels suggest suggests warn warns predict predicts".split()
)
_DEMONSTRATIVES = frozenset("this that these those".split())
_DANGLING = frozenset(
    "this that these those many some others most all none both few several such".split()
)


def _can_open_subject(word: str) -> bool:
    """Tell whether a clause can start its subject with this word ("the", "Russia", "he")."""
    low = word.lower().strip('“”"‘’')
    if low in lx.DETERMINERS or low in lx.PRONOUNS or low in ("there", "nobody", "no-one"):
        return True
    if low.endswith("ing") and low not in ("king", "thing", "spring", "ring", "wing"):
        return False  # "being 'leant on' ...": no subject
    return low not in _FUNCTION and low not in _NOT_SUBJECT and low not in ("to", "not")


def _lower_first(words: list[str]) -> list[str]:
    """Lower a clause's first word unless it is a name ("The deal" -> "the deal")."""
    if words and words[0].lower() in lx.DETERMINERS | {"there", "it", "they", "he", "she", "we"}:
        return [words[0].lower(), *words[1:]]
    return words


def invert(clause: str, open_end: bool = False) -> str | None:
    """Turn a declarative clause into a yes/no question, without its question mark.

    "the deal will hold" -> "Will the deal hold"; "the debate encouraged bigotry" -> "Did
    the debate encourage bigotry"; None when no verb is found where it should be.
    """
    words = words_of(clause)
    if not words or not _can_open_subject(words[0]):
        return None
    found = _subject_end(words)
    if found is None:
        return None
    k, form = found
    if (k == 1 and words[0].lower() in _DANGLING) or words[0].lower() in _DEMONSTRATIVES:
        return None  # "this would not result in ...", "that money was": this what?
    subject = " ".join(_lower_first(words[:k]))
    rest = " ".join(words[k + 1 :])
    verb = words[k]
    if verb.lower() in ("has", "have", "had") and rest.startswith("to "):
        # "had to hide" -> "did ... have to hide": "have to" takes "do".
        do = {"has": "Does", "have": "Do", "had": "Did"}[verb.lower()]
        return f"{do} {subject} have {rest}"
    if not rest and not open_end:
        return None  # "the options are": nothing asked
    if form == "aux":
        return f"{verb.lower().capitalize()} {subject} {rest}".strip()
    do = "Did" if form == "past" else "Does"
    return f"{do} {subject} {base(verb)} {rest}".strip()


def ask(clause: str) -> str | None:
    """Turn a reported clause into a question, without its question mark.

    Leads "whether", "if" and "that" give yes/no questions, a wh-word a wh-question:
    "what security clearances he held" -> "What security clearances did he hold".
    """
    words = words_of(clause.strip().rstrip(","))
    if not words:
        return None
    lead = words[0].lower()
    if lead in ("whether", "if", "that"):
        body = " ".join(words[1:])
        body = re.sub(r",?\s+or not$", "", body)
        return invert(body)
    if lead in _WH:
        return _ask_wh(words)
    return invert(" ".join(words))


def _ask_wh(words: list[str]) -> str | None:
    """Turn "why the numbers vary" into "Why do the numbers vary"."""
    j = 1
    if words[0].lower() == "how" and len(words) > 1 and words[1].lower() in _HOW:
        j = 2
        if j < len(words) and words[j].lower() in ("longer", "more", "further", "less", "sooner"):
            j = 3  # "how much longer Brown will stay"
        elif words[1].lower() in ("much", "many"):
            while (
                j < len(words) - 1
                and words[j].islower()
                and words[j] not in _FUNCTION
                and words[j] not in lx.PRONOUNS
            ):
                if _verb_at(words, j):
                    break
                j += 1  # "how much money Bruce was getting"
    elif words[0].lower() in ("what", "which", "whose"):
        while (
            j < len(words) - 1
            and words[j].islower()
            and words[j] not in _FUNCTION
            and words[j] not in lx.PRONOUNS
        ):
            if _verb_at(words, j):
                break
            j += 1
    if j < len(words) and words[j].lower() == "else":
        j += 1
    rest = words[j:]
    if not rest:
        return None
    phrase = " ".join(words[:j])
    phrase = phrase[0].upper() + phrase[1:]
    if _verb_at(words, j):
        return f"{phrase} {' '.join(rest)}"  # the wh-word is the subject: "Who else was involved"
    inverted = invert(" ".join(rest), open_end=True)
    if inverted is None:
        words_rest = rest
        # A plural subject in the present: "why the numbers vary".
        for k in range(1, min(len(words_rest), 6)):
            if words_rest[k].lower() in _PRESENT:
                subject = " ".join(_lower_first(words_rest[:k]))
                return f"{phrase} do {subject} {' '.join(words_rest[k:])}"
        return None
    return f"{phrase} {inverted[0].lower()}{inverted[1:]}"


_HOW = frozenset("much many far long often soon big large quickly serious".split())


def name_pronouns(clause: str, sentence: Sentence, at: int, speaker_ok: bool = False) -> str | None:
    """Put actors' names for pronouns that would dangle in a question on its own.

    A pronoun is bound when a word that can be its antecedent comes before it in the
    clause ("the Tories ... where they"): it stays. Otherwise the trail of mentions names
    it ("whether he would" -> "whether Tony Blair would"); when nothing does, the question
    would dangle: return None. "It" before "is", "was" or "would be" is no actor and stays.
    First and second person stay only when `speaker_ok` (a question asked in a quote).
    """
    words = words_of(clause)  # "he'll" -> "he will": the pronoun on its own
    out: list[str] = []
    for k, word in enumerate(words):
        if not speaker_ok and _points_back(words, k):
            return None  # "these cases", "that money": which ones?
        core = word.strip("“”\"'‘’,.;:()")
        low = core.lower()
        gender = lx.PRONOUNS.get(low)
        if low in ("me", "us", "my", "our", "your", "mine", "ours", "myself", "ourselves"):
            gender = "first"
        if gender is None or core != word.strip(",.;:"):
            out.append(word)
            continue
        earlier = [w.strip("“”\"'‘’,.;:()") for w in " ".join(out).split()]
        if low in ("him", "them") or (low == "her" and not _noun_follows(_next(words, k))):
            # An object is not its own clause's subject: "judges will quash them".
            found = _subject_end(words)
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
        name = sentence.refs.called(entity) + ("’s" if possessive else "")
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
    if low in ("this", "that") and k + 1 < len(words):
        nxt = words[k + 1].lower().strip(",.;:")
        return (
            nxt not in lx.TIME_WORDS
            and nxt not in _FUNCTION
            and nxt not in _DEGREE
            and nxt.isalpha()
        )
    return False


def _bound(gender: str, earlier: list[str]) -> bool:
    """Tell whether a pronoun has a possible antecedent among the words before it."""
    names = [
        w
        for w in earlier
        if w[:1].isupper() and w.lower() not in _FUNCTION and w.lower() not in lx.PRONOUNS
    ]
    content = [
        w for w in earlier if w and w.lower() not in _FUNCTION and w.lower() not in lx.PRONOUNS
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
        and w not in _FUNCTION
        and w not in lx.PRONOUNS
        for w in re.findall(r"[\w’'-]+", text)
    )


def _noun_follows(word: str) -> bool:
    return (
        bool(word) and word[:1].isalpha() and word not in _FUNCTION and word not in lx.AUXILIARIES
    )


_CUT = re.compile(
    r"\s+[–—-]\s+|;|:\s|,\s+(?:but|although|though|while|whereas|as|because|which|who|whom|whose|"
    r"where|after|before|since|according|amid|despite|with|(?:\w+ly\s+)?\w+ing|and|so)\b|"
    r"\s+but\s+|\s+even\s+(?:though|if)\s+|(?<=\w{4})\s+so\s+(?=could|would|can|he|she|they|it)"
)
_INVERTED_TAIL = re.compile(
    r",\s+(?:said|says|say|added|adds|warned|argued|insisted)\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}$"
)
_TAIL = re.compile(
    r",\s+(?:[\w’'.-]+\s+){0,7}?(?:has |have |had )?(?:said|says|say|added|adds|told\s+[\w\s]{1,30}|"
    r"warned|claimed|argued|insisted|believes?|reported|reports|suggested|suggests)\s*$"
    # without its comma: "... in the chamber Speaker Michael Martin has ruled"
    r"|\s+(?:[A-Z][\w’'.-]*\s+){1,5}(?:has|have|had)\s+(?:said|ruled|warned|claimed|argued|decided)\s*$"
)


def trim(clause: str) -> str:
    """Cut a clause at its first aside, contrast or attribution tail, and tidy its ends."""
    clause = " ".join(clause.split())
    # A paired dash is an aside: "the two men released - Belmar and Begg - have ...".
    clause = re.sub(r"\s+[–—-]\s+[^–—-]{1,80}?\s+[–—-]\s+", " ", clause)
    m = _CUT.search(clause)
    if m and m.start() > 0:
        clause = clause[: m.start()]
    clause = _TAIL.sub("", _INVERTED_TAIL.sub("", clause))
    return clause.strip(" ,.;:–—-")


_MISSED_BREAK = re.compile(r"(?<=\w)\s(?:In|The|But|And|He|She|They|This|On|At|If|However)\s")


def finish(question: str | None, longest: int = 30) -> str | None:
    """Tidy a question: one space, balanced quotes, a capital, one question mark.

    Return None for what is too short or too long to read as a question on its own.
    """
    if not question:
        return None
    question = " ".join(question.split()).strip(" ,.;:–—-?!")
    question = re.sub(r"\s+([,;:])", r"\1", question)
    if question.count("“") != question.count("”") or question.count('"') % 2:
        question = re.sub(r"[“”\"]", "", question)
    words = question.split()
    if not 3 <= len(words) <= longest:
        return None
    if _MISSED_BREAK.search(question):
        return None  # "the European Union In his speech": two sentences run together
    return question[0].upper() + question[1:] + "?"


def yes_no(clause: str, sentence: Sentence, at: int, lead: str = "") -> str | None:
    """Make a finished yes/no or wh-question of a reported clause, or None."""
    clause = trim(clause)
    named = name_pronouns(clause, sentence, at)
    if named is None:
        return None
    return finish(ask(f"{lead} {named}".strip()))


_BOUNDARY = re.compile(
    r"(?:^|[,;:(“”\"]|\b(?:which|that|who|but|and|while|although|though|because|as|if|when|"
    r"said|says|after|before|where|since|so)\b)"
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


def subject(text: str, end: int, sentence: Sentence) -> str | None:
    """Return the subject of the verb phrase starting at `end`, worded to stand alone.

    The words back to a clause boundary ("..., which Russia is yet to" -> "Russia"); after
    "but" or "and" with nothing between, the sentence's own subject ("The Tories have
    promised ... but have yet to" -> "the Tories"). A pronoun becomes the actor's name,
    a short name the full one ("Mr Blair" -> "Tony Blair"); None when it would dangle.
    """
    head = text[:end].rstrip()
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
    if not raw and marks and marks[-1].group().lower() in ("but", "and"):
        opening = _INTRO.sub("", text[: marks[-1].start()])
        found = _subject_end(words_of(opening))
        raw = " ".join(words_of(opening)[: found[0]]) if found else ""
    return _checked(raw, end, sentence)


def _checked(raw: str, end: int, sentence: Sentence) -> str | None:
    """Word a subject found in the text to stand alone, or None if it cannot."""
    words = _without_time(raw.split())
    raw = " ".join(words)
    if any(w.lower() in AUX or w.lower() in _THINK or w.lower() == "to" for w in words):
        return None  # "delegates are gathering for what", "strategists think women": no NP
    if any(ch in raw for ch in "()[]"):
        return None
    if not words or len(words) > 8 or not _can_open_subject(words[0]):
        return None
    if len(words) == 1 and words[0].lower() in _DANGLING:
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
    return " ".join(_lower_first(raw.split()))
