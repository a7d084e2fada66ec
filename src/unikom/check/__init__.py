"""Reading and checking files: the located YAML reader, the kinds registry,
the schema check, the converter, the rules and the engine behind
:func:`unikom.load` and :func:`unikom.validate`.

Imports only from :mod:`unikom.model`. Import public names from :mod:`unikom`.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__: list[str] = []


class _CallablePackage(types.ModuleType):
    """This package, callable as :func:`unikom.check`.

    Importing any ``unikom.check.x`` makes Python set the attribute ``check``
    of :mod:`unikom` to this package, hiding the function of that name; so
    the package itself answers the call, and ``unikom.check(obj)`` works
    whichever of the two the name holds.
    """

    def __call__(self, obj: Any, **options: Any) -> Any:
        from unikom.check.api import check

        return check(obj, **options)


sys.modules[__name__].__class__ = _CallablePackage
