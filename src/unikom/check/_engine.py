"""The validation pipeline: parse, dispatch on kind, schema, model, then cross-file rules.

Each stage runs only on what the stage before accepted, so that one mistake is
reported once, in the words of the stage that understands it best.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, IterableValidationNote

from unikom._version import DEPRECATED_VERSIONS, STANDARD_VERSION, SUPPORTED_VERSIONS
from unikom.check._converter import get_converter
from unikom.check._locate import Locator
from unikom.check._rules import (
    inquiry_type_in_context,
    partnership_rules,
    translation_rules,
)
from unikom.check._schemacheck import check_schema
from unikom.check._versioncheck import version_problems
from unikom.check._yamlsource import Pointer, SourceDocument, read_source
from unikom.check.kinds import KINDS, DocumentKind
from unikom.model._suggest import suggest
from unikom.model.diagnostics import Diagnostic, Severity, sort_key
from unikom.model.errors import ModelError
from unikom.model.inquiry_type import InquiryType
from unikom.model.partnership import Partnership

SUFFIXES = (".yaml", ".yml", ".json")
PARTNERSHIP_FILES = ("partnership.yaml", "partnership.yml", "partnership.json")


@attrs.define(kw_only=True)
class Checked:
    """One file after the per-file stages: its source, kind, model (if valid) and findings."""

    source: SourceDocument
    kind: DocumentKind | None = None
    model: Any = None
    diagnostics: list[Diagnostic] = attrs.field(factory=list)


def check_file(path: str) -> Checked:
    """Run the per-file stages on *path*: parse, kind and version, schema, model."""
    source = read_source(path)
    checked = Checked(source=source, diagnostics=list(source.diagnostics))
    if not source.ok:
        return checked
    data = source.data
    if not isinstance(data, dict):
        checked.diagnostics.append(
            source.error(
                (),
                "kind.missing",
                "a unikom file is a mapping that starts with 'kind:' and 'version:'",
            )
        )
        return checked
    kind = _check_kind(source, data, checked.diagnostics)
    if kind is None:
        return checked
    checked.kind = kind
    schema_errors = check_schema(source, kind.name)
    if schema_errors:
        checked.diagnostics.extend(schema_errors)
        return checked
    if data["version"] != STANDARD_VERSION:
        checked.diagnostics.extend(version_problems(source, kind.model, data["version"]))
    checked.model, model_errors = structure(source, kind)
    checked.diagnostics.extend(model_errors)
    return checked


def _check_kind(
    source: SourceDocument, data: dict[str, Any], found: list[Diagnostic]
) -> DocumentKind | None:
    kind_name = data.get("kind")
    if kind_name is None:
        found.append(
            source.error((), "kind.missing", f"missing 'kind:' — one of: {', '.join(KINDS)}")
        )
        return None
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        hint = suggest(str(kind_name), KINDS)
        found.append(
            source.error(
                ("kind",),
                "kind.unknown",
                f"unknown kind {kind_name!r}{hint} (known: {', '.join(KINDS)})",
            )
        )
        return None
    version = data.get("version")
    if version is None:
        found.append(
            source.error(
                (),
                "version.missing",
                f"missing 'version:' — write version: \"{SUPPORTED_VERSIONS[-1]}\"",
            )
        )
        return None
    if version not in SUPPORTED_VERSIONS:
        # An unquoted 1.0 is read as a number; say so rather than list "1.0" as if it differed.
        hint = (
            f' — write it in quotes: version: "{version}"'
            if isinstance(version, int | float)
            and not isinstance(version, bool)
            and str(version) in SUPPORTED_VERSIONS
            else ""
        )
        found.append(
            source.error(
                ("version",),
                "version.unsupported",
                f"version {version!r} is not supported by this release "
                f"(supported: {', '.join(SUPPORTED_VERSIONS)}){hint}",
            )
        )
        return None
    if version in DEPRECATED_VERSIONS:
        found.append(
            source.error(
                ("version",),
                "version.deprecated",
                f"version {version!r} of the standard is deprecated and a later release "
                f'will stop reading it; move to version: "{STANDARD_VERSION}" — '
                f"{DEPRECATED_VERSIONS[version]}",
                severity=Severity.WARNING,
            )
        )
    return kind


def structure(source: SourceDocument, kind: DocumentKind) -> tuple[Any, list[Diagnostic]]:
    """Build the typed model from schema-valid data; report what the model rejects."""
    body = {k: v for k, v in source.data.items() if k not in ("kind", "version")}
    try:
        return get_converter().structure(body, kind.model), []
    except Exception as exc:
        return None, list(_explain_structure_error(source, exc, ()))


def _explain_structure_error(
    source: SourceDocument, exc: BaseException, pointer: Pointer
) -> Iterator[Diagnostic]:
    if isinstance(exc, cattrs.BaseValidationError):
        for sub in exc.exceptions:
            sub_pointer = pointer
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_pointer = (*pointer, note.name)
                elif isinstance(note, IterableValidationNote):
                    sub_pointer = (*pointer, note.index)
            yield from _explain_structure_error(source, sub, sub_pointer)
    elif isinstance(exc, ModelError):
        where = (*pointer, exc.field) if exc.field else pointer
        yield source.error(where, exc.code, exc.message)
    else:
        yield source.error(pointer, "model.invalid", f"invalid value: {exc}")


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Return the data files under *paths*, partnership files first in each directory.

    Directories are walked without following symbolic links (so a link loop
    cannot trap us); hidden files and directories are skipped.
    """
    found: list[str] = []
    for given in paths:
        path = os.fspath(given)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                chosen = [f for f in files if f.endswith(SUFFIXES) and not f.startswith(".")]
                found.extend(
                    os.path.normpath(os.path.join(root, f)) for f in sorted(chosen, key=_file_order)
                )
        else:
            found.append(os.path.normpath(path))
    return list(dict.fromkeys(found))


def _file_order(name: str) -> tuple[int, str]:
    return (0 if name in PARTNERSHIP_FILES else 1, name)


def partnership_root(path: str, roots: Sequence[str]) -> str | None:
    """Return the partnership directory that *path* lies in, if any of *roots* holds it."""
    parent = Path(directory_of(path))
    holding = [root for root in roots if parent == Path(root) or Path(root) in parent.parents]
    return max(holding, key=len, default=None)


def directory_of(path: str) -> str:
    """Return the real path of the directory *path* lies in.

    Only the directory is resolved, never the file: ``Path.resolve`` raises on a
    file that is a symbolic link loop, and such a file must be reported, not crash us.
    """
    return os.path.realpath(os.path.dirname(os.path.abspath(path)))


#: The subdirectory of a partnership directory whose inquiry-type files are part of it.
INQUIRY_TYPES_DIR = "inquiry-types"


@attrs.define(kw_only=True)
class Assembly:
    """A partnership assembled from its file and the inquiry-type files beside it."""

    checked: Checked
    locator: Locator
    parts: list[Checked] = attrs.field(factory=list)

    def model(self) -> Partnership:
        """Return the partnership with every inquiry type from its directory merged in."""
        base: Partnership = self.checked.model
        extra = tuple(p.model for p in self.parts if isinstance(p.model, InquiryType))
        return attrs.evolve(base, inquiry_types=base.inquiry_types + extra) if extra else base


def single(checked: Checked) -> Assembly:
    """Wrap one checked partnership file as an assembly of its own."""
    locator = Locator()
    locator.add((), checked.source)
    return Assembly(checked=checked, locator=locator)


def assemble(partnership_file: str) -> tuple[Assembly | None, list[Diagnostic], list[str]]:
    """Load a partnership file plus the inquiry-type files in its ``inquiry-types/``.

    Returns the assembly (None when the partnership itself is invalid), every
    per-file finding, and the files read.
    """
    first = check_file(partnership_file)
    found = list(first.diagnostics)
    extra_dir = os.path.join(os.path.dirname(partnership_file), INQUIRY_TYPES_DIR)
    extra = discover([extra_dir]) if os.path.isdir(extra_dir) else []
    assembly = single(first) if isinstance(first.model, Partnership) else None
    index = len(first.model.inquiry_types) if assembly is not None else 0
    for path in extra:
        checked = check_file(path)
        found.extend(checked.diagnostics)
        if checked.model is None:
            continue
        if not isinstance(checked.model, InquiryType):
            found.append(
                checked.source.error(
                    ("kind",),
                    "kind.misplaced",
                    f"{INQUIRY_TYPES_DIR}/ holds inquiry-type files only, not "
                    f"'{checked.kind.name if checked.kind else '?'}'",
                )
            )
        elif assembly is not None:
            assembly.parts.append(checked)
            assembly.locator.add(("inquiry_types", index), checked.source)
            index += 1
        else:
            # The partnership is invalid: check what the inquiry type can say alone.
            found.extend(inquiry_type_in_context(checked.model, single(checked).locator, None))
    return assembly, found, [partnership_file, *extra]


def assemble_directory(directory: str) -> tuple[Assembly | None, list[Diagnostic]]:
    """Load a partnership directory: its partnership file and its inquiry types."""
    for name in PARTNERSHIP_FILES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            assembly, found, _files = assemble(candidate)
            return assembly, found
    return None, []


def validate_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    languages: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Diagnostic]:
    """Validate every file under *paths*; yield each file's findings as it is done.

    A directory that holds a ``partnership.yaml`` is a partnership directory: its
    ``inquiry-types/`` are part of the partnership, and every other file below it
    is checked against that partnership.  Only the partnerships stay in memory,
    so memory does not grow with the number of other files; references between
    files (a project's inquiry) are checked through an index of ids (see
    :class:`CrossIndex`) when the whole partnership directory is being checked,
    and those still unresolved are reported after every file.  *progress*, if
    given, is called with how many of the files found are done and their total.
    """
    paths = list(paths)
    partnerships: dict[str, Partnership | None] = {}
    walked = [Path(p).resolve() for p in paths if os.path.isdir(p)]
    indexes: dict[str, CrossIndex] = {}
    # Each directory's partnership, and whether that one is walked whole, worked out
    # once per directory rather than per file (it resolves paths on the disk).
    owners: dict[str, tuple[str | None, bool]] = {}
    done: set[str] = set()
    files = discover(paths)
    for number, path in enumerate(files, 1):
        if path in done:
            continue
        if os.path.basename(path) in PARTNERSHIP_FILES:
            assembly, found, files_read = assemble(path)
            done.update(files_read)
            if assembly is not None:
                found.extend(assembly_rules(assembly, languages))
            partnerships[directory_of(path)] = assembly.model() if assembly is not None else None
            owners.clear()
            if progress is not None:
                progress(number, len(files))
            yield from sorted(found, key=sort_key)
            continue
        checked = check_file(path)
        found = list(checked.diagnostics)
        if checked.model is not None and checked.kind is not None:
            if checked.kind.context_rules is not None:
                folder = os.path.dirname(path)
                if folder not in owners:
                    owner = partnership_root(path, list(partnerships))
                    owners[folder] = (owner, owner is not None and _walked_whole(owner, walked))
                owner, whole = owners[folder]
                context = partnerships[owner] if owner is not None else None
                at = single(checked).locator
                found.extend(checked.kind.context_rules(checked.model, at, context))
                if owner is not None and whole:
                    index = indexes.setdefault(owner, CrossIndex())
                    found.extend(index.add(checked, path, at))
            if isinstance(checked.model, Partnership):
                found.extend(assembly_rules(single(checked), languages))
        if progress is not None:
            progress(number, len(files))
        yield from sorted(found, key=sort_key)
    for index in indexes.values():
        yield from sorted(index.unresolved(), key=sort_key)


def _walked_whole(root: str, walked: Sequence[Path]) -> bool:
    """Tell whether the whole partnership directory *root* is being checked."""
    where = Path(root)
    return any(where == top or top in where.parents for top in walked)


@attrs.define
class CrossIndex:
    """The ids of one partnership directory's documents, for references between files.

    Only ids and file names are kept, never the documents, so that a directory
    of many thousands of inquiries is checked in little memory.  A reference to
    a document not seen yet waits until the end of the walk; only then is it
    known to be unresolved.
    """

    #: (kind, id) → the file that has it.
    seen: dict[tuple[str, str], str] = attrs.field(factory=dict)
    #: (kind, id) → the diagnostics for references still waiting for it.
    waiting: dict[tuple[str, str], list[Diagnostic]] = attrs.field(factory=dict)

    def add(self, checked: Checked, path: str, at: Locator) -> list[Diagnostic]:
        """Record a valid document's id and references; return duplicate-id findings."""
        kind = checked.kind
        found: list[Diagnostic] = []
        if kind is None:
            return found
        if kind.identity is not None:
            key = (kind.name, kind.identity(checked.model))
            if key in self.seen:
                found.append(
                    at(
                        ("id",),
                        "id.duplicate",
                        f"the {kind.name} id '{key[1]}' is already used by {self.seen[key]}",
                    )
                )
            else:
                self.seen[key] = path
                self.waiting.pop(key, None)
        if kind.references is not None:
            for pointer, target, ref in kind.references(checked.model):
                if (target, ref) not in self.seen:
                    self.waiting.setdefault((target, ref), []).append(
                        at(
                            pointer,
                            "ref.unresolved",
                            f"no {target} file in this partnership directory has the id '{ref}'",
                        )
                    )
        return found

    def unresolved(self) -> list[Diagnostic]:
        """Return the findings for references that no document answered."""
        return [d for waiting in self.waiting.values() for d in waiting]


def assembly_rules(assembly: Assembly, languages: Sequence[str] | None) -> list[Diagnostic]:
    """Run the rules that need the whole partnership, located in the right files."""
    model = assembly.model()
    found = list(partnership_rules(model, assembly.locator))
    wanted = list(languages) if languages is not None else list(model.languages)
    found.extend(translation_rules(model, wanted, assembly.locator))
    return found
