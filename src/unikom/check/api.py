"""The library's entry points: load, validate and dump partnership documents."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import yaml

from unikom._version import STANDARD_VERSION
from unikom.check._converter import get_converter
from unikom.check._engine import (
    PARTNERSHIP_FILES,
    Assembly,
    assemble_directory,
    assembly_rules,
    check_file,
    single,
    validate_paths,
)
from unikom.check._yamlsource import resolve_plain
from unikom.check.kinds import kind_of_model
from unikom.model.diagnostics import Diagnostic, Severity, sort_key
from unikom.model.errors import InvalidDocumentError, UnikomError
from unikom.model.partnership import Partnership

PathLike = str | os.PathLike[str]


def load(path: PathLike) -> Partnership:
    """Load a partnership from a file or a partnership directory.

    Raises :class:`InvalidDocumentError` carrying every error found (warnings,
    such as missing translations, do not stop loading).
    """
    return load_assembly(path).model()


def load_assembly(path: PathLike) -> Assembly:
    """Load a partnership as :func:`load` does, keeping where each part came from."""
    path = os.fspath(path)
    if os.path.isdir(path):
        assembly, found = assemble_directory(path)
        if assembly is None and not found:
            raise InvalidDocumentError([_missing(path)])
    else:
        checked = check_file(path)
        found = list(checked.diagnostics)
        assembly = None
        if isinstance(checked.model, Partnership):
            assembly = single(checked)
        elif checked.model is not None:
            kind_name = checked.kind.name if checked.kind else "?"
            found.append(
                checked.source.error(
                    ("kind",),
                    "kind.not-partnership",
                    f"expected a partnership file, got kind '{kind_name}'",
                )
            )
    if assembly is not None:
        found.extend(assembly_rules(assembly, ()))
    errors = [d for d in found if d.is_error]
    if errors or assembly is None:
        raise InvalidDocumentError(sorted(errors, key=sort_key))
    return assembly


def _missing(path: str) -> Diagnostic:
    return Diagnostic(
        file=path,
        line=0,
        column=0,
        pointer="",
        code="file.no-partnership",
        severity=Severity.ERROR,
        message=f"the directory holds no {' or '.join(PARTNERSHIP_FILES)}",
    )


def validate(
    paths: PathLike | Iterable[PathLike], *, languages: Sequence[str] | None = None
) -> list[Diagnostic]:
    """Validate files and directories; return every finding (errors and warnings).

    Directories are searched for ``.yaml``, ``.yml`` and ``.json`` files.
    *languages* overrides each partnership's own ``languages`` for translation
    warnings.  A path that does not exist raises :class:`FileNotFoundError`.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    paths = list(paths)
    for path in paths:
        if not os.path.exists(path):
            raise FileNotFoundError(os.fspath(path))
    return list(validate_paths(paths, languages=languages))


def to_data(obj: Any) -> dict[str, Any]:
    """Return a document's plain data: ``kind`` and ``version`` first, defaults left out."""
    kind = kind_of_model(type(obj))
    body = get_converter().unstructure(obj)
    return {"kind": kind.name, "version": STANDARD_VERSION, **body}


def dumps(obj: Any) -> str:
    """Return a partnership (or another document model) as YAML text."""
    stream = io.StringIO()
    yaml.dump(
        to_data(obj),
        stream,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return stream.getvalue()


def dump(obj: Any, target: PathLike | IO[str]) -> None:
    """Write a partnership (or another document model) as YAML to a path or text stream."""
    text = dumps(obj)
    if isinstance(target, str | os.PathLike):
        Path(target).write_text(text, encoding="utf-8")
    else:
        target.write(text)


try:
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]


class _Dumper(_BaseDumper):
    """PyYAML's safe dumper, quoting every text that YAML 1.2 would read as something else."""


def _represent_text(dumper: _Dumper, value: str) -> yaml.Node:
    # PyYAML decides quoting by YAML 1.1 rules, so it writes '08' plain; our YAML 1.2
    # loader would read that back as the number 8.  Quote whatever would not come back.
    style = '"' if resolve_plain(value) != value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)

__all__ = ["UnikomError", "dump", "dumps", "load", "to_data", "validate"]
