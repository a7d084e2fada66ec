"""Comparing partnerships: who is active when, and which thematic areas are the same."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unikom.model._fields import OrgNumber, Slug
from unikom.model.agreement import Agreement, Period
from unikom.model.partnership import Partnership, PartnershipStatus
from unikom.model.party import Party, PartyKind
from unikom.model.text import Text
from unikom.model.thematic_area import ThematicArea
from unikom.services.network import compare, is_active, match_areas

MUNICIPALITY = Party(
    id=Slug("kommune"),
    kind=PartyKind.MUNICIPALITY,
    name=Text.plain("Fjellvik kommune"),
    org_number=OrgNumber("100000008"),
)
UNIVERSITY = Party(
    id=Slug("uni"),
    kind=PartyKind.UNIVERSITY,
    name=Text.plain("Universitetet i Nordfjell"),
    org_number=OrgNumber("100000040"),
)


def area(area_id: str, **names: str) -> ThematicArea:
    return ThematicArea(id=Slug(area_id), name=Text(translations=names or {"nb": area_id}))


def partnership(
    pid: str,
    *,
    areas: tuple[ThematicArea, ...] = (),
    periods: tuple[tuple[str, str | None], ...] = (),
    status: PartnershipStatus = PartnershipStatus.ACTIVE,
    parties: tuple[Party, ...] = (MUNICIPALITY, UNIVERSITY),
    short_name: str | None = None,
) -> Partnership:
    agreements = tuple(
        Agreement(
            id=Slug(f"a{i}"),
            title=Text.plain(f"Agreement {i}"),
            period=Period(
                start=dt.date.fromisoformat(start),
                end=dt.date.fromisoformat(end) if end else None,
            ),
        )
        for i, (start, end) in enumerate(periods)
    )
    return Partnership(
        id=Slug(pid),
        name=Text.plain(pid.title()),
        short_name=short_name,
        parties=parties,
        agreements=agreements,
        thematic_areas=areas,
        status=status,
    )


@pytest.mark.parametrize(
    ("day", "active"),
    [
        ("2017-12-31", False),
        ("2018-01-01", True),
        ("2021-12-31", True),
        ("2022-06-01", False),  # between the two agreements
        ("2024-01-01", True),
        ("2099-01-01", True),  # the second agreement has no end
    ],
)
def test_active_when_an_agreement_covers_the_day(day: str, active: bool) -> None:
    p = partnership("p", periods=(("2018-01-01", "2021-12-31"), ("2024-01-01", None)))
    assert is_active(p, dt.date.fromisoformat(day)) is active


def test_an_ended_partnership_is_not_active_whatever_its_agreements_say() -> None:
    p = partnership("p", periods=(("2018-01-01", None),), status=PartnershipStatus.ENDED)
    assert not is_active(p, dt.date(2020, 1, 1))


@pytest.mark.parametrize(
    ("status", "active"),
    [
        (PartnershipStatus.ACTIVE, True),
        (PartnershipStatus.PLANNED, False),
        (PartnershipStatus.ENDED, False),
    ],
)
def test_without_agreements_the_status_decides(status: PartnershipStatus, active: bool) -> None:
    assert is_active(partnership("p", status=status), dt.date(2020, 1, 1)) is active


def test_areas_match_by_id_even_when_named_differently() -> None:
    rows = match_areas(
        [
            partnership("a", areas=(area("helse-og-velferd", nb="Helse og velferd"),)),
            partnership("b", areas=(area("helse-og-velferd", nb="Helse, omsorg og velferd"),)),
        ]
    )
    assert [row.ids for row in rows] == [(("helse-og-velferd",), ("helse-og-velferd",))]
    assert rows[0].name.get("nb") == "Helse og velferd"


def test_areas_match_by_name_in_any_language_ignoring_case_and_spacing() -> None:
    rows = match_areas(
        [
            partnership("a", areas=(area("helse", nb="Helse og velferd", en="Health"),)),
            partnership("b", areas=(area("health", nn="helse  og Velferd"),)),
            partnership("c", areas=(area("hw", en="HEALTH"),)),
        ]
    )
    assert [row.ids for row in rows] == [(("helse",), ("health",), ("hw",))]


def test_different_areas_stay_apart_in_order_of_first_appearance() -> None:
    rows = match_areas(
        [
            partnership("a", areas=(area("oppvekst"), area("helse"))),
            partnership("b", areas=(area("klima"), area("helse"))),
        ]
    )
    assert [row.name.get("nb") for row in rows] == ["oppvekst", "helse", "klima"]
    assert [row.ids for row in rows] == [
        (("oppvekst",), ()),
        (("helse",), ("helse",)),
        ((), ("klima",)),
    ]


def test_matching_carries_over_and_may_join_two_areas_of_one_partnership() -> None:
    rows = match_areas(
        [
            partnership("a", areas=(area("helse", nb="Helse"), area("velferd", nb="Velferd"))),
            partnership("b", areas=(area("helse", nb="Velferd"),)),
        ]
    )
    assert [row.ids for row in rows] == [(("helse", "velferd"), ("helse",))]


@given(
    st.lists(
        st.lists(st.sampled_from(["helse", "oppvekst", "klima", "kultur", "unikom"]), unique=True),
        min_size=1,
        max_size=4,
    )
)
def test_every_area_is_in_exactly_one_row(area_ids: list[list[str]]) -> None:
    partnerships = [
        partnership(f"p{i}", areas=tuple(area(a) for a in ids)) for i, ids in enumerate(area_ids)
    ]
    rows = match_areas(partnerships)
    for column, ids in enumerate(area_ids):
        placed = [a for row in rows for a in row.ids[column]]
        assert sorted(placed) == sorted(ids)
    assert len(rows) == len({a for ids in area_ids for a in ids})


def test_organisations_in_several_partnerships_are_found() -> None:
    other_municipality = Party(
        id=Slug("k2"),
        kind=PartyKind.MUNICIPALITY,
        name=Text.plain("Storlia kommune"),
        org_number=OrgNumber("100000016"),
    )
    comparison = compare(
        [
            partnership("a", short_name="A"),
            partnership("b", parties=(other_municipality, UNIVERSITY)),
        ],
        on=dt.date(2025, 1, 1),
    )
    assert [(s.org_number, s.labels) for s in comparison.shared_parties] == [
        ("100000040", ("A", "b"))
    ]


def test_columns_get_labels_that_can_be_told_apart() -> None:
    comparison = compare(
        [partnership("x", short_name="X"), partnership("y", short_name="X")],
        on=dt.date(2025, 1, 1),
    )
    assert [c.label for c in comparison.columns] == ["X", "X (2)"]


def test_the_data_form_states_the_rules_and_the_date() -> None:
    data = compare([partnership("a", areas=(area("helse"),))], on=dt.date(2025, 3, 1)).to_data()
    assert data["on"] == "2025-03-01"
    assert "same id" in data["rules"]["thematic_areas"]
    assert data["thematic_areas"] == [{"name": "helse", "covered_by": {"a": ["helse"]}}]
