"""Keep a file to the version of the standard it declares.

The schemas describe the newest version, so a file that says ``version: "1.0"``
and uses a key added in 1.1 passes the schema.  A reader that only knows 1.0
would refuse it, so the file breaks the contract it states: this check reports
each such key (and each enum value added later) where it is written, with the
version it needs.  Which key came when is written once, in the model
(``doc(..., since="1.1")``) and in :data:`unikom.model._since.VALUES_SINCE`.
"""

from __future__ import annotations

import enum
import functools
import itertools
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from unikom._version import version_key
from unikom.checking._hooks import EXTENSIONS_FIELD, is_extension
from unikom.checking._structure import FIELD_TYPES
from unikom.checking._yamlsource import Pointer, SourceDocument
from unikom.checking.kinds import HEADER_KEYS
from unikom.model._since import VALUES_SINCE
from unikom.model.diagnostics import Diagnostic
from unikom.model.inquiry import Inquiry
from unikom.model.lifecycle import TRANSITIONS_SINCE, InquiryState

#: How many findings one file gets from this check; one per key is plenty.
_MAX_FINDINGS = 50


@attrs.frozen
class _FieldInfo:
    type: Any
    since: str | None
    optional_since: str | None


@functools.cache
def _fields(cls: type) -> Mapping[str, _FieldInfo]:
    # The generated table spares a cold run evaluating every annotation.
    hints = FIELD_TYPES.get(cls) or typing.get_type_hints(cls)
    return types.MappingProxyType(
        {
            f.name: _FieldInfo(
                type=hints[f.name],
                since=f.metadata.get("since"),
                optional_since=f.metadata.get("optional_since"),
            )
            for f in attrs.fields(cls)
        }
    )


_UNSEEN: tuple[int, ...] = ()


@functools.cache
def _newest(tp: Any, extensions: bool = True) -> tuple[int, ...]:
    """Return the newest version anything :func:`_walk` can find under *tp* needs.

    ``()`` when nothing there came after the first version.  It follows the
    types the way :func:`_walk` does, so a file declaring a version at least
    this new has nothing to report below *tp*, and the walk skips it: most of
    a file was in the standard from the start.  Without *extensions* (a file
    that holds no extension key), the ``extensions`` fields do not count.
    """
    found: list[tuple[int, ...]] = [_UNSEEN]
    if isinstance(tp, type) and attrs.has(tp):
        for name, info in _fields(tp).items():
            if name == EXTENSIONS_FIELD and not extensions:
                continue
            found.extend(version_key(v) for v in (info.since, info.optional_since) if v)
            found.append(_newest(info.type, extensions))
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        found.extend(version_key(VALUES_SINCE[m]) for m in tp if m in VALUES_SINCE)
    else:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if (origin is tuple and len(args) == 2 and args[1] is Ellipsis) or origin in (
            typing.Union,
            types.UnionType,
        ):
            found.extend(_newest(a, extensions) for a in args if a is not Ellipsis)
    return max(found)


def _newer(needed: str | None, declared: tuple[int, ...]) -> bool:
    return needed is not None and _key(needed) > declared


@functools.cache
def _key(version: str) -> tuple[int, ...]:
    return version_key(version)


@functools.cache
def _relevant_fields(
    cls: type, declared: tuple[int, ...], extensions: bool
) -> tuple[tuple[str, _FieldInfo, bool, bool], ...]:
    """Return the fields of *cls* that a file declaring *declared* can break, in order.

    Each with whether leaving it out is too new and whether writing it is.  The
    walk runs for every file that declares an older version, and most fields
    hold nothing newer: deciding that once per class and version, not once per
    object, keeps the walk to the few fields that matter.
    """
    relevant = []
    for name, info in _fields(cls).items():
        if name == EXTENSIONS_FIELD and not extensions:
            continue
        required = _newer(info.optional_since, declared)
        too_new = _newer(info.since, declared)
        if required or too_new or _newest(info.type, extensions) > declared:
            relevant.append((name, info, required, too_new))
    return tuple(relevant)


def version_problems(source: SourceDocument, model: type, declared: str) -> list[Diagnostic]:
    """Report every key and enum value in *source* newer than the *declared* version."""
    found: list[Diagnostic] = []
    body = {k: v for k, v in source.data.items() if k not in HEADER_KEYS}
    walked = _walk(
        source, model, body, (), version_key(declared), declared, source.may_hold_extensions
    )
    moves = _moves(source, body, version_key(declared), declared) if model is Inquiry else iter(())
    for diagnostic in itertools.chain(walked, moves):
        found.append(diagnostic)
        if len(found) >= _MAX_FINDINGS:
            break
    return found


def _moves(
    source: SourceDocument, body: dict[str, Any], declared: tuple[int, ...], declared_text: str
) -> Iterator[Diagnostic]:
    """Report moves in an inquiry's history that a later version of the lifecycle added."""
    history = body.get("history")
    if not isinstance(history, list):
        return
    state = InquiryState.RECEIVED
    for index, step in enumerate(history):
        value = step.get("state") if isinstance(step, dict) else None
        try:
            target = InquiryState(value)
        except ValueError:
            return  # the schema has reported it
        needed = TRANSITIONS_SINCE.get((state, target))
        if _newer(needed, declared):
            yield source.error(
                pointer_of(index),
                "version.value-too-new",
                f"moving from {state.value} straight to {target.value} needs version "
                f'"{needed}" of the standard; this file declares "{declared_text}": write '
                f'version: "{needed}" at the top',
            )
        state = target


def pointer_of(index: int) -> Pointer:
    """Return the pointer to the state of the *index*-th step of a history."""
    return ("history", index, "state")


def _walk(
    source: SourceDocument,
    tp: Any,
    value: Any,
    pointer: Pointer,
    declared: tuple[int, ...],
    declared_text: str,
    extensions: bool,
) -> Iterator[Diagnostic]:
    if _newest(tp, extensions) <= declared:
        return
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, dict):
            return
        for name, info, required, too_new in _relevant_fields(tp, declared, extensions):
            if name not in value:
                if required:
                    yield source.error(
                        pointer,
                        "version.key-required",
                        f"'{name}' may be left out only from version "
                        f'"{info.optional_since}" of the standard on; this file declares '
                        f"\"{declared_text}\": give '{name}' or write "
                        f'version: "{info.optional_since}"',
                    )
                continue
            if too_new:
                yield source.error(
                    (*pointer, name),
                    "version.key-too-new",
                    f"'{name}' needs version \"{info.since}\" of the standard; this file "
                    f'declares "{declared_text}": write version: "{info.since}" at the top',
                    key=True,
                )
                continue
            yield from _walk(
                source,
                info.type,
                value[name],
                (*pointer, name),
                declared,
                declared_text,
                extensions,
            )
        extra = _fields(tp).get(EXTENSIONS_FIELD) if extensions else None
        if extra is not None and _newer(extra.since, declared):
            for key in value:
                if isinstance(key, str) and is_extension(key):
                    yield source.error(
                        (*pointer, key),
                        "version.key-too-new",
                        f"extension keys such as '{key}' need version \"{extra.since}\" "
                        f'of the standard; this file declares "{declared_text}": write '
                        f'version: "{extra.since}" at the top',
                        key=True,
                    )
        return
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        for member in tp:
            if member.value == value:
                needed = VALUES_SINCE.get(member)
                if _newer(needed, declared):
                    yield source.error(
                        pointer,
                        "version.value-too-new",
                        f'{value!r} needs version "{needed}" of the standard; this file '
                        f'declares "{declared_text}": write version: "{needed}" at the top',
                    )
        return
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _walk(
                    source, args[0], item, (*pointer, index), declared, declared_text, extensions
                )
        return
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        chosen = _union_member(members, value)
        if chosen is not None:
            yield from _walk(source, chosen, value, pointer, declared, declared_text, extensions)


def _union_member(members: list[Any], value: Any) -> Any:
    """Pick the member of a union that *value* was written as (None when unclear)."""
    if isinstance(value, dict):
        shaped = [m for m in members if isinstance(m, type) and attrs.has(m)]
        # The member whose own keys the value uses most is the one meant; the
        # schema has already refused values that fit none.
        best = max(shaped, key=lambda m: len(set(_fields(m)) & set(value)), default=None)
        return best
    enums = [m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)]
    return enums[0] if len(enums) == 1 else None
