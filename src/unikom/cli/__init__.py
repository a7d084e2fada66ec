"""The ``unikom`` command line: a registry of subcommands, each in its own module.

A new command is a module with ``add_parser(subparsers)`` and ``run(args)``, plus
one line in :data:`COMMANDS`.  Modules are imported only when their command runs,
so that ``unikom --help`` and a single ``unikom validate`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Protocol

from unikom._version import __version__
from unikom.cli._common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError
from unikom.model.errors import UnikomError

__all__ = [
    "COMMANDS",
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_USAGE",
    "UsageError",
    "build_parser",
    "entry",
    "main",
]

#: Command name → (module under unikom.cli, one-line help).
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("validate", "check partnership files and directories against the standard"),
    "due": ("due", "tell when an inquiry must be answered and when a preliminary reply is due"),
    "calendar": ("calendar", "list the årshjul and intake deadlines as text, JSON, .ics or SVG"),
    "status": ("status", "summarise a partnership's open inquiries, assessments and projects"),
    "init": ("init", "write a starter partnership.yaml that you then fill in"),
    "render": ("render", "make the partnership's public page, in Markdown or HTML"),
    "network": ("network", "compare several partnerships: parties, periods, areas, inquiries"),
    "export": ("export", "write the whole partnership as JSON, or as CPSV-AP linked data"),
    "schema": ("schema", "print a JSON Schema, or where the installed schemas are, for editors"),
    "completion": ("completion", "print a tab-completion script for bash, zsh, fish or tcsh"),
}


class _Command(Protocol):
    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def _load(name: str) -> _Command:
    module: _Command = importlib.import_module(f"unikom.cli.{COMMANDS[name][0]}")
    return module


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser; with *only*, import just that command's module."""
    parser = argparse.ArgumentParser(
        prog="unikom",
        description="Describe, validate and use university–municipality partnership data.",
    )
    parser.add_argument("--version", action="version", version=f"unikom {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_module, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or only == name:
            _load(name).add_arguments(command_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 valid, 1 invalid, 2 usage error)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = next((a for a in args_list if a in COMMANDS), None)
    parser = build_parser(chosen)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse reports usage errors with exit code 2
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from unikom.cli.formats import GuardedStream

    # Whatever a command prints, text from files cannot drive the terminal or the CI log.
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = GuardedStream(stdout), GuardedStream(stderr)
    try:
        return _run(args)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(args: argparse.Namespace) -> int:
    try:
        command = _load(args.command)
        if getattr(command, "NEEDS_WHOLE_PARSER", False):
            # Handed over rather than imported: a command importing this module is a cycle.
            args.whole_parser = build_parser()
        return command.run(args)
    except UsageError as exc:
        print(f"unikom {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UnikomError as exc:
        # A command that did not expect this problem still ends in one clear line.
        print(f"unikom {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        from unikom.cli.formats import status_line

        print(status_line("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing more to say to it.
        return EXIT_OK


def entry() -> None:
    """Run :func:`main` and exit with its code (the console script)."""
    sys.exit(main())
