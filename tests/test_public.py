"""The public face comes from one list, and the API reference lists every public name.

:data:`unikom._public.PUBLIC` names each public module and what ``import unikom``
offers from it; ``unikom.__all__``, the lazy-import map, the ``TYPE_CHECKING``
imports and ``docs/reference/api.md`` (written by ``docs/hooks/generate.py`` when
the site is built) all follow it.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import unikom
from unikom import _facegen
from unikom._public import PUBLIC

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "docs/hooks/generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOOK = load_hook()
API = HOOK.api_reference()


def public_modules() -> list[str]:
    """Every module under ``unikom`` a user may import: no ``_`` in its path, not the CLI."""
    found = []
    for path in sorted((SRC / "unikom").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if any(part.startswith("_") for part in parts) or parts[:2] == ("unikom", "cli"):
            continue
        found.append(".".join(parts))
    return found


def documented() -> dict[str, set[str]]:
    """Module → the names the generated API page lists under it."""
    pattern = re.compile(r"^::: (\S+)\n(?:    .*\n)*?      members: \[(.*)\]$", re.M)
    pages: dict[str, set[str]] = {}
    for module, members in pattern.findall(API):
        pages.setdefault(module, set()).update(n.strip() for n in members.split(",") if n)
    return pages


def test_the_type_checking_imports_are_generated_from_the_list() -> None:
    assert _facegen._main(["--check"]) == 0, "run: python -m unikom._facegen"


def test_all_and_the_lazy_map_are_the_list() -> None:
    listed = sorted(name for names in PUBLIC.values() for name in names)
    assert sorted(unikom.__all__) == listed
    assert len(set(listed)) == len(listed), "a name is listed under two modules"
    assert dir(unikom) == unikom.__all__


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_each_listed_name_is_its_modules_and_reaches_unikom(module: str) -> None:
    loaded = importlib.import_module(module)
    for name in PUBLIC[module]:
        assert name in loaded.__all__, f"add {name!r} to {module}.__all__"
        assert getattr(unikom, name) is getattr(loaded, name)


@pytest.mark.parametrize("module", public_modules())
def test_every_public_module_declares_all(module: str) -> None:
    loaded = importlib.import_module(module)
    names = getattr(loaded, "__all__", None)
    assert isinstance(names, list | tuple), f"{module} has no __all__"
    missing = [name for name in names if not hasattr(loaded, name)]
    assert missing == []


def test_every_public_name_is_in_the_api_reference() -> None:
    pages = documented()
    listed = {(module, name) for module, names in pages.items() for name in names}
    for module in public_modules():
        loaded = importlib.import_module(module)
        for name in loaded.__all__:
            value = getattr(loaded, name)
            homes = [m for m, names in pages.items() if name in names]
            assert any(getattr(importlib.import_module(m), name) is value for m in homes), (
                f"{module}.{name} is public but not in docs/reference/api.md: "
                f"list {module} in src/unikom/_public.py"
            )
    assert listed


def test_every_name_the_api_reference_lists_imports_from_where_it_says() -> None:
    pages = documented()
    assert set(pages) == set(PUBLIC)
    for module, names in pages.items():
        loaded = importlib.import_module(module)
        for name in names:
            assert hasattr(loaded, name), f"{module}.{name}"
    for offered in re.findall(r"^From `unikom`: (.*)\.$", API, re.M):
        for name in re.findall(r"`([^`]+)`", offered):
            assert name in unikom.__all__
            assert getattr(unikom, name) is not None


@pytest.mark.parametrize(
    "module", ["unikom.deadlines.due", "unikom.model.lifecycle", "unikom.publish.ics"]
)
def test_the_reference_covers_the_modules_people_asked_for(module: str) -> None:
    assert f"::: {module}\n" in API


def test_the_face_imports_only_the_bottom_layer_at_start() -> None:
    import subprocess
    import sys

    code = "import sys, unikom; print(sorted(m for m in sys.modules if m.startswith('unikom')))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['unikom', 'unikom._public', 'unikom._version']"


def test_the_checking_layer_does_not_shadow_the_check_function() -> None:
    importlib.import_module("unikom.checking.api")
    from unikom.checking.api import check

    assert unikom.check is check


def _named_in(hint: Any) -> Iterator[Any]:
    """Yield the NewTypes, enums and attrs classes a type hint names, at any depth."""
    import enum
    import typing

    import attrs

    if isinstance(hint, typing.NewType):
        yield hint
        return
    if isinstance(hint, type) and (attrs.has(hint) or issubclass(hint, enum.Enum)):
        yield hint
    for argument in typing.get_args(hint):
        yield from _named_in(argument)


def test_every_type_a_model_constructor_takes_is_offered_by_unikom() -> None:
    # An app that builds objects in code (a consortium with roles, closures by
    # ISO week, a timed intake) types its values with these; a type reachable
    # only from a private module can be had only by `cast` or a private import.
    import typing

    import attrs

    missing: dict[str, list[str]] = {}
    for name in unikom.__all__:
        cls = getattr(unikom, name)
        if not (
            isinstance(cls, type) and attrs.has(cls) and cls.__module__.startswith("unikom.model.")
        ):
            continue
        for field, hint in typing.get_type_hints(cls).items():
            for named in _named_in(hint):
                if getattr(unikom, named.__name__, None) is not named:
                    missing.setdefault(named.__name__, []).append(f"{name}.{field}")
    assert not missing, missing


def test_a_consortium_app_built_in_code_uses_the_public_face_only() -> None:
    # mypy --strict type-checks the app with the tests; here it runs, and its
    # objects check clean and round-trip (asserted inside it).
    import runpy

    path = Path(__file__).parent / "data" / "apps" / "consortium.py"
    code = path.read_text(encoding="utf-8")
    assert "cast(" not in code
    assert "type: ignore" not in code
    assert "from unikom." not in code
    assert "import unikom." not in code
    namespace = runpy.run_path(str(path))
    assert namespace["consortium"].parties[0].role is unikom.PartyRole.LEAD
