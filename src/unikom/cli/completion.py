"""``unikom completion SHELL``: print a tab-completion script for the shell.

The script is generated from the command line's own parser by shtab, so it
knows every command, option and choice of this release.
"""

from __future__ import annotations

import argparse
import sys

from unikom.cli._common import EXIT_OK

#: The shells shtab writes scripts for that unikom documents.
SHELLS = ("bash", "zsh", "fish", "tcsh")
#: Tells the entry point to hand :func:`run` the parser of every command.
NEEDS_WHOLE_PARSER = True
#: Metavars of arguments that name files or directories, completed as paths.
PATH_METAVARS = frozenset({"PATH", "FILE", "DIR", "PARTNERSHIP", "PARTNERSHIP_DIR"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom completion``."""
    parser.add_argument("shell", choices=SHELLS, help="the shell to complete in")


def _mark_paths(parser: argparse.ArgumentParser, files: object) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _mark_paths(sub, files)
        elif action.metavar in PATH_METAVARS:
            action.complete = files  # type: ignore[attr-defined]


def run(args: argparse.Namespace) -> int:
    """Print the completion script for the shell."""
    import shtab

    parser: argparse.ArgumentParser = args.whole_parser
    _mark_paths(parser, shtab.FILE)
    sys.stdout.write(shtab.complete(parser, shell=args.shell))
    return EXIT_OK
