"""The build's memory in `.briefgen-cache/`: one way to read and write each file of it.

Each file is a pickle that only briefgen writes, inside the project (the README's trust
model). A file that is missing or cannot be read is no cache, and one that cannot be
written leaves the build only slower next time, never failed.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path


def read(path: Path) -> object | None:
    """Return what a cache file holds, or None when it is missing or cannot be read."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)  # written by briefgen, in the project itself
    except Exception:  # a cache that cannot be read is no cache
        return None


def write(path: Path, data: object) -> None:
    """Write a cache file atomically (a partial file, then a rename); on an error, leave
    nothing behind: a read-only project still builds, just without the cache."""
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        with open(partial, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
