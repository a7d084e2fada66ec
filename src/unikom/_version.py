"""Versions of the package and of the data standard it implements."""

__version__ = "0.1.0"

#: The version of the data standard that this release writes.
STANDARD_VERSION = "1.0"

#: Every version of the data standard that this release can read.
SUPPORTED_VERSIONS: tuple[str, ...] = ("1.0",)
