"""The validation pipeline: parse, dispatch on kind, schema, model, then cross-file rules.

Each stage runs only on what the stage before accepted, so that one mistake is
reported once, in the words of the stage that understands it best.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from unikom._version import DEPRECATED_VERSIONS, STANDARD_VERSION, SUPPORTED_VERSIONS
from unikom.checking._locate import Locator
from unikom.checking._rules import (
    inquiry_type_in_context,
    partnership_rules,
    translation_rules,
)
from unikom.checking._schemacheck import check_schema
from unikom.checking._structure import STRUCTURE
from unikom.checking._versioncheck import version_problems
from unikom.checking._yamlsource import (
    MAX_ERRORS,
    Pointer,
    SourceDocument,
    parse_content,
    read_source,
)
from unikom.checking.kinds import HEADER_KEYS, KINDS, DocumentKind
from unikom.model._suggest import suggest
from unikom.model._validation import rules_deferred, schema_checked
from unikom.model.diagnostics import Diagnostic, Severity, sort_key
from unikom.model.errors import ArgumentError, ModelError, UnikomError
from unikom.model.inquiry import Inquiry
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


def check_file(path: str, content: bytes | None = None) -> Checked:
    """Run the per-file stages on *path*: parse, kind and version, schema, model.

    With *content*, that text is checked as if it were the file's (standard
    input named by ``--stdin-filename``); the disk is not read.
    """
    if content is None:
        return check_source(read_source(path))
    return check_source(parse_content(content, SourceDocument(path=path)))


def check_source(source: SourceDocument) -> Checked:
    """Run the per-document stages on parsed *source*: kind and version, schema, model."""
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
    body = {k: v for k, v in source.data.items() if k not in HEADER_KEYS}
    # Neither the schema's checks again nor the rules that span values: those
    # run next, located in the file, all of them.
    with schema_checked():
        build = STRUCTURE.get(kind.model)
        if build is not None:
            # The generated functions build what fits; what does not, they leave to
            # the converter, which says where and why (and imports cattrs only then).
            try:
                return build(body), []
            except Exception:
                pass
        from unikom.checking._converter import get_converter

        try:
            return get_converter().structure(body, kind.model), []
        except Exception as exc:
            return None, list(_explain_structure_error(source, exc, ()))


def _explain_structure_error(
    source: SourceDocument, exc: BaseException, pointer: Pointer
) -> Iterator[Diagnostic]:
    import cattrs
    from cattrs.errors import AttributeValidationNote, IterableValidationNote

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


def discover(
    paths: Iterable[str | os.PathLike[str]], refused: dict[str, Diagnostic] | None = None
) -> list[str]:
    """Return the data files under *paths*, partnership files first in each directory.

    Directories are walked without following symbolic links (so a link loop
    cannot trap us); hidden files and directories are skipped.  A file or
    directory that cannot be listed, and a symbolic link whose target lies
    outside the directory walked, are returned too, with the error to report
    for them in *refused* (by absolute path): the files a partnership reads stay
    inside it, and nothing is passed over in silence.
    """
    found: list[str] = []
    refusals: dict[str, Diagnostic] = {} if refused is None else refused
    walked: set[str] = set()
    for given in paths:
        path = os.fspath(given)
        if not os.path.isdir(path):
            found.append(os.path.normpath(path))
            continue
        inside = os.path.realpath(path)
        if inside in walked:
            # The same directory named twice, once through a symbolic link: its
            # files would be checked, and their findings reported, twice.
            continue
        walked.add(inside)

        def unreadable(error: OSError) -> None:
            where = os.path.normpath(str(error.filename))
            found.append(where)
            refusals[os.path.abspath(where)] = _file_problem(
                where, "file.unreadable", f"cannot list the directory: {error.strerror or error}"
            )

        for root, dirs, files in _walk(path, unreadable):
            for entry in [*dirs, *files]:
                if entry.name.startswith(".") or not _is_link(entry):
                    continue
                full = os.path.normpath(os.path.join(root, entry.name))
                if not _within(os.path.realpath(full), inside):
                    refusals[os.path.abspath(full)] = _file_problem(
                        full,
                        "file.outside",
                        f"is a symbolic link to a place outside {os.path.normpath(path)}: "
                        "unikom reads only the files inside the directory it checks",
                    )
                    if entry in dirs:
                        found.append(full)
            dirs[:] = sorted((d for d in dirs if not d.name.startswith(".")), key=_name)
            chosen = [
                f.name for f in files if f.name.endswith(SUFFIXES) and not f.name.startswith(".")
            ]
            found.extend(
                os.path.normpath(os.path.join(root, f)) for f in sorted(chosen, key=_file_order)
            )
    return list(dict.fromkeys(found))


def walk_passes_over(path: str) -> bool:
    """Tell whether :func:`discover`, walking *path*'s partnership directory, passes it over.

    The walk skips hidden files and folders (``.pre-commit-config.yaml``,
    ``.github/workflows/``); a hook that is handed such a file by name must
    not fail where the check of the whole directory passes.
    """
    if os.path.isdir(path):
        return False
    root = find_partnership(path)
    if root is None:
        return False
    inside = os.path.relpath(os.path.abspath(path), root)
    return any(part.startswith(".") and part != ".." for part in inside.split(os.sep))


def _walk(
    top: str, onerror: Callable[[OSError], None]
) -> Iterator[tuple[str, list[os.DirEntry[str]], list[os.DirEntry[str]]]]:
    """Walk *top* as :func:`os.walk` does (top down, links not followed), with entries.

    The directory entries tell a symbolic link from what the directory listing
    already read, where :func:`os.path.islink` asks the file system again for
    every file of a partnership, and a directory of 10,000 files is walked twice
    in a run.  As with :func:`os.walk`, the caller prunes and orders the
    directories to enter by changing the list it is given.
    """
    pending = [top]
    while pending:
        root = pending.pop()
        try:
            with os.scandir(root) as listing:
                entries = list(listing)
        except OSError as error:
            onerror(error)
            continue
        dirs: list[os.DirEntry[str]] = []
        files: list[os.DirEntry[str]] = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry)
        yield root, dirs, files
        pending.extend(os.path.join(root, d.name) for d in reversed(dirs) if not _is_link(d))


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _within(path: str, directory: str) -> bool:
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


def _file_problem(path: str, code: str, message: str) -> Diagnostic:
    return Diagnostic(
        file=path,
        line=1,
        column=1,
        pointer="",
        code=code,
        severity=Severity.ERROR,
        message=message,
    )


def _file_order(name: str) -> tuple[int, str]:
    return (0 if name in PARTNERSHIP_FILES else 1, name)


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
        if not extra:
            return base
        with rules_deferred():  # reported by assembly_rules, located in each file
            return attrs.evolve(base, inquiry_types=base.inquiry_types + extra)


def single(checked: Checked) -> Assembly:
    """Wrap one checked partnership file as an assembly of its own."""
    locator = Locator()
    locator.add((), checked.source)
    return Assembly(checked=checked, locator=locator)


#: A folder holding this (a directory, or a file in a git worktree) is the root of a
#: repository: the search for a file's partnership never goes above it.
REPOSITORY_MARKER = ".git"


def partnership_file_in(directory: str) -> str | None:
    """Return the partnership file of *directory*, or None when it holds none."""
    for name in PARTNERSHIP_FILES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            return candidate
    return None


def find_partnership(path: str) -> str | None:
    """Return the absolute partnership directory that *path* belongs to, if any.

    That is the nearest directory upward from *path* (itself, when it is a
    directory) holding ``partnership.yaml``, ``.yml`` or ``.json``; the search
    stops at the root of the repository (a folder holding ``.git``) and at the
    root of the file system.
    """
    here = os.path.abspath(path)
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    while True:
        if partnership_file_in(here) is not None:
            return here
        if os.path.lexists(os.path.join(here, REPOSITORY_MARKER)):
            return None
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


#: The most entries of a directory looked through for a misnamed partnership file.
_MAX_LOOKED_AT = 500


def near_partnership_file(directory: str) -> str | None:
    """Return a file in *directory* that looks meant as its partnership file, if any.

    People write ``Partnership.yaml``, ``partnership.YAML`` or ``partnerskap.yaml``;
    the directory is then no partnership directory, and its files are checked
    alone.  Only the first entries are looked at, so a huge folder costs little.
    """
    try:
        with os.scandir(directory) as entries:
            names = [entry.name for _, entry in zip(range(_MAX_LOOKED_AT), entries, strict=False)]
    except OSError:
        return None
    for name in sorted(names):
        stem, _, suffix = name.lower().rpartition(".")
        if suffix in ("yaml", "yml", "json") and stem in ("partnership", "partnerskap"):
            return name
    return None


@attrs.frozen(kw_only=True)
class _Result:
    """What one file's check found, and what other files its findings may depend on."""

    path: str
    diagnostics: tuple[Diagnostic, ...] = ()
    #: The file's kind, when its data got that far.
    kind: str | None = None
    #: (kind, id) of a valid document that other files refer to.
    identity: tuple[str, str] | None = None
    #: The kinds of document this file refers to in other files.
    refers_to: frozenset[str] = frozenset()


@attrs.define(kw_only=True)
class _Group:
    """The files to check together: one partnership directory, or the files in none."""

    #: The partnership directory (absolute), or None for files outside any.
    root: str | None
    #: Every file to check, as it is to be named in findings, in the order checked.
    files: list[str] = attrs.field(factory=list)
    #: The files asked for; their dependants are reported with them.
    requested: list[str] = attrs.field(factory=list)
    #: The partnership file, as named in ``files``.
    partnership_file: str | None = None
    #: The files of ``files`` in the partnership's inquiry-types directory.
    parts: list[str] = attrs.field(factory=list)


def _plan(
    paths: Iterable[str | os.PathLike[str]],
    extra: Iterable[str] = (),
    standalone: Iterable[str] = (),
    refused: dict[str, Diagnostic] | None = None,
) -> list[_Group]:
    """Group the files under *paths* by the partnership each belongs to.

    Each partnership directory met is walked whole, because a file is checked
    against every other file of its partnership.  *extra* names files that
    need not exist on disk (standard input named by ``--stdin-filename``).
    """
    requested = discover(paths, refused)
    # One run works out each file's absolute path several times over; the
    # working directory cannot change under it, so each is worked out once.
    absolute = functools.cache(os.path.abspath)
    requested.extend(os.path.normpath(p) for p in extra if os.path.normpath(p) not in requested)
    roots: dict[str, str | None] = {}
    alone = set(standalone)

    def root_of(path: str) -> str | None:
        if absolute(path) in alone:
            return None
        folder = os.path.dirname(absolute(path))
        if folder not in roots:
            roots[folder] = find_partnership(folder)
        return roots[folder]

    groups: dict[str | None, _Group] = {}
    for path in requested:
        root = root_of(path)
        groups.setdefault(root, _Group(root=root)).requested.append(path)
    for group in groups.values():
        if group.root is None:
            group.files = list(group.requested)
            continue
        sample = group.requested[0]
        shown_root = group.root if os.path.isabs(sample) else os.path.relpath(group.root)
        named = {absolute(p): p for p in group.requested}
        refusals = {} if refused is None else refused
        walked = [
            p
            for p in discover([shown_root], refusals)
            # A folder that cannot be listed is part of the partnership it lies
            # in, even the partnership's own: its files are missing from the check.
            if root_of(p) == group.root
            or (absolute(p) in refusals and _within(absolute(p), group.root))
        ]
        group.files = [named.pop(absolute(p), p) for p in walked]
        # Files asked for by name that a walk passes over (hidden, another suffix, not on disk).
        group.files.extend(p for p in group.requested if absolute(p) in named)
        own = partnership_file_in(group.root)
        group.partnership_file = next(
            (p for p in group.files if own is not None and absolute(p) == own), None
        )
        types_dir = os.path.join(group.root, INQUIRY_TYPES_DIR) + os.sep
        group.parts = [p for p in group.files if absolute(p).startswith(types_dir)]
    return list(groups.values())


class _PartnershipCheck:
    """Check every file of one partnership directory, each in the partnership's context.

    Its results come file by file, so that memory does not grow with the number
    of files: only the partnership and an index of ids (:class:`CrossIndex`)
    are kept.  After the walk, :attr:`assembly` holds the partnership, if valid.
    """

    def __init__(
        self,
        group: _Group,
        *,
        languages: Sequence[str] | None,
        check: Callable[[str], Checked],
        done: Callable[[], None],
    ) -> None:
        self.group = group
        self.languages = languages
        self.check = check
        self.done = done
        self.assembly: Assembly | None = None
        #: The id of each inquiry-type file that could not be read or built → its path.
        self.broken_types: dict[str, str] = {}

    def results(self) -> Iterator[_Result]:
        """Yield each file's findings, then the references no file answered."""
        group = self.group
        parts = group.parts
        in_parts = set(parts)
        others = [p for p in group.files if p != group.partnership_file and p not in in_parts]
        if group.partnership_file is not None:
            yield self._assemble(group.partnership_file, parts)
        partnership = self.assembly.model() if self.assembly is not None else None
        index = CrossIndex()
        for path in others:
            yield self._other(path, partnership, index)
            self.done()
        yield _Result(path="", diagnostics=tuple(sorted(index.unresolved(), key=sort_key)))

    def _assemble(self, path: str, parts: Sequence[str]) -> _Result:
        first = self.check(path)
        found = list(first.diagnostics)
        self.done()
        assembly = None
        if isinstance(first.model, Partnership):
            assembly = single(first)
        elif first.model is not None:
            found.append(
                _misplaced(
                    first,
                    f"{os.path.basename(path)} holds the partnership itself "
                    "(kind: partnership); give this file another name",
                )
            )
        index = len(first.model.inquiry_types) if assembly is not None else 0
        for part in parts:
            checked = self.check(part)
            self.done()
            found.extend(checked.diagnostics)
            if checked.model is None:
                declared = _declared_id(checked)
                if declared is not None:
                    self.broken_types.setdefault(declared, part)
                continue
            if not isinstance(checked.model, InquiryType):
                found.append(
                    _misplaced(checked, f"{INQUIRY_TYPES_DIR}/ holds inquiry-type files only")
                )
            elif assembly is not None:
                assembly.parts.append(checked)
                assembly.locator.add(("inquiry_types", index), checked.source)
                index += 1
            else:
                # The partnership is invalid: check what the inquiry type can say alone.
                found.extend(inquiry_type_in_context(checked.model, single(checked).locator, None))
        if assembly is not None:
            found.extend(assembly_rules(assembly, self.languages))
        self.assembly = assembly
        return _Result(path=path, diagnostics=tuple(sorted(found, key=sort_key)))

    def _other(self, path: str, partnership: Partnership | None, index: CrossIndex) -> _Result:
        checked = self.check(path)
        found = list(checked.diagnostics)
        kind = checked.kind
        identity = None
        refers_to: frozenset[str] = frozenset()
        if checked.model is not None and kind is not None:
            if isinstance(checked.model, Partnership):
                where = self.group.partnership_file or "partnership.yaml"
                found.append(
                    _misplaced(
                        checked,
                        f"a partnership directory has one partnership file, {where}; "
                        "a second partnership needs a directory of its own",
                    )
                )
            elif isinstance(checked.model, InquiryType):
                found.append(
                    _misplaced(
                        checked,
                        f"an inquiry type is part of the partnership only in its "
                        f"{INQUIRY_TYPES_DIR}/ directory; move the file there",
                    )
                )
            else:
                at = single(checked).locator
                if kind.context_rules is not None:
                    found.extend(kind.context_rules(checked.model, at, partnership))
                found = self._broken_type(checked, found, at)
                # Inquiries and projects are read by the same people as the
                # partnership: their texts are held to the same languages.
                wanted = (
                    list(self.languages)
                    if self.languages is not None
                    else list(partnership.languages)
                    if partnership is not None
                    else []
                )
                found.extend(translation_rules(checked.model, wanted, at))
                found.extend(index.add(checked, path, at))
                if kind.identity is not None:
                    identity = (kind.name, kind.identity(checked.model))
                if kind.references is not None:
                    refers_to = frozenset(t for _p, t, _r in kind.references(checked.model))
        return _Result(
            path=path,
            diagnostics=tuple(sorted(found, key=sort_key)),
            kind=kind.name if kind is not None else None,
            identity=identity,
            refers_to=refers_to,
        )

    def _broken_type(
        self, checked: Checked, found: list[Diagnostic], at: Locator
    ) -> list[Diagnostic]:
        """Say so when an inquiry's type is in a file that has errors of its own.

        That inquiry type is missing from the partnership the inquiry is checked
        against, and "no inquiry type 'x' (did you mean 'y'?)" would send the
        reader to change an inquiry that is right.
        """
        model = checked.model
        if not isinstance(model, Inquiry) or model.type not in self.broken_types:
            return found
        kept = [d for d in found if not (d.code == "ref.unresolved" and d.pointer == "/type")]
        kept.append(
            at(
                ("type",),
                "ref.unresolved",
                f"the inquiry type '{model.type}' is in {self.broken_types[model.type]}, "
                "which has errors of its own: fix them, and this inquiry is checked against it",
            )
        )
        return kept


def _declared_id(checked: Checked) -> str | None:
    """Return the ``id`` a file that could not be built declares, if it reads as one."""
    data = checked.source.data
    declared = data.get("id") if isinstance(data, dict) else None
    return declared if isinstance(declared, str) else None


def _misplaced(checked: Checked, why: str) -> Diagnostic:
    kind_name = checked.kind.name if checked.kind is not None else "?"
    return checked.source.error(
        ("kind",), "kind.misplaced", f"a file of kind '{kind_name}' does not belong here: {why}"
    )


def _declares_kind(checked: Checked) -> bool:
    data = checked.source.data
    return isinstance(data, dict) and isinstance(data.get("kind"), str) and data["kind"] in KINDS


def _standalone(
    path: str, checked: Checked, languages: Sequence[str] | None, *, on_disk: bool = True
) -> list[Diagnostic]:
    """Check a file that lies in no partnership directory: on its own.

    A file on disk whose kind is checked against a partnership (an inquiry
    type, an inquiry, a project) beside a misnamed partnership file
    (``Partnership.yaml``, ``partnerskap.yaml``) is told so in a warning:
    "no problems found" would hide that what it names was never checked.
    """
    found = list(checked.diagnostics)
    if checked.model is not None and checked.kind is not None:
        if checked.kind.context_rules is not None:
            found.extend(checked.kind.context_rules(checked.model, single(checked).locator, None))
            alone = _misnamed_partnership(path, checked) if on_disk else None
            if alone is not None:
                found.append(alone)
        if isinstance(checked.model, Partnership):
            found.extend(assembly_rules(single(checked), languages))
    return sorted(found, key=sort_key)


def _misnamed_partnership(path: str, checked: Checked) -> Diagnostic | None:
    # Its own folder, and the one above (inquiries/, projects/, inquiry-types/).
    folder = os.path.dirname(os.path.abspath(path))
    near = near_partnership_file(folder) or near_partnership_file(os.path.dirname(folder))
    if near is None:
        return None
    kind_name = checked.kind.name if checked.kind is not None else "?"
    return checked.source.error(
        ("kind",),
        "file.alone",
        f"this {kind_name} lies in no partnership directory, so it was checked on its own "
        f"and not against the partnership it names: '{near}' is there; name it "
        f"{PARTNERSHIP_FILES[0]}, in lowercase",
        severity=Severity.WARNING,
    )


def _reported(group: _Group, results: Sequence[_Result]) -> set[str] | None:
    """Return the files whose findings to report: those asked for and their dependants.

    None means every file: the partnership file and its inquiry types are what
    every other file is checked against.
    """
    asked = set(group.requested)
    if group.partnership_file in asked:
        return None
    by_path = {r.path: r for r in results if r.path}
    types_dir = os.path.join(group.root or "", INQUIRY_TYPES_DIR) + os.sep
    if any(os.path.abspath(p).startswith(types_dir) for p in asked):
        return None
    reported = set(asked)
    for path in asked:
        result = by_path.get(path)
        if result is None:
            continue
        # A file whose kind is unknown may have been any kind before this change.
        for other in results:
            if other.refers_to and (result.kind is None or result.kind in other.refers_to):
                reported.add(other.path)
            if result.identity is not None and other.identity == result.identity:
                reported.add(other.path)
    return reported


class MissingPathError(UnikomError, FileNotFoundError):
    """A path given to unikom does not exist: the same error from ``load`` and ``validate``."""

    def __init__(self, path: str) -> None:
        super().__init__(2, "no such file or directory", path)
        self.path = path

    def __str__(self) -> str:
        return f"no such file or directory: {self.path}"


def require_paths(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Return *paths* as strings; raise :class:`MissingPathError` for one that does not exist.

    Anything but a ``str`` or ``os.PathLike`` (None, bytes, a number) raises
    :class:`ArgumentError`, as does *paths* that is not a list of them.
    """
    if isinstance(paths, str | bytes) or not isinstance(paths, Iterable):
        raise ArgumentError("paths", f"expected a list of paths, got {paths!r}")
    found: list[str] = []
    for given in paths:
        path = os.fspath(given) if isinstance(given, str | os.PathLike) else None
        if not isinstance(path, str):
            raise ArgumentError("path", f"expected a path (str or pathlib.Path), got {given!r}")
        found.append(path)
    for path in found:
        if not os.path.lexists(path):
            raise MissingPathError(path)
    return found


@attrs.define(kw_only=True)
class Validation:
    """One run of the checks over some paths; :meth:`diagnostics` yields its findings.

    The rule: every file is checked in the context of the partnership it belongs
    to (see :func:`find_partnership`), against every other file of that
    partnership; the findings reported are those of the files asked for and of
    the files that depend on them (every file of the partnership, when the
    partnership file or an inquiry type is asked for; the files that refer to a
    kind, or share an id, when a file of that kind is asked for).
    """

    paths: list[str]
    languages: Sequence[str] | None = None
    progress: Callable[[int, int], None] | None = None
    #: Absolute path → the bytes to check instead of the file's (standard input).
    overrides: dict[str, bytes] = attrs.field(factory=dict)
    #: Absolute paths of given content that belongs to no directory (standard input
    #: with no name): checked on its own.
    standalone: set[str] = attrs.field(factory=set)
    #: Check only each partnership's own files: its partnership file and inquiry types.
    definition_only: bool = False
    #: Pass over files in no partnership directory that declare no unikom kind: a
    #: pre-commit hook is given every YAML file of a repository, CI workflows included.
    only_unikom_files: bool = False
    #: Files passed over by :attr:`only_unikom_files`.
    files_skipped: int = 0
    #: Absolute path → why it is not read (a link out of its directory, unreadable).
    refused: dict[str, Diagnostic] = attrs.field(factory=dict)
    #: The partnership of each directory checked, when it is valid.
    assemblies: dict[str, Assembly | None] = attrs.field(factory=dict)
    files_checked: int = 0

    def diagnostics(self) -> Iterator[Diagnostic]:
        """Yield every finding, file by file, at most :data:`MAX_ERRORS` for each file.

        Past the cap, one closing finding per file counts what was left out:
        a file of 45,000 wrong references gives 101 lines, not 45,000.
        """
        return capped(self._all_diagnostics())

    def _all_diagnostics(self) -> Iterator[Diagnostic]:
        groups = _plan(self.paths, self.overrides_named(), self.standalone, self.refused)
        for group in groups:
            if self.definition_only and group.root is not None:
                in_parts = set(group.parts)
                group.files = [
                    p for p in group.files if p == group.partnership_file or p in in_parts
                ]
        total = sum(len(g.files) for g in groups)

        def done() -> None:
            self.files_checked += 1
            if self.progress is not None:
                self.progress(self.files_checked, total)

        for group in groups:
            if group.root is None:
                for path in group.files:
                    checked = self._check(path)
                    if self.only_unikom_files and not _declares_kind(checked):
                        self.files_skipped += 1
                    else:
                        on_disk = os.path.abspath(path) not in self.standalone
                        yield from _standalone(path, checked, self.languages, on_disk=on_disk)
                    done()
                continue
            walk = _PartnershipCheck(group, languages=self.languages, check=self._check, done=done)
            if group.partnership_file in group.requested:
                for result in walk.results():
                    yield from result.diagnostics
            else:
                results = list(walk.results())
                reported = _reported(group, results)
                if reported is not None:
                    # What could not be read is missing from every file's context:
                    # told whichever file was asked for.
                    reported.update(p for p in group.files if os.path.abspath(p) in self.refused)
                for result in results:
                    yield from (
                        d for d in result.diagnostics if reported is None or d.file in reported
                    )
            self.assemblies[group.root] = walk.assembly

    def overrides_named(self) -> list[str]:
        """Return the paths of the files whose content is given rather than read."""
        named = {os.path.abspath(p): os.path.normpath(p) for p in self.paths}
        return [named.get(path, path) for path in self.overrides]

    def _check(self, path: str) -> Checked:
        # Both are empty in nearly every run: the path is made absolute only to look.
        refusal = self.refused.get(os.path.abspath(path)) if self.refused else None
        if refusal is not None:
            problem = attrs.evolve(refusal, file=path)
            return Checked(source=SourceDocument(path=path), diagnostics=[problem])
        given = self.overrides.get(os.path.abspath(path)) if self.overrides else None
        return check_file(path, given)


#: The code of the finding that closes a file's findings when some are left out.
TOO_MANY_ERRORS = "file.too-many-errors"


def capped(diagnostics: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
    """Yield *diagnostics* with at most :data:`MAX_ERRORS` for each file.

    A file's findings come together (file by file); where one file's run ends
    with findings left out, one more finding says how many, so the output stays
    proportional to what a person can read and still tells the whole count.
    """
    shown: dict[str, int] = {}
    # File → (the first finding left out, how many, whether any is an error).
    left_out: dict[str, tuple[Diagnostic, int, bool]] = {}
    # Files whose findings a reader already cut off (with its own closing line).
    closed: set[str] = set()
    current: str | None = None
    for diagnostic in diagnostics:
        if diagnostic.file != current:
            if current is not None and current in left_out:
                yield _left_out(*left_out.pop(current))
            current = diagnostic.file
        if diagnostic.code == TOO_MANY_ERRORS:
            closed.add(diagnostic.file)
            left_out.pop(diagnostic.file, None)
            yield diagnostic
            continue
        count = shown.get(diagnostic.file, 0)
        if count < MAX_ERRORS:
            shown[diagnostic.file] = count + 1
            yield diagnostic
            continue
        if diagnostic.file in closed:
            continue  # the reader's own closing line already says there are more
        first, more, error = left_out.get(diagnostic.file, (diagnostic, 0, False))
        left_out[diagnostic.file] = (first, more + 1, error or diagnostic.is_error)
    for first, more, error in left_out.values():
        yield _left_out(first, more, error)


def _left_out(first: Diagnostic, more: int, error: bool) -> Diagnostic:
    return attrs.evolve(
        first,
        code=TOO_MANY_ERRORS,
        severity=Severity.ERROR if error else Severity.WARNING,
        message=f"… and {more} more problem(s) in this file, not shown; fix the ones above first",
    )


def validate_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    languages: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Diagnostic]:
    """Validate every file under *paths*, each in its partnership's context.

    See :class:`Validation` for which files are checked and reported.

    *progress*, if given, is called with how many of the files to check are
    done and their total.
    """
    return Validation(
        paths=[os.fspath(p) for p in paths], languages=languages, progress=progress
    ).diagnostics()


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
