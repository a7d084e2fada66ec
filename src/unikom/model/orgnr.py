"""Norwegian organisation numbers (organisasjonsnummer) and their MOD11 check digit."""

from __future__ import annotations

__all__ = ["is_valid_org_number", "org_number_check_digit"]

_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def org_number_check_digit(first_eight: str) -> int | None:
    """Return the check digit for the first eight digits, or None if none exists.

    The Brønnøysund Register Centre weights the digits 3,2,7,6,5,4,3,2; the check
    digit is 11 minus the weighted sum modulo 11, where 11 becomes 0 and 10 means
    that no valid organisation number starts with these eight digits.
    """
    if len(first_eight) != 8 or not first_eight.isascii() or not first_eight.isdigit():
        raise ValueError(f"expected eight digits, got {first_eight!r}")
    remainder = sum(w * int(d) for w, d in zip(_WEIGHTS, first_eight, strict=True)) % 11
    digit = 11 - remainder
    if digit == 11:
        return 0
    if digit == 10:
        return None
    return digit


def is_valid_org_number(value: str) -> bool:
    """Tell whether *value* is a nine-digit organisation number with a valid check digit."""
    if not isinstance(value, str) or len(value) != 9 or not value.isascii():
        return False
    if not value.isdigit():
        return False
    return org_number_check_digit(value[:8]) == int(value[8])
