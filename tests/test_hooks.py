"""MkDocs hooks named in mkdocs.yml are part of what a site is built from."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import fixture_entries, make_project

from briefgen.corpus import build_corpus
from briefgen.render import render_pages
from briefgen.render.write import write_pages
from briefgen.site import build_site

HOOK = """\
from pathlib import Path


def on_post_build(config):
    Path(config.site_dir, "hook.txt").write_text({word!r}, encoding="utf-8")
"""


def test_a_changed_hook_rebuilds_from_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project(tmp_path / "project")
    write_pages(project.docs, render_pages(project, build_corpus(fixture_entries())))
    (project.root / "hooks").mkdir()
    hook = project.root / "hooks" / "stamp.py"
    hook.write_text(HOOK.format(word="one"), encoding="utf-8")
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config + "hooks:\n  - hooks/stamp.py\n", encoding="utf-8")
    # Built from elsewhere, as `briefgen build DIR` does: the hook's path is the config's.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    build_site(project)
    assert (project.site / "hook.txt").read_text(encoding="utf-8") == "one"
    hook.write_text(HOOK.format(word="two"), encoding="utf-8")
    # (MkDocs keeps a hook module it loaded for the process, so only the digest is checked.)
    assert not build_site(project).reused
    assert build_site(project).reused
