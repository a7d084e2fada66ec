"""Write the ``if TYPE_CHECKING`` imports of ``unikom/__init__.py`` from :mod:`unikom._public`.

``python -m unikom._facegen`` rewrites them; ``--check`` only says whether they
are stale (``tests/test_public.py`` runs it).  Type checkers cannot read a
computed ``__all__``, so the public names are also spelled out for them.
"""

from __future__ import annotations

from unikom._public import PUBLIC

_BEGIN = "# Generated from unikom/_public.py by `python -m unikom._facegen`; do not edit.\n"
_END = "# End of the generated imports.\n"


def _import_order(name: str) -> tuple[int, str]:
    """Sort names as ruff's isort does: CONSTANTS, then Classes, then functions."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[:1].isupper() else (2, name)


def type_checking_block() -> str:
    """Return the ``if TYPE_CHECKING`` imports of every name in :data:`PUBLIC`.

    ``import x as x`` marks each name as re-exported on purpose, which
    ``mypy --strict`` requires of a package that computes its ``__all__``.
    """
    lines = [_BEGIN, "if TYPE_CHECKING:\n"]
    for module in sorted(PUBLIC):
        if module == "unikom._version":  # imported for real: it is the bottom layer
            continue
        for name in sorted(PUBLIC[module], key=_import_order):
            lines.append(f"    from {module} import {name} as {name}\n")
    lines.append(_END)
    return "".join(lines)


def _main(argv: list[str]) -> int:
    from pathlib import Path

    face = Path(__file__).with_name("__init__.py")
    text = face.read_text(encoding="utf-8")
    start, end = text.index(_BEGIN), text.index(_END) + len(_END)
    wanted = text[:start] + type_checking_block() + text[end:]
    if argv == ["--check"]:
        if wanted != text:
            print(f"{face} is stale: run python -m unikom._facegen")
            return 1
        return 0
    if argv:
        print("usage: python -m unikom._facegen [--check]")
        return 2
    face.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(_main(sys.argv[1:]))
