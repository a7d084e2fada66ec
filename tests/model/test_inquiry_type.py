"""Inquiry types: what selects each handling route, by the keys route_for reads."""

from __future__ import annotations

import pytest

import unikom
from unikom.model.inquiry_type import (
    HandlingRoute,
    InquiryType,
    RouteAction,
    RouteScope,
    RouteStep,
)
from unikom.model.text import Text
from unikom.model.types import Slug

STEP = RouteStep(action=RouteAction.RECEIVE, role=Text.plain("sekretariatet"))


def route(id: str, party: str | None = None, areas: tuple[str, ...] = ()) -> HandlingRoute:
    return HandlingRoute(
        id=Slug(id),
        party=None if party is None else Slug(party),
        thematic_areas=tuple(Slug(area) for area in areas),
        steps=(STEP,),
    )


def inquiry_type(*routes: HandlingRoute) -> InquiryType:
    return InquiryType(
        id=Slug("forsking"), name=Text.plain("Forsking"), track=Slug("forsking"), routes=routes
    )


def scopes(it: InquiryType) -> dict[str, RouteScope]:
    return {r.id: it.route_scope(r) for r in it.routes}


def test_a_lone_route_is_selected_by_nothing() -> None:
    [scope] = scopes(inquiry_type(route("felles"))).values()
    assert scope.is_only_route
    assert scope == RouteScope(
        party=None, other_parties=False, thematic_areas=(), other_areas=False
    )


def test_routes_by_area_only() -> None:
    found = scopes(inquiry_type(route("helse", areas=("helse",)), route("andre")))
    assert found["helse"] == RouteScope(
        party=None, other_parties=False, thematic_areas=("helse",), other_areas=False
    )
    # The route without areas serves every other area: it is not the only one.
    assert found["andre"].other_areas
    assert not found["andre"].other_parties
    assert not found["andre"].is_only_route


def test_a_partys_own_route_is_selected_by_the_party_not_by_areas() -> None:
    found = scopes(inquiry_type(route("felles"), route("lidal", party="lidal")))
    # Both routes name no area, and neither serves "every other area".
    assert found["lidal"] == RouteScope(
        party="lidal", other_parties=False, thematic_areas=(), other_areas=False
    )
    assert found["felles"] == RouteScope(
        party=None, other_parties=True, thematic_areas=(), other_areas=False
    )


def test_areas_are_weighed_within_one_partys_routes() -> None:
    it = inquiry_type(
        route("felles"),
        route("felles-helse", areas=("helse",)),
        route("askoy-eiga", party="askoy"),
        route("askoy-helse", party="askoy", areas=("helse",)),
        route("bergen", party="bergen"),
    )
    found = scopes(it)
    assert found["felles"].other_areas
    assert found["felles"].other_parties
    assert found["felles-helse"].thematic_areas == ("helse",)
    assert found["askoy-eiga"].party == "askoy"
    assert found["askoy-eiga"].other_areas
    assert found["askoy-helse"] == RouteScope(
        party="askoy", other_parties=False, thematic_areas=("helse",), other_areas=False
    )
    # Bergen's route has no area sibling of its own: it serves Bergen in every area.
    assert found["bergen"] == RouteScope(
        party="bergen", other_parties=False, thematic_areas=(), other_areas=False
    )


@pytest.mark.parametrize(
    ("party", "areas", "expected"),
    [
        ("askoy", ("helse",), "askoy-helse"),
        ("askoy", ("skule",), "askoy-eiga"),
        ("bergen", ("helse",), "felles-helse"),
        (None, ("helse",), "felles-helse"),
        (None, (), "felles"),
    ],
)
def test_the_scope_says_what_route_for_does(
    party: str | None, areas: tuple[str, ...], expected: str
) -> None:
    it = inquiry_type(
        route("felles"),
        route("felles-helse", areas=("helse",)),
        route("askoy-eiga", party="askoy"),
        route("askoy-helse", party="askoy", areas=("helse",)),
    )
    chosen = it.route_for(party, areas)
    assert chosen is not None
    assert chosen.id == expected
    scope = it.route_scope(chosen)
    # The scope of the route chosen names the party asked (or none when it is shared) …
    assert scope.party == (party if expected.startswith("askoy") else None)
    # … and the areas asked about, or says it serves the other areas.
    assert set(areas) & set(scope.thematic_areas) or scope.other_areas or not areas


def test_a_route_no_inquiry_can_take_is_warned_of() -> None:
    it = inquiry_type(
        route("felles"),
        route("helse", areas=("helse",)),
        route("skule", areas=("skule",)),
        route("begge", areas=("helse", "skule")),  # every area named before it
        route("andre"),  # a second route of no party naming no area
        route("askoy", party="askoy"),
        route("askoy-andre", party="askoy"),
    )
    found = [d for d in unikom.check(it) if d.code == "model.route-unreachable"]
    assert all(d.severity is unikom.Severity.WARNING for d in found)
    assert [d.pointer for d in found] == [
        "/routes/3/thematic_areas",
        "/routes/4",
        "/routes/6",
    ]


def test_routes_that_each_serve_someone_are_not_warned_of() -> None:
    it = inquiry_type(
        route("felles"),
        route("helse", areas=("helse",)),
        route("helse-og-skule", areas=("helse", "skule")),  # takes inquiries about skule
        route("askoy", party="askoy"),
        route("askoy-helse", party="askoy", areas=("helse",)),
    )
    assert not [d for d in unikom.check(it) if d.code == "model.route-unreachable"]
