"""Generate the JSON Schemas from the attrs model: the model is the one source of truth.

Run ``python -m unikom.checking._schemagen`` to rewrite ``schemas/`` and the copies
shipped in the package; the test suite fails when the committed files are stale.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import types
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from unikom._version import SUPPORTED_VERSIONS
from unikom.checking.kinds import KINDS, SCHEMA_BASE_URL, STANDARD_MAJOR, DocumentKind
from unikom.model._fields import (
    CONSTRAINTS,
    DATE_PATTERN,
    SINGLE_LINE_FIELDS,
    LanguageTag,
    number_schema,
    schema_pattern,
    single_line_schema,
)
from unikom.model._vocabulary import EXAMPLES, MEANINGS
from unikom.model.duration import DURATION_PATTERN, Duration
from unikom.model.extensions import EXTENSION_KEY_PATTERN
from unikom.model.frozen import FrozenMap
from unikom.model.text import TEXT_VALUE_SCHEMA, Text


def _json_text(schema: Any) -> str:
    """Return *schema* as JSON text: readable letters, but every invisible character escaped.

    The one-line pattern holds line separators; written raw, they would break
    the file's lines in an editor and be escaped by the terminal guard.
    """
    text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return "".join(c if c.isprintable() or c in "\n" else f"\\u{ord(c):04x}" for c in text)


def _holds_text(tp: Any) -> bool:
    """Tell whether the type hint *tp* is a multilingual text, or one or None."""
    return tp is Text or Text in typing.get_args(tp)


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
        schema = self._for_type(tp)
        if tp in EXAMPLES:
            schema["examples"] = list(EXAMPLES[tp])
        return schema

    def _for_type(self, tp: Any) -> dict[str, Any]:
        if tp in CONSTRAINTS:
            return dict(CONSTRAINTS[tp].schema)
        if tp is Text:
            self.defs["Text"] = TEXT_SCHEMA
            return {"$ref": "#/$defs/Text"}
        if tp is Duration:
            return {"type": "string", "maxLength": 20, "pattern": schema_pattern(DURATION_PATTERN)}
        if tp is dt.date:
            return {
                "type": "string",
                "maxLength": 10,
                "pattern": schema_pattern(DATE_PATTERN),
                "format": "date",
            }
        if tp is bool:
            return {"type": "boolean"}
        if tp is int or tp is float:
            return number_schema(tp)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            meanings = MEANINGS.get(tp, {})
            values = [member.value for member in tp]
            described = [meanings.get(value, "") for value in values]
            # Editors (VS Code, the YAML language server) show these beside each value.
            return {
                "enum": values,
                "enumDescriptions": described,
                "markdownEnumDescriptions": described,
            }
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
            if field.name in SINGLE_LINE_FIELDS and _holds_text(hints[field.name]):
                schema.update(single_line_schema())
            default = _default_value(field.default)
            if (
                default is not None
                and "default" not in schema
                # A list that, given, must not be empty has no default to show.
                and not (default == [] and schema.get("minItems", 0) > 0)
            ):
                schema["default"] = default
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


def _default_value(default: Any) -> Any:
    """Return a field's default as JSON, or None when it has none worth showing."""
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return [] if default.factory in (tuple, list) else None
    if isinstance(default, enum.Enum):
        return default.value
    if isinstance(default, tuple) and not default:
        return []
    if isinstance(default, bool | int | float | str):
        return default
    return None


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
        "$schema": {
            "description": "The schema an editor checks this file against (JSON files "
            "name it here; YAML files may use a yaml-language-server modeline instead). "
            "unikom itself ignores it.",
            "type": "string",
            "maxLength": 2048,
            "examples": [kind.schema_url],
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
    return _json_text(schema_for(kind))


def schema_dirs(root: Path) -> tuple[Path, Path]:
    """Return the two places the schemas live: the repository's and the package's."""
    return root / "schemas", root / "src" / "unikom" / "schemas"


#: The name of the export's schema file (``unikom export --format json``).
EXPORT_SCHEMA_FILENAME = "export.schema.json"


def export_schema() -> dict[str, Any]:
    """Return the JSON Schema of ``unikom export --format json``, generated from the model.

    One document: the partnership with its inquiry types merged in, then every
    inquiry and project of its directory, each with its defaults written out.
    """
    generator = _Generator()
    kinds = {name: generator.for_type(KINDS[name].model) for name in KINDS}
    return {
        "$schema": DIALECT,
        "$id": f"{SCHEMA_BASE_URL}v{STANDARD_MAJOR}/{EXPORT_SCHEMA_FILENAME}",
        "type": "object",
        "title": "Unikom partnership export",
        "description": "A whole partnership directory as one document, for other programs: "
        "the partnership (inquiry types merged in), its inquiries and its projects, every "
        "file checked, every reference checked to name something that exists, and every "
        "default written out.",
        "properties": {
            "kind": {"const": "export"},
            "version": {
                "description": "The version of the unikom standard the export follows.",
                "type": "string",
                "enum": list(SUPPORTED_VERSIONS),
            },
            "generator": {
                "description": "The unikom release that wrote the export.",
                "type": "string",
                "maxLength": 100,
            },
            "partnership": kinds["partnership"],
            "inquiries": {"type": "array", "items": kinds["inquiry"]},
            "projects": {"type": "array", "items": kinds["project"]},
        },
        "required": ["kind", "version", "generator", "partnership", "inquiries", "projects"],
        # Like every object of the standard, the export may carry a program's own x- keys.
        "patternProperties": {EXTENSION_KEY_PATTERN: {}},
        "additionalProperties": False,
        "$defs": dict(sorted(generator.defs.items())),
    }


#: Which files each kind's schema is for, as SchemaStore's catalog writes it
#: (globs): the conventional places in a partnership directory.
FILE_MATCH: dict[str, list[str]] = {
    "partnership": ["partnership.yaml", "partnership.yml", "partnership.json"],
    "inquiry-type": [
        "**/inquiry-types/*.yaml",
        "**/inquiry-types/*.yml",
        "**/inquiry-types/*.json",
    ],
    "inquiry": ["**/inquiries/*.yaml", "**/inquiries/*.yml", "**/inquiries/*.json"],
    "project": ["**/projects/*.yaml", "**/projects/*.yml", "**/projects/*.json"],
}
CATALOG_FILENAME = "catalog.json"


def catalog(url_of: Callable[[DocumentKind], str] | None = None) -> dict[str, Any]:
    """Return a schema catalog in SchemaStore's format: file patterns → schemas.

    *url_of*, given a kind, returns the address to list; by default the
    published one (its ``$id``).
    """
    return {
        "$schema": "https://json.schemastore.org/schema-catalog.json",
        "version": 1,
        "schemas": [
            {
                "name": kind.title,
                "description": kind.description,
                "fileMatch": FILE_MATCH[kind.name],
                "url": url_of(kind) if url_of is not None else kind.schema_url,
            }
            for kind in KINDS.values()
        ],
    }


def render_catalog(url_of: Callable[[DocumentKind], str] | None = None) -> str:
    """Return the catalog file's exact text."""
    return json.dumps(catalog(url_of), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write every kind's schema into both schema directories (or --check them)."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[-1]) if args and not args[-1].startswith("-") else Path.cwd()
    stale = []
    for directory in schema_dirs(root):
        directory.mkdir(parents=True, exist_ok=True)
        files = [(directory / k.schema_filename, render(k)) for k in KINDS.values()]
        files.append((directory / CATALOG_FILENAME, render_catalog()))
        export = _json_text(export_schema())
        files.append((directory / EXPORT_SCHEMA_FILENAME, export))
        for target, text in files:
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
