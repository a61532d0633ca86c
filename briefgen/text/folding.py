"""Name folding and slugs: the one way briefgen compares names and makes ids from them.

`fold` is how two names are told to be the same (coreference within an article, identity
across briefs, scoring against gold); `slug` is how a name becomes an id or a file name
(actor ids in briefs, page and article file names).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=16384)  # extraction folds the same few names again and again
def fold(name: str) -> str:
    """Fold a name for comparison: case, accents, curly apostrophes and a leading 'the'."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = " ".join(name.casefold().split())
    return name.removeprefix("the ")


def slug(text: str) -> str:
    """Return lowercase ASCII words joined by hyphens, apostrophes dropped (may be empty)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’‘]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode()).strip("-")
