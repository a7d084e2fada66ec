"""The one output writer of the command line: ``-o FILE`` for every command that prints a result.

The file is written by :func:`unikom.checking._output.write_atomically`:
atomically, never through a symbolic link, and never over one of the files the
command reads (which would lose a data file to a mistyped option).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from unikom.cli._common import UsageError

__all__ = ["STDOUT", "add_output_option", "emit", "stop_writing"]

#: The name that means standard output, as for every Unix tool.
STDOUT = "-"


def add_output_option(parser: argparse.ArgumentParser, what: str = "the result") -> None:
    """Declare ``-o/--output FILE``."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=f"write {what} to FILE instead of standard output ('-' is standard output; "
        "never through a link, never over an input file or anything but a file)",
    )


def emit(output: str | None, text: str, inputs: Sequence[str]) -> None:
    """Write *text* to the file *output*, or to standard output when it is None or ``-``.

    *inputs* are the paths the command was given; every data file under them
    is protected from being overwritten.
    """
    if output is None or output == STDOUT:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped reading (`| head`): the command still decides
            # its exit code (`render --strict` fails on untranslated text).
            stop_writing()
        return
    from unikom.checking._engine import discover, find_partnership
    from unikom.checking._output import OutputError, write_atomically

    protected: list[str] = []
    for given in inputs:
        protected.append(given)
        root = find_partnership(given) if os.path.exists(given) else None
        protected.extend(discover([given] if root is None else [given, root]))
    try:
        write_atomically(Path(output), text, overwrite=True, inputs=protected)
    except OutputError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


def stop_writing() -> None:
    """Send what is still to be written to standard output nowhere: its reader is gone.

    Without this, Python flushes the rest at exit, fails again and says so on
    standard error.  Only the process's own standard output is redirected.
    """
    import contextlib

    stream = getattr(sys.stdout, "unguarded", sys.stdout)
    if stream is not sys.__stdout__ or stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
