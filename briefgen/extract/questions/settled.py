"""Tell whether the article settles a forecast later on: "Will Wales beat England?" then
"Wales beat England 11-9 in Cardiff" further down.

A "Will <subject> <verb> ..." question is settled when a later sentence names the
subject's last word and, within a few words after it, the verb in the past tense (not
hedged by a modal or "if"). Only the verb and one name are compared, so a result told in
other words is missed: the check errs towards keeping a question.
"""

from __future__ import annotations

import re

from briefgen.extract.questions.wording import _PAST

_BASE_TO_PAST: dict[str, set[str]] = {}
for _past, _base in _PAST.items():
    _BASE_TO_PAST.setdefault(_base, set()).add(_past)
_ASKED = re.compile(r"^Will\s+(?:the\s+)?(?P<who>(?:[A-Z][\w’'.-]*\s+)+)(?P<verb>[a-z]{3,})\b")
_HEDGED = re.compile(r"\b(?:will|would|could|may|might|if|whether|not|hopes?|plans?|wants?)\b")


_TITLES = frozenset("Mrs Miss Prime Minister President Chancellor Lord Lady Sir".split())
_SAME = frozenset("beat cut hit put set quit shut bid cost spread upset".split())


def _past_forms(verb: str) -> set[str]:
    forms = set(_BASE_TO_PAST.get(verb, ()))
    if verb in _SAME:
        forms.add(verb)
    if verb.endswith("e"):
        forms.add(verb + "d")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.add(verb[:-1] + "ied")
    else:
        forms.update({verb + "ed", verb + verb[-1] + "ed"})
    return forms


def settled(question: str, later: str) -> bool:
    """Tell whether text after a question's evidence tells its outcome as done."""
    m = _ASKED.match(question)
    if m is None:
        return False
    who = [w for w in m.group("who").split() if len(w) > 2 and w not in _TITLES]
    if not who:
        return False
    names = "|".join(sorted({re.escape(who[0]), re.escape(who[-1])}))
    forms = "|".join(sorted(map(re.escape, _past_forms(m.group("verb")))))
    pattern = rf"\b(?:{names})\b(?P<between>(?:\s+[\w’'-]+){{0,3}}?)\s+(?:{forms})\b"
    return any(not _HEDGED.search(f.group("between")) for f in re.finditer(pattern, later))
