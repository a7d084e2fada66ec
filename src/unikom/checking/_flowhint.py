"""Notice where a comma in a flow collection (``{…}`` or ``[…]``) split a text in two.

A new user writes ``name: {nb: Helse, omsorg og velferd, en: Health}``: in flow
style a comma ends a plain (unquoted) text, so YAML reads the keys ``nb``,
``omsorg og velferd`` (with no value) and ``en``, and the finding that follows,
«not a BCP 47 language tag» or «duplicate key», names a key the user never
meant to write.  This module finds such splits in a file's text, so that any
finding located on one can say what happened and show the quoted fix.

It reads the file's events again with the same parser, and only for a file that
has a flow collection and a finding: the reader's fast path stays untouched.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import yaml

from unikom.model._fields import forbidden_character

__all__ = ["FlowSplit", "find_splits", "hint_for"]

#: The most characters of the split text a hint shows; past that it is cut in the middle.
MAX_SHOWN = 60
#: The longest hint; a finding's message keeps at least a hundred characters of its own
#: within its bound (``_yamlsource.MAX_MESSAGE``, 400).
MAX_HINT = 300
#: The most split-off keys a hint names one by one; the rest are counted.
MAX_NAMED = 3
#: The most splits remembered for one file; past that the file is noise anyway.
MAX_SPLITS = 200
#: The most events read; the reader itself refuses a file with more nodes than this.
MAX_EVENTS = 200_000
#: The deepest nesting followed, as in the reader.
MAX_DEPTH = 64

Place = tuple[int, int]  # 1-based line and column
_FAR: Place = (1 << 62, 0)
#: A decimal number written with a comma, as in Norwegian: ``1,5``.
_DECIMAL_COMMA = re.compile(r"[+-]?[0-9]+,[0-9]+")
#: What YAML takes for a line break (YAML 1.1, as the reader's parser).
_BREAKS = frozenset("\r\n\x85\u2028\u2029")


@attrs.frozen(kw_only=True)
class FlowSplit:
    """A place where a comma in a flow collection may have split one text.

    A finding located from :attr:`first` to :attr:`last` (inclusive), or at the
    start of the collection when :attr:`whole` is set, gets :attr:`hint`.
    """

    collection: Place
    first: Place
    last: Place
    whole: bool
    hint: str

    def covers(self, where: Place) -> bool:
        """Tell whether a finding at *where* falls on this split."""
        return self.first <= where <= self.last or (self.whole and where == self.collection)


def hint_for(splits: Sequence[FlowSplit], where: Place) -> str:
    """Return the hint for a finding at *where* (``''`` when it falls on no split).

    The innermost split wins: the one that starts last.
    """
    best: FlowSplit | None = None
    for split in splits:
        if split.covers(where) and (best is None or split.first > best.first):
            best = split
    return "" if best is None else best.hint


def _place(mark: Any) -> Place:
    return (mark.line + 1, mark.column + 1)


def _is_plain(event: yaml.Event) -> bool:
    # implicit[0] is true exactly for a plain scalar without a tag.
    return isinstance(event, yaml.ScalarEvent) and event.tag is None and bool(event.implicit[0])


def quoted(text: str) -> str:
    """Write *text* as a YAML double-quoted scalar that is safe on any terminal or page.

    Every character that is not printable, or that could turn or reorder a line
    (control, format and direction characters), is written as an escape, so the
    fix shown is one line and means exactly the text.
    """
    if len(text) > MAX_SHOWN:
        keep = (MAX_SHOWN - 1) // 2
        text = f"{text[:keep]}…{text[-keep:]}"
    out = []
    for character in text:
        if character in '"\\':
            out.append("\\" + character)
        elif not character.isprintable() or forbidden_character(character) is not None:
            code = ord(character)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(character)
    return '"' + "".join(out) + '"'


def _mapping_hint(key: str, parts: Sequence[str], text: str) -> str:
    """Say how *parts* (the value, then the split-off keys) came from *text*, as written."""
    split_off = parts[1:]
    keys = ", ".join(quoted(p) for p in split_off[:MAX_NAMED])
    if len(split_off) > MAX_NAMED:
        # Each finding on the split carries the hint: naming thousands of keys in each
        # would make the output grow with the square of the file.
        keys += f" and {len(split_off) - MAX_NAMED} more"
    whole = quoted(text)
    name = quoted(key)[1:-1]
    became = "a key of its own" if len(split_off) == 1 else "keys of their own"
    if _DECIMAL_COMMA.fullmatch(text):
        # '1,5' is a number written the Norwegian way; quoted, it would be text.
        return (
            f" — inside {{…}} a comma without quotes ends the text, so {keys} became "
            f"{became}; a number takes a decimal point, not a comma: "
            f"{name}: {text.replace(',', '.')}"
        )
    hint = (
        f" — inside {{…}} a comma without quotes ends the text, so {keys} became {became}; "
        f"if {name} is meant to be {whole}, quote it: {name}: {whole}, or better, write the "
        "mapping in block style, one key per line, where a comma needs no quotes"
    )
    if len(hint) <= MAX_HINT:
        return hint
    # Long texts: the fix alone, so that the finding's own message still has room.
    return (
        f" — inside {{…}} a comma without quotes ends the text: quote it, {name}: {whole}, "
        "or write the mapping in block style"
    )


def _sequence_hint(joined: str) -> str:
    text = quoted(joined)
    return (
        f" — inside […] a comma separates the items; if {text} is one text, "
        f"quote it: {text}, or write the list in block style, one '- ' item per line"
    )


def _cut_hint(what: str, head: str) -> str:
    shown = quoted(head)
    return (
        f" — inside {what}, after a comma that follows {shown}: a comma without quotes "
        "ends a text there; if the comma belongs to the text, quote the whole text "
        f'({shown[:-1]}, …"), or write it in block style'
    )


@attrs.define
class _Frame:
    """One open collection while the events are walked."""

    flow: bool
    mapping: bool
    start: Place
    #: Mapping: the key waiting for its value.
    key: yaml.ScalarEvent | None = None
    #: Mapping: the last entry, when its key and value are both plain text.
    head: tuple[yaml.ScalarEvent, yaml.ScalarEvent] | None = None
    #: Mapping: the keys without a value that followed :attr:`head`.
    run: list[yaml.ScalarEvent] = attrs.field(factory=list)
    run_end: Place = (0, 0)
    #: Sequence: every item, None for one that is not plain text.
    items: list[yaml.ScalarEvent | None] = attrs.field(factory=list)


class _Walk:
    def __init__(self, text: str) -> None:
        self.text = text
        self.frames: list[_Frame] = []
        self.splits: list[FlowSplit] = []

    def offset(self, mark: Any) -> int:
        # libyaml's index counts characters of the text it was given (not bytes).
        index: int = mark.index
        return index

    def comma_after(self, event: yaml.Event) -> bool:
        rest = self.text[self.offset(event.end_mark) : self.offset(event.end_mark) + 200]
        return rest.lstrip(" \t\r\n").startswith(",")

    def joined(self, parts: Sequence[yaml.ScalarEvent]) -> str:
        """Return *parts* as one text, joined by the comma and spaces the file has between them.

        The fix shown must mean what the writer wrote: ``a,5`` stays ``a,5``, never
        ``a, 5``.  A separator that breaks the line folds to one space, as YAML folds
        a plain text over several lines.
        """
        out = [parts[0].value]
        for before, after in itertools.pairwise(parts):
            between = self.text[self.offset(before.end_mark) : self.offset(after.start_mark)]
            out.append(", " if any(c in _BREAKS for c in between) else between)
            out.append(after.value)
        return "".join(out)

    def add(self, split: FlowSplit) -> None:
        if len(self.splits) < MAX_SPLITS:
            self.splits.append(split)

    def run(self, get_event: Callable[[], yaml.Event | None]) -> None:
        count = 0
        while (event := get_event()) is not None:
            count += 1
            if count > MAX_EVENTS:
                return
            if isinstance(event, yaml.CollectionStartEvent):
                self.node(None)
                if len(self.frames) >= MAX_DEPTH:
                    return
                self.frames.append(
                    _Frame(
                        flow=bool(event.flow_style),
                        mapping=isinstance(event, yaml.MappingStartEvent),
                        start=_place(event.start_mark),
                    )
                )
            elif isinstance(event, yaml.CollectionEndEvent):
                self.close(self.frames.pop())
            elif isinstance(event, yaml.ScalarEvent):
                self.node(event)
            elif isinstance(event, yaml.AliasEvent):
                self.node(None)

    def node(self, event: yaml.ScalarEvent | None) -> None:
        """Take one node of the innermost collection; None for anything but a scalar."""
        if not self.frames:
            return
        frame = self.frames[-1]
        if not frame.flow:
            return
        if not frame.mapping:
            frame.items.append(event if event is not None and _is_plain(event) else None)
            return
        if frame.key is None:
            if event is None:  # a collection as a key: the reader refuses it
                self.end_run(frame)
                frame.head = None
            frame.key = event
            return
        key, frame.key = frame.key, None
        if (
            event is not None
            and _is_plain(event)
            and event.value == ""
            and ":" not in self.text[self.offset(key.end_mark) : self.offset(event.start_mark)]
        ):
            # A key with no colon and no value: text after a comma, if an entry came before
            # (quoted, it can only be the start of a syntax error: see cut).
            if frame.head is not None:
                frame.run.append(key)
                frame.run_end = _place(event.end_mark)
            return
        self.end_run(frame)
        frame.head = (
            (key, event)
            if event is not None and _is_plain(key) and _is_plain(event) and event.value != ""
            else None
        )

    def end_run(self, frame: _Frame) -> None:
        if frame.run and frame.head is not None:
            key, value = frame.head
            self.add(
                FlowSplit(
                    collection=frame.start,
                    first=_place(key.start_mark),
                    last=frame.run_end,
                    whole=True,
                    hint=_mapping_hint(
                        key.value,
                        [value.value, *(k.value for k in frame.run)],
                        self.joined([value, *frame.run]),
                    ),
                )
            )
        frame.run = []

    def close(self, frame: _Frame) -> None:
        if not frame.flow:
            return
        if frame.mapping:
            self.end_run(frame)
            return
        items = frame.items
        for index, item in enumerate(items):
            if item is None:
                continue
            before = items[index - 1] if index > 0 else None
            after = items[index + 1] if index + 1 < len(items) else None
            if before is not None:
                pair = (before, item)
            elif after is not None:
                pair = (item, after)
            else:
                continue
            # Codes and ids hold no spaces; a text split by a comma is words.
            if not any(" " in part.value.strip() for part in pair):
                continue
            self.add(
                FlowSplit(
                    collection=frame.start,
                    first=_place(item.start_mark),
                    last=_place(item.end_mark),
                    whole=False,
                    hint=_sequence_hint(self.joined(pair)),
                )
            )

    def cut(self, problem: Place) -> None:
        """Add the split that a syntax error at *problem* inside a flow collection may be."""
        frame = next((f for f in reversed(self.frames) if f.flow), None)
        if frame is None:
            return
        # The text before the last comma, and where its entry starts.
        start: yaml.ScalarEvent | None
        before: yaml.ScalarEvent | None
        if frame.mapping:
            frame.run = []
            if frame.key is not None:
                # A key came after the comma and the error lies in its value
                # ('{nn: Helse, en: @x}'): the comma ended an entry, it split no text.
                return
            start, before = frame.head if frame.head is not None else (None, None)
        else:
            # The error may come right after a quoted item: 'Helse, "omsorg" og velferd'.
            plain = [item for item in frame.items[-2:] if item is not None]
            start = before = plain[-1] if plain else None
        if start is None or before is None or not self.comma_after(before):
            return
        self.add(
            FlowSplit(
                collection=frame.start,
                first=_place(start.start_mark),
                last=problem,
                whole=False,
                hint=_cut_hint("{…}" if frame.mapping else "[…]", before.value),
            )
        )


def find_splits(text: str, loader: Callable[[str], object]) -> tuple[FlowSplit, ...]:
    """Return every place in *text* where a comma in a flow collection may have split a text.

    *loader* makes the parser (the reader's own), which is disposed of here.
    """
    walk = _Walk(text)
    parser = loader(text)
    try:
        walk.run(parser.get_event)  # type: ignore[attr-defined]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        walk.cut(_place(mark) if mark is not None else _FAR)
    except yaml.YAMLError:
        pass
    finally:
        parser.dispose()  # type: ignore[attr-defined]
    return tuple(walk.splits)
