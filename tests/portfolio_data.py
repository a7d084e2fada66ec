"""Shared test data for inquiries and projects: the fixture partnership and a fresh inquiry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from unikom import Inquiry, Requester, Text

DATA = Path(__file__).parent / "data" / "inquiry"
#: A small, made-up partnership directory whose inquiries and projects are all valid.
FIXTURE = DATA / "partnership"
#: Invalid inquiry and project files; each marks its expected errors with '# expect: CODE'.
INVALID = DATA / "invalid"


def fresh_inquiry(**changes: object) -> Inquiry:
    """Return a valid, just-received inquiry of the fixture's Horizon Europe style type."""
    values: dict[str, object] = {
        "id": "2024-100",
        "partnership": "testby",
        "type": "horisont",
        "title": Text.plain("Prøvehenvendelse"),
        "received": dt.date(2024, 3, 4),
        "requester": Requester(organisation="Et institutt", name="Per Eksempel"),
        "thematic_areas": ("helse-og-velferd",),
        "answers": {"formal": "Prøve."},
    }
    values.update(changes)
    return Inquiry(**values)  # type: ignore[arg-type]
