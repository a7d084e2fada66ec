"""The JSON Schemas shipped in the package, read by both schema checkers."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["load_schema"]


def load_schema(kind_name: str) -> dict[str, Any]:
    """Return the schema shipped in the package for *kind_name*."""
    text = (
        resources.files("unikom")
        .joinpath("schemas", f"{kind_name}.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema
