"""The library API: load, validate, dump."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import unikom
from unikom.checking.api import load_assembly
from unikom.model._fields import OrgNumber, Slug

DATA = Path(__file__).resolve().parents[1] / "data"
MINIMAL = DATA / "valid" / "minimal.yaml"

INQUIRY_TYPE = """\
kind: inquiry-type
version: "1.0"
id: forsk
name: Forskningssamarbeid
track: forskning
thematic_areas: [helse]
"""


def test_load_returns_typed_objects() -> None:
    p = unikom.load(MINIMAL)
    assert p.id == "minimal"
    assert [party.kind for party in p.parties] == [
        unikom.PartyKind.MUNICIPALITY,
        unikom.PartyKind.UNIVERSITY,
    ]
    assert p.party("ntnu").org_number == "974767880"
    assert [m.id for m in p.municipalities] == ["kommune"]
    assert [i.id for i in p.institutions] == ["ntnu"]


def test_lookups_raise_key_error_for_unknown_ids() -> None:
    with pytest.raises(KeyError):
        unikom.load(MINIMAL).inquiry_type("nope")


def test_models_are_frozen_and_evolve() -> None:
    p = unikom.load(MINIMAL)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.id = Slug("other")  # type: ignore[misc]
    renamed = attrs.evolve(p, short_name="MIN")
    assert renamed.short_name == "MIN"
    assert p.short_name is None


def test_constructing_invalid_objects_raises_model_error() -> None:
    with pytest.raises(unikom.ModelError) as caught:
        unikom.Party(
            id=Slug("x"),
            kind=unikom.PartyKind.MUNICIPALITY,
            name=unikom.Text.plain("X"),
            org_number=OrgNumber("123456789"),
        )
    assert caught.value.code == "value.org-number"


def test_load_collects_every_error() -> None:
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.load(DATA / "invalid" / "dangling-refs.yaml")
    assert len(caught.value.diagnostics) == 3
    assert "dangling-refs.yaml:21:12" in str(caught.value)


def test_dump_then_load_gives_an_equal_object(tmp_path: Path) -> None:
    p = unikom.load(DATA / "valid" / "full.json")
    target = tmp_path / "p.yaml"
    unikom.dump(p, target)
    assert unikom.load(target) == p
    text = target.read_text(encoding="utf-8")
    assert text.startswith(f'kind: partnership\nversion: "{unikom.STANDARD_VERSION}"\n')


def test_dump_to_stream_omits_defaults() -> None:
    stream = io.StringIO()
    unikom.dump(unikom.load(MINIMAL), stream)
    assert "status" not in stream.getvalue()
    assert "languages" not in stream.getvalue()


def test_validate_returns_diagnostics_not_exceptions() -> None:
    found = unikom.validate(DATA / "invalid" / "duplicate-ids.yaml")
    assert [d.code for d in found] == ["id.duplicate"]
    assert found[0].pointer == "/thematic_areas/1/id"


def test_validate_missing_path_raises() -> None:
    with pytest.raises(FileNotFoundError):
        unikom.validate("does/not/exist.yaml")


def _partnership_dir(tmp_path: Path) -> Path:
    root = tmp_path / "p"
    (root / "inquiry-types").mkdir(parents=True)
    text = MINIMAL.read_text(encoding="utf-8")
    text += "thematic_areas:\n  - {id: helse, name: Helse}\n"
    text += "tracks:\n  - {id: forskning, kind: research, name: Forskning}\n"
    (root / "partnership.yaml").write_text(text, encoding="utf-8")
    (root / "inquiry-types" / "forsk.yaml").write_text(INQUIRY_TYPE, encoding="utf-8")
    return root


def test_directory_merges_inquiry_types(tmp_path: Path) -> None:
    p = unikom.load(_partnership_dir(tmp_path))
    assert [it.id for it in p.inquiry_types] == ["forsk"]
    assert unikom.validate(tmp_path) == []


def test_errors_in_merged_files_point_at_their_own_file(tmp_path: Path) -> None:
    root = _partnership_dir(tmp_path)
    broken = root / "inquiry-types" / "forsk.yaml"
    broken.write_text(INQUIRY_TYPE.replace("[helse]", "[helsa]"), encoding="utf-8")
    [found] = unikom.validate(root)
    assert (found.file, found.line, found.code) == (str(broken), 6, "ref.unresolved")
    with pytest.raises(unikom.InvalidDocumentError):
        unikom.load(root)


def test_directory_without_partnership_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.load(tmp_path)
    assert caught.value.diagnostics[0].code == "file.no-partnership"


def test_loading_another_kind_as_partnership_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "it.yaml"
    path.write_text(INQUIRY_TYPE, encoding="utf-8")
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.load(path)
    assert caught.value.diagnostics[0].code == "kind.not-partnership"


def test_standalone_inquiry_type_is_checked_without_references(tmp_path: Path) -> None:
    path = tmp_path / "it.yaml"
    path.write_text(INQUIRY_TYPE, encoding="utf-8")
    assert unikom.validate(path) == []


def test_translation_warnings_follow_languages(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    shutil.copy(DATA / "valid" / "full.json", path)
    assert unikom.validate(path) == []
    warnings = unikom.validate(path, languages=["nb", "nn"])
    assert {d.code for d in warnings} == {"text.missing-translation"}
    assert all(d.severity is unikom.Severity.WARNING for d in warnings)


def test_public_names_resolve() -> None:
    for name in unikom.__all__:
        assert getattr(unikom, name) is not None
    with pytest.raises(AttributeError):
        _ = unikom.no_such_name


def test_standalone_inquiry_type_has_its_own_rules_checked(tmp_path: Path) -> None:
    path = tmp_path / "it.yaml"
    form = "form:\n  - {id: formal, label: A, type: text}\n  - {id: formal, label: B, type: text}\n"
    path.write_text(INQUIRY_TYPE + form, encoding="utf-8")
    assert [d.code for d in unikom.validate(path)] == ["id.duplicate"]


def test_a_path_with_doubled_slashes_is_checked_once(tmp_path: Path) -> None:
    root = _partnership_dir(tmp_path)
    broken = root / "inquiry-types" / "forsk.yaml"
    broken.write_text(INQUIRY_TYPE.replace("[helse]", "[helsa]"), encoding="utf-8")
    assert len(unikom.validate(f"{root}//")) == len(unikom.validate(root)) == 1


@pytest.mark.parametrize("definition_only", [False, True])
def test_findings_name_the_partnership_file_as_the_path_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, definition_only: bool
) -> None:
    # `unikom status DIR` named DIR/partnership.yaml by its absolute path while
    # `unikom validate DIR` named it as given.
    root = _partnership_dir(tmp_path)
    text = (root / "partnership.yaml").read_text(encoding="utf-8")
    (root / "partnership.yaml").write_text(text.replace("id: ", "id: X", 1), encoding="utf-8")
    monkeypatch.chdir(root / "inquiry-types")
    for given in ("..", "forsk.yaml"):
        with pytest.raises(unikom.InvalidDocumentError) as caught:
            load_assembly(given, definition_only=definition_only)
        expected = {d.file for d in unikom.validate(given) if d.is_error}
        assert {d.file for d in caught.value.diagnostics} == expected == {"../partnership.yaml"}


@pytest.mark.parametrize("name", ["Partnership.yaml", "partnership.YML", "partnerskap.yaml"])
def test_a_misnamed_partnership_file_is_named_in_the_error(tmp_path: Path, name: str) -> None:
    root = tmp_path / "p"
    (root / "inquiries").mkdir(parents=True)
    shutil.copy(MINIMAL, root / name)
    with pytest.raises(unikom.InvalidDocumentError) as caught:
        unikom.load(root)
    [found] = caught.value.diagnostics
    assert found.code == "file.no-partnership"
    assert f"'{name}' is there: name it partnership.yaml" in found.message


def test_a_partnership_argument_that_is_none_is_refused_by_name() -> None:
    # check(inquiry, partnership="trd3") ended in AttributeError: 'str' has no 'id'.
    from conftest import ROOT

    trondheim = unikom.load(ROOT / "examples" / "trondheim")
    inquiry = unikom.load_inquiry(ROOT / "examples" / "trondheim" / "inquiries" / "2026-015.yaml")
    text, data = unikom.dumps(inquiry), unikom.to_data(inquiry)
    calls: list[Callable[[], object]] = [
        lambda: unikom.check(inquiry, partnership="trd3"),  # type: ignore[arg-type]
        lambda: unikom.loads(text, model=unikom.Inquiry, partnership="trd3"),  # type: ignore[call-overload]
        lambda: unikom.from_data(data, model=unikom.Inquiry, partnership="trd3"),  # type: ignore[call-overload]
    ]
    for call in calls:
        with pytest.raises(unikom.ArgumentError) as caught:
            call()
        assert caught.value.argument == "partnership"
    with pytest.raises(unikom.ArgumentError) as caught:
        unikom.loads(text.encode())  # type: ignore[call-overload]
    assert caught.value.argument == "text"
    # Bytes are the usual mistake (a file read in binary mode): say how to fix it.
    assert "text.decode('utf-8')" in str(caught.value)
    assert unikom.check(inquiry, partnership=trondheim) == []
