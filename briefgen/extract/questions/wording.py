"""Turn clauses into questions a reader understands without the article.

Detectors find a clause ("whether the senator would accept a compromise", "the campaign
was anti-Semitic"); these helpers make it a question: trim asides and attribution tails,
invert subject and auxiliary (adding "do" where there is none), and finish with a capital
and a question mark (`standalone` names the actors pronouns stand for). Each returns None
when it cannot make a question it trusts: a missing question is better than a broken one.
`readable` holds `finish` and the checks that refuse a question a reader cannot follow.
"""

from __future__ import annotations

import re

from briefgen.extract import lexicon as lx

# Kept importable from here, where the detectors and tests import them.
from briefgen.extract.questions.readable import dangling_it as dangling_it
from briefgen.extract.questions.readable import finish as finish
from briefgen.extract.questions.readable import unplaced as unplaced

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
    "but and or so yet also even then perhaps however meanwhile instead still now thus "
    "therefore hence hopefully clearly obviously surely certainly probably such".split()
)
FUNCTION = (
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


_LY_NOUNS = frozenset("italy family assembly supply monopoly rally july anomaly reply".split())
_SHORT = {"ll": "will", "re": "are", "ve": "have", "d": "would", "s": "is"}
_IS_SHORT = frozenset("he she it that there what who where here".split())


def is_past(word: str) -> bool:
    """Tell whether a word reads as a verb in the past: "broke", "blighted"."""
    low = word.lower()
    return low in _PAST or (low.endswith("ed") and low not in _NOT_PAST)


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
        if (stem.endswith(("ir", "vok", "ag", "ib")) and not stem.endswith(("air", "eir"))) or (
            stem.endswith("ar") and not stem.endswith(("ear", "oar"))
        ):
            return stem + "e"  # "inspired", "provoked", "declared"; not "cleared"
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


def subject_end(words: list[str], limit: int = 10) -> tuple[int, str] | None:
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
_DEMONSTRATIVES = frozenset("this that these those".split())
DANGLING = frozenset(
    "this that these those many some others most all none both few several such".split()
)


def can_open_subject(word: str) -> bool:
    """Tell whether a clause can start its subject with this word ("the", "Russia", "he")."""
    low = word.lower().strip('“”"‘’')
    if low in lx.DETERMINERS or low in lx.PRONOUNS or low in ("there", "nobody", "no-one"):
        return True
    if low in ("around", "about", "nearly", "almost", "roughly", "over", "up"):
        return True  # "around eight members", "nearly 70% of phones"
    if low.endswith("ly") and len(low) > 5 and low not in _LY_NOUNS:
        return False  # "Initially Visual Radio will": an adverb, not the subject
    if low.endswith("ing") and low not in ("king", "thing", "spring", "ring", "wing"):
        return False  # "being 'leant on' ...": no subject
    return low not in FUNCTION and low not in _NOT_SUBJECT and low not in ("to", "not")


def lower_first(words: list[str]) -> list[str]:
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
    if not words or not can_open_subject(words[0]):
        return None
    found = subject_end(words)
    if found is None:
        return None
    k, form = found
    if (k == 1 and words[0].lower() in DANGLING) or words[0].lower() in _DEMONSTRATIVES:
        return None  # "this would not result in ...", "that money was": this what?
    subject = " ".join(lower_first(words[:k]))
    rest = " ".join(words[k + 1 :])
    verb = words[k]
    if verb.lower() in ("has", "have", "had") and rest.startswith("to "):
        # "had to hide" -> "did ... have to hide": "have to" takes "do".
        do = {"has": "Does", "have": "Do", "had": "Did"}[verb.lower()]
        return f"{do} {subject} have {rest}"
    if not rest and not open_end:
        return None  # "the options are": nothing asked
    if verb.lower() in ("has", "have", "had") and rest and not _participle(rest.split()[0]):
        # "he has complete faith" -> "Does he have complete faith", not "Has he ...".
        do = {"has": "Does", "have": "Do", "had": "Did"}[verb.lower()]
        return f"{do} {subject} have {rest}"
    if form == "aux":
        return f"{verb.lower().capitalize()} {subject} {rest}".strip()
    do = "Did" if form == "past" else "Does"
    return f"{do} {subject} {base(verb)} {rest}".strip()


def _participle(word: str) -> bool:
    """Tell whether a word after "has" makes a perfect ("has agreed", "has been", "has not")."""
    low = word.lower().strip(",")
    return (
        low.endswith(("ed", "en", "wn", "ne", "ght", "lt", "pt", "ung", "ck"))
        or low in _PAST.values()
        or low in _PAST
        or low
        in (
            "been",
            "not",
            "never",
            "already",
            "also",
            "still",
            "yet",
            "just",
            "made",
            "had",
            "got",
            "put",
            "set",
            "cut",
            "hit",
            "let",
            "won",
            "lost",
            "left",
            "led",
            "met",
            "paid",
            "said",
            "sold",
            "told",
            "kept",
            "held",
            "run",
            "come",
            "become",
        )
    )


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


def _past_noun(words: list[str], j: int) -> int:
    """Return the index after the lower-case noun words from j on, before the clause's verb."""
    while (
        j < len(words) - 1
        and words[j].islower()
        and words[j] not in FUNCTION
        and words[j] not in lx.PRONOUNS
        and not _verb_at(words, j)
    ):
        j += 1
    return j


def _ask_wh(words: list[str]) -> str | None:
    """Turn "why the numbers vary" into "Why do the numbers vary"."""
    j = 1
    if words[0].lower() == "how" and len(words) > 1 and words[1].lower() in _HOW:
        j = 2
        if j < len(words) and words[j].lower() in ("longer", "more", "further", "less", "sooner"):
            j = 3  # "how much longer Brown will stay"
        elif words[1].lower() in ("much", "many"):
            j = _past_noun(words, j)  # "how much money Bruce was getting"
    elif words[0].lower() in ("what", "which", "whose"):
        j = _past_noun(words, j)
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
                subject = " ".join(lower_first(words_rest[:k]))
                return f"{phrase} do {subject} {' '.join(words_rest[k:])}"
        return None
    return f"{phrase} {inverted[0].lower()}{inverted[1:]}"


_HOW = frozenset("much many far long often soon big large quickly serious".split())


_CUT = re.compile(
    r"\s+[–—-]\s+|;|:\s|,\s+(?:but|although|though|while|whereas|as|because|which|who|whom|whose|"
    r"where|after|before|since|according|amid|despite|with|(?:\w+ly\s+)?\w+ing|and|so)\b|"
    r"\s+but\s+|\s+even\s+(?:though|if)\s+|\s+or\s+whether\s+|(?<=\w{4})\s+so\s+(?=could|would|can|he|she|they|it)"
)
_INVERTED_TAIL = re.compile(
    r",[”\"]?\s+(?:said|says|say|added|adds|warned|argued|insisted)\s+(?:the\s+)?[\w’'.-]+"
    r"(?:,?\s+[\w’'.&-]+){0,12}$"
)
_TAIL = re.compile(
    r",[”\"]?\s+(?:[\w’'.-]+\s+){0,7}?(?:has |have |had )?(?:said|says|say|added|adds|told\s+[\w\s]{1,30}|"
    r"show|shows|showed|indicate|indicates|replied|answered|responded|"
    r"warned|claimed|argued|insisted|believes?|reported|reports|suggested|suggests|estimated|"
    r"estimates|predicted|predicts|forecast|announced|stated|noted|confirmed)"
    r"(?:\s+(?:in|on|to|at)\s+(?:a|an|the|its|his|her|their)?\s*[\w\s]{1,25})?\s*$"
    # "... he told the BBC": a speaker's tail with no comma
    r"|\s+(?:he|she|they)\s+(?:told|said\s+to)\s+(?:the\s+)?[A-Z][\w\s]{0,25}$"
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
