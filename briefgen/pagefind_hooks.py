"""MkDocs hooks for `briefgen serve` with Pagefind: the steps `build_site` takes in-process.

`serve_site` adds this file to MkDocs' `hooks` when the site uses Pagefind, so the
development server shows the same single search box as the built site.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.search import index_site, use_pagefind

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Turn Material's search off and put briefgen's search box in."""
    use_pagefind(config)
    return config


def on_post_build(config: MkDocsConfig) -> None:
    """Index the freshly built site with Pagefind."""
    index_site(Path(config.site_dir), keep_index_url=not config.use_directory_urls)
