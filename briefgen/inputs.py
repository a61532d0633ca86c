"""Checks shared by every reader of what users write: YAML text and web addresses.

One wording for each failure, whichever file it is found in: `FILE: invalid YAML at line
N` and `must be an http:// or https:// address`. Briefs say more (the reason, the key
above the break; see `briefgen.briefs.store`), because people edit them by hand most.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from briefgen.errors import BriefgenError, ConfigError, Problem

YAML_ERRORS = (yaml.YAMLError, RecursionError, ValueError, OverflowError)
"""What parsing hostile YAML raises: bad syntax, nesting too deep, a date or number out of
range (`2024-99-99`), a value too large to build."""

HTTP_PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s<>\"]+$"
"""An http(s) address, as a pattern a JSON Schema can hold too: no spaces, no `<>"`."""
HTTP_URL = re.compile(HTTP_PATTERN)
NOT_AN_ADDRESS = "must be an http:// or https:// address"
WEB_SCHEMES = frozenset({"http", "https"})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def scheme(href: str) -> str:
    """Return the scheme an address starts with, in lower case (empty for a relative one).

    The one test of what an address is, with `is_web_address`: a link is safe to write when
    its scheme is empty or in WEB_SCHEMES, a page can be fetched when it is in WEB_SCHEMES.
    """
    found = _SCHEME.match(href)
    return found.group(1).lower() if found else ""


def is_web_address(value: object) -> bool:
    """Tell whether `value` is text holding one http:// or https:// address, nothing else."""
    return isinstance(value, str) and HTTP_URL.match(value) is not None


def yaml_problem(exc: BaseException, file: str, field: str = "", first_line: int = 1) -> Problem:
    """Return the problem for YAML that did not parse: `invalid YAML at line N` when known.

    `first_line` is the file's line number of the text's first line (front matter starts
    on line 2, after its `---`).
    """
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + first_line}" if mark is not None else ""
    return Problem(file, field, f"invalid YAML{where}")


def parse_yaml(
    text: str,
    file: str,
    *,
    field: str = "",
    first_line: int = 1,
    load: Callable[[str], Any] = yaml.safe_load,
    error: type[BriefgenError] = ConfigError,
) -> Any:
    """Parse YAML text with `load`; raise `error` with one line-numbered problem if it fails."""
    try:
        return load(text)
    except YAML_ERRORS as exc:
        raise error(yaml_problem(exc, file, field, first_line)) from None
