"""x- keys: allowed in every object of every kind, kept, written back, never read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import unikom
from conftest import ROOT
from unikom import ConstraintError, FrozenMap, Text

TRONDHEIM = ROOT / "examples" / "trondheim"
SCHEMAS = sorted((ROOT / "schemas").glob("*.schema.json"))
#: The objects that are not mappings in a file: a text is a string or a language map.
NOT_OBJECTS = {"Text"}


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_object_of_every_kind_accepts_x_keys(path: Path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    objects = {"(document)": schema, **schema["$defs"]}
    for name, definition in objects.items():
        if name in NOT_OBJECTS or definition.get("type") != "object":
            continue
        assert definition["patternProperties"] == {"^x-[a-z0-9]": {}}, name
        assert definition["additionalProperties"] is False, name


def _with_extensions(text: str) -> str:
    # One x- key on the document, one in a nested object, one in a list item.
    text = text.replace('version: "1.0"', 'version: "1.1"')
    text = text.replace("\nid: ", "\nx-portal:\n  sla-days: 5\n  tags: [rask, enkel]\nid: ", 1)
    return text.replace(
        "\nassessment:\n", "\nassessment:\n  x-scoring-sheet: https://example.org/ark\n", 1
    )


def test_x_keys_survive_load_and_dump_and_are_kept_on_the_object() -> None:
    text = _with_extensions((TRONDHEIM / "inquiry-types" / "forskning.yaml").read_text("utf-8"))
    loaded = unikom.loads(text, model=unikom.InquiryType)
    assert loaded.extensions == {"x-portal": {"sla-days": 5, "tags": ("rask", "enkel")}}
    assert loaded.assessment is not None
    assert loaded.assessment.extensions == {"x-scoring-sheet": "https://example.org/ark"}
    assert isinstance(loaded.extensions["x-portal"], FrozenMap)
    assert loaded.extensions["x-portal"]["tags"] == ("rask", "enkel")
    hash(loaded)
    again = unikom.loads(unikom.dumps(loaded), model=unikom.InquiryType)
    assert again == loaded
    assert unikom.to_data(again)["x-portal"] == {"sla-days": 5, "tags": ["rask", "enkel"]}


def test_rules_ignore_x_keys_and_pages_do_not_show_them() -> None:
    partnership = unikom.load(TRONDHEIM)
    area = attrs.evolve(
        partnership.thematic_areas[0], extensions={"x-secret-note": "skal-ikke-vises"}
    )
    extended = attrs.evolve(
        partnership,
        thematic_areas=(area, *partnership.thematic_areas[1:]),
        extensions={"x-dashboard": {"colour": "#123456"}},
    )
    assert unikom.check(extended) == unikom.check(partnership)
    page = unikom.render_page(extended, language="nb", format="md")
    assert "skal-ikke-vises" not in page.text
    assert "x-dashboard" not in page.text


def test_a_key_not_starting_with_x_is_refused_in_code_and_in_files() -> None:
    with pytest.raises(ConstraintError) as caught:
        unikom.ThematicArea(
            id=unikom.Slug("helse"), name=Text.plain("Helse"), extensions={"portal": 1}
        )
    assert (caught.value.owner, caught.value.field) == ("ThematicArea", "extensions")
    with pytest.raises(TypeError):
        unikom.ThematicArea(
            id=unikom.Slug("helse"), name=Text.plain("Helse"), extensions={"x-a": object()}
        )


def test_x_keys_need_version_1_1() -> None:
    text = _with_extensions((TRONDHEIM / "inquiry-types" / "forskning.yaml").read_text("utf-8"))
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.loads(text.replace('version: "1.1"', 'version: "1.0"'), model=unikom.InquiryType)
    found: list[Any] = [(d.pointer, d.code) for d in caught.value.diagnostics]
    assert ("/x-portal", "version.key-too-new") in found


# Extension data no file could hold, built in code (model/extensions.py).


@pytest.fixture(scope="module")
def nordfjell() -> unikom.Partnership:
    return unikom.load(ROOT / "examples" / "nordfjell")


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ({1, 2}, "type"),
        (object(), "type"),
        ({1: "a"}, "type"),
        ("a\x00b", "value.control-character"),
        ({"k": ["ok", "\u202eevil"]}, "value.control-character"),
        ({"\x1b[31m": 1}, "value.control-character"),
    ],
    ids=["set", "object", "int-key", "nul", "bidi-in-list", "escape-in-key"],
)
def test_extension_data_no_file_could_hold_names_class_and_attribute(
    nordfjell: unikom.Partnership, value: Any, rule: str
) -> None:
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(nordfjell, extensions={"x-app": value})
    assert (caught.value.owner, caught.value.field, caught.value.rule) == (
        "Partnership",
        "extensions",
        rule,
    )


def test_extensions_that_are_not_a_mapping_name_class_and_attribute(
    nordfjell: unikom.Partnership,
) -> None:
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(nordfjell.parties[0], extensions=["x-a"])  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("Party", "extensions")


def test_extension_data_a_file_can_hold_round_trips(nordfjell: unikom.Partnership) -> None:
    data = {"x-app": [1, {"b": [2, None, True, "tekst æøå"]}], "x-n": 10**30}
    built = attrs.evolve(nordfjell, extensions=data)
    assert unikom.loads(unikom.dumps(built)) == built
    assert unikom.check(built) == []


@pytest.mark.parametrize("written", [".nan", ".inf", "-.inf", "[1, {a: .nan}]"])
def test_a_number_json_cannot_hold_is_refused_in_extension_data(
    tmp_path: Path, nordfjell: unikom.Partnership, written: str
) -> None:
    # It validated, and `unikom export --format json` then ended in a traceback
    # (ValueError: Out of range float values are not JSON compliant).
    from unikom.services.export import export_text

    copy = tmp_path / "p"
    copy.mkdir()
    source = (ROOT / "examples" / "nordfjell" / "partnership.yaml").read_text(encoding="utf-8")
    source = source.replace('version: "1.0"', 'version: "1.1"', 1) + f"x-app: {written}\n"
    (copy / "partnership.yaml").write_text(source, encoding="utf-8")
    found = [d for d in unikom.validate(copy) if d.is_error]
    assert [d.code for d in found] == ["value.number"]
    assert "x-app" in found[0].message
    assert found[0].line > 0
    with pytest.raises(unikom.InvalidDocumentError):
        export_text(copy, "json")
    with pytest.raises(ConstraintError) as caught:
        attrs.evolve(nordfjell, extensions={"x-app": [1, {"a": float("nan")}]})
    assert caught.value.detail.startswith("x-app/1/a: ")
