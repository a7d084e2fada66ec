"""The JSON Schemas shipped in the package, read by both schema checkers."""

from __future__ import annotations

import json
import os
from typing import Any

__all__ = ["load_schema"]


def load_schema(kind_name: str) -> dict[str, Any]:
    """Return the schema shipped in the package for *kind_name*."""
    # Beside the package's modules, as a wheel installs them; reading the path
    # directly spares every run importing importlib.resources and zipfile (and
    # os.path spares it pathlib, which a cold run has no other use for).
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    path = os.path.join(package, "schemas", f"{kind_name}.schema.json")
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    else:  # a zipped install: only importlib.resources can reach the file
        from importlib import resources

        text = (
            resources.files("unikom")
            .joinpath("schemas", f"{kind_name}.schema.json")
            .read_text(encoding="utf-8")
        )
    schema: dict[str, Any] = json.loads(text)
    return schema
