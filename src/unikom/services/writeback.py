"""Write a document back into its file with the smallest change: comments, order and style kept.

Apps keep inquiries as YAML files in git.  Dumping an object rewrites the whole
file (comments lost, keys reordered, quoting changed), so one step in an
inquiry's history shows as a diff of the whole file.  :func:`save` instead
patches the existing file through ruamel.yaml's round-trip mode: only values
that changed are rewritten, new keys are added beside their neighbours, and
everything else (comments, key order, quoting, blank lines, flow lists) stays
as it was.  unikom still reads with libyaml; ruamel.yaml only writes back.

The patched text is read back before it is written: if it does not load to an
object equal to the one saved, the plain :func:`unikom.dumps` text is written
instead, so a save is never wrong, at worst not minimal.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path
from typing import Any

from unikom._version import STANDARD_VERSION, SUPPORTED_VERSIONS
from unikom.checking._output import OutputError, refuse_unwritable
from unikom.checking.api import dumps, loads, to_data
from unikom.model.errors import ArgumentError, InvalidDocumentError
from unikom.services.scaffold import write_atomically

__all__ = ["save"]

PathLike = str | os.PathLike[str]

_DECIDED_BELOW = object()

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def save(obj: Any, path: PathLike) -> None:
    """Write *obj* (a partnership, inquiry type, inquiry or project) to the YAML file *path*.

    An existing file is patched: only what changed is rewritten, and its
    comments, key order, quoting and blank lines are kept.  The file keeps the
    standard version it declares unless the object needs a newer one.  A new
    file is written as :func:`unikom.dump` writes it.  The write is atomic:
    a reader sees the old file or the new one, never half of either.  A file
    that holds another kind of document (an inquiry saved over
    ``partnership.yaml``), or whose content cannot be told (not UTF-8, not
    readable YAML, no mapping), is refused with :class:`UnikomError` and left
    as it is; an empty file (or one of comments only) is written over.

    *obj* is written as one document: a partnership loaded from a directory
    holds the inquiry types of its ``inquiry-types/`` too, so save each of those
    to its own file and the partnership without them
    (``attrs.evolve(p, inquiry_types=...)``).
    """
    if not isinstance(path, str | os.PathLike):
        raise ArgumentError("path", f"expected a path (str or pathlib.Path), got {path!r}")
    target = Path(path)
    # Refused before anything is read: a link or a pipe must not be followed
    # (or waited on) to read the text being patched.
    refuse_unwritable(target)
    old, bom, newline = _old_text(target)
    if old is not None:
        _refuse_what_is_not_this_kind(old, to_data(obj).get("kind"), str(target))
    text = saved_text(obj, old, name=str(target))
    # A file written on Windows keeps its CR LF line ends and its byte-order
    # mark: changing them would change every line in the diff.
    if newline != "\n":
        text = text.replace("\n", newline)
    write_atomically(target, bom + text, overwrite=True)


def _old_text(target: Path) -> tuple[str | None, str, str]:
    """Return the file's text (line ends as LF, no byte-order mark), its BOM and its line end."""
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return None, "", "\n"
    except OSError as exc:
        raise OutputError(f"cannot read {target} to update it: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # What it holds cannot be told (a partnership saved in Windows-1252,
        # say): it is never replaced unseen.
        raise OutputError(
            f"{target} is not UTF-8 text, so what it holds cannot be told; it is left as it "
            "is: save it as UTF-8 first, or remove it to write a new file"
        ) from None
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    first_end = text.find("\n")
    newline = "\r\n" if first_end > 0 and text[first_end - 1] == "\r" else "\n"
    return text.removeprefix(bom).replace("\r\n", "\n"), bom, newline


def saved_text(obj: Any, old: str | None, *, name: str = "<string>") -> str:
    """Return the text :func:`save` writes: *old* patched to hold *obj*, or a fresh dump."""
    if old is not None:
        patched = _patched(obj, old, name)
        if patched is not None:
            return patched
    return dumps(obj)


def _refuse_what_is_not_this_kind(old: str, new_kind: object, name: str) -> None:
    """Refuse to write over a file unless it holds nothing or a document of *new_kind*.

    A file with a YAML mistake, or holding a list or a text, may still be
    somebody's partnership in the making: a wrong path in an app must not
    replace it.  A file that holds nothing (empty, or comments only) may be.
    """
    import yaml

    try:
        data = yaml.load(old, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise OutputError(
            f"{name} is not YAML unikom can read{where}, so what it holds cannot be told; "
            "it is left as it is: correct it, or remove it to write a new file"
        ) from None
    if data is None:
        return
    if not isinstance(data, dict):
        raise OutputError(
            f"{name} holds no unikom document (no 'kind:' mapping); it is left as it is: "
            "remove it to write a new file"
        )
    _refuse_other_kind(data.get("kind"), new_kind, name)


def _refuse_other_kind(old_kind: object, new_kind: object, name: str) -> None:
    # An inquiry saved over partnership.yaml (a wrong path in an app) would
    # replace the partnership; a file of another kind is never written over.
    if isinstance(old_kind, str) and old_kind != new_kind:
        raise OutputError(
            f"{name} holds a {old_kind[:40]!r}, not a {new_kind!r}: save writes over a file "
            "of the same kind only (or a new file)"
        )


def _patched(obj: Any, old: str, name: str) -> str | None:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString
    from ruamel.yaml.util import load_yaml_guess_indent

    yaml = YAML()
    yaml.preserve_quotes = True
    # Never re-wrap: ruamel would fold every long line it writes, changed or not.
    yaml.width = 1 << 20
    try:
        _, guessed_indent, guessed_offset = load_yaml_guess_indent(old)
    except (YAMLError, ValueError):
        return None
    # A file without nested mappings or lists gives no guess: write as dumps does.
    indent = guessed_indent or 2
    dash_offset = guessed_offset or 0
    try:
        yaml.indent(mapping=max(indent - dash_offset, 2), sequence=indent, offset=dash_offset)
    except (YAMLError, ValueError):
        return None
    # The version is decided below; it stays in the order only so that keys
    # the file lacks go after it, where dumps puts them.
    new = {k: (_DECIDED_BELOW if k == "version" else v) for k, v in to_data(obj).items()}
    # A key the dump leaves out holds its default: keep it as written if it
    # still does, else (the read-back below tells) take it out.
    for drop_left_out in (False, True):
        try:
            document = yaml.load(old)
        except (YAMLError, ValueError):
            return None
        if not isinstance(document, CommentedMap):
            return None
        _refuse_other_kind(document.get("kind"), new["kind"], name)
        declared = document.get("version")
        _patch_map(document, new, drop_left_out=drop_left_out)
        keep = declared in SUPPORTED_VERSIONS
        for version in (declared, STANDARD_VERSION) if keep else (STANDARD_VERSION,):
            # Keep the version the file declares (as written) while the object fits
            # it; else the newest.
            if version != declared:
                document["version"] = DoubleQuotedScalarString(version)
            text = _render(yaml, document)
            try:
                again = loads(text, name, model=type(obj))
            except InvalidDocumentError:
                continue
            if again == obj:
                return text
            break
    return None


def _render(yaml: Any, document: Any) -> str:
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def _patch_map(old: Any, new: dict[str, Any], *, drop_left_out: bool) -> None:
    if drop_left_out:
        for key in [k for k in old if k not in new and k not in ("kind", "version")]:
            del old[key]
    position = 0
    for key, value in new.items():
        if value is _DECIDED_BELOW:
            if key in old:
                position = list(old).index(key) + 1
            continue
        if key in old:
            patched = _patch(old[key], value, drop_left_out=drop_left_out)
            if patched is not old[key]:
                old[key] = patched
            position = list(old).index(key) + 1
        else:
            old.insert(position, key, _fresh(value))
            position += 1


def _patch(old: Any, new: Any, *, drop_left_out: bool) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(new, dict) and isinstance(old, CommentedMap):
        _patch_map(old, new, drop_left_out=drop_left_out)
        return old
    if isinstance(new, list) and isinstance(old, CommentedSeq):
        common = min(len(old), len(new))
        for index in range(common):
            patched = _patch(old[index], new[index], drop_left_out=drop_left_out)
            if patched is not old[index]:
                old[index] = patched
        del old[common:]
        old.extend(_fresh(item) for item in new[common:])
        return old
    return old if _same(old, new) else _fresh(new)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, dt.date) and not isinstance(old, dt.datetime):
        return isinstance(new, str) and old.isoformat() == new
    if isinstance(old, bool) or isinstance(new, bool):
        return type(old) is type(new) and old == new
    if isinstance(old, int | float) and isinstance(new, int | float):
        # unikom reads 7 where 7.0 is meant: the number as written stays.
        return float(old) == float(new)
    return bool(old == new)


def _fresh(value: Any) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        fresh = CommentedMap()
        for key, item in value.items():
            fresh[key] = _fresh(item)
        return fresh
    if isinstance(value, list):
        return CommentedSeq(_fresh(item) for item in value)
    if isinstance(value, str) and _ISO_DATE.match(value):
        # unikom reads an unquoted date as its text, so it may be written plain,
        # as people write dates; ruamel writes a date object that way.
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value
