"""The starter partnership: valid as written, with examples that are valid too."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import unikom
from blockstyle import flow_language_mappings
from strategies import examples
from unikom.checking._output import OutputError
from unikom.model import words
from unikom.model._fields import SLUG_PATTERN
from unikom.model.errors import ModelError
from unikom.model.orgnr import is_valid_org_number
from unikom.model.party import PartyKind, PartyRole
from unikom.services.scaffold import (
    StarterParty,
    guess_kind,
    languages_without_words,
    slugify,
    starter_files,
    starter_partnership,
    write_atomically,
    write_starter,
    write_starter_files,
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
    for key in (
        "agreements",
        "thematic_areas",
        "tracks",
        "contacts",
        "annual_cycle",
        "closed_periods",
    ):
        assert data[key], key
    assert [d for d in validate_text(tmp_path, text) if d.is_error] == []


def test_the_starter_starts_with_a_modeline_for_editors() -> None:
    first = starter().splitlines()[0]
    assert first == ("# yaml-language-server: $schema=" + unikom.KINDS["partnership"].schema_url)


@pytest.mark.parametrize(
    ("language", "number"),
    [("nb", "organisasjonsnummer"), ("nn", "organisasjonsnummer"), ("en", "organisation number")],
)
def test_the_starter_says_what_to_fill_in(language: str, number: str) -> None:
    text = starter(languages=[language])
    assert "# agreements:" in text
    assert "unikom validate" in text
    assert number in text.lower()


@pytest.mark.parametrize("language", ["nb", "nn", "en", "se"])
def test_the_comments_come_from_the_word_table_in_the_main_language(language: str) -> None:
    # Northern Sami has no words of unikom's own: its starter speaks bokmål.
    words_in = "nb" if language == "se" else language
    files = starter_files(
        name="X",
        parties=[MUNICIPALITY, UNIVERSITY],
        languages=[language, "nn" if language == "en" else "en"],
        examples=True,
    )
    # The comments without their wrapping: '#' and line breaks become single spaces.
    lines = "\n".join(files.values()).splitlines()
    prose = " ".join(" ".join(line.strip().lstrip("#").split()) for line in lines)
    values = {"name": "X", "event": words.word("starter.event_id", words_in)}
    table = words.keys()
    notes = [key for key in table if key.startswith("starter.note.")]
    assert len(notes) > 20
    for key in notes:
        wording = words.word(key, words_in, **values, type_file="{type_file}", rule="{rule}")
        for piece in wording.replace("{type_file}", "{rule}").split("{rule}"):
            assert " ".join(piece.split()) in prose, key
    assert f"title: {words.word('starter.example.agreement', words_in)}" in prose


@pytest.mark.parametrize("name", ["Fjellvik\u00a0kommune `med` kode", "A" * 200])
def test_a_comment_holding_a_name_stays_one_comment(name: str) -> None:
    text = starter(name=name, partnership_id="x")
    head = text.split("\n\nkind:")[0]
    assert all(line.startswith("#") for line in head.splitlines())
    assert yaml.safe_load(text)["name"] == name


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


# -- the fuller starter: a lead party, a track, an inquiry type, an årshjul event,
# -- a closed period, every made-up value marked illustrative --------------------

#: Organisation numbers that pass MOD11 and start with 1, which Enhetsregisteret
#: does not hand out: invented, and never anyone's.
INVENTED = [n for n in (f"1{i:08d}" for i in range(0, 2000)) if is_valid_org_number(n)]


def consortium(municipalities: int, institutions: int) -> list[StarterParty]:
    numbers = iter(INVENTED)
    parties = [
        StarterParty(
            name=f"Kommune {i}",
            org_number=next(numbers),
            kind=PartyKind.MUNICIPALITY,
            role=PartyRole.LEAD if i == 0 else PartyRole.MEMBER,
        )
        for i in range(municipalities)
    ]
    parties += [
        StarterParty(
            name=f"Institusjon {i}",
            org_number=next(numbers),
            kind=PartyKind.UNIVERSITY if i % 2 else PartyKind.UNIVERSITY_COLLEGE,
            role=PartyRole.ASSOCIATE if i == 2 else PartyRole.MEMBER,
        )
        for i in range(institutions)
    ]
    return parties


def strict_findings(directory: Path) -> list[str]:
    """What ``unikom validate --strict`` would report: errors and warnings alike."""
    return [d.format() for d in unikom.validate(directory)]


@pytest.mark.parametrize(
    "languages", [["nb"], ["nn"], ["en"], ["nb", "en"], ["nn", "en"], ["nb", "nn", "en"]]
)
def test_the_fuller_starter_validates_strictly_in_every_language(
    tmp_path: Path, languages: list[str]
) -> None:
    files = starter_files(name="Helse Omsorg Vest", parties=consortium(9, 5), languages=languages)
    paths = list(files)
    assert len(paths) == 2
    assert paths[0] == "partnership.yaml"
    assert paths[1].startswith("inquiry-types/")
    write_starter_files(tmp_path, files)
    assert strict_findings(tmp_path) == []
    data = yaml.safe_load(files["partnership.yaml"])
    assert [p.get("role") for p in data["parties"]].count("lead") == 1
    assert data["annual_cycle"]
    assert data["closed_periods"]
    assert data["tracks"]
    for texts in (data["annual_cycle"][0]["title"], data["closed_periods"][0]["name"]):
        assert list(texts) == languages


@pytest.mark.parametrize(
    ("main", "mark", "replace"),
    [
        ("nb", "ILLUSTRATIVT", "bytt"),
        ("nn", "ILLUSTRATIVT", "byt"),
        ("en", "ILLUSTRATIVE", "replace"),
    ],
)
def test_every_made_up_value_says_it_is_illustrative(main: str, mark: str, replace: str) -> None:
    languages = [main, *(language for language in ("nb", "nn", "en") if language != main)]
    files = starter_files(name="X", parties=consortium(1, 1), languages=languages)
    partnership = yaml.safe_load(files["partnership.yaml"])
    (type_file,) = (text for path, text in files.items() if path != "partnership.yaml")
    inquiry_type = yaml.safe_load(type_file)
    assert inquiry_type["track"] == partnership["tracks"][0]["id"]
    assert inquiry_type["intake"]["deadlines"][0]["event"] == partnership["annual_cycle"][0]["id"]
    notes = [
        partnership["annual_cycle"][0]["note"],
        partnership["closed_periods"][0]["note"],
        inquiry_type["note"],
        inquiry_type["intake"]["note"],
    ]
    for note in notes:
        assert note["nb"].startswith("Illustrativt")
        assert "bytt det ut" in note["nb"]
        assert note["nn"].startswith("Illustrativt")
        assert "byt det ut" in note["nn"]
        assert note["en"].startswith("Illustrative")
        assert "replace it" in note["en"]
    # The comments say it too, beside each made-up section.
    for section in ("tracks:", "annual_cycle:", "closed_periods:"):
        before = files["partnership.yaml"].split(f"\n{section}")[0].rsplit("\n\n", 1)[-1]
        assert mark in before, section
        assert replace in before, section
    assert mark in type_file


@pytest.mark.parametrize("examples_live", [False, True])
def test_the_starter_writes_every_text_in_block_style(examples_live: bool) -> None:
    files = starter_files(
        name="X", parties=consortium(2, 2), languages=["nb", "nn", "en"], examples=examples_live
    )
    for path, text in files.items():
        assert flow_language_mappings(text) == [], path
        assert "{nb:" not in text, path
        assert "{nn:" not in text, path


def test_two_leads_are_refused() -> None:
    parties = [attrs_evolve_role(p, PartyRole.LEAD) for p in consortium(2, 1)]
    with pytest.raises(ModelError) as caught:
        starter_files(name="X", parties=parties)
    assert caught.value.code == "init.lead"


def attrs_evolve_role(party: StarterParty, role: PartyRole) -> StarterParty:
    return StarterParty(name=party.name, org_number=party.org_number, kind=party.kind, role=role)


def test_without_a_lead_no_party_is_made_one() -> None:
    parties = [attrs_evolve_role(p, PartyRole.MEMBER) for p in consortium(1, 1)]
    text = starter_partnership(name="X", parties=parties)
    assert "role: lead" not in text.replace("# role: lead", "")
    assert [p["role"] for p in yaml.safe_load(text)["parties"]] == ["member", "member"]


def test_existing_starter_files_are_all_kept_without_force(tmp_path: Path) -> None:
    files = starter_files(name="X", parties=consortium(1, 1))
    type_path = tmp_path / next(path for path in files if path != "partnership.yaml")
    type_path.parent.mkdir()
    type_path.write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="--force"):
        write_starter_files(tmp_path, files)
    assert not (tmp_path / "partnership.yaml").exists()
    assert type_path.read_text(encoding="utf-8") == "mine\n"
    write_starter_files(tmp_path, files, force=True)
    assert strict_findings(tmp_path) == []


@pytest.mark.parametrize(
    "place",
    ["inquiry-types is a file", "inquiry-types links out", "the type file links out"],
)
def test_a_folder_or_file_on_the_way_that_is_no_safe_place_writes_nothing(
    tmp_path: Path, place: str
) -> None:
    files = starter_files(name="X", parties=consortium(1, 1))
    folder = tmp_path / "p"
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    types = folder / "inquiry-types"
    if place == "inquiry-types is a file":
        types.write_text("", encoding="utf-8")
    elif place == "inquiry-types links out":
        types.symlink_to(outside, target_is_directory=True)
    else:
        types.mkdir()
        name = next(path for path in files if path != "partnership.yaml").split("/")[-1]
        (types / name).symlink_to(outside / "victim.yaml")
    with pytest.raises(OutputError):
        write_starter_files(folder, files, force=True)
    # Not half a starter: the partnership file is not written either, nor anything outside.
    assert not (folder / "partnership.yaml").exists()
    assert list(outside.iterdir()) == []


def test_a_target_that_is_a_file_is_not_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "p"
    target.write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="not a folder"):
        write_starter_files(target, starter_files(name="X", parties=consortium(1, 1)))


def test_two_long_names_alike_get_ids_within_the_limit(tmp_path: Path) -> None:
    long = "Bygd " * 98
    first = StarterParty(name=long + "A", org_number="100000008", kind=PartyKind.MUNICIPALITY)
    second = StarterParty(name=long + "B", org_number="100000016", kind=PartyKind.MUNICIPALITY)
    text = starter(parties=[first, second, UNIVERSITY])
    ids = [p["id"] for p in yaml.safe_load(text)["parties"]]
    assert len(set(ids)) == 3
    assert all(len(i) <= 80 and re.fullmatch(SLUG_PATTERN, i) for i in ids)
    assert validate_text(tmp_path, text) == []


def test_a_language_unikom_has_no_words_in_gets_no_made_up_text() -> None:
    # A bokmål sentence labelled as Northern Sami would say something untrue.
    data = yaml.safe_load(starter(languages=["nb", "se"]))
    assert data["languages"] == ["nb", "se"]
    assert data["tracks"][0]["name"] == {"nb": "Samarbeid om forskning"}
    assert languages_without_words(["nb", "se", "nn-NO", "sv"]) == ["se", "sv"]
    alone = yaml.safe_load(starter(languages=["se"]))
    assert list(alone["tracks"][0]["name"]) == ["nb"]


def test_one_organisation_number_twice_is_refused() -> None:
    twice = StarterParty(name="Andre kommune", org_number="100000008", kind=PartyKind.MUNICIPALITY)
    with pytest.raises(ModelError) as caught:
        starter(parties=[MUNICIPALITY, twice, UNIVERSITY])
    assert caught.value.code == "init.party-twice"
    assert "100000008 is given twice" in caught.value.message


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Bergen kommune", PartyKind.MUNICIPALITY),
        ("Vestland fylkeskommune", PartyKind.COUNTY_MUNICIPALITY),
        ("Universitetet i Bergen", PartyKind.UNIVERSITY),
        ("Høgskulen på Vestlandet", PartyKind.UNIVERSITY_COLLEGE),
        ("Høgskolen i Innlandet", PartyKind.UNIVERSITY_COLLEGE),
        ("University of Oslo", PartyKind.UNIVERSITY),
        ("NTNU", None),
        ("SINTEF", None),
    ],
)
def test_a_kind_is_guessed_only_from_words_that_say_it(name: str, kind: PartyKind | None) -> None:
    assert guess_kind(name) is kind


@settings(max_examples=examples(1))
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=40
    )
)
def test_any_party_name_is_written_as_itself_or_refused(tmp_path_factory: Any, name: str) -> None:
    hostile = StarterParty(
        name=name, org_number="100000008", kind=PartyKind.MUNICIPALITY, role=PartyRole.LEAD
    )
    refused: ModelError | None = None
    try:
        files = starter_files(name=name, parties=[hostile, UNIVERSITY], languages=["nb", "en"])
    except ModelError as exc:
        refused = exc
    if refused is not None:
        assert refused.code in {"init.name", "init.party-name"}
        return
    data = yaml.safe_load(files["partnership.yaml"])
    assert data["name"] == name.strip()
    assert data["parties"][0]["name"] == name.strip()
    assert len(data["parties"]) == 2
    assert yaml.safe_load(next(iter(files.values())))["kind"] == "partnership"
    directory = tmp_path_factory.mktemp("hostile")
    write_starter_files(directory, files)
    assert strict_findings(directory) == []


def test_a_language_in_capitals_is_told_the_tag_as_validate_tells_it() -> None:
    # init, validate --lang and unikom.validate read language tags by one rule.
    with pytest.raises(ModelError) as caught:
        starter(languages=["NB"])
    assert caught.value.code == "value.language"
    assert "did you mean 'nb'?" in caught.value.message


def test_a_starter_refuses_wrong_arguments_by_name() -> None:
    party = unikom.StarterParty(
        name="Bergen kommune", org_number="964338531", kind=unikom.PartyKind.MUNICIPALITY
    )
    calls: dict[str, Any] = {
        "name": lambda: unikom.starter_partnership(name=None, parties=[party]),  # type: ignore[arg-type]
        "parties": lambda: unikom.starter_partnership(name="X", parties="Bergen"),  # type: ignore[arg-type]
        "languages": lambda: unikom.starter_partnership(name="X", parties=[party], languages="nb"),
    }
    for argument, call in calls.items():
        with pytest.raises(unikom.ArgumentError) as caught:
            call()
        assert caught.value.argument == argument
