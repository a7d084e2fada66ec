"""MkDocs hook: generate the reference pages when the site is built, never by hand.

* ``reference/<kind>.md`` — the file-format reference, from ``schemas/*.schema.json``;
* ``reference/cli.md`` — the command-line reference, from the argparse parsers;
* ``reference/api.md`` — the Python API reference, from ``unikom._public.PUBLIC``
  and each public module's ``__all__`` (docstrings and signatures by mkdocstrings);
* ``examples/<name>.md`` and ``.html`` — each example under ``examples/`` rendered
  with ``unikom render``;
* ``schemas/*.schema.json`` — the schemas themselves, published beside the site so
  that editors can fetch them (``unikom.checking.kinds.SCHEMA_BASE_URL``).

The functions that build the text are plain, so tests can call them without MkDocs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
EXAMPLES = ROOT / "examples"

# -- the file-format reference ----------------------------------------------------


def _anchor(name: str) -> str:
    return name.lower()


def describe_type(schema: dict[str, Any]) -> str:
    """Describe a schema fragment's type in words, linking to definitions."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        label = "text, in one or more languages" if name == "Text" else name
        return f"[{label}](#{_anchor(name)})"
    if "const" in schema:
        return f"`{json.dumps(schema['const'], ensure_ascii=False)}`"
    if "enum" in schema:
        return "one of " + ", ".join(f"`{value}`" for value in schema["enum"])
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return " or ".join(describe_type(branch) for branch in schema[combinator])
    kind = schema.get("type")
    if kind == "array":
        return f"list of {describe_type(schema.get('items', {}))}"
    if kind == "string":
        if schema.get("format") == "date":
            return "date (YYYY-MM-DD)"
        return "plain text"
    if kind == "object":
        if "propertyNames" in schema:
            return "a mapping from language tag (nb, nn, en …) to text"
        return "mapping"
    names = {"integer": "whole number", "number": "number", "boolean": "true or false"}
    return names.get(str(kind), str(kind))


def describe_limits(schema: dict[str, Any]) -> str:
    """Describe the constraints on a value (pattern, lengths, bounds), or ''."""
    found = []

    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    if "minItems" in schema:
        found.append("at least " + count(schema["minItems"], "item", "items"))
    if "maxItems" in schema:
        found.append("at most " + count(schema["maxItems"], "item", "items"))
    if schema.get("minLength") == 1:
        found.append("not empty")
    elif "minLength" in schema:
        found.append("at least " + count(schema["minLength"], "character", "characters"))
    if "maxLength" in schema:
        found.append("at most " + count(schema["maxLength"], "character", "characters"))
    for key, words in (
        ("minimum", "at least {}"),
        ("maximum", "at most {}"),
        ("exclusiveMinimum", "more than {}"),
    ):
        if key in schema:
            found.append(words.format(schema[key]))
    if schema.get("uniqueItems"):
        found.append("no repeats")
    pattern = schema.get("pattern") or schema.get("items", {}).get("pattern")
    if pattern:
        found.append(f"pattern `{pattern}`")
    return "; ".join(found)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _properties_table(schema: dict[str, Any]) -> list[str]:
    required = set(schema.get("required", ()))
    lines = ["| Key | Type | Required | Description |", "|---|---|---|---|"]
    for key, prop in schema.get("properties", {}).items():
        description = prop.get("description", "")
        limits = describe_limits(prop)
        if limits:
            description = f"{description} ({limits})" if description else limits
        lines.append(
            f"| `{key}` | {_cell(describe_type(prop))} | {'yes' if key in required else 'no'} "
            f"| {_cell(description)} |"
        )
    return lines


def schema_reference(schema_path: Path) -> str:
    """Return the Markdown reference page for one schema file."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    kind = schema["properties"]["kind"]["const"]
    absolute = schema_path.resolve()
    relative = absolute.relative_to(ROOT).as_posix() if ROOT in absolute.parents else ""
    lines = [
        f"# {schema['title']}",
        "",
        f"{schema.get('description', '')}",
        "",
        '!!! note "Generated"',
        f"    This page is generated from `{relative or schema_path.name}` "
        f"(`$id: {schema['$id']}`) each time the site is built. The schema itself is "
        "generated from the Python model, so this page, the schema and the model agree.",
        "",
        f"A file of this kind starts with `kind: {kind}` and the `version:` of the standard "
        "it is written for.",
        "",
        "## Top level {#top-level}",
        "",
        *_properties_table(schema),
    ]
    for name, definition in schema.get("$defs", {}).items():
        lines += ["", f"## {name} {{#{_anchor(name)}}}", ""]
        if definition.get("description"):
            lines += [definition["description"], ""]
        if "properties" in definition:
            lines += _properties_table(definition)
        else:
            lines.append(f"Written as {describe_type(definition)}.")
    return "\n".join(lines) + "\n"


# -- the command-line reference ---------------------------------------------------


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    # argparse wraps help to the terminal width; fix it so the page does not vary.
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def cli_reference() -> str:
    """Return the Markdown reference page for every ``unikom`` command."""
    import importlib

    from unikom.cli import COMMANDS, EXIT_INVALID, EXIT_OK, EXIT_USAGE, build_parser

    lines = [
        "# Command line",
        "",
        '!!! note "Generated"',
        "    This page is generated from the command line's own argument parsers each "
        "time the site is built, so it always matches `unikom --help`.",
        "",
        f"Exit codes: **{EXIT_OK}** success, **{EXIT_INVALID}** invalid input "
        f"(or, with `--strict`, warnings), **{EXIT_USAGE}** the command was called wrongly.",
        "",
        "```text",
    ]
    with _columns(88):
        lines.append(build_parser().format_help().rstrip())
        lines.append("```")
        for name, (module_name, help_text) in COMMANDS.items():
            parser = argparse.ArgumentParser(prog=f"unikom {name}", description=help_text)
            importlib.import_module(f"unikom.cli.{module_name}").add_arguments(parser)
            lines += [
                "",
                f"## unikom {name}",
                "",
                help_text[0].upper() + help_text[1:] + ".",
                "",
                "```text",
                parser.format_help().rstrip(),
                "```",
            ]
    return "\n".join(lines) + "\n"


# -- the rendered examples ----------------------------------------------------------


def example_directories() -> list[Path]:
    """Return the example partnership directories, by name."""
    if not EXAMPLES.is_dir():
        return []
    return sorted(p for p in EXAMPLES.iterdir() if (p / "partnership.yaml").is_file())


#: The day the example pages are shown for: their årshjul year and their members.
_EXAMPLE_DAY = dt.date(2025, 6, 1)


def rendered_example(directory: Path, page_format: str, language: str = "nb") -> str:
    """Return an example rendered as ``unikom render`` would."""
    from unikom import load
    from unikom.publish.page import render_page

    # A fixed year and day, so that the site is the same whenever it is built.
    page = render_page(
        load(directory),
        language=language,
        format=page_format,
        year=_EXAMPLE_DAY.year,
        on=_EXAMPLE_DAY,
    )
    if page_format == "md":
        return (
            '!!! note "Generated"\n'
            f"    This is `unikom render examples/{directory.name} --lang {language} "
            f"--format md --year {_EXAMPLE_DAY.year} --on {_EXAMPLE_DAY.isoformat()}`, "
            "run when the site was built.\n\n" + page.text
        )
    return page.text


# -- the Python API reference -----------------------------------------------------

#: Package → the section its public modules are listed under, in page order.
API_SECTIONS: dict[str, str] = {
    "unikom.checking": "Reading, checking and writing files",
    "unikom.model": "The model",
    "unikom.deadlines": "Deadlines and the årshjul",
    "unikom.publish": "Publishing: pages, .ics and the årshjul picture",
    "unikom.services": "Services: forms, portfolio, networks, starter files",
    "unikom._version": "Versions",
}


def _section(module: str) -> str:
    for package, title in API_SECTIONS.items():
        if module == package or module.startswith(package + "."):
            return title
    raise KeyError(f"{module}: add its package to API_SECTIONS in docs/hooks/generate.py")


def api_entries() -> list[tuple[str, list[str], list[str]]]:
    """Return, for each public module, its documented names and those ``unikom`` offers.

    Both come from the code: the modules and the face's names from
    :data:`unikom._public.PUBLIC`, every documented name from the module's
    ``__all__``, so a new public name needs no edit here.
    """
    import importlib
    import inspect

    from unikom._public import PUBLIC

    entries = []
    for module, offered in PUBLIC.items():
        loaded = importlib.import_module(module)
        names = []
        for name in loaded.__all__:
            # A name a module re-exports (check.api's UnikomError) is documented
            # once, under the public module that defines it.
            value = getattr(loaded, name)
            defines = inspect.isclass(value) or inspect.isroutine(value)
            home = value.__module__ if defines else module
            if home == module or home not in PUBLIC:
                names.append(name)
        entries.append((module, names, [name for name in names if name in offered]))
    return entries


def api_reference() -> str:
    """Return the Markdown reference page for every public module and name."""
    entries = api_entries()
    lines = [
        "# Python API",
        "",
        '!!! note "Generated"',
        "    This page is generated from the list of public modules in "
        "`src/unikom/_public.py` and each module's `__all__` every time the site is "
        "built, with the signatures and docstrings of the code.",
        "",
        "Names listed under **From `unikom`** can be imported from `unikom` directly, "
        "for example `from unikom import load, render_page`; every other name from the "
        "module it is listed under, for example "
        "`from unikom.deadlines.units import UNITS`. Start with `load` and `validate` "
        "(reading and checking files) and the model's `Partnership`.",
    ]
    for title in API_SECTIONS.values():
        members = [entry for entry in entries if _section(entry[0]) == title]
        if not members:
            continue
        lines += ["", f"## {title}"]
        for module, names, offered in sorted(members, key=lambda entry: entry[0]):
            lines += ["", f"### `{module}`", ""]
            if offered:
                lines.append("From `unikom`: " + ", ".join(f"`{name}`" for name in offered) + ".")
            else:
                lines.append(f"Import these from `{module}`.")
            lines += [
                "",
                f"::: {module}",
                "    options:",
                "      show_root_heading: false",
                "      heading_level: 4",
                "      filters: []",
                f"      members: [{', '.join(names)}]",
            ]
    return "\n".join(lines) + "\n"


# -- MkDocs events ----------------------------------------------------------------


def major_version_folder() -> str:
    """Return the folder of the schemas' ``$id``, e.g. ``v1``."""
    schema = json.loads((SCHEMAS / "partnership.schema.json").read_text(encoding="utf-8"))
    return str(schema["$id"]).rsplit("/", 2)[-2]


def on_files(files: Any, config: Any) -> Any:
    """Add the generated pages and the published schemas to the site."""
    from mkdocs.structure.files import File

    for schema_path in sorted(SCHEMAS.glob("*.schema.json")):
        kind = schema_path.name.removesuffix(".schema.json")
        files.append(
            File.generated(config, f"reference/{kind}.md", content=schema_reference(schema_path))
        )
        # At the address of its $id (the major version in the path), and, for modelines
        # written before the address had it, at the old one.
        for where in (f"schemas/{major_version_folder()}/", "schemas/"):
            files.append(
                File.generated(config, where + schema_path.name, content=schema_path.read_bytes())
            )
    files.append(
        File.generated(
            config, "schemas/catalog.json", content=(SCHEMAS / "catalog.json").read_bytes()
        )
    )
    files.append(File.generated(config, "reference/cli.md", content=cli_reference()))
    files.append(File.generated(config, "reference/api.md", content=api_reference()))
    for directory in example_directories():
        for page_format in ("md", "html"):
            files.append(
                File.generated(
                    config,
                    f"examples/{directory.name}.{page_format}",
                    content=rendered_example(directory, page_format),
                )
            )
    return files
