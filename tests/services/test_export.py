"""``unikom export`` (services/export.py): the JSON document and the command.

The CPSV-AP linked data it can write is tested in test_linked_data.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

import unikom
from unikom.cli import main
from unikom.services.export import export_data, load_bundle
from unikom.services.linked_data import CPSV

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if (p / "partnership.yaml").exists())


def _export_schema() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "export.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.FormatChecker(formats=("date",))
    )


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_json_export_is_valid_against_the_published_schema(example: Path) -> None:
    data = export_data(load_bundle(example))
    assert sorted(_export_schema().iter_errors(data), key=str) == []


def test_json_export_has_every_file_with_defaults_filled() -> None:
    example = ROOT / "examples" / "trondheim"
    data = export_data(load_bundle(example))
    assert data["kind"] == "export"
    partnership = unikom.load(example)
    assert [it["id"] for it in data["partnership"]["inquiry_types"]] == [
        it.id for it in partnership.inquiry_types
    ]
    assert len(data["inquiries"]) == len(list((example / "inquiries").glob("*.yaml")))
    assert len(data["projects"]) == len(list((example / "projects").glob("*.yaml")))
    # Defaults a file may leave out are written: the partnership's status is one.
    assert data["partnership"]["status"] in ("planned", "active", "ended")
    for it in data["partnership"]["inquiry_types"]:
        assert "preliminary_reply_after" in it
        assert "form" in it
    assert all(value is not None for value in _values(data))


def _values(value: object) -> list[object]:
    if isinstance(value, dict):
        return [v for item in value.values() for v in [item, *_values(item)]]
    if isinstance(value, list):
        return [v for item in value for v in [item, *_values(item)]]
    return []


def test_export_refuses_an_invalid_partnership(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "p"
    shutil.copytree(ROOT / "examples" / "trondheim", directory)
    (directory / "inquiries" / "broken.yaml").write_text("kind: inquiry\n", encoding="utf-8")
    assert main(["export", str(directory)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "nothing exported" in err


def test_export_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "trd3.jsonld"
    code = main(
        ["export", str(ROOT / "examples" / "trondheim"), "--format", "jsonld", "-o", str(target)]
    )
    assert code == 0
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["@context"]["cpsv"] == CPSV
