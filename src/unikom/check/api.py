"""The library's entry points: load, validate and dump partnership documents."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar, overload

import yaml

from unikom._version import STANDARD_VERSION
from unikom.check._converter import get_converter
from unikom.check._engine import (
    PARTNERSHIP_FILES,
    Assembly,
    assemble_directory,
    assembly_rules,
    check_file,
    check_source,
    single,
    validate_paths,
)
from unikom.check._memory import build, findings, source_from_data, source_from_text
from unikom.check._yamlsource import resolve_plain
from unikom.check.kinds import kind_of_model
from unikom.model.diagnostics import Diagnostic, Severity, sort_key
from unikom.model.errors import InvalidDocumentError, PathNotFoundError, UnikomError
from unikom.model.partnership import Partnership

PathLike = str | os.PathLike[str]
_D = TypeVar("_D")


def load(path: PathLike) -> Partnership:
    """Load a partnership from a file or a partnership directory.

    Raises :class:`InvalidDocumentError` carrying every error found (warnings,
    such as missing translations, do not stop loading), and
    :class:`PathNotFoundError` when *path* does not exist.
    """
    return load_assembly(path).model()


def require_paths(paths: Iterable[PathLike]) -> None:
    """Raise :class:`PathNotFoundError` for the first of *paths* that does not exist."""
    for given in paths:
        path = os.fspath(given)
        if not os.path.exists(path):
            raise PathNotFoundError(
                [
                    Diagnostic(
                        file=path,
                        line=0,
                        column=0,
                        pointer="",
                        code="file.not-found",
                        severity=Severity.ERROR,
                        message="no such file or directory",
                    )
                ]
            )


def load_assembly(path: PathLike) -> Assembly:
    """Load a partnership as :func:`load` does, keeping where each part came from."""
    path = os.fspath(path)
    require_paths([path])
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
    warnings.  A path that does not exist raises :class:`PathNotFoundError`
    (a :class:`FileNotFoundError`), as :func:`load` does.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    paths = list(paths)
    require_paths(paths)
    return list(validate_paths(paths, languages=languages))


@overload
def loads(text: str, name: str = "<string>") -> Partnership: ...
@overload
def loads(
    text: str,
    name: str = "<string>",
    *,
    model: type[_D],
    partnership: Partnership | None = None,
) -> _D: ...
def loads(
    text: str,
    name: str = "<string>",
    *,
    model: type[Any] = Partnership,
    partnership: Partnership | None = None,
) -> Any:
    """Load a document from YAML or JSON text, as :func:`load` loads a file.

    *name* stands for the file name in diagnostics, which have a line and
    column as for a file.  *model* is the class expected (a partnership by
    default; :class:`Inquiry`, :class:`Project` or :class:`InquiryType` for the
    other kinds), and *partnership*, if given, checks an inquiry or project
    against it.  Raises :class:`InvalidDocumentError` carrying every error.
    """
    return build(source_from_text(text, name), model, partnership)


@overload
def from_data(data: Mapping[str, Any], *, name: str = "<data>") -> Partnership: ...
@overload
def from_data(
    data: Mapping[str, Any],
    *,
    name: str = "<data>",
    model: type[_D],
    partnership: Partnership | None = None,
) -> _D: ...
def from_data(
    data: Mapping[str, Any],
    *,
    name: str = "<data>",
    model: type[Any] = Partnership,
    partnership: Partnership | None = None,
) -> Any:
    """Load a document from plain data (what ``json.load`` gives), as :func:`load` would.

    The data goes through every check a file goes through; diagnostics have
    a JSON pointer, and line and column 0 (data has no lines).  Dates may be
    given as :class:`datetime.date` or as ``YYYY-MM-DD`` text.  Arguments as
    for :func:`loads`.
    """
    return build(source_from_data(data, name), model, partnership)


def check(
    obj: Any, *, partnership: Partnership | None = None, name: str = "<memory>"
) -> list[Diagnostic]:
    """Return every finding validating *obj*'s dump would give, without touching disk.

    Errors and warnings both, cross-references included: a partnership's own
    references, and an inquiry's or project's references into *partnership*
    when it is given.  An empty list means *obj* is valid.
    """
    checked = check_source(source_from_data(to_data(obj), name))
    return findings(checked, type(obj), partnership)


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

__all__ = [
    "UnikomError",
    "check",
    "dump",
    "dumps",
    "from_data",
    "load",
    "loads",
    "to_data",
    "validate",
]
