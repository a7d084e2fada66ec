"""The Nordfjell example: a fictional consortium that validates strictly and renders."""

from __future__ import annotations

from pathlib import Path

import pytest

import unikom
from unikom.publish.page import render_page

NORDFJELL = Path(__file__).resolve().parents[1] / "examples" / "nordfjell"


def test_it_validates_without_a_single_warning() -> None:
    assert unikom.validate(NORDFJELL) == []


def test_it_is_a_consortium_not_one_municipality_and_one_university() -> None:
    p = unikom.load(NORDFJELL)
    assert len(p.municipalities) >= 4
    assert len(p.institutions) >= 2
    assert {party.kind for party in p.institutions} == {
        unikom.PartyKind.UNIVERSITY,
        unikom.PartyKind.UNIVERSITY_COLLEGE,
    }
    assert [it.id for it in p.inquiry_types] == ["studentoppgave", "forskingssamarbeid"]


def test_its_organisation_numbers_cannot_be_real_ones() -> None:
    p = unikom.load(NORDFJELL)
    for party in p.parties:
        assert unikom.is_valid_org_number(party.org_number)
        # Enhetsregisteret hands out numbers starting with 8 or 9 only.
        assert party.org_number.startswith("1"), party.name


def test_every_file_says_it_is_fictional_and_names_its_schema() -> None:
    for path in sorted(NORDFJELL.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema="), path
        schema = text.splitlines()[0].split("$schema=", 1)[1]
        assert (path.parent / schema).is_file(), schema
        assert "FICTIONAL" in text, path


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("page_format", ["md", "html"])
def test_it_renders_in_every_language_and_format(language: str, page_format: str) -> None:
    page = render_page(unikom.load(NORDFJELL), language=language, format=page_format)
    assert "Høgskulen på Fjellvik" in page.text
    assert (
        "Kunnskapsalliansen Nordfjell" if language != "en" else "Knowledge Alliance"
    ) in page.text
