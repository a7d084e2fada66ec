"""The starter partnership: valid as written, with examples that are valid too."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import unikom
from unikom.checking._output import OutputError
from unikom.model._fields import SLUG_PATTERN
from unikom.model.errors import ModelError
from unikom.model.party import PartyKind
from unikom.services.scaffold import (
    StarterParty,
    slugify,
    starter_partnership,
    write_atomically,
    write_starter,
)

MUNICIPALITY = StarterParty(
    name="Fjellvik kommune", org_number="100000008", kind=PartyKind.MUNICIPALITY
)
UNIVERSITY = StarterParty(
    name="Universitetet i Nordfjell", org_number="100000040", kind=PartyKind.UNIVERSITY
)


def starter(**changes: object) -> str:
    arguments: dict[str, object] = {
        "name": "Universitetskommunen Fjellvik",
        "parties": [MUNICIPALITY, UNIVERSITY],
        "languages": ["nb", "en"],
    }
    arguments.update(changes)
    return starter_partnership(**arguments)  # type: ignore[arg-type]


def validate_text(tmp_path: Path, text: str) -> list[unikom.Diagnostic]:
    path = write_starter(tmp_path / "p", text)
    return unikom.validate(path.parent)


def test_the_starter_is_valid_without_even_a_warning(tmp_path: Path) -> None:
    assert validate_text(tmp_path, starter()) == []


def test_the_commented_examples_are_valid_once_uncommented(tmp_path: Path) -> None:
    text = starter(examples=True)
    data = yaml.safe_load(text)
    # Every section the file offers is really there when the examples are live.
    for key in ("agreements", "thematic_areas", "tracks", "inquiry_types", "contacts"):
        assert data[key], key
    assert [d for d in validate_text(tmp_path, text) if d.is_error] == []


def test_the_starter_starts_with_a_modeline_for_editors() -> None:
    first = starter().splitlines()[0]
    assert first == ("# yaml-language-server: $schema=" + unikom.KINDS["partnership"].schema_url)


def test_the_starter_says_what_to_fill_in() -> None:
    text = starter()
    assert "# agreements:" in text
    assert "unikom validate" in text
    assert "organisation number" in text.lower()


def test_the_starter_carries_the_parties_and_languages() -> None:
    data = yaml.safe_load(starter(short_name="UF1.0"))
    assert data["version"] == unikom.STANDARD_VERSION
    assert data["languages"] == ["nb", "en"]
    assert data["short_name"] == "UF1.0"
    assert data["id"] == "uf1-0"
    assert [(p["id"], p["kind"], p["org_number"]) for p in data["parties"]] == [
        ("fjellvik-kommune", "municipality", "100000008"),
        ("universitetet-i-nordfjell", "university", "100000040"),
    ]


def test_names_that_need_quoting_survive(tmp_path: Path) -> None:
    tricky = 'Kommune: "Nei" # ikke kommentar'
    text = starter(name=tricky, partnership_id="tricky")
    assert yaml.safe_load(text)["name"] == tricky
    assert validate_text(tmp_path, text) == []


def test_two_parties_with_one_name_get_different_ids() -> None:
    twin = StarterParty(
        name="Fjellvik kommune", org_number="100000016", kind=PartyKind.MUNICIPALITY
    )
    data = yaml.safe_load(starter(parties=[MUNICIPALITY, twin, UNIVERSITY]))
    assert [p["id"] for p in data["parties"]][:2] == ["fjellvik-kommune", "fjellvik-kommune-2"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name": "  "}, "init.name"),
        ({"parties": [MUNICIPALITY]}, "init.parties"),
        ({"parties": [UNIVERSITY]}, "init.parties"),
        ({"languages": []}, "init.languages"),
        ({"languages": ["nb", "nb"]}, "init.languages"),
        ({"languages": ["Bokmål"]}, "value.language"),
        ({"partnership_id": "Not An Id"}, "value.slug"),
        (
            {
                "parties": [
                    StarterParty(name="X", org_number="100000009", kind=PartyKind.MUNICIPALITY),
                    UNIVERSITY,
                ]
            },
            "value.org-number",
        ),
    ],
)
def test_bad_input_is_refused_with_a_code(changes: dict[str, object], code: str) -> None:
    with pytest.raises(ModelError) as caught:
        starter(**changes)
    assert caught.value.code == code


def test_org_numbers_may_be_written_with_spaces() -> None:
    spaced = StarterParty(
        name="Trondheim kommune", org_number="942 110 464", kind=PartyKind.MUNICIPALITY
    )
    data = yaml.safe_load(starter(parties=[spaced, UNIVERSITY]))
    assert data["parties"][0]["org_number"] == "942110464"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Trondheim kommune", "trondheim-kommune"),
        ("Høgskulen på Fjellvik", "hogskulen-pa-fjellvik"),
        ("Ærøy  —  Ålesund", "aeroy-alesund"),
        ("TRD3.0", "trd3-0"),
        ("!!!", "partnership"),
    ],
)
def test_slugify_makes_ids_people_recognise(name: str, slug: str) -> None:
    assert slugify(name) == slug


@given(st.text())
def test_slugify_always_makes_a_valid_id(name: str) -> None:
    slug = slugify(name)
    assert re.fullmatch(SLUG_PATTERN, slug)
    assert len(slug) <= 80


def test_an_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "partnership.yaml"
    target.write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_starter(tmp_path, starter())
    assert target.read_text(encoding="utf-8") == "mine\n"
    write_starter(tmp_path, starter(), force=True)
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_another_partnership_file_blocks_even_with_force(tmp_path: Path) -> None:
    (tmp_path / "partnership.yml").write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_starter(tmp_path, starter(), force=True)
    assert not (tmp_path / "partnership.yaml").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "partnership.yaml"
    target.write_text("old\n", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError, match="disk full"):
        write_atomically(target, "new\n", overwrite=True)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["partnership.yaml"]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "f.yaml", "x\n", overwrite=False)
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "f.yaml").stat().st_mode) == 0o644
