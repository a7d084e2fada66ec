"""The documentation: generated reference pages, the site's navigation, the pre-commit hook."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from unikom._cli import COMMANDS

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hook", DOCS / "hooks" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = _hook()


@pytest.mark.parametrize("schema_path", sorted((ROOT / "schemas").glob("*.schema.json")))
def test_the_format_reference_lists_every_key_of_the_schema(schema_path: Path) -> None:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    page = hook.schema_reference(schema_path)
    sections = re.split(r"\n## ", page)
    by_title = {section.split(" {#", 1)[0]: section for section in sections[1:]}
    for key in schema["properties"]:
        assert f"| `{key}` |" in by_title["Top level"], key
    for name, definition in schema["$defs"].items():
        for key in definition.get("properties", {}):
            assert f"| `{key}` |" in by_title[name], f"{name}.{key}"
    # Every link to a definition lands on a heading of the page.
    anchors = set(re.findall(r"\{#([a-z0-9-]+)\}", page))
    assert set(re.findall(r"\]\(#([a-z0-9-]+)\)", page)) <= anchors


def test_the_cli_reference_shows_every_command_and_option() -> None:
    import argparse
    import importlib

    page = hook.cli_reference()
    for name, (module, _help) in COMMANDS.items():
        assert f"## unikom {name}" in page
        parser = argparse.ArgumentParser()
        importlib.import_module(f"unikom._cli.{module}").add_arguments(parser)
        for action in parser._actions:
            for option in action.option_strings:
                assert option in page, f"unikom {name} {option}"


def test_the_rendered_example_is_a_page_with_one_title() -> None:
    [nordfjell] = [d for d in hook.example_directories() if d.name == "nordfjell"]
    page = hook.rendered_example(nordfjell, "md")
    assert len(re.findall(r"^# ", page, flags=re.MULTILINE)) == 1
    assert "unikom render examples/nordfjell" in page


def _nav_files(entries: Any) -> list[str]:
    found: list[str] = []
    for entry in entries:
        if isinstance(entry, str):
            found.append(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                found.extend(_nav_files(value) if isinstance(value, list) else [value])
    return found


def test_every_page_is_in_the_navigation_and_every_entry_exists() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    listed = _nav_files(config["nav"])
    generated = {
        f"reference/{p.name.removesuffix('.schema.json')}.md"
        for p in (ROOT / "schemas").glob("*.schema.json")
    }
    generated |= {"reference/cli.md"}
    generated |= {f"examples/{d.name}.md" for d in hook.example_directories()}
    written = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    for entry in listed:
        assert entry in written | generated, entry
    assert written <= set(listed), written - set(listed)
    for page in (
        "deadlines.md",
        "inquiries.md",
        "example-trondheim.md",
        "error-codes.md",
        "performance.md",
        "file-format.md",
    ):
        assert page in listed


def test_every_new_diagnostic_code_is_documented() -> None:
    page = (DOCS / "error-codes.md").read_text(encoding="utf-8")
    for code in ("version.missing", "version.unsupported", "version.deprecated", "render.fallback"):
        assert f"`{code}`" in page


def test_the_pre_commit_hook_checks_partnership_files_only() -> None:
    [hook_config] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook_config["id"] == "unikom-validate"
    assert hook_config["entry"] == "unikom validate"
    pattern = re.compile(hook_config["files"])
    for path in (
        "partnership.yaml",
        "examples/nordfjell/partnership.yaml",
        "examples/nordfjell/inquiry-types/forskingssamarbeid.yaml",
        "p/partnership.json",
    ):
        assert pattern.search(path), path
    for path in ("mkdocs.yml", ".github/workflows/ci.yml", "schemas/partnership.schema.json"):
        assert not pattern.search(path), path
