"""The command line end to end: init, build, check, extract, eval; messages and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_83b8f2cce4d8eb98"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A new site made by `briefgen init` and built by `briefgen build`."""
    root = tmp_path_factory.mktemp("site") / "briefing"
    result = run("init", str(root))
    assert result.exit_code == 0, result.output
    result = run("build", str(root))
    assert result.exit_code == 0, result.output
    assert "built: 1 brief (1 extracted, 0 reused, 0 kept, 0 removed)" in result.output
    return root


def test_build_makes_briefs_pages_and_a_searchable_site(site):
    assert (site / "briefs" / f"{SEED}.yaml").is_file()
    assert (site / "docs" / "index.md").is_file()
    assert (site / "site" / "index.html").is_file()
    actor = (site / "site" / "actors" / "volodymyr-zelensky.html").read_text(encoding="utf-8")
    assert "Putin cannot exit this war because that would leave him with nothing." in actor
    index = json.loads((site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    zelensky = [
        d for d in index["docs"] if d["location"].startswith("actors/volodymyr-zelensky.html")
    ]
    assert any("Putin cannot exit this war" in d["text"] for d in zelensky)
    brief = (site / "site" / "briefs" / "000-83b8f2cce4d8eb98.html").read_text(encoding="utf-8")
    assert 'id="p6"' in brief  # the paragraph the position links to
    data = json.loads((site / "site" / "data" / "actors.json").read_text(encoding="utf-8"))
    assert any(a["id"] == "volodymyr-zelensky" for a in data["actors"])
    assert (site / "site" / "data" / "briefs.schema.json").is_file()
    assert (site / "site" / "assets" / "briefgen" / "tablesort.js").is_file()


def test_rebuild_keeps_a_reviewed_brief(site):
    path = site / "briefs" / f"{SEED}.yaml"
    text = path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true")
    text = text.replace("summary: ", "summary: Checked by the desk. ", 1)
    path.write_text(text, encoding="utf-8")
    result = run("build", str(site), "--no-site")
    assert result.exit_code == 0, result.output
    assert f"kept briefs/{SEED}.yaml (reviewed)" in result.output
    assert path.read_text(encoding="utf-8") == text


def test_check_reports_every_problem_and_exits_1(site, tmp_path):
    broken = site / "briefs" / "broken.yaml"
    broken.write_text(
        "schema: 1\nid: broken\ntitle: ''\nsource: {path: x.txt, sha256: nope}\nactors: []\n",
        encoding="utf-8",
    )
    try:
        result = CliRunner().invoke(main, ["check", str(site)])
    finally:
        broken.unlink()
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "briefs/broken.yaml:3: title: String should have at least 1 character",
        "briefs/broken.yaml:4: source.sha256: String should match pattern '^[0-9a-f]{64}$'",
    ]


def test_check_catches_text_that_is_not_the_article(site):
    path = site / "briefs" / f"{SEED}.yaml"
    before = path.read_text(encoding="utf-8")
    path.write_text(
        before.replace("Putin cannot exit this war", "Putin can exit this war", 1), encoding="utf-8"
    )
    try:
        result = CliRunner().invoke(main, ["check", str(site)])
    finally:
        path.write_text(before, encoding="utf-8")
    assert result.exit_code == 1
    text = path.read_text(encoding="utf-8")
    line_no = text[: text.index("Putin cannot exit this war")].count("\n") + 1
    wrong = [line for line in result.output.splitlines() if "is not the article's text" in line]
    assert len(wrong) == 1 and wrong[0].startswith(f"briefs/{SEED}.yaml:{line_no}: positions[")
    assert wrong[0].endswith(".text: is not the article's text at 966:1035")


def test_check_passes_on_a_good_site(site):
    result = run("check", str(site))
    assert result.exit_code == 0
    assert result.output == "ok: 1 brief valid\n"


def test_unreadable_article_is_one_line_and_exit_1(tmp_path):
    assert run("init", str(tmp_path / "s")).exit_code == 0
    (tmp_path / "s" / "articles" / "empty.txt").write_bytes(b"")
    (tmp_path / "s" / "articles" / "bad.txt").write_bytes(b"caf\xc3\xa9 \xff")
    (tmp_path / "s" / "articles" / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    outside = tmp_path / "secret.txt"
    outside.write_text("date 2025-01-01\nSecret\n\nA secret said nothing.\n", encoding="utf-8")
    (tmp_path / "s" / "articles" / "link.txt").symlink_to(outside)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "s"), "--no-site"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    # The good article still builds; every bad one is one line, after the summary.
    assert lines[-6].startswith("built: 1 brief (1 extracted, 0 reused, 0 kept, 0 removed)")
    assert lines[-5:] == [
        "skipped 4 articles:",
        "articles/bad.txt: not valid UTF-8 (byte 0xff at offset 6)",
        "articles/binary.txt: binary file, not text",
        "articles/empty.txt: empty article (no text)",
        "articles/link.txt: a link to a file outside the project; refused",
    ]


def test_init_never_overwrites(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: Mine\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 1
    assert (
        result.output
        == f"{tmp_path.as_posix()}/mkdocs.yml: already exists; init never overwrites\n"
    )
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Mine\n"


def test_build_outside_a_site_says_so(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path)])
    assert result.exit_code == 1
    assert (
        result.output
        == f"mkdocs.yml: not found in {tmp_path.resolve()} (run `briefgen init` to create a site)\n"
    )


def test_extract_writes_one_brief_per_article(tmp_path):
    article = ROOT / "articles" / f"{SEED}.txt"
    result = run("extract", str(article), "--out", str(tmp_path))
    assert result.exit_code == 0
    assert result.output == f"wrote {tmp_path.as_posix()}/{SEED}.yaml\n"
    assert (
        run("extract", str(article), "--out", str(tmp_path)).output
        == f"unchanged {tmp_path.as_posix()}/{SEED}.yaml\n"
    )


def test_extract_prints_yaml_without_out():
    result = run("extract", str(ROOT / "articles" / f"{SEED}.txt"))
    assert result.output.startswith("# Brief written by briefgen")
    assert "name: Volodymyr Zelensky" in result.output


def test_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(main, ["extract"]).exit_code == 2
    assert CliRunner().invoke(main, ["build", "--nope"]).exit_code == 2
    assert CliRunner().invoke(main, ["eval", str(tmp_path / "missing")]).exit_code == 2


def test_eval_prints_the_measure(tmp_path):
    (tmp_path / "seed.txt").write_bytes((ROOT / "articles" / f"{SEED}.txt").read_bytes())
    (tmp_path / "seed.gold.yaml").write_bytes(
        (ROOT / "tests" / "fixtures" / f"{SEED}.gold.yaml").read_bytes()
    )
    lines = run("eval", str(tmp_path)).output.splitlines()
    # First the predicted actors no gold actor matches, then the figures.
    assert lines[0].startswith("predicted actors with positions matching no gold actor: ")
    assert any(line.startswith("1 articles, 30 gold attributions") for line in lines)
    assert [line[:24].strip() for line in lines[-6:]] == [
        "spans @30% overlap",
        "spans @80% overlap",
        "speaker accuracy",
        "attributed @30% overlap",
        "open questions recall",
        "questions per article",
    ]
    assert float(lines[-3].split()[-1]) >= 0.95  # attributed F1 on the example article


def test_schema_command_matches_the_file():
    assert run("schema").output == (ROOT / "schema" / "brief.schema.json").read_text(
        encoding="utf-8"
    )


def test_schema_command_exports_the_settings():
    output = run("schema", "settings").output
    assert output == (ROOT / "schema" / "settings.schema.json").read_text(encoding="utf-8")
    assert '"additionalProperties": false' in output
    assert '"actor_pages"' in output


def test_markdown_and_html_articles_build_too(tmp_path):
    root = tmp_path / "s"
    assert run("init", str(root)).exit_code == 0
    (root / "articles" / "talks.md").write_text(
        "---\ntitle: Talks resume\ndate: 2025-03-11\nurl: https://example.org/riyadh\n"
        "outlet: Example News\n---\n# Talks resume\n\n"
        'US Secretary of State Marco Rubio said the talks were "constructive".\n',
        encoding="utf-8",
    )
    (root / "articles" / "web.html").write_text(
        "<html><head><title>Web</title><script>alert(1)</script></head><body><h1>Kremlin responds</h1>"
        '<p>"We need details," said Dmitry Peskov, the Kremlin spokesman.</p></body></html>',
        encoding="utf-8",
    )
    result = run("build", str(root))
    assert result.exit_code == 0, result.output
    assert run("check", str(root)).output == "ok: 3 briefs valid\n"
    talks = (root / "site" / "briefs" / "talks.html").read_text(encoding="utf-8")
    assert "Example News" in talks and 'href="https://example.org/riyadh"' in talks
    web = (root / "site" / "briefs" / "web.html").read_text(encoding="utf-8")
    assert "We need details" in web and "Dmitry Peskov" in web
    # One position in one brief: Peskov stays on the brief (actor_pages: recurring).
    assert not (root / "site" / "actors" / "dmitry-peskov.html").exists()
    assert "alert(1)" not in (root / "briefs" / "web.yaml").read_text(encoding="utf-8")


def test_actors_lists_actors_and_says_what_actors_yml_gets_wrong(site):
    result = run("actors", str(site), "--min-positions", "3")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("3 actors in 1 brief (3 with 3 or more positions); 3 shown")
    assert lines[2].split() == ["id", "name", "kind", "positions", "briefs", "last", "seen"]
    assert lines[3].split()[:3] == ["volodymyr-zelensky", "Volodymyr", "Zelensky"]
    assert lines[-1] == "no probable duplicates"
    registry = site / "actors.yml"
    before = registry.read_text(encoding="utf-8")
    registry.write_text(
        "putin:\n  name: Vladimir Putin\n  split: [gone/putin]\n"
        "vvp:\n  name: V. V. Putin\n  aliases: [vladimir putin]\n",
        encoding="utf-8",
    )
    try:
        clash = CliRunner().invoke(main, ["check", str(site)])
        registry.write_text(
            "putin:\n  name: Vladimir Putin\n  split: [gone/putin]\n", encoding="utf-8"
        )
        stale = CliRunner().invoke(main, ["check", str(site)])
    finally:
        registry.write_text(before, encoding="utf-8")
    assert clash.exit_code == 1
    assert clash.output == "actors.yml: vvp.aliases[0]: already claimed by putin\n"
    assert stale.exit_code == 0
    assert stale.output == (
        "note: actors.yml: putin.split[0]: no brief actor gone/putin; no effect\n"
        "ok: 1 brief valid\n"
    )
