"""MkDocs' command-line conventions and the messages the README promises, exact text."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.briefs.store import load
from briefgen.cli import main

SEED = "000_83b8f2cce4d8eb98"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A site made by `briefgen init` and built once (no site step: these tests need pages)."""
    root = tmp_path_factory.mktemp("conventions") / "briefing"
    assert run("init", str(root), "--requirement", "0.1.0").exit_code == 0
    assert run("build", str(root), "--no-site").exit_code == 0
    return root


@pytest.fixture
def site(built: Path, tmp_path: Path) -> Path:
    """A copy of the built site that a test may change."""
    return Path(shutil.copytree(built, tmp_path / "briefing", symlinks=True))


def test_stage_lines_say_one_article_not_one_articles(tmp_path: Path) -> None:
    assert run("init", str(tmp_path / "s")).exit_code == 0
    result = run("build", str(tmp_path / "s"), "--no-site", env={"CI": "true"})
    assert "read 1 article\nextracted 1 article\nfound 3 actors\n" in result.output


def test_a_brief_with_a_yaml_syntax_error_is_file_line_field_reason(site: Path) -> None:
    path = site / "briefs" / f"{SEED}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("summary:"))
    lines[at] = "summary: [an unclosed list"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("check", str(site))
    assert result.exit_code == 1
    assert result.output == (
        f"briefs/{SEED}.yaml:{at + 1}: summary: invalid YAML (did not find expected ',' or ']')\n"
    )


def test_build_on_a_missing_folder_is_a_usage_error_like_eval(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    for command in ("build", "check", "actors", "serve"):
        result = run(command, str(missing))
        assert result.exit_code == 2
        assert result.output.splitlines()[-1] == (
            f"Error: Invalid value for '[DIRECTORY]': Directory '{missing}' does not exist."
        )


def test_an_unsupported_file_in_articles_gets_a_one_line_note(site: Path) -> None:
    (site / "articles" / "notes.docx").write_bytes(b"PK\x03\x04")
    result = run("build", str(site), "--no-site")
    assert result.exit_code == 0
    assert (
        "note: articles/notes.docx: not an article type briefgen reads (.txt, .md, .html); "
        "ignored\n"
    ) in result.output


def test_actors_of_one_brief_list_the_references_actors_yml_takes(built: Path) -> None:
    result = run("actors", str(built), "--brief", SEED)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    brief = load(built / "briefs" / f"{SEED}.yaml").brief
    assert brief is not None
    count = len(brief.actors)  # extraction may find more or fewer; the form stays
    assert lines[0] == f"{count} actors in briefs/{SEED}.yaml"
    assert lines[2].split() == ["reference", "name", "kind", "positions", "page"]
    rows = {line.split()[0]: line.split() for line in lines[3 : 3 + count]}
    assert len(rows) == count and lines[3 + count] == ""
    assert rows[f"{SEED}/volodymyr-zelensky"][-2:] == ["11", "volodymyr-zelensky"]
    assert rows[f"{SEED}/kremlin"][-1] == "-"  # one brief's actor: no page of its own
    assert lines[-1] == (
        "In actors.yml, an entry's `merge` takes a page id; `mentions` (or `split`, to keep "
        "it out) takes a reference."
    )
    wrong = run("actors", str(built), "--brief", "nope")
    assert wrong.exit_code == 2
    assert wrong.output == f"--brief: no brief nope (briefs: {SEED})\n"


def test_config_file_option_and_the_mkdocs_yaml_spelling(site: Path, tmp_path: Path) -> None:
    (site / "mkdocs.yml").rename(site / "mkdocs.yaml")
    assert run("check", str(site)).output == "ok: 1 brief valid\n"
    moved = site / "mkdocs.yaml"
    result = run("check", "-f", str(moved))
    assert result.exit_code == 0 and result.output == "ok: 1 brief valid\n"
    both = run("check", str(site), "-f", str(moved))
    assert both.exit_code == 2
    assert "Error: give DIRECTORY or -f/--config-file, not both" in both.output


def test_quiet_prints_only_errors_and_verbose_every_file(site: Path) -> None:
    assert run("build", str(site), "--no-site", "-q").output == ""
    (site / "docs" / "questions.md").unlink()
    verbose = run("build", str(site), "--no-site", "-v")
    assert verbose.exit_code == 0
    assert "wrote questions.md\n" in verbose.output


def test_site_dir_and_clean(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    result = run("build", str(site), "-d", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file() and not (site / "site").exists()
    cache = site / ".briefgen-cache"
    assert (cache / "briefs.pickle").is_file()
    (cache / "marker").write_text("from an older build", encoding="utf-8")
    again = run("build", str(site), "-d", str(out), "--clean")
    assert again.exit_code == 0
    assert not (cache / "marker").exists()
    assert "(unchanged)" not in again.output  # the site was built again, not kept
    # A relative folder is the project's, as in MkDocs, wherever the command runs.
    assert run("build", str(site), "-d", "public", "-q").exit_code == 0
    assert (site / "public" / "index.html").is_file()


def test_site_dir_never_replaces_a_project_folder(site: Path) -> None:
    for target, folder in (("docs", "docs"), (".", "project"), ("articles/out", "articles")):
        result = run("build", str(site), "-d", str(site / target))
        assert result.exit_code == 2
        where = Path(target).as_posix()
        assert result.output == (
            f"-d/--site-dir: {where} would replace the {folder} folder or sit in it; "
            "the site needs a folder of its own\n"
        )
    assert (site / "docs" / "index.md").is_file() and not (site / "articles" / "out").exists()


def test_site_url_option_makes_feed_links_absolute(site: Path) -> None:
    result = run("build", str(site), "--no-site", "--site-url", "https://example.org/repo")
    assert result.exit_code == 0
    feed = (site / "docs" / "feed.xml").read_text(encoding="utf-8")
    assert "https://example.org/repo/briefs/" in feed
    bad = run("build", str(site), "--site-url", "example.org")
    assert bad.exit_code == 2
    assert "must be an http:// or https:// address" in bad.output


def test_in_github_actions_a_skipped_article_is_a_warning_and_in_the_summary(
    site: Path, tmp_path: Path
) -> None:
    (site / "articles" / "empty.txt").write_bytes(b"")
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "CI": "true"}
    result = run("build", str(site), "--no-site", "--keep-going", env=env)
    assert result.exit_code == 0
    assert "::warning file=articles/empty.txt,title=article skipped::empty article (no text)\n" in (
        result.output
    )
    assert summary.read_text(encoding="utf-8") == (
        "### 1 article skipped\n\n"
        "The rest of the site was built. Fix these and push again:\n\n"
        "| article | why |\n| --- | --- |\n"
        "| `articles/empty.txt` | empty article (no text) |\n\n"
    )
    assert run("build", str(site), "--no-site").exit_code == 1  # without --keep-going


def test_serve_refuses_a_nonsense_address_and_a_busy_port(built: Path) -> None:
    result = run("serve", str(built), "-a", "nonsense")
    assert result.exit_code == 2
    assert result.output == (
        "-a/--dev-addr: 'nonsense' is not an address to serve on (HOST:PORT, for example "
        "127.0.0.1:8000)\n"
    )
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", str(built), "-a", f"127.0.0.1:{port}")
    assert result.exit_code == 2
    assert result.output == (
        f"-a/--dev-addr: 127.0.0.1:{port} is already in use; stop what serves there or pick "
        f"another port (-a 127.0.0.1:{port + 1})\n"
    )


def test_init_writes_the_requirement_asked_for(tmp_path: Path) -> None:
    spec = "git+https://github.com/example/briefgen@v0.1.0"
    result = run("init", str(tmp_path / "s"), "--requirement", spec)
    assert result.exit_code == 0
    lines = (tmp_path / "s" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert lines[-1] == f"briefgen @ {spec}"
    run("init", str(tmp_path / "t"), "--requirement", "0.2.0")
    assert (tmp_path / "t" / "requirements.txt").read_text().splitlines()[-1] == "briefgen==0.2.0"


def test_a_merge_the_surname_rule_already_made_prints_no_note() -> None:
    from conftest import brief_entry

    from briefgen.briefs.schema import parse_actors
    from briefgen.corpus import build_corpus

    entries = [
        brief_entry(f"b{i}", f"2025-01-0{i}", [("Ann Quayle", "person")], ["Ann Quayle"])
        for i in (1, 2)
    ]
    entries.append(brief_entry("b3", "2025-01-03", [("Quayle", "person")], ["Quayle"]))
    registry, problems = parse_actors(
        {"ann-quayle": {"name": "Ann Quayle", "merge": ["quayle", "nobody"]}}, "actors.yml"
    )
    assert not problems
    corpus = build_corpus(entries, registry, "actors.yml")
    assert [(a.id, len(a.briefs)) for a in corpus.actors] == [("ann-quayle", 3)]
    assert corpus.notes == ["actors.yml: ann-quayle.merge[1]: no actor nobody to merge; no effect"]
