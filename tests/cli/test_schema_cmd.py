"""``unikom schema``, the catalog, and what the schemas tell editors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from urllib.request import url2pathname

import jsonschema
import pytest

import unikom
from unikom.checking._schemagen import FILE_MATCH
from unikom.checking.kinds import KINDS
from unikom.cli import main
from unikom.model._fields import CONSTRAINTS
from unikom.model._vocabulary import EXAMPLES, MEANINGS
from unikom.model.duration import Duration

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["schema", *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_prints_the_installed_schema(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, kind)
    assert code == 0
    installed = ROOT / "src" / "unikom" / "schemas" / f"{kind}.schema.json"
    assert out == installed.read_text(encoding="utf-8")
    assert json.loads(out)["$id"] == KINDS[kind].schema_url


def test_schema_path_holds_every_schema_and_the_catalog(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = _run(capsys, "--path")
    folder = Path(out.strip())
    assert code == 0
    assert {p.name for p in folder.iterdir() if p.suffix == ".json"} >= {
        *(k.schema_filename for k in KINDS.values()),
        "catalog.json",
    }


def _check_catalog(catalog: dict[str, Any]) -> None:
    # The shape SchemaStore's catalog schema asks for.
    assert catalog["$schema"] == "https://json.schemastore.org/schema-catalog.json"
    assert catalog["version"] == 1
    for entry in catalog["schemas"]:
        assert set(entry) == {"name", "description", "fileMatch", "url"}
        assert all(isinstance(p, str) and p for p in entry["fileMatch"])


def test_published_catalog_maps_each_kind_to_its_versioned_schema() -> None:
    catalog = json.loads((ROOT / "schemas" / "catalog.json").read_text(encoding="utf-8"))
    _check_catalog(catalog)
    urls = {entry["url"] for entry in catalog["schemas"]}
    assert urls == {k.schema_url for k in KINDS.values()}
    assert all("/schemas/v1/" in url for url in urls)


def test_offline_catalog_points_at_installed_files(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--catalog")
    assert code == 0
    catalog = json.loads(out)
    _check_catalog(catalog)
    for entry in catalog["schemas"]:
        assert entry["url"].startswith("file://")
        assert Path(url2pathname(urlparse(entry["url"]).path)).is_file()


@pytest.mark.parametrize(
    ("kind", "path"),
    [
        ("partnership", "partnership.yaml"),
        ("inquiry-type", "examples/trondheim/inquiry-types/forskning.yaml"),
        ("inquiry", "examples/trondheim/inquiries/2026-015.yaml"),
        ("project", "examples/trondheim/projects/barnehage-sprak.yaml"),
    ],
)
def test_file_patterns_match_the_conventional_places(kind: str, path: str) -> None:
    def glob_to_regex(pattern: str) -> str:
        return "(.*/)?" + re.escape(pattern).replace(r"\*\*/", "(.*/)?").replace(r"\*", "[^/]*")

    assert any(re.fullmatch(glob_to_regex(p), path) for p in FILE_MATCH[kind])


def test_nothing_to_print_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys)[0] == 2
    assert _run(capsys, "inquiry", "--path")[0] == 2


def _walk(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(_walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_walk(value))
    return found


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_enum_value_is_described(kind: str) -> None:
    schema = json.loads(unikom_schema(kind))
    enums = [n for n in _walk(schema) if "enumDescriptions" in n]
    assert enums
    for node in enums:
        assert len(node["enumDescriptions"]) == len(node["enum"])
        assert all(text.strip() for text in node["enumDescriptions"]), node["enum"]


def test_every_enum_of_the_model_has_its_meanings() -> None:
    for cls, values in MEANINGS.items():
        assert set(values) == {member.value for member in cls}, cls.__name__


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_examples_and_defaults_are_valid_values(kind: str) -> None:
    schema = json.loads(unikom_schema(kind))
    checked = 0
    for node in _walk(schema):
        for value in node.get("examples", []):
            body = {k: v for k, v in node.items() if k not in ("examples", "default")}
            jsonschema.Draft202012Validator(body).validate(value)
            checked += 1
        if "default" in node and "$ref" not in node:
            body = {k: v for k, v in node.items() if k not in ("examples", "default")}
            jsonschema.Draft202012Validator(body).validate(node["default"])
            checked += 1
    assert checked


def test_examples_pass_the_models_own_checks() -> None:
    for tp, values in EXAMPLES.items():
        for value in values:
            if tp is Duration:
                Duration.parse(value)
            else:
                assert CONSTRAINTS[tp].check(value), (tp, value)


def unikom_schema(kind: str) -> str:
    return (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")


def test_a_json_file_may_name_its_schema(tmp_path: Path) -> None:
    source = json.loads((DATA / "valid" / "full.json").read_text(encoding="utf-8"))
    with_schema = {"$schema": KINDS["partnership"].schema_url, **source}
    path = tmp_path / "partnership.json"
    path.write_text(json.dumps(with_schema), encoding="utf-8")
    assert unikom.validate(path) == []
    assert unikom.load(path) == unikom.load(DATA / "valid" / "full.json")


def test_init_writes_a_modeline_in_every_file(tmp_path: Path) -> None:
    target = tmp_path / "new"
    code = main(
        [
            "init",
            str(target),
            "--name",
            "Universitetskommunen Eksempel",
            "--municipality",
            "Eksempel kommune=942110464",
            "--institution",
            "NTNU=974767880",
        ]
    )
    assert code == 0
    written = [p for p in target.rglob("*") if p.is_file()]
    assert written
    for path in written:
        first, *rest = path.read_text(encoding="utf-8").splitlines()
        kind = next(line.split(":", 1)[1].strip() for line in rest if line.startswith("kind:"))
        assert first == f"# yaml-language-server: $schema={KINDS[kind].schema_url}", path
    shutil.rmtree(target)
