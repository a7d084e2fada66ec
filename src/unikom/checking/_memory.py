"""Documents in memory: text and plain data checked exactly as a file would be.

An app that receives an upload, or keeps documents in a database, should not
have to write them to disk to check them.  Text goes through the same parser as
a file (so findings have a line and column); plain data is copied into the
parser's form (lists and dicts of text, numbers, booleans and null) and then
goes through the same stages, with findings located by JSON pointer only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypeVar

from unikom.checking._engine import Checked, assembly_rules, check_source, single
from unikom.checking._yamlsource import (
    MAX_DEPTH,
    MAX_ERRORS,
    MAX_FILE_BYTES,
    MAX_NODES,
    Pointer,
    SourceDocument,
    parse_text,
)
from unikom.checking.kinds import kind_of_model
from unikom.model.diagnostics import Diagnostic, sort_key
from unikom.model.errors import InvalidDocumentError
from unikom.model.partnership import Partnership

_D = TypeVar("_D")


#: What to do with bytes, the usual mistake: read a file in binary mode.
_NOT_TEXT = "expected YAML or JSON text (a str): decode bytes first, text.decode('utf-8')"


def source_from_text(text: str, name: str) -> SourceDocument:
    """Parse *text* as a file named *name* would be parsed."""
    doc = SourceDocument(path=name)
    if not isinstance(text, str):
        doc.diagnostics.append(doc.error((), "file.type", _NOT_TEXT))
        return doc
    if len(text) > MAX_FILE_BYTES:
        doc.diagnostics.append(
            doc.error(
                (),
                "file.too-large",
                f"the text is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; "
                "a partnership file is far smaller, so this is probably not one",
            )
        )
        return doc
    return parse_text(text.removeprefix("\ufeff"), doc)


def source_from_data(data: Any, name: str) -> SourceDocument:
    """Copy *data* into the parser's plain form; report what no file could hold."""
    doc = SourceDocument(path=name, located=False)
    copier = _Copier(doc)
    doc.data = copier.copy(data, (), 0)
    return doc


class _Copier:
    """Copy plain data, refusing what a YAML or JSON file could not hold, with bounds."""

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        self.nodes = 0

    def fail(self, pointer: Pointer, code: str, message: str) -> None:
        if len(self.doc.diagnostics) < MAX_ERRORS:
            self.doc.diagnostics.append(self.doc.error(pointer, code, message))

    def copy(self, value: Any, pointer: Pointer, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self.fail(pointer, "yaml.too-many-nodes", f"more than {MAX_NODES} values")
            return None
        if depth > MAX_DEPTH:
            self.fail(pointer, "yaml.too-deep", f"nested more than {MAX_DEPTH} levels deep")
            return None
        if value is None or isinstance(value, str | bool | int):
            return value
        if isinstance(value, float):
            # .inf and .nan pass here, as from the YAML loader; the schema refuses them.
            return value
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            # The loader keeps dates as text until the model reads them.
            return value.isoformat()
        if isinstance(value, Mapping):
            result: dict[str, Any] = {}
            for key, item in value.items():
                if not isinstance(key, str):
                    self.fail(pointer, "yaml.complex-key", f"the key {key!r} is not text")
                    continue
                result[key] = self.copy(item, (*pointer, key), depth + 1)
            return result
        if isinstance(value, list | tuple):
            return [self.copy(item, (*pointer, i), depth + 1) for i, item in enumerate(value)]
        self.fail(
            pointer,
            "data.type",
            f"{type(value).__name__} is not a value a file can hold: use text, a number, "
            "true/false, null, a list or a mapping",
        )
        return None


def findings(
    checked: Checked, model: type[_D], partnership: Partnership | None
) -> list[Diagnostic]:
    """Return every finding on one checked document, as validating it as a file gives."""
    found = list(checked.diagnostics)
    if checked.model is None or checked.kind is None:
        return sorted(found, key=sort_key)
    wanted = kind_of_model(model)
    if not isinstance(checked.model, model):
        found.append(
            checked.source.error(
                ("kind",),
                f"kind.not-{wanted.name}",
                f"expected a {wanted.name} document, got kind '{checked.kind.name}'",
            )
        )
    elif isinstance(checked.model, Partnership):
        found.extend(assembly_rules(single(checked), None))
    elif checked.kind.context_rules is not None:
        found.extend(
            checked.kind.context_rules(checked.model, single(checked).locator, partnership)
        )
    return sorted(found, key=sort_key)


def build(source: SourceDocument, model: type[_D], partnership: Partnership | None) -> _D:
    """Return the document *source* holds, or raise with every error found."""
    checked = check_source(source)
    errors = [d for d in findings(checked, model, partnership) if d.is_error]
    if errors or not isinstance(checked.model, model):
        raise InvalidDocumentError(errors)
    return checked.model
