"""Inquiries to a consortium: addressed parties, per-party routes and requirement statuses."""

from __future__ import annotations

import io
from pathlib import Path

import unikom
from unikom.cli.status import write_status
from unikom.services.portfolio import iter_portfolio, summarise

PARTNERSHIP = """\
kind: partnership
version: "1.1"
id: vest
name: Vest
parties:
  - id: bergen
    kind: municipality
    name: Bergen kommune
    org_number: "100000008"
    role: lead
  - id: askoy
    kind: municipality
    name: Askøy kommune
    org_number: "100000016"
  - id: voss
    kind: municipality
    name: Voss kommune
    org_number: "100000024"
    left: 2025-12-31
  - id: uib
    kind: university
    name: Universitetet i Bergen
    org_number: "100000040"
tracks:
  - id: forsking
    kind: research
    name: Forsking
contacts:
  - id: sekretariat
    name: Sekretariatet
  - id: askoy-fou
    name: Per Askøy
    party: askoy
inquiry_types:
  - id: forsking
    name: Forskingssamarbeid
    track: forsking
    addressees: [bergen, askoy, voss]
    requirements:
      - id: rek
        title: REK
    routes:
      - id: felles
        steps:
          - action: receive
            role: sekretariatet
            contact: sekretariat
      - id: askoy
        party: askoy
        steps:
          - action: receive
            role: FoU-koordinator
            party: askoy
            contact: askoy-fou
"""

INQUIRY = """\
kind: inquiry
version: "1.1"
id: 2026-001
partnership: vest
type: forsking
title: Kvardagsrehabilitering
received: 2026-03-02
requester:
  organisation: UiB
  name: Kari Nordmann
addressed_to: [{to}]
requirements:
{requirements}
"""


def directory(tmp_path: Path, to: str, requirements: str) -> Path:
    (tmp_path / "partnership.yaml").write_text(PARTNERSHIP, encoding="utf-8")
    (tmp_path / "inquiries").mkdir()
    (tmp_path / "inquiries" / "2026-001.yaml").write_text(
        INQUIRY.format(to=to, requirements=requirements), encoding="utf-8"
    )
    return tmp_path


PER_PARTY = """\
  - requirement: rek
    party: askoy
    status: met
  - requirement: rek
    party: bergen
    status: pending
"""


def test_an_inquiry_to_two_members_with_statuses_per_party_is_valid(tmp_path: Path) -> None:
    assert unikom.validate(directory(tmp_path, "askoy, bergen", PER_PARTY)) == []


def test_the_route_used_is_the_addressed_partys_own(tmp_path: Path) -> None:
    path = directory(tmp_path, "askoy, bergen", PER_PARTY)
    partnership = unikom.load(path)
    it = partnership.inquiry_type("forsking")
    assert it.route_for("askoy") is not None
    assert it.route_for("askoy").id == "askoy"  # type: ignore[union-attr]
    # Bergen has no route of its own: the partnership's shared route.
    assert it.route_for("bergen").id == "felles"  # type: ignore[union-attr]
    [inquiry] = [
        d for d in iter_portfolio(path, partnership=partnership) if isinstance(d, unikom.Inquiry)
    ]
    assert inquiry.requirement("rek", "askoy").status.value == "met"
    assert inquiry.requirement("rek", "bergen").status.value == "pending"
    status = summarise(partnership, [inquiry], inquiry.received)
    [summary] = status.active[unikom.InquiryState.RECEIVED]
    assert dict(summary.routes) == {"askoy": "askoy", "bergen": "felles"}
    out = io.StringIO()
    write_status(status, partnership, out)
    assert "to askoy (route askoy)" in out.getvalue()


def test_a_party_the_type_does_not_take_is_refused(tmp_path: Path) -> None:
    found = unikom.validate(directory(tmp_path, "uib", "  - requirement: rek\n    status: met\n"))
    assert [(f.code, f.line) for f in found] == [("inquiry.addressee", 11)]
    assert "cannot be addressed to 'uib'" in found[0].message


def test_a_party_that_had_left_is_refused(tmp_path: Path) -> None:
    text = "  - requirement: rek\n    status: met\n"
    path = directory(tmp_path, "voss", text)
    inquiry = path / "inquiries" / "2026-001.yaml"
    assert [f.code for f in unikom.validate(path)] == ["inquiry.addressee"]
    inquiry.write_text(inquiry.read_text().replace("2026-03-02", "2025-12-31"))
    assert unikom.validate(path) == []


def test_a_status_per_party_must_cover_every_addressed_party(tmp_path: Path) -> None:
    only_askoy = "  - requirement: rek\n    party: askoy\n    status: met\n"
    found = unikom.validate(directory(tmp_path, "askoy, bergen", only_askoy))
    assert [f.code for f in found] == ["inquiry.requirement-missing"]
    assert "'bergen'" in found[0].message


def test_a_status_for_a_party_not_addressed_is_refused(tmp_path: Path) -> None:
    text = (
        "  - requirement: rek\n    status: met\n"
        "  - requirement: rek\n    party: voss\n    status: met\n"
    )
    found = unikom.validate(directory(tmp_path, "askoy", text))
    assert [f.code for f in found] == ["inquiry.addressee"]


def test_an_unknown_route_party_or_addressee_is_unresolved(tmp_path: Path) -> None:
    path = directory(tmp_path, "askoy", "  - requirement: rek\n    status: met\n")
    text = (path / "partnership.yaml").read_text()
    (path / "partnership.yaml").write_text(
        text.replace("addressees: [bergen,", "addressees: [bergn,").replace(
            "        party: askoy\n        steps", "        party: askoi\n        steps"
        )
    )
    found = unikom.validate(path)
    assert sorted(f.code for f in found) == ["ref.unresolved", "ref.unresolved"]


def test_the_own_route_of_a_party_the_type_cannot_be_addressed_to_is_warned_of(
    tmp_path: Path,
) -> None:
    path = directory(tmp_path, "bergen", "  - requirement: rek\n    status: met\n")
    text = (path / "partnership.yaml").read_text()
    (path / "partnership.yaml").write_text(
        text.replace("addressees: [bergen, askoy, voss]", "addressees: [bergen, voss]")
    )
    found = unikom.validate(path)
    assert [(f.code, f.severity.value) for f in found] == [("model.route-unreachable", "warning")]
    [warning] = found
    assert warning.file.endswith("partnership.yaml")
    assert "cannot be addressed to 'askoy'" in warning.message
    # The line of the route's 'party: askoy'.
    assert text.splitlines()[warning.line - 1].strip() == "party: askoy"
