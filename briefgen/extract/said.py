"""What the attribution pass hands on: who said what, and the trail of names for pronouns.

Types of their own module so that `questions` can read them without importing `extract`.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.attribute import Attribution
from briefgen.extract.coref import Entity


@dataclass
class Seen:
    """An entity named at an offset: the pronoun trail. `heard` is False for a name inside
    reported content or a quote, which is no antecedent but still a possible referent."""

    offset: int
    entity: Entity
    subject: bool
    heard: bool = True


@dataclass
class Said:
    """An attribution whose source has been resolved to an entity."""

    attribution: Attribution
    entity: Entity
