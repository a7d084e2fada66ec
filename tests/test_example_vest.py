"""The Vestfjord example: a fictional consortium that uses every addition of standard 1.1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import unikom
from unikom.deadlines import inquiry_due, next_intake_deadlines
from unikom.services.portfolio import load_inquiry

VEST = Path(__file__).resolve().parents[1] / "examples" / "vest"


def test_it_validates_without_a_single_warning() -> None:
    assert unikom.validate(VEST, languages=("nn", "en")) == []


def test_it_is_a_consortium_of_the_helse_omsorg_vest_kind() -> None:
    p = unikom.load(VEST)
    assert len([party for party in p.parties if party.kind is unikom.PartyKind.MUNICIPALITY]) >= 8
    assert len(p.institutions) >= 5
    assert p.lead is not None
    assert p.lead.id == "vestfjord-kommune"
    # Haugeland joined in 2025 and Solbakk left at the end of it.
    ids_2024 = {party.id for party in p.parties_on(dt.date(2024, 6, 1))}
    ids_2026 = {party.id for party in p.parties_on(dt.date(2026, 6, 1))}
    assert "haugeland-kommune" not in ids_2024
    assert "haugeland-kommune" in ids_2026
    assert "solbakk-kommune" in ids_2024
    assert "solbakk-kommune" not in ids_2026


def test_its_organisation_numbers_cannot_be_real_ones() -> None:
    for party in unikom.load(VEST).parties:
        assert unikom.is_valid_org_number(party.org_number)
        assert party.org_number.startswith("1"), party.id


def test_every_file_says_it_is_fictional_and_declares_1_1() -> None:
    for path in sorted(VEST.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert "FICTIONAL" in text, path
        assert '\nversion: "1.1"\n' in text, path


def test_the_stopped_clock_counted_by_hand() -> None:
    # Received Mon 1 March 2027, six weeks: Mon 12 April. The count pauses 7 days
    # while waiting for the sender (6–12 March) and 3 days for Holy Week (22–24
    # March, the partnership suspends during closures): 12 April + 10 = Thu 22 April.
    p = unikom.load(VEST)
    inquiry = load_inquiry(VEST / "inquiries" / "2027-004.yaml", partnership=p)
    assert inquiry_due(p, inquiry).due == dt.date(2027, 4, 22)
    # The preliminary reply ignores closures: 1 April 2027, a Thursday.
    assert inquiry_due(p, inquiry).preliminary_reply_by == dt.date(2027, 4, 1)
    # Lidal has its own route.
    route = p.inquiry_type("forskingssamarbeid").route_for("lidal-kommune")
    assert route is not None
    assert route.id == "lidal"


def test_the_relative_deadline_counted_by_hand() -> None:
    # Steering group: second Tuesday of March and October. 9 March 2027 less ten
    # working days is Tue 23 February. 12 October 2027 less ten working days,
    # with 11 October closed (the secretariat moves 11–15 October): 8, 7, 6, 5,
    # 4, 1 October, 30, 29, 28, 27 September → Mon 27 September, at 12:00.
    p = unikom.load(VEST)
    found = next_intake_deadlines(p, "forskingssamarbeid", dt.date(2027, 1, 1), 2)
    assert [(d.date, d.time) for d in found] == [
        (dt.date(2027, 2, 23), "12:00"),
        (dt.date(2027, 9, 27), "12:00"),
    ]
