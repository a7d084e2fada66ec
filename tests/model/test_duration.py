"""Durations as written in files."""

from __future__ import annotations

import pytest
from hypothesis import given

from strategies import durations
from unikom.model.duration import Duration, DurationUnit
from unikom.model.errors import ModelError


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("P15D", 15, DurationUnit.DAYS),
        ("P4W", 4, DurationUnit.WEEKS),
        ("P1M", 1, DurationUnit.MONTHS),
        ("P1Y", 1, DurationUnit.YEARS),
        ("10 working days", 10, DurationUnit.WORKING_DAYS),
        ("1 working day", 1, DurationUnit.WORKING_DAYS),
    ],
)
def test_parse(text: str, amount: int, unit: DurationUnit) -> None:
    assert Duration.parse(text) == Duration(amount=amount, unit=unit)


@pytest.mark.parametrize("text", ["P0D", "P1M2D", "PT1H", "15 days", "P-1D", "", "P99999D"])
def test_rejects_what_it_cannot_count(text: str) -> None:
    with pytest.raises(ModelError) as caught:
        Duration.parse(text)
    assert caught.value.code == "value.duration"


@given(durations)
def test_text_round_trip(duration: Duration) -> None:
    assert Duration.parse(str(duration)) == duration


@pytest.mark.parametrize("amount", [0, 10_000, 10**20, "3", 3.0, None])
def test_an_amount_a_file_refuses_is_a_constraint_error_naming_it(amount: object) -> None:
    # attrs' own validators raised a bare ValueError or TypeError (with the
    # whole attrs.Attribute in its message).
    from unikom.model.errors import ConstraintError

    with pytest.raises(ConstraintError) as caught:
        Duration(amount=amount, unit=DurationUnit.DAYS)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("Duration", "amount")
    assert Duration(amount=9999, unit=DurationUnit.DAYS).amount == 9999
