"""Read and write briefs as YAML, atomically, never losing a human edit.

A brief briefgen writes starts with a comment that records a digest of its body. When the
body no longer matches (someone edited it) or the brief says `reviewed: true`, briefgen
leaves the file alone.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import yaml

from briefgen import __version__
from briefgen.briefs.schema import Brief, parse_brief
from briefgen.errors import BriefError, ConfigError, Problem, shown
from briefgen.inputs import YAML_ERRORS

Status = Literal["missing", "machine", "edited", "reviewed", "invalid"]
_DIGEST = re.compile(r"^# digest: sha256:([0-9a-f]{64})$", re.MULTILINE)


# libyaml, when PyYAML has it, reads and writes briefs about ten times faster.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_yaml(text: str) -> Any:
    """Parse YAML text (safe tags only), fast: libyaml, and no garbage collection meanwhile.

    The collector walks every object made so far each time it runs, and a YAML file makes
    millions of small ones: with it on, a 20 MB `actors.yml` took several times longer, and
    ever more per megabyte. A parse makes no cycles to collect.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        return yaml.load(text, Loader=SafeLoader)
    finally:
        if was_on:
            gc.enable()


class _Dumper(_SafeDumper):  # type: ignore[misc, valid-type]
    """Block-style YAML with long lines kept whole and multi-line text as `|` blocks."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    # Spans read best on one line: span: [966, 1035].
    flow = len(value) == 2 and all(isinstance(v, int) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(list, _list)


def dump_yaml(data: Any) -> str:
    """Dump plain data as readable YAML (keys in the given order, Unicode kept)."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000)


def brief_text(brief: Brief) -> str:
    """Return the file content for a machine-written brief: header comment, then YAML."""
    body = dump_yaml(brief.to_data())
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    header = (
        f"# Brief written by briefgen {__version__} from {shown(brief.source.path)}.\n"
        "# Review it and set `reviewed: true`; briefgen never rewrites a reviewed or edited brief.\n"
        f"# digest: sha256:{digest}\n"
    )
    return header + body


@dataclass
class Stored:
    """A brief file as found on disk."""

    path: Path
    status: Status
    brief: Brief | None
    problems: list[Problem]
    stamp: tuple[int, int] | None = None
    """The file's modification time (ns) and size when it was read."""


MAX_BRIEF_BYTES = 100 * 1024 * 1024
"""A brief file above this is refused unread (the brief of a 10 MB article is far smaller)."""


def load(path: Path, display: str | None = None) -> Stored:
    """Read a brief file and tell who owns it now (machine, person) and whether it is valid."""
    name = display or path.as_posix()
    try:
        stat = path.stat()  # before reading: an edit while reading makes it stale, not wrong
        if stat.st_size > MAX_BRIEF_BYTES:  # refused before it is read whole
            reason = f"too large ({stat.st_size:,} bytes; the limit is {MAX_BRIEF_BYTES:,})"
            return Stored(path, "invalid", None, [Problem(name, "", reason)])
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Stored(path, "missing", None, [])
    except (OSError, UnicodeDecodeError) as exc:
        return Stored(path, "invalid", None, [Problem(name, "", f"cannot read ({exc})")])
    return parse_stored(path, raw, name, (stat.st_mtime_ns, stat.st_size))


def _key_above(raw: str, line: int | None) -> str:
    """Return the top-level key whose value holds `line` (1-based), or "" if none."""
    for text in reversed(raw.splitlines()[: line or 0]):
        found = re.match(r"([A-Za-z_][\w-]*)\s*:", text)
        if found:
            return found[1]
    return ""


def parse_stored(path: Path, raw: str, name: str, stamp: tuple[int, int] | None) -> Stored:
    """Parse the text of brief file `path` (see `load`); `stamp` is the file's, if read."""
    try:
        data = load_yaml(raw)
    except yaml.YAMLError as exc:
        # Where the broken part starts (an unclosed list) rather than where it was noticed.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or "syntax error"
        problem = Problem(name, _key_above(raw, line), f"invalid YAML ({reason})", line)
        return Stored(path, "invalid", None, [problem])
    except YAML_ERRORS:  # no line to give: too deep, a date or number out of range
        return Stored(path, "invalid", None, [Problem(name, "", "invalid YAML")])
    try:
        broken = not_text(data)
    except RecursionError:
        return Stored(path, "invalid", None, [Problem(name, "", TOO_DEEP)])
    if broken is not None:
        return Stored(path, "invalid", None, with_lines(raw, [_surrogate(name, broken)]))
    brief, problems = parse_brief(data, name)
    if problems:
        return Stored(path, "invalid", None, with_lines(raw, problems))
    assert brief is not None
    if brief.id != path.stem:
        return Stored(
            path,
            "invalid",
            None,
            [Problem(name, "id", f"'{brief.id}' does not match the file name '{path.stem}'")],
        )
    if brief.reviewed:
        return Stored(path, "reviewed", brief, [], stamp)
    return Stored(path, "machine" if _untouched(raw) else "edited", brief, [], stamp)


TOO_DEEP = "invalid YAML: nested too deeply"
"""Nesting deeper than Python's recursion, or an alias that holds itself (`&a [*a]`)."""


def not_text(data: Any, where: str = "") -> str | None:
    """Return the field of the first string holding a lone surrogate (`"\\ud800"`), or None.

    YAML escapes can make one; it is no character, and no file can hold it as text.
    """
    if isinstance(data, str):
        return _SURROGATE.sub("?", where) if _SURROGATE.search(data) else None
    if isinstance(data, dict):
        for key, value in data.items():
            field = f"{where}.{key}" if where else str(key)
            if isinstance(key, str) and _SURROGATE.search(key):
                return _SURROGATE.sub("?", field)
            found = not_text(value, field)
            if found is not None:
                return found
    if isinstance(data, list):
        for i, value in enumerate(data):
            found = not_text(value, f"{where}[{i}]")
            if found is not None:
                return found
    return None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


SURROGATE = "holds a lone surrogate, not text"
"""Why a value with a lone surrogate (a YAML escape such as `"\\ud800"`) is refused."""


def _surrogate(name: str, field: str) -> Problem:
    return Problem(name, field, SURROGATE)


def with_lines(raw: str, problems: list[Problem]) -> list[Problem]:
    """Return the problems with the line of the YAML each field is on (`positions[2].text`)."""
    try:
        root = yaml.compose(raw, Loader=SafeLoader)
    except yaml.YAMLError:
        return problems
    return [replace(p, line=_line_of(root, p.field)) if p.field else p for p in problems]


def _line_of(node: yaml.Node | None, field: str) -> int | None:
    """Return the 1-based line of a field path in a composed YAML tree (its nearest part)."""
    line = None
    for part in re.findall(r"[^.\[\]]+", field):
        if isinstance(node, yaml.MappingNode):
            pair = next((kv for kv in node.value if getattr(kv[0], "value", None) == part), None)
            if pair is None:
                break
            # The key's line: a nested block itself starts on the line after it.
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _untouched(raw: str) -> bool:
    """Tell whether the file is exactly as briefgen wrote it."""
    match = _DIGEST.search(raw, 0, 2000)
    if not match:
        return False
    body = raw[match.end() + 1 :]
    return hashlib.sha256(body.encode("utf-8")).hexdigest() == match.group(1)


def save(path: Path, brief: Brief, display: str | None = None) -> bool:
    """Write a brief unless a person owns the file; return whether the file changed.

    Raise BriefError if the file is reviewed, edited by hand or invalid: those are never
    overwritten; nor is a file that changes while it is written, nor a brief that would not
    read back whole.
    """
    name = display or path.as_posix()
    current = load(path, name)
    if current.status == "reviewed":
        raise BriefError(Problem(name, "", "reviewed; not rewritten"))
    if current.status == "edited":
        raise BriefError(
            Problem(name, "", "edited by hand; not rewritten (delete it to extract again)")
        )
    if current.status == "invalid":
        raise BriefError(current.problems)
    text = brief_text(brief)
    written = parse_stored(path, text, name, None)
    if written.status != "machine":  # never write a brief that would not validate
        raise BriefError(written.problems or Problem(name, "", "would not read back; not written"))
    if current.status == "machine" and path.read_text(encoding="utf-8") == text:
        return False
    if not write_unless_changed(path, text, current.stamp):
        raise BriefError(Problem(name, "", CHANGED))
    return True


CHANGED = "changed on disk while briefgen was writing it; not overwritten"


def stamp_of(path: Path) -> tuple[int, int] | None:
    """Return a file's modification time (ns) and size, or None if there is no file."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_mtime_ns, stat.st_size


def write_unless_changed(path: Path, text: str, stamp: tuple[int, int] | None) -> bool:
    """Write text atomically unless the file is no longer as read (`stamp`; None: absent).

    The check comes just before the rename, after the slow part, so an edit a person
    saved while briefgen worked is never overwritten. Return whether the file was written.
    """
    return write_atomic(path, text, lambda: stamp_of(path) == stamp)


def write_atomic(path: Path, text: str, still: Callable[[], bool] | None = None) -> bool:
    """Write text to path through a temporary file and a rename, so readers never see half.

    `still`, if given, is asked just before the rename; when it says no, nothing is
    written. Return whether the file was written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        if still is not None and not still():
            Path(tmp).unlink()
            return False
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


@contextmanager
def folder_lock(folder: Path, name: str) -> Iterator[None]:
    """Hold `folder` against any other briefgen writing briefs there; raise ConfigError if one is.

    A lock on the folder itself: nothing is created, and the kernel drops it when the
    process ends, however it ends. An editor does not take it: writes check the file
    just before they replace it (`write_unless_changed`).
    """
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock
        yield
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # no folder and none can be made: nothing can be written there either
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            reason = "another briefgen is writing briefs in this folder; try again when it ends"
            raise ConfigError(Problem(name, "", reason)) from None
        yield
    finally:
        os.close(fd)
