"""Tell a proper name from a pronoun or a description: `Jane Smith`, not `she` or `officials`."""

from __future__ import annotations

_PRONOUNS = frozenset(
    "i me my we us our you your he him his she her it its they them their who whom whose "
    "which that this these those one someone anyone everyone somebody".split()
)
_DETERMINERS = frozenset(
    "a an this that these those some many most all both several few each every any other "
    "another no one two three four five his her its their our my your".split()
)
_CONNECTORS = frozenset(
    "of de da del della di du van von der den la le al el bin ibn and the y".split()
)


def is_proper_name(mention: str) -> bool:
    """Tell whether a source mention is a proper name (checked) or a pronoun or description."""
    words = mention.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or words[0].lower() in _PRONOUNS | _DETERMINERS:
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS for w in words)
