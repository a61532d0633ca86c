"""One wording for broken YAML and for addresses that are not web addresses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from briefgen.errors import ArticleError, ConfigError
from briefgen.ingest.fetch import read_feed_list
from briefgen.inputs import is_web_address, parse_yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: 1\nb: [open\n", 3),
        ("a: 1\n  b: 2\n", 2),
        ('key: "unended\n', 2),
    ],
)
def test_broken_yaml_names_its_line(text: str, line: int) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_yaml(text, "notes.yml")
    assert caught.value.lines() == [f"notes.yml: invalid YAML at line {line}"]


def test_the_line_counts_from_where_the_text_starts_in_its_file() -> None:
    with pytest.raises(ArticleError) as caught:
        parse_yaml("a: [x\n", "p.md", field="front matter", first_line=2, error=ArticleError)
    assert caught.value.lines() == ["p.md: front matter: invalid YAML at line 3"]


def test_yaml_too_deep_or_out_of_range_is_one_line() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_yaml("[" * 5000 + "]" * 5000, "deep.yml")
    assert caught.value.lines()[0].startswith("deep.yml: invalid YAML")
    with pytest.raises(ConfigError) as caught:
        parse_yaml("when: 2024-99-99\n", "when.yml")
    assert caught.value.lines() == ["when.yml: invalid YAML"]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("https://news.example/story", True),
        ("HTTP://NEWS.EXAMPLE/", True),
        ("ftp://news.example/", False),
        ("javascript:alert(1)", False),
        ("https://news.example/a b", False),
        ('https://news.example/"><script>', False),
        ("https://", False),
        ("news.example/story", False),
        (None, False),
        (["https://news.example/"], False),
    ],
)
def test_web_addresses(value: object, ok: bool) -> None:
    assert is_web_address(value) is ok


def test_a_feeds_file_with_broken_yaml_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yml"
    path.write_text("feeds:\n  - https://a.example/feed\n  - [oops\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_feed_list(path, "feeds.yml")
    assert caught.value.lines() == ["feeds.yml: invalid YAML at line 4"]


def test_the_helpers_import_only_errors_from_briefgen() -> None:
    tree = ast.parse((ROOT / "briefgen" / "inputs.py").read_text(encoding="utf-8"))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefgen")
    }
    assert imported == {"briefgen.errors"}
