"""Site project settings: where articles, briefs, pages and the site live.

A briefing site is a folder with an `mkdocs.yml`. briefgen reads the site title and the
`docs_dir`/`site_dir` from it, and its own settings from `extra.briefgen`:

```yaml
extra:
  briefgen:
    articles: articles   # folder of articles (.txt, .md, .html)
    latest: 20           # how many briefs the home page lists
```

`Settings` below is the one list of these settings, each with its docstring; `briefgen
schema settings` exports it as a JSON Schema and the site's "Brief format" page lists it.

The project is found by its folder (`mkdocs.yml`, else `mkdocs.yaml`) or by the path of
its config file, as MkDocs' `-f/--config-file` gives it.
"""

from __future__ import annotations

import os
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError
from yaml_env_tag import construct_env_tag

from briefgen.errors import ConfigError, Problem
from briefgen.inputs import NOT_AN_ADDRESS, is_web_address, parse_yaml

CONFIG_FILE = "mkdocs.yml"
CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")


def _path(value: Any) -> Any:
    if not isinstance(value, str) or not value.strip():
        raise PydanticCustomError("path", "must be a path")
    return value


def _whole(value: Any) -> Any:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise PydanticCustomError("whole", "must be a whole number of 1 or more")
    return value


SettingPath = Annotated[str, Field(min_length=1), BeforeValidator(_path)]
"""A path relative to the project folder."""
WholeNumber = Annotated[int, Field(ge=1), BeforeValidator(_whole)]
"""A whole number of 1 or more (not `true`, not `"20"`)."""


class Settings(BaseModel):
    """briefgen's settings, under `extra.briefgen` in `mkdocs.yml`; every one is optional."""

    # A typo such as `artciles:` must be an error, not a silently ignored setting.
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True, frozen=True)

    articles: SettingPath = "articles"
    """Folder of articles (`.txt`, `.md`, `.html`), relative to `mkdocs.yml`."""
    briefs: SettingPath = "briefs"
    """Folder of briefs (`.yaml`), one per article."""
    templates: SettingPath = "templates"
    """Folder of page templates that override the packaged ones."""
    actors: SettingPath = "actors.yml"
    """Who is who across briefs: the `actors.yml` file (optional)."""
    latest: WholeNumber = 20
    """How many briefs the home page lists."""
    actor_pages: Literal["recurring", "all"] = "recurring"
    """Which actors get a page: `recurring` (listed in `actors.yml`, named in two briefs and
    saying something, or named in three) or `all`."""
    search: Literal["auto", "material", "pagefind"] = "auto"
    """Site search: `auto` (by the number of briefs), `material` or `pagefind`."""
    engine: Literal["material", "zensical"] = "material"
    """What builds the site: `material` (MkDocs with Material) or `zensical`."""


SEARCH_ENGINES: tuple[str, ...] = typing.get_args(Settings.model_fields["search"].annotation)
SITE_ENGINES: tuple[str, ...] = typing.get_args(Settings.model_fields["engine"].annotation)


def _setting_reason(err: ErrorDetails) -> str:
    """Say what is wrong with one setting, in the words the CLI has always used."""
    if err["type"] == "extra_forbidden":
        return f"unknown setting (known: {', '.join(Settings.model_fields)})"
    if err["type"] == "literal_error":
        choices = typing.get_args(Settings.model_fields[str(err["loc"][0])].annotation)
        if len(choices) == 2:
            return f"must be {choices[0]} or {choices[1]}"
        return f"must be one of {', '.join(choices)}"
    return err["msg"]


def parse_settings(raw: Any) -> tuple[Settings, list[Problem]]:
    """Validate `extra.briefgen`; return the settings (defaults where wrong) and every problem."""
    if raw is None:
        return Settings(), []
    if not isinstance(raw, dict):
        return Settings(), [Problem(CONFIG_FILE, "extra.briefgen", "must be a mapping")]
    try:
        return Settings.model_validate(raw), []
    except ValidationError as exc:
        errors = exc.errors()
    # Unknown settings first: a misspelt key explains the "missing" one below it.
    errors.sort(key=lambda err: err["type"] != "extra_forbidden")
    problems = [
        Problem(
            CONFIG_FILE, f"extra.briefgen.{'.'.join(map(str, err['loc']))}", _setting_reason(err)
        )
        for err in errors
    ]
    bad = {str(err["loc"][0]) for err in errors}
    good = {
        key: value for key, value in raw.items() if key in Settings.model_fields and key not in bad
    }
    return Settings.model_validate(good), problems


class _Loader(yaml.SafeLoader):
    """A safe YAML loader for mkdocs.yml: `!ENV` as MkDocs reads it, other tags as plain
    values, and the Python tags (`!!python/...`) it saw noted, never run."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.python_tags: list[tuple[int, str]] = []


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


def _python_tag(loader: _Loader, suffix: str, node: yaml.Node) -> Any:
    loader.python_tags.append((node.start_mark.line + 1, f"!!python/{suffix}"))
    return _any_tag(loader, suffix, node)


_Loader.add_multi_constructor("!", _any_tag)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _python_tag)
# `site_name: !ENV [NAME, default]`: the variable's value, as MkDocs reads it.
_Loader.add_constructor("!ENV", construct_env_tag)
# Python tags that only name something; the others call code as MkDocs reads the file.
NAMING_TAGS = ("!!python/name:", "!!python/module:")


@dataclass(frozen=True)
class Project:
    """A briefing site project and its folders (all absolute)."""

    root: Path
    config_file: Path
    title: str
    articles: Path
    briefs: Path
    docs: Path
    site: Path
    templates: Path
    actors_file: Path
    latest: int
    actor_pages: str = "recurring"
    """Which actors get a page: `recurring` (see `briefgen.corpus`) or `all`."""
    directory_urls: bool = True
    """MkDocs' `use_directory_urls`: `actors/x/` addresses rather than `actors/x.html`."""
    search: str = "auto"
    """Site search: `auto` (by the number of briefs), `material` or `pagefind`."""
    site_url: str = ""
    """MkDocs' `site_url` with a trailing slash, or empty: feeds then use relative links."""
    python_tags: tuple[tuple[Path, int, str], ...] = ()
    """Python tags in mkdocs.yml and the files it inherits from (file, line, tag): MkDocs
    runs them; `briefgen check` flags them."""
    engine: str = "material"
    """What builds the site: `material` (MkDocs with Material) or `zensical`."""
    inherited: tuple[Path, ...] = ()
    """The config files mkdocs.yml inherits settings from (`INHERIT:`), nearest first."""

    def url(self, page: str) -> str:
        """Return the site address of a page given by its path under docs/ (`actors/x.md`)."""
        path, _, anchor = page.partition("#")
        path = path.removesuffix(".md")
        if not self.directory_urls:
            path += ".html"
        elif path == "index" or path.endswith("/index"):
            path = path.removesuffix("index")
        else:
            path += "/"
        return path + (f"#{anchor}" if anchor else "")

    def rel(self, path: Path) -> str:
        """Return a path relative to the project root, with POSIX slashes, for messages."""
        for candidate in (Path(os.path.abspath(path)), path.resolve()):
            # The path as given first: a link is named where it is, not where it points.
            try:
                return candidate.relative_to(self.root).as_posix()
            except ValueError:
                continue
        return path.as_posix()


def load_project(root: Path | str = ".") -> Project:
    """Read a project's settings; raise ConfigError listing every problem at once.

    `root` is the project folder or its config file (`-f`).
    """
    root = Path(root).resolve()
    if root.is_file():
        root, config_file = root.parent, root
    else:
        found = (root / name for name in CONFIG_NAMES)
        config_file = next((path for path in found if path.is_file()), root / CONFIG_FILE)
    if not root.is_dir():
        raise ConfigError(Problem(str(root), "", "not a folder"))
    if not config_file.is_file():
        raise ConfigError(
            Problem(CONFIG_FILE, "", f"not found in {root} (run `briefgen init` to create a site)")
        )
    data, python_tags, inherited = _read_config(config_file)
    extra = data.get("extra") or {}
    raw = extra.get("briefgen") if isinstance(extra, dict) else None
    settings, problems = parse_settings(raw)
    site_name = data.get("site_name")
    if not isinstance(site_name, str) or not site_name.strip():
        problems.append(Problem(CONFIG_FILE, "site_name", "required"))
        site_name = "Briefing"
    site_url = data.get("site_url") or ""
    if not isinstance(site_url, str) or (site_url and not is_web_address(site_url)):
        problems.append(Problem(CONFIG_FILE, "site_url", NOT_AN_ADDRESS))
        site_url = ""
    site_url = site_url.rstrip("/") + "/" if site_url else ""
    for key in ("docs_dir", "site_dir"):
        if key in data and not isinstance(data[key], str):
            problems.append(Problem(CONFIG_FILE, key, "must be a path"))
    if problems:
        raise ConfigError(problems)
    docs = root / str(data.get("docs_dir") or "docs")
    site = root / str(data.get("site_dir") or "site")
    folders = {
        "docs_dir": docs,
        "site_dir": site,
        **{
            f"extra.briefgen.{key}": root / getattr(settings, key)
            for key in ("articles", "briefs", "templates", "actors")
        },
    }
    problems = folder_problems(root, folders)
    if problems:
        raise ConfigError(problems)
    return Project(
        root=root,
        config_file=config_file,
        title=site_name.strip(),
        articles=root / settings.articles,
        briefs=root / settings.briefs,
        docs=docs,
        site=site,
        templates=root / settings.templates,
        actors_file=root / settings.actors,
        latest=settings.latest,
        actor_pages=settings.actor_pages,
        directory_urls=data.get("use_directory_urls", True) is not False,
        search=settings.search,
        site_url=site_url,
        python_tags=tuple(python_tags),
        engine=settings.engine,
        inherited=tuple(inherited),
    )


def _read_config(
    config_file: Path, name: str = CONFIG_FILE, seen: tuple[Path, ...] = ()
) -> tuple[dict[Any, Any], list[tuple[Path, int, str]], list[Path]]:
    """Return mkdocs.yml as a mapping, the Python tags in it (file, line, tag) and the files it
    inherits from. As MkDocs reads it, `INHERIT: PATH` (relative to the file) names a
    parent config file whose settings the file's own extend: mappings merged key by key,
    any other value replaced."""
    try:
        text = config_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Problem(name, "", f"cannot read ({exc})")) from None
    python_tags: list[tuple[Path, int, str]] = []

    def load(text: str) -> Any:
        loader = _Loader(text)
        try:
            return loader.get_single_data()
        finally:
            python_tags.extend((config_file, line, tag) for line, tag in loader.python_tags)
            loader.dispose()

    data = parse_yaml(text, name, load=load) or {}
    if not isinstance(data, dict):
        raise ConfigError(Problem(name, "", "must be a mapping of settings"))
    if "INHERIT" not in data:
        return data, python_tags, []
    relpath = data.pop("INHERIT")
    if not isinstance(relpath, str) or not relpath.strip():
        raise ConfigError(Problem(name, "INHERIT", "must be a path"))
    parent = Path(os.path.normpath(config_file.parent / relpath))
    if not parent.is_file():
        raise ConfigError(Problem(name, "INHERIT", f"'{relpath}' does not exist at {parent}"))
    chain = (*seen, config_file.resolve())
    if parent.resolve() in chain:
        raise ConfigError(Problem(name, "INHERIT", f"'{relpath}' inherits from itself"))
    settings, tags, inherited = _read_config(parent, relpath, chain)
    return _merge(settings, data), python_tags + tags, [parent, *inherited]


def _merge(parent: dict[Any, Any], child: dict[Any, Any]) -> dict[Any, Any]:
    """Return a parent config's settings extended by a child's, as MkDocs merges them
    (`mergedeep`): mappings key by key, any other value replaced."""
    out = dict(parent)
    for key, value in child.items():
        if isinstance(out.get(key), dict) and isinstance(value, dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


CACHE_DIR = ".briefgen-cache"


def folder_problems(root: Path, folders: dict[str, Path]) -> list[Problem]:
    """Return a problem for each configured folder outside the project (links followed),
    and for a site folder that would replace the project or one of its folders.

    briefgen replaces the whole site folder on every build: `site_dir: briefs` would
    put the site where the briefs were, and `site_dir: .` the project itself.
    """
    problems = []
    real = {key: path.resolve() for key, path in folders.items()}
    for key, path in real.items():
        if not path.is_relative_to(root):
            where = folders[key].relative_to(root) if folders[key].is_relative_to(root) else path
            reason = f"'{where.as_posix()}' is outside the project; refused"
            problems.append(Problem(CONFIG_FILE, key, reason))
    # Pages written into the articles would be read back as articles, and so on.
    docs = real["docs_dir"]
    for what in ("articles", "briefs"):
        other = real[f"extra.briefgen.{what}"]
        if docs == other or docs.is_relative_to(other) or other.is_relative_to(docs):
            named = (
                folders["docs_dir"].relative_to(root).as_posix()
                if docs.is_relative_to(root)
                else docs
            )
            reason = (
                f"'{named}' overlaps the {what} folder; choose a folder of its own, such as docs"
            )
            problems.append(Problem(CONFIG_FILE, "docs_dir", reason))
    site = real["site_dir"]
    if not site.is_relative_to(root):
        return problems
    named = folders["site_dir"].relative_to(root).as_posix()
    if site == root:
        reason = f"'{named}' is the project folder; choose a folder of its own, such as site"
        return [*problems, Problem(CONFIG_FILE, "site_dir", reason)]
    others = {
        "articles": real["extra.briefgen.articles"],
        "briefs": real["extra.briefgen.briefs"],
        "docs": real["docs_dir"],
        "templates": real["extra.briefgen.templates"],
        "cache": root / CACHE_DIR,
        "actors file": real["extra.briefgen.actors"],
    }
    for what, other in others.items():
        if site == other:
            clash = f"is the {what} folder"
        elif site.is_relative_to(other):
            clash = f"lies inside the {what} folder"
        elif other.is_relative_to(site):
            clash = f"holds the {what}" + (" folder" if what != "actors file" else "")
        else:
            continue
        reason = f"'{named}' {clash}; choose a folder of its own, such as site"
        problems.append(Problem(CONFIG_FILE, "site_dir", reason))
    return problems
