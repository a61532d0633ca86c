"""Find the questions an article leaves open: pending, contested, conditional, explicit.

Each detector looks for a sentence shape ("X is yet to agree to Y", "X denied Y",
"... if Z", a question mark) and words the question from the article's own phrases; the
evidence is always the verbatim span that raised it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefgen.ingest import Document
from briefgen.schema import Actor, Evidence, OpenQuestion

if TYPE_CHECKING:
    from briefgen.extract import Said

_AUX = r"(?:will|would|can|could|should|is|are|was|were|has|have|had|does|do|did|may|might|must)"
_PENDING = [
    # "..., which Russia is yet to agree to" / "Russia has yet to respond"
    re.compile(
        r"(?P<subj>(?:[A-Z][\w’'.-]*\s?){1,4}|it|he|she|they)\s+(?:is|are|has|have)\s+(?:still\s+)?yet\s+to\s+(?P<verb>[a-z]+(?:\s+[a-z]+)?)(?P<rest>[^.;]*)"
    ),
    re.compile(
        r"(?:it\s+is|it’s|it's|it\s+remains|remains|still)\s+(?:unclear|not\s+clear|uncertain|unknown|to\s+be\s+seen)\s+(?P<clause>(?:whether|if|how|when|what|who|why|which)\b[^.;]*)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?P<subj>(?:[A-Z][\w’'.-]*\s?){1,4}|he|she|they|it)\s+(?:has|have)\s+not\s+(?:yet\s+)?(?P<verb>decided|said|announced|confirmed|responded|agreed)\s+(?P<clause>(?:whether|if|how|when|what|to)\b[^.;]*)"
    ),
]
_CONTESTED = re.compile(
    r"\b(?P<cue>denied|denies|deny|disputed|disputes|rejected|rejects|refuted|refutes|dismissed|dismisses)\s+(?:that\s+)?(?P<obj>[^.;,]+)"
)
_FALSE = re.compile(
    r"[“\"](?P<label>[^”\"]*\b(?:false|untrue|fabricated|baseless|fake|lies|lie|nonsense|misleading|inaccurate)\b[^”\"]*)[”\"]",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(?P<conj>if|unless|provided that|as long as|on condition that)\s+(?P<cond>[^.;]+)"
)
_CONDITIONS_FOR = re.compile(r"\bconditions\s+(?:for|on)\s+(?P<what>[^.,;]+)")


def find_questions(
    doc: Document, said: list[Said], ids: dict[int, str], actors: list[Actor]
) -> list[OpenQuestion]:
    """Return the open questions of a document, in the order the article raises them."""
    found: list[tuple[int, OpenQuestion]] = []
    seen: set[str] = set()
    for s, e in doc.sentences:
        sentence = doc.text[s:e]
        for kind, question, (es, ee) in _detect(
            sentence, lambda at, s=s: _speaker_at(said, s + at)
        ):
            key = question.lower()
            if key in seen:
                continue
            seen.add(key)
            span = [s + es, s + ee]
            evidence = Evidence(text=doc.text[span[0] : span[1]], span=span)
            involved = _named_in(evidence.text, actors) + _speakers_in(said, ids, *span)
            found.append(
                (
                    s + es,
                    OpenQuestion(
                        question=question,
                        kind=kind,
                        actors=list(dict.fromkeys(involved)),
                        evidence=[evidence],
                    ),
                )
            )
    found.sort(key=lambda item: item[0])
    return [q for _, q in found]


def _named_in(text: str, actors: list[Actor]) -> list[str]:
    """Return the ids of actors named in a piece of text (by name or alias)."""
    out = []
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                out.append(actor.id)
                break
    return out


def _speaker_at(said: list[Said], offset: int) -> str:
    """Return the name of who said the words at an offset, or ""."""
    for s in said:
        if s.attribution.start <= offset < s.attribution.end:
            return s.entity.name
    return ""


def _speakers_in(said: list[Said], ids: dict[int, str], start: int, end: int) -> list[str]:
    return [
        ids[s.entity.number]
        for s in said
        if s.attribution.start < end and s.attribution.end > start and s.entity.number in ids
    ]


def _detect(sentence: str, speaker: Callable[[int], str]) -> list[tuple[str, str, tuple[int, int]]]:
    """Return (kind, question, evidence span within the sentence) for one sentence.

    `speaker(offset)` names who said the words at an offset of the sentence, if anyone.
    """
    out: list[tuple[str, str, tuple[int, int]]] = []
    low = sentence.lower()
    if not any(word in low for word in _TRIGGERS):
        return out  # most sentences raise nothing: skip the patterns
    for pattern in _PENDING:
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            if groups.get("clause"):
                question = _ask(groups["clause"])
            else:
                subj = groups["subj"].strip()
                rest = (groups.get("rest") or "").rstrip(" ,")
                antecedent = re.search(
                    r"(?:the|a|an|its|their|his|her)\s+[^,;]+?,\s*which\s*$", sentence[: m.start()]
                )
                if antecedent and not rest.strip():
                    # "Ukraine accepted the deal, which Russia is yet to agree to": the deal.
                    rest = " " + antecedent.group().rsplit(",", 1)[0].strip()
                question = f"Will {_object_case(subj)} {groups['verb']}{rest}?"
            out.append(("pending", _tidy(question), m.span()))
    for m in _CONTESTED.finditer(sentence):
        obj = m.group("obj").strip()
        if len(obj.split()) < 2:
            continue
        who = speaker(m.start("obj")) or speaker(m.start())
        if _has_verb(obj):
            question = _ask("that " + obj)
        elif who:
            question = f"Is {who} right to {_base(m.group('cue'))} {obj}?"
        else:
            question = f"Is it true: {obj}?"
        out.append(("contested", _tidy(question), (m.start(), m.end())))
    if not any(kind == "contested" for kind, _, _ in out):
        for m in _FALSE.finditer(sentence):
            label = m.group("label").strip()
            who = speaker(m.start())
            question = (
                f"Who is right about what {who} called “{label}”?"
                if who
                else f"Who is right about what was called “{label}”?"
            )
            out.append(("contested", _tidy(question), m.span()))
    for m in _CONDITION.finditer(sentence):
        head = sentence[: m.start()].rstrip(" ,")
        clause = _main_clause(head)
        condition = m.group("cond").strip()
        # Only a plain clause reads well turned round: "Ukrainian soldiers would be treated
        # well" -> "Would Ukrainian soldiers be treated well if ...?".
        if (
            not _plain_clause(clause)
            or len(condition.split()) > 20
            or '"' in condition
            or "“" in condition
        ):
            continue
        question = _ask("whether " + clause)
        if question.startswith("Whether"):
            continue
        question = question.rstrip("?") + f" {m.group('conj')} {condition}?"
        out.append(("conditional", _tidy(question), (head.find(clause), m.end())))
    for m in _CONDITIONS_FOR.finditer(sentence):
        out.append(
            (
                "conditional",
                _tidy(f"What are the conditions for {m.group('what').strip()}?"),
                m.span(),
            )
        )
    asked = re.search(
        r"\basked\s+(?:\w+\s+)?(?P<clause>(?:whether|if|how|when|what|who|why)\b[^.;?]*)", sentence
    )
    if asked and speaker(asked.start("clause")):
        # "Mr McLetchie asked whether ...": a question an actor put.
        out.append(("explicit", _tidy(_ask(asked.group("clause"))), asked.span("clause")))
    for m in re.finditer(r"[“\"](?P<q>[^”\"]{10,200}\?)[”\"]", sentence):
        if speaker(m.start("q")) and not m.group("q").lower().startswith(
            ("what about me", "why not", "really")
        ):
            out.append(("explicit", _tidy(m.group("q")), m.span("q")))  # a question an actor asked
    return out


_WH = ("how", "when", "what", "who", "why", "which", "where")
# Words one of the detectors needs; a sentence without any is skipped.
_TRIGGERS = (
    "yet to",
    "unclear",
    "not clear",
    "uncertain",
    "unknown",
    "to be seen",
    " not ",
    "deni",
    "deny",
    "disput",
    "reject",
    "refut",
    "dismiss",
    "false",
    "untrue",
    "fabricat",
    "baseless",
    "fake",
    " lie",
    "nonsense",
    "misleading",
    "inaccurate",
    " if ",
    "if ",
    "unless",
    "provided that",
    "as long as",
    "on condition",
    "conditions",
    "asked",
    "?",
)


def _ask(clause: str) -> str:
    """Turn 'whether the deal will hold' into 'Will the deal hold?'."""
    clause = clause.strip().rstrip(",")
    words = clause.split()
    if not words:
        return clause
    lead = words[0].lower()
    body = words[1:]
    if lead in ("whether", "if", "that"):
        for k, word in enumerate(body):
            if re.fullmatch(_AUX, word.lower()) and k > 0:
                return f"{word.capitalize()} {' '.join(body[:k])} {' '.join(body[k + 1 :])}?"
        return (
            f"Is it true that {' '.join(body)}?" if lead == "that" else f"Whether {' '.join(body)}?"
        )
    if lead in _WH:
        for k, word in enumerate(body):
            if re.fullmatch(_AUX, word.lower()) and k > 0:
                return f"{lead.capitalize()} {word} {' '.join(body[:k])} {' '.join(body[k + 1 :])}?"
        return f"{lead.capitalize()} {' '.join(body)}?"
    return clause[0].upper() + clause[1:] + "?"


def _main_clause(head: str) -> str:
    """Return the reported clause of a sentence part: what follows 'said (that)', else all of it."""
    m = re.search(r"\b(?:said|says|warned|promised|added|stated|claimed)\s+(?:that\s+)?", head)
    clause = head[m.end() :] if m else head
    return clause.strip()


_DENIAL_BASE = {
    "denied": "deny",
    "denies": "deny",
    "deny": "deny",
    "disputed": "dispute",
    "disputes": "dispute",
    "rejected": "reject",
    "rejects": "reject",
    "refuted": "refute",
    "refutes": "refute",
    "dismissed": "dismiss",
    "dismisses": "dismiss",
}


def _plain_clause(clause: str) -> bool:
    """Tell whether a clause starts with its subject and holds no quotation: safe to invert."""
    words = clause.split()
    if not 4 <= len(words) <= 30 or any(mark in clause for mark in '"“”'):
        return False
    first = words[0].lower()
    if first in ("but", "and", "then", "so", "yet", "or", "also", "even", "perhaps", "recording"):
        return False
    return bool(re.search(rf"^(?:\S+\s+){{1,5}}{_AUX}\b", clause, re.IGNORECASE))


def _base(verb: str) -> str:
    """Return the base form of a verb of denial: 'denied' -> 'deny'."""
    return _DENIAL_BASE.get(verb.lower(), verb.lower())


def _has_verb(text: str) -> bool:
    return bool(re.search(rf"\b{_AUX}\b|\b\w+ed\b", text))


def _object_case(subject: str) -> str:
    return {"He": "he", "She": "she", "They": "they", "It": "it"}.get(subject, subject)


def _tidy(question: str) -> str:
    question = " ".join(question.split())
    question = re.sub(r"\s+\?", "?", question)
    return question[0].upper() + question[1:] if question else question
