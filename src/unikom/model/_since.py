"""Enum values added after version 1.0 of the standard, and the version that added them.

Keys added later say so in their own field (``doc(..., since="1.1")``); an enum
value has no field of its own, so it is listed here, one line per value.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from unikom.model.lifecycle import InquiryState

#: Enum member → the version of the standard that added it.
VALUES_SINCE: Mapping[enum.Enum, str] = MappingProxyType(
    {
        InquiryState.WAITING_FOR_SENDER: "1.1",
    }
)
