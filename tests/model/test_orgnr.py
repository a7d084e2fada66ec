"""Organisation numbers: the MOD11 rule, checked against an independent formulation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import org_numbers
from unikom.model.orgnr import is_valid_org_number, org_number_check_digit


@pytest.mark.parametrize("number", ["974767880", "942110464"])
def test_known_numbers_are_valid(number: str) -> None:
    assert is_valid_org_number(number)


@pytest.mark.parametrize(
    "number",
    ["974767881", "94211046", "9421104640", "94211046a", "", " 942110464", "９４２１１０４６４"],
)
def test_malformed_or_wrong_check_digit_is_invalid(number: str) -> None:
    assert not is_valid_org_number(number)


def independent(number: str) -> bool:
    """MOD11 restated: the weighted sum including the check digit (weight 1) is 0 mod 11,
    and no prefix whose check digit would be 10 is valid."""
    if len(number) != 9 or not number.isascii() or not number.isdigit():
        return False
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    prefix_sum = sum(w * int(d) for w, d in zip(weights, number, strict=False))
    if (11 - prefix_sum % 11) % 11 == 10:
        return False
    return (prefix_sum + int(number[8])) % 11 == 0


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_agrees_with_independent_rule(number: str) -> None:
    assert is_valid_org_number(number) == independent(number)


@given(org_numbers())
def test_generated_numbers_are_valid(number: str) -> None:
    assert is_valid_org_number(number)


def test_prefix_with_check_digit_ten_has_no_number() -> None:
    # 3+2+7+6+5+4+3+2 weights on 00000001 give 2; 11 - 2 = 9 … search for a '10' prefix.
    prefix = next(f"{n:08d}" for n in range(10_000) if org_number_check_digit(f"{n:08d}") is None)
    assert all(not is_valid_org_number(prefix + d) for d in "0123456789")


def test_check_digit_rejects_non_digits() -> None:
    with pytest.raises(ValueError, match="eight digits"):
        org_number_check_digit("1234567a")
