"""The library's entry points: load, validate and dump partnership documents."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeVar, overload

import yaml

from unikom._version import STANDARD_VERSION
from unikom.checking._converter import get_converter
from unikom.checking._engine import (
    PARTNERSHIP_FILES,
    Assembly,
    MissingPathError,
    Validation,
    check_file,
    check_source,
    find_partnership,
    near_partnership_file,
    partnership_file_in,
    require_paths,
    single,
    validate_paths,
)
from unikom.checking._memory import build, findings, source_from_data, source_from_text
from unikom.checking._yamlsource import resolve_plain
from unikom.checking.kinds import kind_of_model
from unikom.model._arguments import instance_argument
from unikom.model._fields import language_tags
from unikom.model.diagnostics import Diagnostic, Severity, sort_key
from unikom.model.errors import ArgumentError, InvalidDocumentError, UnikomError
from unikom.model.partnership import Partnership

PathLike = str | os.PathLike[str]
_D = TypeVar("_D")


def load(path: PathLike) -> Partnership:
    """Load the partnership that *path* (a file or a directory) belongs to.

    *path* is checked exactly as :func:`validate` checks it: a file together
    with the rest of its partnership directory, a directory with every file in
    it.  Raises :class:`InvalidDocumentError` carrying every error
    :func:`validate` reports (warnings, such as missing translations, do not
    stop loading), and :class:`MissingPathError` when *path* does not exist.
    """
    return load_assembly(path).model()


def load_assembly(path: PathLike, *, definition_only: bool = False) -> Assembly:
    """Load a partnership as :func:`load` does, keeping where each part came from.

    With *definition_only*, only the partnership file and its inquiry types are
    checked, not the inquiries and projects beside them (``unikom status``
    lists those it cannot read itself).
    """
    [given] = require_paths([path])
    root = find_partnership(given)
    if root is None:
        return _load_standalone(given)
    if definition_only:
        given = _named_as(partnership_file_in(root), given) or given
    run = Validation(paths=[given], languages=None, definition_only=definition_only)
    errors = [d for d in run.diagnostics() if d.is_error]
    assembly = run.assemblies.get(root)
    if assembly is None and not errors:
        # The file asked for is fine, but the partnership it belongs to is not.
        own = _named_as(partnership_file_in(root), given) or root
        run = Validation(paths=[own], languages=None)
        errors = [d for d in run.diagnostics() if d.is_error]
    if errors or assembly is None:
        raise InvalidDocumentError(sorted(errors, key=sort_key))
    return assembly


def _named_as(found: str | None, given: str) -> str | None:
    """Return *found* (an absolute path) as the user named *given*: relative if it was.

    Findings name their file as it was given, so that ``unikom status DIR``
    points at ``DIR/partnership.yaml`` as ``unikom validate DIR`` does.
    """
    if found is None or os.path.isabs(given):
        return found
    return os.path.relpath(found)


def _load_standalone(path: str) -> Assembly:
    if os.path.isdir(path):
        raise InvalidDocumentError([_missing(path)])
    checked = check_file(path)
    run = Validation(paths=[path], languages=None)
    errors = [d for d in run.diagnostics() if d.is_error]
    if not errors and not isinstance(checked.model, Partnership):
        kind_name = checked.kind.name if checked.kind else "?"
        errors.append(
            checked.source.error(
                ("kind",),
                "kind.not-partnership",
                f"expected a partnership file, got kind '{kind_name}', and the file lies in "
                f"no partnership directory (one holding {' or '.join(PARTNERSHIP_FILES)})",
            )
        )
    if errors:
        raise InvalidDocumentError(sorted(errors, key=sort_key))
    return single(checked)


def _missing(path: str) -> Diagnostic:
    message = f"neither the directory nor one above it holds {' or '.join(PARTNERSHIP_FILES)}"
    near = near_partnership_file(path)
    if near is not None:
        message += f" — '{near}' is there: name it {PARTNERSHIP_FILES[0]}, in lowercase"
    return Diagnostic(
        file=path,
        line=0,
        column=0,
        pointer="",
        code="file.no-partnership",
        severity=Severity.ERROR,
        message=message,
    )


def validate(
    paths: PathLike | Iterable[PathLike], *, languages: Sequence[str] | None = None
) -> list[Diagnostic]:
    """Validate files and directories; return every finding (errors and warnings).

    Directories are searched for ``.yaml``, ``.yml`` and ``.json`` files.  Each
    file is checked in the context of the partnership it belongs to: the nearest
    directory upward holding ``partnership.yaml`` (``.yml``, ``.json``), never
    above the repository's root.  Checking ``partnership.yaml`` re-checks every
    file of its directory.  *languages* overrides each partnership's own
    ``languages`` for translation warnings; one that is not a language tag as
    texts write them (``NB`` for ``nb``) raises :class:`ModelError`.  A path
    that does not exist raises :class:`MissingPathError` (a :class:`FileNotFoundError`).
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if isinstance(languages, str):
        raise ArgumentError(
            "languages", f"expected a list of language tags such as ['nb', 'en'], got {languages!r}"
        )
    if languages is not None:
        languages = language_tags(languages)
    return list(validate_paths(require_paths(paths), languages=languages))


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
    if partnership is not None:
        instance_argument(partnership, "partnership", Partnership)
    if not isinstance(text, str):
        hint = (
            ": decode it first, text.decode('utf-8')" if isinstance(text, bytes | bytearray) else ""
        )
        raise ArgumentError(
            "text", f"expected YAML or JSON text (a str), got {type(text).__name__}{hint}"
        )
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
    if partnership is not None:
        instance_argument(partnership, "partnership", Partnership)
    return build(source_from_data(data, name), model, partnership)


def check(
    obj: Any, *, partnership: Partnership | None = None, name: str = "<memory>"
) -> list[Diagnostic]:
    """Return every finding validating *obj*'s dump would give, without touching disk.

    Errors and warnings both, cross-references included: a partnership's own
    references, and an inquiry's or project's references into *partnership*
    when it is given.  An empty list means *obj* is valid.
    """
    if partnership is not None:
        instance_argument(partnership, "partnership", Partnership)
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
        from unikom.checking._output import write_atomically

        write_atomically(Path(target), text, overwrite=True)
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
    "MissingPathError",
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
