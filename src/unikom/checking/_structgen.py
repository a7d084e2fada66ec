"""Generate ``_structure.py``: plain Python functions that build each model class from data.

cattrs compiles a structure function for every class the first time a process
meets it, and importing cattrs and compiling those functions was about a
quarter of a cold ``unikom validate``.  The functions this writes do what the
converter's do for data that fits the model, one class at a time, from the
same attrs declarations and the same leaf functions (``_hooks.py``); they are
committed, so nothing is compiled at start-up.  Data that does not fit makes
them raise, and the engine then asks the converter, which explains the problem
with a path.  Tests hold the two to the same objects and the same findings.

Run ``python -m unikom.checking._structgen`` after changing the model; with
``--check`` it only reports whether the committed module is stale (CI and the
tests run it so).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from unikom.checking._hooks import EXTENSIONS_FIELD
from unikom.checking.kinds import KINDS
from unikom.model._fields import CONSTRAINTS
from unikom.model.assessment import Score
from unikom.model.duration import Duration
from unikom.model.errors import UnikomError
from unikom.model.frozen import FrozenMap
from unikom.model.inquiry import Answer
from unikom.model.text import Text

TARGET = Path(__file__).with_name("_structure.py")
COMMAND = "python -m unikom.checking._structgen"

#: Leaf types with a function of their own in ``_hooks.py``.
_LEAVES: dict[Any, str] = {
    Text: "structure_text",
    dt.date: "structure_date",
    Duration: "structure_duration",
    float: "structure_float",
    int: "structure_int",
    bool: "structure_bool",
}
#: Unions the converter reads with a function of their own (compared as unions are: by members).
_UNION_LEAVES: tuple[tuple[Any, str], ...] = (
    (Answer, "structure_answer"),
    (Score, "structure_score"),
)


class UnsupportedType(UnikomError, TypeError):
    """A model field has a type this generator does not know how to read."""


def _fitted(opening: str, inner: str) -> list[str]:
    """Return ``opening + inner + ")"`` on one line, or on three if longer than 100 characters."""
    one = f"{opening}{inner})"
    if len(one) <= 100:
        return [one]
    indent = " " * (len(opening) - len(opening.lstrip()))
    return [opening, f"{indent}    {inner}", f"{indent})"]


def _hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in attrs.fields(cls)}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class _Writer:
    """Collects the functions of the generated module and the names they import."""

    def __init__(self) -> None:
        self.imports: dict[str, set[str]] = {}
        self.classes: dict[type, str] = {}
        self.helpers: dict[str, list[str]] = {}
        self.class_functions: dict[str, list[str]] = {}
        self.pending: list[type] = []
        self.hints: dict[type, dict[str, Any]] = {}
        self.uses_dates = False

    def name(self, obj: Any) -> str:
        """Import *obj* (a class or NewType) by its own name and return that name."""
        if getattr(obj, "__module__", None) == "builtins":
            return str(obj.__name__)
        if obj is dt.date:
            self.uses_dates = True
            return "dt.date"
        module, name = obj.__module__, obj.__name__
        self.imports.setdefault(module, set()).add(name)
        return str(name)

    def class_function(self, cls: type) -> str:
        if cls not in self.classes:
            function = f"structure_{_snake(cls.__name__)}"
            if function in self.classes.values():
                raise UnsupportedType(f"two model classes are called {cls.__name__}")
            self.classes[cls] = function
            self.pending.append(cls)
        return self.classes[cls]

    def expression(self, tp: Any, value: str) -> str:
        """Return an expression reading *value* (a plain name) as *tp*."""
        if tp is Any:
            return value
        for union, function in _UNION_LEAVES:
            if tp == union:
                return f"{function}({value})"
        if tp in _LEAVES:
            if attrs.has(tp) and tp not in self.hints:
                self.hints[tp] = {}  # its fields' types too, for the walks that need them
                self.hints[tp] = _hints(tp)
            return f"{_LEAVES[tp]}({value})"
        if tp in CONSTRAINTS:
            return f"structure_constrained({self.name(tp)}, {value})"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return f"{self.name(tp)}({value})"
        if isinstance(tp, type) and attrs.has(tp):
            return f"{self.class_function(tp)}({value})"
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            if len(members) == len(args) - 1 and len(members) == 1:
                inner = self.expression(members[0], value)
                return f"None if {value} is None else {inner}"
            if len(members) == len(args) and all(attrs.has(m) for m in members):
                return f"{self.union_helper(members)}({value})"
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return f"{self.tuple_helper(args[0])}({value})"
        if origin is FrozenMap and len(args) == 2:
            return f"{self.map_helper(args[0], args[1])}({value})"
        raise UnsupportedType(f"no reader for {tp!r}")

    def tuple_helper(self, item: Any) -> str:
        helper = f"_tuple_of_{self.label(item)}"
        if helper not in self.helpers:
            self.helpers[helper] = []  # reserved before recursing
            self.helpers[helper] = [
                f"def {helper}(value: Any) -> Any:",
                *_fitted(
                    "    return tuple(", f"[{self.expression(item, 'item')} for item in value]"
                ),
            ]
        return helper

    def map_helper(self, key: Any, item: Any) -> str:
        helper = f"_map_of_{self.label(key)}_to_{self.label(item)}"
        if helper not in self.helpers:
            self.helpers[helper] = []
            self.helpers[helper] = [
                f"def {helper}(value: Any) -> Any:",
                "    if not isinstance(value, Mapping):",
                '        raise ModelError("value.mapping", f"expected a mapping, got {value!r}")',
                *_fitted(
                    "    return FrozenMap(",
                    f"[({self.expression(key, 'key')}, {self.expression(item, 'item')})"
                    " for key, item in value.items()]",
                ),
            ]
        return helper

    def union_helper(self, members: list[type]) -> str:
        """Choose a class of a union by a required key no other member has, as cattrs does."""
        helper = f"_{self.label(typing.Union[tuple(members)])}"  # noqa: UP007
        if helper in self.helpers:
            return helper
        self.helpers[helper] = []
        lines = [f"def {helper}(value: Any) -> Any:"]
        lines.append("    if not isinstance(value, Mapping):")
        lines.append('        raise DoesNotFit("expected a mapping")')
        for member in members:
            others = {f.name for m in members if m is not member for f in attrs.fields(m)}
            unique = [
                f.name
                for f in attrs.fields(member)
                if f.default is attrs.NOTHING and f.name not in others
            ]
            if not unique:
                raise UnsupportedType(f"{member.__name__} has no required key of its own")
            lines.append(f'    if "{unique[0]}" in value:')
            lines.append(f"        return {self.class_function(member)}(value)")
        lines.append('    raise DoesNotFit("none of the kinds this can be")')
        self.helpers[helper] = lines
        return helper

    def label(self, tp: Any) -> str:
        """Return a name part for *tp* (for helper names)."""
        if tp is Any:
            return "any"
        for union, function in _UNION_LEAVES:
            if tp == union:
                return function.removeprefix("structure_")
        if isinstance(tp, type) or tp in CONSTRAINTS:
            return _snake(tp.__name__)
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        words = [_snake(a.__name__).split("_") for a in args if isinstance(a, type)]
        if len(words) == len(args) > 1 and len({w[-1] for w in words}) == 1:
            return f"any_{words[0][-1]}"  # ScaleCriterion | YesNoCriterion: any_criterion
        return "_or_".join(self.label(a) for a in args)

    def write_class(self, cls: type) -> None:
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        self.hints[cls] = _hints(cls)
        names = [f.name for f in fields]
        function = self.classes[cls]
        cls_name = self.name(cls)
        lines = [f"def {function}(o: Any) -> {cls_name}:"]
        if any(f.metadata.get(EXTENSIONS_FIELD) for f in fields):  # as the converter decides
            lines.append("    o = gather_extensions(o)")
        lines.append("    res: dict[str, Any] = {}")
        for field in fields:
            if not field.init or field.alias != field.name:
                raise UnsupportedType(f"{cls.__name__}.{field.name}: init=False or an alias")
            expression = self.expression(hints[field.name], "value")
            if field.default is attrs.NOTHING and " if " not in expression:
                direct = self.expression(hints[field.name], f'o["{field.name}"]')
                lines.append(f'    res["{field.name}"] = {direct}')
            elif field.default is attrs.NOTHING:
                lines.append(f'    value = o["{field.name}"]')
                lines.append(f'    res["{field.name}"] = {expression}')
            else:
                lines.append(f'    if "{field.name}" in o:')
                lines.append(f'        value = o["{field.name}"]')
                lines.append(f'        res["{field.name}"] = {expression}')
        keys = f"_{_snake(cls.__name__).upper()}_KEYS"
        lines.append(f"    if o.keys() - {keys}:")
        lines.append(f'        raise DoesNotFit("keys {cls.__name__} does not have")')
        lines.append(f"    return {cls_name}(**res)")
        self.class_functions[function] = [
            f"{keys} = frozenset(",
            "    {",
            *(f'        "{name}",' for name in names),
            "    }",
            ")",
            "",
            "",
            *lines,
        ]

    def hint(self, tp: Any) -> str:
        """Return Python source that evaluates to the type hint *tp* (an equal object)."""
        if tp is Any:
            return "Any"
        if tp is type(None):
            return "None"
        if (isinstance(tp, type) and typing.get_origin(tp) is None) or tp in CONSTRAINTS:
            return self.name(tp)
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            return " | ".join(self.hint(a) for a in args)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return f"tuple[{self.hint(args[0])}, ...]"
        if origin is FrozenMap and len(args) == 2:
            return f"FrozenMap[{self.hint(args[0])}, {self.hint(args[1])}]"
        raise UnsupportedType(f"cannot write the type hint {tp!r}")

    def run(self, models: list[type]) -> None:
        for model in models:
            self.class_function(model)
        while self.pending:
            self.write_class(self.pending.pop(0))


def _import_lines(imports: dict[str, set[str]]) -> Iterator[str]:
    for module in sorted(imports):
        names = sorted(imports[module], key=lambda n: (not n.isupper(), n.lower(), n))
        one = f"from {module} import {', '.join(names)}"
        if len(one) <= 100:
            yield one
        else:
            yield f"from {module} import ("
            yield from (f"    {name}," for name in names)
            yield ")"


def generate() -> str:
    """Return the text of the generated module."""
    writer = _Writer()
    kinds = list(KINDS.values())
    writer.run([kind.model for kind in kinds])
    for name in ("ModelError",):
        writer.imports.setdefault("unikom.model.errors", set()).add(name)
    writer.imports.setdefault("unikom.model.frozen", set()).add("FrozenMap")
    used = "\n".join(line for lines in writer.class_functions.values() for line in lines)
    used += "\n".join(line for lines in writer.helpers.values() for line in lines)
    hooks = sorted(
        {
            "DoesNotFit",
            "gather_extensions",
            *(n for n in (*_LEAVES.values(), *(f for _, f in _UNION_LEAVES)) if n + "(" in used),
            *(["structure_constrained"] if "structure_constrained(" in used else []),
        }
    )
    writer.imports.setdefault("unikom.checking._hooks", set()).update(hooks)
    field_types = [
        "#: Each model class's fields, in order, with their types as typing.get_type_hints",
        "#: gives them (which evaluates every annotation: slow at start-up).",
        "FIELD_TYPES: dict[type, dict[str, Any]] = {",
    ]
    for cls, hints in writer.hints.items():
        field_types.append(f"    {writer.name(cls)}: {{")
        for name, tp in hints.items():
            hint = writer.hint(tp)
            line = f'        "{name}": {hint},'
            if len(line) > 100 and hint.startswith("tuple[") and hint.endswith(", ...]"):
                inner = hint.removeprefix("tuple[").removesuffix(", ...]")
                field_types += [
                    f'        "{name}": tuple[',
                    f"            {inner}, ...",
                    "        ],",
                ]
            else:
                field_types.append(line)
        field_types.append("    },")
    field_types.append("}")
    out = [
        '"""Build model objects from parsed data.',
        "",
        f"GENERATED by `{COMMAND}`: do not edit.",
        "",
        "One function per model class, from its attrs declarations: it builds the object",
        "from data that fits the model and raises for data that does not, which the engine",
        "then hands to the cattrs converter to explain. Regenerate after changing the model;",
        "the tests fail while this file is stale.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        *(["import datetime as dt"] if writer.uses_dates else []),
        "from collections.abc import Callable, Mapping",
        "from typing import Any",
        "",
        *_import_lines(writer.imports),
        "",
        '__all__ = ["FIELD_TYPES", "STRUCTURE"]',
    ]
    for lines in [*writer.class_functions.values(), *writer.helpers.values()]:
        out += ["", "", *lines]
    out += [
        "",
        "",
        "#: The function that builds each kind's model class.",
        "STRUCTURE: dict[type, Callable[[Any], Any]] = {",
        *(f"    {writer.name(k.model)}: {writer.classes[k.model]}," for k in kinds),
        "}",
        "",
    ]
    out += field_types
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write ``_structure.py`` (or, with --check, say whether it is stale)."""
    args = sys.argv[1:] if argv is None else argv
    text = generate()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if current == text:
        return 0
    if "--check" in args:
        print(f"stale: {TARGET} (run: {COMMAND})")
        return 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote: {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
