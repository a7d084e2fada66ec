"""The JSON Schemas shipped in the package, read by both schema checkers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["load_schema"]


def load_schema(kind_name: str) -> dict[str, Any]:
    """Return the schema shipped in the package for *kind_name*."""
    # Beside the package's modules, as a wheel installs them; reading the path
    # directly spares every run importing importlib.resources and zipfile.
    path = Path(__file__).resolve().parent.parent / "schemas" / f"{kind_name}.schema.json"
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    else:  # a zipped install: only importlib.resources can reach the file
        from importlib import resources

        text = (
            resources.files("unikom")
            .joinpath("schemas", f"{kind_name}.schema.json")
            .read_text(encoding="utf-8")
        )
    schema: dict[str, Any] = json.loads(text)
    return schema
