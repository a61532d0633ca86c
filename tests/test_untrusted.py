"""Hostile input and human edits: the holes of issue 13, each closed at its root.

Front matter of every page is valid YAML whatever a title holds; article front matter
refuses aliases, non-text values and dates that are none; unsafe file names are one line;
a brief a person saves during a build is never overwritten; a site folder can never take
the place of the project's own folders; system errors are one line.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import REPO, fixture_entries

from briefgen.briefs import refresh
from briefgen.briefs.schema import ActorEntry
from briefgen.briefs.store import (
    MAX_BRIEF_BYTES,
    SURROGATE,
    brief_text,
    folder_lock,
    load,
    not_text,
    parse_stored,
    save,
    write_unless_changed,
)
from briefgen.build import build, check
from briefgen.cli import main
from briefgen.commands.scaffold import init_site
from briefgen.config import load_project
from briefgen.corpus import build_corpus
from briefgen.errors import ArticleError, BriefError, ConfigError
from briefgen.extract import extract
from briefgen.ingest import MAX_BYTES, parse_article, read_article
from briefgen.render import front_matter_problem, render_pages

BODY = "\n\nThe minister said the talks would resume on Monday.\n"


def error_of(data: str | bytes, name: str = "a.md", kind: str = "markdown") -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(ArticleError) as info:
        parse_article(raw, name, kind)
    lines = info.value.lines()
    assert len(lines) == 1 and "\n" not in lines[0]
    return lines[0]


# Exec: front matter ----------------------------------------------------------------


def test_every_page_front_matter_parses_whatever_a_title_or_name_holds(project) -> None:
    entries = fixture_entries()
    brief = entries[0].brief
    evil = "[click me](javascript:window.__pwned=1)"
    # A hand-edited brief's title, and actor names, with U+007F-U+009F and U+FFFF.
    actors = [a.model_copy(update={"name": a.name + "\x9f"}) for a in brief.actors]
    entries[0].brief = brief.model_copy(update={"title": evil + "\x7f\uffff", "actors": actors})
    named = {"vladimir-putin": ActorEntry(name="Vladimir Putin\x85\x7f " + evil)}
    pages = render_pages(project, build_corpus(entries, named))
    for rel, text in pages.items():
        if rel.endswith(".md"):
            assert front_matter_problem(text) is None, rel
            meta = yaml.safe_load(text.split("---\n")[1])
            assert not any(c in meta["title"] for c in "\x7f\x85\x9f\uffff"), rel
    title = yaml.safe_load(pages["briefs/000-83b8f2cce4d8eb98.md"].split("---\n")[1])["title"]
    assert title == "[click me](javascript:window.__pwned=1)"


def test_a_page_whose_front_matter_does_not_parse_fails_the_build(tmp_path: Path) -> None:
    root = tmp_path / "s"
    init_site(root)
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "about.md").write_text("---\ntitle: [open\n---\n# About\n")
    with pytest.raises(ConfigError) as info:
        build(root, site=False)
    assert info.value.lines() == [
        "docs/about.md: front matter: not valid YAML; MkDocs would show it as text"
    ]


# Crash and hang: article front matter, dates, names --------------------------------


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        ("2025-13-45", "2025-13-45"),
        ("2025-02-30", "2025-02-30"),
        ("2025-03-14T25:00:00", "2025-03-14T25:00:00"),
        ("2025-03-14T10:00:00+99:00", "2025-03-14T10:00:00+99:00"),
        ("[2025, 1]", "list"),
        ("12", "int"),
        ('"\\ud800"', "?"),
    ],
)
def test_a_date_that_is_no_date_is_one_line(date: str, shown: str) -> None:
    message = error_of(f"---\ndate: {date}\n---{BODY}")
    assert message == f"a.md: front matter: date: '{shown}' is not a date (YYYY-MM-DD)"


def test_real_dates_and_times_still_read() -> None:
    for date in ("2025-03-14", "'2025-03-14'", "2025-03-14T10:00:00+01:00", "2025-03-14 10:00"):
        doc = parse_article(f"---\ndate: {date}\n---{BODY}".encode(), "a.md", "markdown")
        assert doc.date is not None and doc.date.isoformat() == "2025-03-14"


def test_an_alias_bomb_in_front_matter_is_refused_unexpanded() -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 7)]
    text = "---\n" + "\n".join(levels) + "\ntitle: *a6\n---" + BODY
    assert error_of(text) == "a.md: front matter: YAML aliases (*name) are not allowed (line 3)"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("[a, b]", "must be text, not a list"),
        ("{a: b}", "must be text, not a mapping"),
        ("1984", "must be text, not a number (put it in quotes)"),
        ("yes", "must be text, not true or false"),
        ("!!binary aGk=", "must be text, not a value of type bytes"),
    ],
)
def test_a_title_that_is_not_text_is_one_line(value: str, reason: str) -> None:
    assert error_of(f"---\ntitle: {value}\n---{BODY}") == f"a.md: front matter: title: {reason}"


def test_a_lone_surrogate_or_control_character_leaves_a_title_with_a_note() -> None:
    text = '---\ntitle: "Talks\\ud800 resume\\x9f\\uffff"\n---' + BODY
    doc = parse_article(text.encode(), "a.md", "markdown")
    assert doc.title == "Talks resume"
    assert doc.warnings == ["a.md: front matter: title: dropped characters that are not text"]
    assert load_text(brief_text(extract(doc))).status == "machine"


def load_text(text: str):
    return parse_stored(Path("a.yaml"), text, "a.yaml", None)


def test_upper_case_web_addresses_are_addresses() -> None:
    doc = parse_article(f"---\nurl: HTTPS://Example.org/A\n---{BODY}".encode(), "a.md", "markdown")
    assert doc.url == "HTTPS://Example.org/A"
    assert load_text(brief_text(extract(doc))).status == "machine"


@pytest.mark.parametrize(
    ("name", "line"),
    [
        (
            "articles/ lead.txt",
            "articles/ lead.txt: its file name starts or ends with a space; rename it",
        ),
        (
            "articles/back\\slash.txt",
            "articles/back\\slash.txt: its file name holds a backslash; rename it",
        ),
        (
            "articles/new\nline.txt",
            "articles/new\\nline.txt: its file name holds a line break or control character;"
            " rename it",
        ),
        (
            f"articles/{'a' * 246}.txt",
            f"articles/{'a' * 246}.txt: its file name is too long (246 bytes; the limit is 200);"
            " rename it",
        ),
    ],
)
def test_a_file_name_no_brief_can_carry_is_one_line(name: str, line: str) -> None:
    assert error_of("Title" + BODY, name, "text") == line


def test_an_unsafe_file_name_skips_that_article_and_builds_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "s"
    init_site(root)
    for name in (" lead.txt", "new\nline.txt", "back\\slash.txt", f"{'b' * 240}.txt"):
        (root / "articles" / name).write_text("A title" + BODY, encoding="utf-8")
    report = build(root, site=False)
    assert len(report.skipped) == 4 and report.briefs == 1
    assert all("\n" not in str(p) for p in report.skipped)
    assert check(root).briefs == 1  # and the next build and check still work


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk used

    def no_reading(*args, **kwargs):
        raise AssertionError("read whole")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ArticleError) as info:
        read_article(path, "articles/huge.txt")
    assert info.value.lines() == [
        f"articles/huge.txt: too large ({MAX_BYTES + 1:,} bytes; the limit is {MAX_BYTES:,})"
    ]


def test_a_huge_brief_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_BRIEF_BYTES + 1)
    found = load(path, "briefs/a.yaml")
    assert found.status == "invalid"
    assert [str(p) for p in found.problems] == [
        f"briefs/a.yaml: too large ({MAX_BRIEF_BYTES + 1:,} bytes; the limit is"
        f" {MAX_BRIEF_BYTES:,})"
    ]


# Data loss: a person's edit during a build ------------------------------------------


def _site(root: Path, count: int = 3) -> Path:
    init_site(root)
    for path in (root / "articles").iterdir():
        path.unlink()
    for n in range(count):
        text = f"Talks on item {n}\n\nAnna Lima, the minister, said talks on item {n} resume.\n"
        (root / "articles" / f"a{n}.txt").write_text(text, encoding="utf-8")
    return root


def test_an_edit_saved_during_a_build_is_never_overwritten(tmp_path: Path, monkeypatch) -> None:
    root = _site(tmp_path / "s")
    build(root, site=False)
    brief = root / "briefs" / "a1.yaml"
    (root / "articles" / "a1.txt").write_text(
        "Talks on item 1\n\nAnna Lima said talks on item 1 resume on Friday.\n", encoding="utf-8"
    )
    edited = brief.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true")
    extract_one = refresh._brief_file

    def person_edits_meanwhile(doc):
        result = extract_one(doc)
        if doc.stem == "a1":  # the person saves while briefgen extracts
            brief.write_text(edited, encoding="utf-8")
        return result

    monkeypatch.setattr(refresh, "_brief_file", person_edits_meanwhile)
    report = build(root, site=False, jobs=1)
    assert brief.read_text(encoding="utf-8") == edited
    fresh = root / "briefs" / "fresh" / "a1.yaml"
    assert "on Friday" in fresh.read_text(encoding="utf-8")
    assert (
        "briefs/a1.yaml: changed on disk during the build; not overwritten; "
        "the fresh extraction is in briefs/fresh/a1.yaml to compare"
    ) in report.notes
    assert "briefs/a1.yaml (reviewed)" in report.kept


def test_a_write_checks_the_file_just_before_it_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text("mine\n")
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    path.write_text("a person's edit\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert not write_unless_changed(path, "briefgen's\n", stamp)
    assert path.read_text() == "a person's edit\n"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left
    assert not write_unless_changed(tmp_path / "new.yaml", "x", stamp)  # absent, not as read


def test_extract_out_never_writes_a_brief_that_does_not_validate(tmp_path: Path) -> None:
    doc = parse_article(("A title" + BODY).encode(), "articles/a.txt")
    target = tmp_path / "other.yaml"  # the brief's id would not match its file
    with pytest.raises(BriefError) as info:
        save(target, extract(doc))
    assert info.value.lines() == [
        f"{target.as_posix()}: id: 'a' does not match the file name 'other'"
    ]
    assert not target.exists()


def test_one_briefgen_at_a_time_writes_a_brief_folder(tmp_path: Path) -> None:
    root = _site(tmp_path / "s")
    build(root, site=False)
    with folder_lock(root / "briefs", "briefs"):
        with pytest.raises(ConfigError) as info:
            build(root, site=False)
        result = CliRunner().invoke(
            main, ["extract", str(root / "articles" / "a0.txt"), "--out", str(root / "briefs")]
        )
    line = "another briefgen is writing briefs in this folder; try again when it ends"
    assert info.value.lines() == [f"briefs: {line}"]
    assert result.exit_code == 1 and result.output == f"{root / 'briefs'}: {line}\n"
    assert load(root / "briefs" / "a0.yaml").status == "machine"


# Data loss: site_dir and folders outside the project ---------------------------------


def _config(root: Path, extra: str = "", settings: str = "") -> None:
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    if settings:
        text = text.replace("    latest: 20", f"    latest: 20\n{settings}")
    (root / "mkdocs.yml").write_text(text + extra, encoding="utf-8")


@pytest.mark.parametrize(
    ("site_dir", "reason"),
    [
        (".", "'.' is the project folder; choose a folder of its own, such as site"),
        ("briefs", "'briefs' is the briefs folder; choose a folder of its own, such as site"),
        ("articles", "'articles' is the articles folder; choose a folder of its own, such as site"),
        ("docs", "'docs' is the docs folder; choose a folder of its own, such as site"),
        (
            "briefs/site",
            "'briefs/site' lies inside the briefs folder; choose a folder of its own, such as site",
        ),
        (
            ".briefgen-cache",
            "'.briefgen-cache' is the cache folder; choose a folder of its own, such as site",
        ),
        ("..", "'..' is outside the project; refused"),
    ],
)
def test_a_site_folder_never_takes_the_place_of_the_project(tmp_path, site_dir, reason) -> None:
    root = tmp_path / "p"
    root.mkdir()
    _config(root, f"site_dir: {site_dir}\n")
    with pytest.raises(ConfigError) as info:
        load_project(root)
    assert info.value.lines() == [f"mkdocs.yml: site_dir: {reason}"]


@pytest.mark.parametrize("docs_dir", ["articles", "briefs", "articles/pages", "."])
def test_pages_are_never_written_among_articles_or_briefs(tmp_path, docs_dir) -> None:
    root = tmp_path / "p"
    root.mkdir()
    _config(root, f"docs_dir: {docs_dir}\n")
    with pytest.raises(ConfigError) as info:
        load_project(root)
    assert info.value.lines()[0].startswith(f"mkdocs.yml: docs_dir: '{docs_dir}' overlaps the ")
    assert info.value.lines()[0].endswith(" folder; choose a folder of its own, such as docs")


def test_a_site_folder_holding_the_templates_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "p"
    root.mkdir()
    _config(root, "site_dir: out\n", "    templates: out/templates")
    with pytest.raises(ConfigError) as info:
        load_project(root)
    assert info.value.lines() == [
        "mkdocs.yml: site_dir: 'out' holds the templates folder; choose a folder of its own,"
        " such as site"
    ]


def test_folders_outside_the_project_are_refused_links_too(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "p"
    root.mkdir()
    (root / "briefs").symlink_to(outside, target_is_directory=True)
    _config(root, settings=f"    articles: {outside}")
    with pytest.raises(ConfigError) as info:
        load_project(root)
    assert info.value.lines() == [
        f"mkdocs.yml: extra.briefgen.articles: '{outside}' is outside the project; refused",
        "mkdocs.yml: extra.briefgen.briefs: 'briefs' is outside the project; refused",
    ]


def test_a_brief_linked_to_a_file_outside_the_project_is_refused(tmp_path: Path) -> None:
    root = _site(tmp_path / "s", 1)
    build(root, site=False)
    outside = tmp_path / "outside.yaml"
    outside.write_text((root / "briefs" / "a0.yaml").read_text().replace("id: a0", "id: a9"))
    (root / "briefs" / "a9.yaml").symlink_to(outside)
    with pytest.raises(BriefError) as info:
        build(root, site=False)
    assert info.value.lines() == ["briefs/a9.yaml: a link to a file outside the project; refused"]
    assert outside.is_file()


# mkdocs.yml read as MkDocs reads it; Python tags flagged ------------------------------


def test_env_tags_are_read_as_mkdocs_reads_them(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "p"
    root.mkdir()
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = "site_name: !ENV [BRIEFGEN_TEST_NAME, Fallback]\n" + "\n".join(
        line for line in text.splitlines() if not line.startswith("site_name:")
    )
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert load_project(root).title == "Fallback"
    monkeypatch.setenv("BRIEFGEN_TEST_NAME", "From the environment")
    assert load_project(root).title == "From the environment"


def test_check_flags_python_tags_in_mkdocs_yml(tmp_path: Path) -> None:
    root = tmp_path / "p"
    init_site(root)
    config = root / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").count("\n")
    config.write_text(
        config.read_text(encoding="utf-8")
        + "x_emoji: !!python/name:material.extensions.emoji.twemoji\n"
        + "x_run: !!python/object/apply:os.system ['echo ran']\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    assert result.output == (
        f"mkdocs.yml:{lines + 2}: !!python/object/apply:os.system: runs Python code when the"
        " site is built (mkdocs.yml is trusted like code)\n"
    )
    config.write_text(
        config.read_text(encoding="utf-8").replace("x_run: !!python/object/apply", "# "),
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 0, result.output
    assert (
        f"note: mkdocs.yml:{lines + 1}: !!python/name:material.extensions.emoji.twemoji: "
        "imports Python code when the site is built\n"
    ) in result.output


def test_check_flags_python_tags_in_an_inherited_config(tmp_path: Path) -> None:
    root = tmp_path / "p"
    init_site(root)
    (root / "base.yml").write_text(
        "x_run: !!python/object/apply:os.system ['echo ran']\n", encoding="utf-8"
    )
    config = root / "mkdocs.yml"
    config.write_text("INHERIT: base.yml\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(root)])
    assert result.exit_code == 1
    assert result.output == (
        "base.yml:1: !!python/object/apply:os.system: runs Python code when the"
        " site is built (mkdocs.yml is trusted like code)\n"
    )


def test_a_lone_surrogate_in_actors_yml_or_a_brief_is_one_line(tmp_path: Path) -> None:
    root = _site(tmp_path / "s", 1)
    build(root, site=False)
    (root / "actors.yml").write_text('anna-lima:\n  name: "Anna\\ud800 Lima"\n')
    with pytest.raises(ConfigError) as info:
        build(root, site=False)
    (line,) = info.value.lines()  # libyaml refuses the escape; PyYAML's own reader keeps it
    assert line in (
        "actors.yml: invalid YAML at line 2",
        f"actors.yml: anna-lima.name: {SURROGATE}",
    )
    (root / "actors.yml").unlink()
    brief = root / "briefs" / "a0.yaml"
    brief.write_text(brief.read_text().replace("\ntitle: ", '\ntitle: "\\ud800" # '))
    with pytest.raises(BriefError) as info:
        build(root, site=False)
    assert len(info.value.lines()) == 1 and info.value.lines()[0].startswith("briefs/a0.yaml")


def test_a_lone_surrogate_is_found_wherever_it_is() -> None:
    data = {"title": "ok", "actors": [{"name": "fine"}, {"name": "bad\ud800"}]}
    assert not_text(data) == "actors[1].name"
    assert not_text({"a\udfffb": 1}) == "a?b"
    assert not_text({"title": "ok", "n": 3}) is None
    stored = parse_stored(Path("a.yaml"), 'title: "x"\n', "a.yaml", None)
    assert stored.status == "invalid"


# Unclear errors: the system's own, one line each ------------------------------------


def test_a_file_where_a_folder_goes_is_one_line_and_exit_1(tmp_path: Path) -> None:
    root = _site(tmp_path / "s", 1)
    build(root, site=False)
    brief = root / "briefs" / "a0.yaml"
    brief.write_text(brief.read_text().replace("reviewed: false", "reviewed: true"))
    (root / "articles" / "a0.txt").write_text("Changed\n\nAnna Lima said it changed.\n")
    (root / "briefs" / "fresh").write_text("a file, not a folder\n")
    result = CliRunner().invoke(main, ["build", str(root), "--no-site"])
    assert result.exit_code == 1
    assert result.output.endswith("briefs/fresh: File exists\n"), result.output
    assert result.output.count("\n") == 2 and "Traceback" not in result.output  # note + error
    assert "reviewed: true" in brief.read_text()


def test_a_read_only_folder_is_one_line_and_exit_1(tmp_path: Path, monkeypatch) -> None:
    from briefgen.briefs import store

    root = _site(tmp_path / "s", 1)

    def read_only(path, text, still=None):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(store, "write_atomic", read_only)
    result = CliRunner().invoke(main, ["build", str(root), "--no-site"])
    assert result.exit_code == 1
    assert result.output.endswith("briefs/a0.yaml: Permission denied\n"), result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)


def test_pagefind_dies_with_the_build_that_started_it(tmp_path: Path) -> None:
    """A killed build leaves no indexer running (Linux: the child asks to die with it)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    pidfile = tmp_path / "pagefind.pid"
    fake = tmp_path / "pagefind"
    fake.write_text(f"#!/bin/sh\necho $$ > {pidfile}\nexec sleep 60\n")
    fake.chmod(0o755)
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from briefgen.site.search import index_site
        index_site(Path({str(tmp_path)!r}), keep_index_url=False)
        """
    )
    env = {**os.environ, "PAGEFIND_BINARY_PATH": str(fake)}
    build = subprocess.Popen([sys.executable, "-c", script], env=env)
    try:
        while not pidfile.is_file() or not pidfile.read_text().strip():
            assert build.poll() is None, "the build ended before Pagefind started"
            time.sleep(0.05)
        child = int(pidfile.read_text())
        build.send_signal(signal.SIGKILL)
        build.wait()
        for _ in range(200):  # up to 10 s for the kernel to deliver the signal
            if not _running(child):
                break
            time.sleep(0.05)
        assert not _running(child)
    finally:
        if pidfile.is_file() and _running(int(pidfile.read_text())):
            os.kill(int(pidfile.read_text()), signal.SIGKILL)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its parent has to reap it


def test_an_alias_that_holds_itself_in_actors_yml_is_one_line(tmp_path: Path) -> None:
    root = _site(tmp_path / "s", 1)
    build(root, site=False)
    (root / "actors.yml").write_text("anna-lima: &a [*a]\n")  # a list that contains itself
    with pytest.raises(ConfigError) as info:
        build(root, site=False)
    assert info.value.lines() == ["actors.yml: invalid YAML: nested too deeply"]
