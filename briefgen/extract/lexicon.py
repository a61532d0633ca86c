"""Word lists the extraction rules use. Lower case unless noted."""

from __future__ import annotations

# The name lists live in `names`; rules reach every list through this module.
from briefgen.extract.names import (  # noqa: F401
    ABBREVIATED_TITLES,
    BRITISH_PARTY_ALIASES,
    COUNTRIES,
    DAYS_MONTHS,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    GROUP_WORDS,
    HONORIFICS,
    MALE_NAMES,
    MESSAGE_NOUNS,
    MULTIWORD_PLACES,
    MULTIWORD_STATES,
    NOT_ACTOR_WORDS,
    NOT_NAMES,
    ORG_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PARTY_ADJECTIVES,
    PARTY_ALIASES,
    PEER_TITLES,
    PERFORMER_NOUNS,
    PLACES,
    POSTNOMINALS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STATE_ALIASES,
    TITLE_WORDS,
)


def _inflect(base: str) -> set[str]:
    """Return the forms of a regular speech verb: say -> says, said, saying (irregulars listed)."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


_REGULAR = (
    "add admit affirm allege announce answer argue ask assert assure boast brag caution charge "
    "claim clarify comment complain concede conclude confirm contend declare deny describe "
    "dismiss emphasise emphasize explain joke insist maintain mention muse note observe point "
    "predict proclaim promise pledge propose question quip recall reckon recount reiterate "
    "remark remind repeat reply report respond retort reveal scoff signal snap state stress "
    "suggest testify thunder tweet urge vow warn whisper acknowledge agree accuse acknowledge "
    "advise allege blast blame brand criticise criticize decry demand disclose dispute "
    "estimate fume hint indicate inform lament mock object plead pledge post praise "
    "protest question recommend reject rule shout slam tout underline underscore "
    "echo counter concur caution complain confide conclude continue wonder tout "
    "yell scream whimper mutter murmur sigh gush chuckle groan moan wail stammer enthuse "
    "ensure exclaim".split()
)
_IRREGULAR = {
    "say": {"say", "says", "said", "saying"},
    "tell": {"tell", "tells", "told", "telling"},
    "write": {"write", "writes", "wrote", "written", "writing"},
    "think": {"think", "thinks", "thought", "thinking"},
    "believe": {"believe", "believes", "believed", "believing"},
    "admit": {"admit", "admits", "admitted", "admitting"},
    "hint": {"hint", "hints", "hinted", "hinting"},
    "plan": {"plan", "plans", "planned"},
    "put": {"put", "puts"},
    "deny": {"deny", "denies", "denied", "denying"},
    "reply": {"reply", "replies", "replied", "replying"},
    "testify": {"testify", "testifies", "testified", "testifying"},
    "clarify": {"clarify", "clarifies", "clarified", "clarifying"},
    "call": {"call", "calls", "called", "calling"},
    "know": {"know", "knows", "knew"},
    "feel": {"feel", "feels", "felt"},
    "fear": {"fear", "fears", "feared", "fearing"},
    "hope": {"hope", "hopes", "hoped", "hoping"},
    "expect": {"expect", "expects", "expected", "expecting"},
    "find": {"find", "finds", "found"},
    "show": {"show", "shows", "showed", "shown", "showing"},
    "forecast": {"forecast", "forecasts", "forecasting"},
    "predict": {"predict", "predicts", "predicted", "predicting"},
    "worry": {"worry", "worries", "worried"},
}

SPEECH_VERBS: dict[str, str] = {}
"""Every form of a verb that can report speech or thought, mapped to its base form."""
for _base in _REGULAR:
    for _form in _inflect(_base):
        SPEECH_VERBS[_form] = _base
for _base, _forms in _IRREGULAR.items():
    for _form in _forms:
        SPEECH_VERBS[_form] = _base
# Doubled consonants and spelling forms _inflect gets wrong.
for _form, _base in {
    "admitted": "admit",
    "admitting": "admit",
    "quipped": "quip",
    "quipping": "quip",
    "snapped": "snap",
    "snapping": "snap",
    "signalled": "signal",
    "signalling": "signal",
    "regretted": "regret",
    "committed": "commit",
    "urged": "urge",
    "urging": "urge",
    "tweeted": "tweet",
    "tweeting": "tweet",
    "posted": "post",
    "echoed": "echo",
    "echoes": "echo",
    "objected": "object",
    "counters": "counter",
    "countered": "counter",
    "concurred": "concur",
}.items():
    SPEECH_VERBS[_form] = _base
for _bogus in ("post", "posts", "tweet", "tweets", "plead", "pleads", "state", "states"):
    SPEECH_VERBS.pop(_bogus, None)
SPEECH_VERBS.update({"pleaded": "plead", "pled": "plead", "pleads": "plead", "pleading": "plead"})

# Verbs whose object after the cue is what was said even without "that" ("X said the talks ...").
CLAUSE_VERBS = frozenset(
    "say tell add write think believe admit affirm allege announce argue assert assure boast "
    "caution charge claim concede conclude confirm contend declare deny emphasise emphasize "
    "explain insist maintain note observe predict promise reckon recall reiterate remark "
    "remind repeat reply report respond reveal signal state stress suggest testify tweet "
    "urge vow warn acknowledge agree indicate inform complain estimate hint fear hope "
    "expect feel know find show forecast suspect worry underline underscore post continue "
    "counter concur disclose pledge propose recommend lament demand question ask wonder".split()
)
# Cues that introduce speech only with a quote, "that" or a colon after them.
WEAK_VERBS = frozenset(
    "continue question propose recommend demand post agree indicate inform charge signal remind".split()
)
# Cues so plainly about speech that what follows them is what was said, verb or not.
SAY_VERBS = frozenset(
    "say tell add claim argue insist believe think warn note explain suggest write predict "
    "acknowledge admit report confirm maintain contend assert state declare stress reiterate "
    "tweet reply respond recall concede allege".split()
)
# Cues whose object is an evaluation of something, often a quoted phrase: "called it 'false'".
LABEL_VERBS = frozenset(
    "call describe brand dismiss label term dub praise criticise criticize slam blast decry".split()
)
# Participles that continue the main clause's speaker: "..., adding that ...".
PARTICIPLE_CUES = frozenset(
    "saying adding writing telling noting explaining arguing insisting warning calling "
    "claiming declaring stressing suggesting urging describing stating asserting "
    "acknowledging admitting predicting promising tweeting posting continuing replying "
    "responding recalling reiterating emphasizing emphasising maintaining charging "
    "complaining conceding observing pointing denying accusing asking".split()
)


# Words between a subject and its verb that belong to neither.
ADVERBS = frozenset(
    "also later previously again recently earlier repeatedly then once reportedly publicly "
    "privately separately still now just already initially originally subsequently "
    "similarly likewise further furthermore however instead meanwhile simply flatly "
    "firmly quickly angrily bluntly openly frankly candidly sharply strongly quietly "
    "loudly proudly famously often frequently always never allegedly apparently "
    "reportedly recently specifically explicitly emphatically insistently categorically "
    "finally ultimately immediately personally correctly wrongly falsely rightly overall "
    "had has have having will would could should might may must did does do is was were "
    "are been be not n't never even only herself himself itself themselves yesterday "
    "today tonight ’ve 've ’d 'd ’ll 'll ’re 're".split()
)
AUXILIARIES = frozenset(
    "has have had will would could should might may must did does do is was were are been be".split()
)

PRONOUNS = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "it": "thing",
    "its": "thing",
    "they": "plural",
    "them": "plural",
    "their": "plural",
    "i": "first",
    "we": "first",
    "you": "second",
}
SUBJECT_PRONOUNS = frozenset("he she it they i we you".split())


TIME_WORDS = DAYS_MONTHS | frozenset(
    "week weekend month year morning afternoon evening night today tonight yesterday "
    "weeks months years days day hours earlier later ago time".split()
)
PREPOSITIONS = frozenset(
    "in on at by for from with without into onto about above below under over through during "
    "between among against toward towards per via of to after before since until upon across "
    "behind beyond near like unlike amid despite than".split()
)
CONJUNCTIONS = frozenset(
    "and or but nor so yet as because although though while whereas if unless when where".split()
)
RELATIVES = frozenset("who whom whose which that".split())
DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some many several two three "
    "four five six seven eight nine ten dozens hundreds thousands other both all most few "
    "one each every any no".split()
)

# Verbs whose object, even without a clause, is what the source said: "denied the claim".
NP_OBJECT_VERBS = frozenset(
    "deny reject dismiss dispute criticise criticize praise blame accuse promise pledge vow "
    "urge propose demand question recommend announce reveal predict estimate acknowledge "
    "admit concede defend condemn welcome applaud ask blast slam describe call tout "
    "reiterate decry lament mock".split()
)
# Verbs of stance and intention: "X endorsed Y", "X declined to comment". The position
# is the whole clause, source included, as an action.
STANCE_VERBS: dict[str, str] = {}
for _base, _forms in {
    "endorse": "endorses endorsed endorsing",
    "support": "supports supported supporting",
    "oppose": "opposes opposed opposing",
    "back": "backs backed backing",
    "accept": "accepts accepted accepting",
    "approve": "approves approved approving",
    "veto": "vetoes vetoed vetoing",
    "refuse": "refuses refused refusing",
    "decline": "declines declined declining",
    "seek": "seeks sought seeking",
    "want": "wants wanted",
    "plan": "plans planned planning",
    "cite": "cites cited citing",
    "threaten": "threatens threatened threatening",
    "attack": "attacked attacking",
    "intend": "intends intended",
    "defend": "defends defended defending",
    "express": "expresses expressed expressing",
    "decide": "decides decided",
    "discuss": "discusses discussed discussing",
    "sign": "signs signed",
    "denounce": "denounces denounced denouncing",
    "prefer": "prefers preferred",
    "consider": "considers considered",
    "thank": "thanked thanking",
    "highlight": "highlights highlighted highlighting",
    "compare": "compares compared comparing",
    "portray": "portrays portrayed portraying",
    "favor": "favors favored favoring favours favoured",
    "request": "requests requested requesting",
    "encourage": "encourages encouraged encouraging",
    "challenge": "challenges challenged challenging",
    "invoke": "invokes invoked invoking",
    "vote": "voted",
    "refer": "refers referred referring",
    "point": "pointed pointing",
    "push": "pushed pushing",
    "address": "addressed addressing",
    "tweet": "tweets",
    "recommend": "recommends recommended",
    "nominate": "nominated",
    "offer": "offered",
    "talk": "talked talking",
    "speak": "spoke speaks speaking",
    "issue": "issued",
    "name": "named",
    "order": "ordered",
    "see": "sees saw",
    "learn": "learned learnt",
    "share": "shared",
    "identify": "identified identifies",
    "doubt": "doubts doubted",
    "condemn": "condemns condemned condemning",
    "list": "listed",
    "voice": "voiced voicing",
    "rail": "railed railing",
    "press": "pressed pressing",
    "view": "viewed",
    "email": "emailed",
    "project": "projected",
    "remember": "remembered",
    "present": "presented",
    "embrace": "embraced embraces",
    "reference": "referenced",
    "assail": "assailed",
    "retweet": "retweeted",
    "chant": "chanted chanting",
    "quote": "quoted",
    "applaud": "applauded applauds",
    "welcome": "welcomed welcomes",
    "liken": "likened",
    "side": "sided",
    "imply": "implied implies",
    "champion": "championed",
    "bemoan": "bemoaned",
    "apologize": "apologized apologised",
    "seem": "seemed seems",
    "appear": "appeared appears",
    "promote": "promoted promotes",
    "celebrate": "celebrated",
    "acknowledge": "acknowledges",
}.items():
    for _form in _forms.split():
        STANCE_VERBS[_form] = _base
