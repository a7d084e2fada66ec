"""What every command module shares with the command line's entry point.

It sits below both, so that a command never imports the package that loads it.
"""

from __future__ import annotations

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "UsageError"]

#: Exit codes, stable for CI: valid, invalid, usage error.
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called: reported in one line, exit code 2."""
