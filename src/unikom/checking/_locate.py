"""Map places in an assembled model back to the file, line and column they came from."""

from __future__ import annotations

import attrs

from unikom.checking._yamlsource import Pointer, SourceDocument
from unikom.model.diagnostics import Diagnostic, Severity


@attrs.define
class Locator:
    """Know which file each part of an assembled model came from.

    A partnership directory assembles one model from several files; each span
    says that the model's subtree at ``model_prefix`` is the file's subtree at
    ``file_prefix``.
    """

    spans: list[tuple[Pointer, SourceDocument, Pointer]] = attrs.field(factory=list)

    def add(self, model_prefix: Pointer, doc: SourceDocument, file_prefix: Pointer = ()) -> None:
        """Record that the model's subtree at *model_prefix* came from *doc*."""
        self.spans.append((model_prefix, doc, file_prefix))

    def __call__(
        self,
        pointer: Pointer,
        code: str,
        message: str,
        *,
        severity: Severity = Severity.ERROR,
        key: bool = False,
    ) -> Diagnostic:
        """Build a diagnostic for the model place *pointer*, located in its file."""
        best = max(
            (span for span in self.spans if pointer[: len(span[0])] == span[0]),
            key=lambda span: len(span[0]),
        )
        model_prefix, doc, file_prefix = best
        return doc.error(
            (*file_prefix, *pointer[len(model_prefix) :]), code, message, key=key, severity=severity
        )
