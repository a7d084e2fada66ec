"""Generate the JSON Schemas from the attrs model: the model is the one source of truth.

Run ``python -m unikom.check._schemagen`` to rewrite ``schemas/`` and the copies
shipped in the package; the test suite fails when the committed files are stale.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from unikom._version import SUPPORTED_VERSIONS
from unikom.check.kinds import KINDS, DocumentKind
from unikom.model._fields import (
    CONSTRAINTS,
    LanguageTag,
    number_schema,
    schema_pattern,
)
from unikom.model.duration import DURATION_PATTERN, Duration
from unikom.model.extensions import EXTENSION_KEY_PATTERN
from unikom.model.frozen import FrozenMap
from unikom.model.text import TEXT_VALUE_SCHEMA, Text

DIALECT = "https://json-schema.org/draft/2020-12/schema"

TEXT_SCHEMA: dict[str, Any] = {
    "title": "Text",
    "description": "Text: a plain string, or a mapping of BCP 47 language tags "
    "(nb, nn, en …) to text.",
    "anyOf": [
        TEXT_VALUE_SCHEMA,
        {
            "type": "object",
            "minProperties": 1,
            "propertyNames": CONSTRAINTS[LanguageTag].schema,
            "additionalProperties": TEXT_VALUE_SCHEMA,
        },
    ],
}


def _first_line(obj: object) -> str:
    return (obj.__doc__ or "").strip().splitlines()[0] if obj.__doc__ else ""


class _Generator:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def for_type(self, tp: Any) -> dict[str, Any]:
        if tp in CONSTRAINTS:
            return dict(CONSTRAINTS[tp].schema)
        if tp is Text:
            self.defs["Text"] = TEXT_SCHEMA
            return {"$ref": "#/$defs/Text"}
        if tp is Duration:
            return {"type": "string", "maxLength": 20, "pattern": schema_pattern(DURATION_PATTERN)}
        if tp is dt.date:
            return {"type": "string", "maxLength": 10, "format": "date"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int or tp is float:
            return number_schema(tp)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [member.value for member in tp]}
        if isinstance(tp, type) and attrs.has(tp):
            self.define(tp)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.for_type(args[0])}
        if origin in (dict, Mapping, FrozenMap) and len(args) == 2:
            return {
                "type": "object",
                "propertyNames": self.for_type(args[0]),
                "additionalProperties": self.for_type(args[1]),
            }
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            if len(members) == 1:
                return self.for_type(members[0])
            return {"oneOf": [self.for_type(m) for m in members]}
        raise TypeError(f"no schema for {tp!r}")

    def define(self, cls: type) -> None:
        name = cls.__name__
        if name in self.defs:
            return
        self.defs[name] = {}  # a placeholder stops endless recursion on cycles
        self.defs[name] = self.object_schema(cls)

    def object_schema(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        extensible = False
        for field in attrs.fields(cls):
            meta = field.metadata
            if meta.get("extensions"):
                # Not a key of its own: the object's x- keys, as patternProperties.
                extensible = True
                continue
            schema = self.for_type(hints[field.name])
            if meta.get("doc"):
                since = f" (Since version {meta['since']}.)" if meta.get("since") else ""
                schema = {"description": meta["doc"] + since, **schema}
            schema.update(meta.get("schema", {}))
            properties[field.name] = schema
            if field.default is attrs.NOTHING:
                required.append(field.name)
        result: dict[str, Any] = {
            "type": "object",
            "title": cls.__name__,
            "description": _first_line(cls),
            "properties": properties,
            "additionalProperties": False,
        }
        if extensible:
            result["patternProperties"] = {EXTENSION_KEY_PATTERN: {}}
        if required:
            result["required"] = required
        return result


def schema_for(kind: DocumentKind) -> dict[str, Any]:
    """Return the JSON Schema (Draft 2020-12) of a document kind, generated from its model."""
    generator = _Generator()
    body = generator.object_schema(kind.model)
    body["properties"] = {
        "kind": {"description": "The document kind.", "const": kind.name},
        "version": {
            "description": "The version of the unikom standard the file is written for.",
            "type": "string",
            "enum": list(SUPPORTED_VERSIONS),
        },
        **body["properties"],
    }
    body["required"] = ["kind", "version", *body.get("required", [])]
    body["title"] = kind.title
    body["description"] = kind.description
    return {
        "$schema": DIALECT,
        "$id": kind.schema_id,
        **body,
        "$defs": dict(sorted(generator.defs.items())),
    }


def render(kind: DocumentKind) -> str:
    """Return the schema file's exact text."""
    return json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"


def schema_dirs(root: Path) -> tuple[Path, Path]:
    """Return the two places the schemas live: the repository's and the package's."""
    return root / "schemas", root / "src" / "unikom" / "schemas"


def main(argv: list[str] | None = None) -> int:
    """Write every kind's schema into both schema directories (or --check them)."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[-1]) if args and not args[-1].startswith("-") else Path.cwd()
    stale = []
    for directory in schema_dirs(root):
        directory.mkdir(parents=True, exist_ok=True)
        for kind in KINDS.values():
            target = directory / kind.schema_filename
            text = render(kind)
            current = target.read_text(encoding="utf-8") if target.exists() else None
            if current != text:
                stale.append(target)
                if "--check" not in args:
                    target.write_text(text, encoding="utf-8")
    for path in stale:
        print(("stale: " if "--check" in args else "wrote: ") + str(path))
    return 1 if stale and "--check" in args else 0


if __name__ == "__main__":
    raise SystemExit(main())
