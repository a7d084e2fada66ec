"""Standard 1.1: what a file may use depends on the version it declares."""

from __future__ import annotations

from pathlib import Path

import unikom

HEAD = """\
kind: partnership
version: "{version}"
id: test
name: Test
"""
PARTIES = """\
parties:
  - id: kommune
    kind: municipality
    name: Fjellvik kommune
    org_number: "100000008"
    role: lead
  - id: universitet
    kind: university
    name: Universitetet i Nordfjell
    org_number: "100000040"
    joined: 2024-01-01
"""


def write(tmp_path: Path, version: str, extra: str = "") -> Path:
    path = tmp_path / "partnership.yaml"
    path.write_text(HEAD.format(version=version) + PARTIES + extra, encoding="utf-8")
    return path


def test_a_1_1_file_may_use_1_1_keys(tmp_path: Path) -> None:
    assert unikom.validate(write(tmp_path, "1.1")) == []


def test_a_1_0_file_using_a_1_1_key_is_told_which_version_it_needs(tmp_path: Path) -> None:
    findings = unikom.validate(write(tmp_path, "1.0"))
    assert [(f.code, f.line, f.column) for f in findings] == [
        ("version.key-too-new", 10, 5),
        ("version.key-too-new", 15, 5),
    ]
    assert all(f.is_error for f in findings)
    assert "'role' needs version \"1.1\"" in findings[0].message
    assert 'write version: "1.1"' in findings[0].message


def test_a_contact_without_a_party_needs_1_1(tmp_path: Path) -> None:
    contacts = "contacts:\n  - id: sekretariat\n    name: Kari Nordmann\n"
    text = write(tmp_path, "1.1", contacts).read_text().replace("    role: lead\n", "")
    text = text.replace("    joined: 2024-01-01\n", "")
    path = tmp_path / "partnership.yaml"
    path.write_text(text)
    assert unikom.validate(path) == []
    path.write_text(text.replace('"1.1"', '"1.0"'))
    [finding] = unikom.validate(path)
    assert finding.code == "version.key-required"
    assert "'party'" in finding.message
    assert '"1.1"' in finding.message


def test_one_lead_at_most_and_joined_before_left(tmp_path: Path) -> None:
    path = write(tmp_path, "1.1")
    text = path.read_text().replace(
        "    joined: 2024-01-01\n", "    role: lead\n    joined: 2024-01-01\n    left: 2023-12-31\n"
    )
    path.write_text(text)
    codes = sorted(f.code for f in unikom.validate(path))
    assert codes == ["model.lead", "model.period-order"]


def test_signing_on_behalf_of_and_coverage_must_name_parties(tmp_path: Path) -> None:
    agreements = """\
agreements:
  - id: avtale
    title: Avtale
    period: {start: 2024-01-01}
    parties: [kommune, universitet, ukjend]
    signatories:
      - name: Ola Nordmann
        title: ordførar
        party: kommune
        on_behalf_of: [universitet, kommune]
"""
    findings = unikom.validate(write(tmp_path, "1.1", agreements))
    assert sorted(f.code for f in findings) == ["ref.cycle", "ref.unresolved"]


def test_a_signature_for_a_party_the_agreement_leaves_out_is_refused(tmp_path: Path) -> None:
    # The page would say "Covers: Fjellvik kommune" above "on behalf of Universitetet
    # i Nordfjell": one of the two is wrong.
    agreements = """\
agreements:
  - id: avtale
    title: Avtale
    period: {start: 2024-01-01}
    parties: [kommune]
    signatories:
      - name: Ola Nordmann
        title: ordførar
        party: kommune
        on_behalf_of: [universitet]
      - name: Kari Nordmann
        title: rektor
        party: universitet
"""
    path = write(tmp_path, "1.1", agreements)
    findings = unikom.validate(path)
    assert [(f.code, f.pointer) for f in findings] == [
        ("model.agreement-coverage", "/agreements/0/signatories/0/on_behalf_of/0"),
        ("model.agreement-coverage", "/agreements/0/signatories/1/party"),
    ]
    # Left out, 'parties' means every party, and so every signature fits.
    path.write_text(path.read_text().replace("    parties: [kommune]\n", ""))
    assert unikom.validate(path) == []


def test_parties_on_a_day_follow_membership_periods(tmp_path: Path) -> None:
    import datetime as dt

    p = unikom.load(write(tmp_path, "1.1"))
    assert p.lead is not None
    assert p.lead.id == "kommune"
    assert [party.id for party in p.parties_on(dt.date(2023, 6, 1))] == ["kommune"]
    assert [party.id for party in p.parties_on(dt.date(2024, 1, 1))] == ["kommune", "universitet"]
