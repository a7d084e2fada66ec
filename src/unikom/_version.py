"""Versions of the package and of the data standard it implements."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "DEPRECATED_VERSIONS",
    "STANDARD_VERSION",
    "SUPPORTED_VERSIONS",
    "__version__",
    "version_key",
]

__version__ = "0.1.0"

#: The version of the data standard that this release writes.
STANDARD_VERSION = "1.1"

#: Every version of the data standard that this release can read.
SUPPORTED_VERSIONS: tuple[str, ...] = ("1.0", "1.1")

#: Supported versions that are on their way out: version → what to change to
#: move on.  Files written for them still load, with a ``version.deprecated``
#: warning; a later minor release may stop reading them (docs/versioning.md).
DEPRECATED_VERSIONS: Mapping[str, str] = MappingProxyType({})


def version_key(version: str) -> tuple[int, ...]:
    """Return *version* (``"1.1"``) as numbers that compare in release order."""
    return tuple(int(part) for part in version.split("."))
