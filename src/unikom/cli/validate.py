"""``unikom validate PATH...``: check files and directories, report every problem."""

from __future__ import annotations

import argparse
import os
import sys

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError
from unikom.cli.formats import FORMATS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom validate``."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (.yaml, .yml, .json) or directories to check",
    )
    parser.add_argument(
        "--format", choices=sorted(FORMATS), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings (e.g. a missing translation) as failures",
    )
    parser.add_argument(
        "--only-unikom-files",
        action="store_true",
        help="pass over files that lie in no partnership directory and declare no unikom "
        "kind (for hooks that are given every YAML file of a repository)",
    )
    parser.add_argument(
        "--lang",
        metavar="LANGS",
        help="comma-separated languages every text must have, e.g. nb,en "
        "(default: each partnership's own 'languages')",
    )


def run(args: argparse.Namespace) -> int:
    """Validate the paths; return 0 when valid, 1 when anything is invalid."""
    from unikom.check._engine import Validation
    from unikom.cli.progress import Progress, wanted

    for path in args.paths:
        if not os.path.exists(path):
            raise UsageError(f"no such file or directory: {path}")
    languages = None
    if args.lang is not None:
        languages = [part.strip() for part in args.lang.split(",") if part.strip()]
        if not languages:
            raise UsageError("--lang needs at least one language, e.g. --lang nb,en")
    progress = None
    if args.format == "text" and wanted(sys.stderr):
        progress = Progress(sys.stderr)
    files_seen = 0

    def on_file(done: int, total: int) -> None:
        nonlocal files_seen
        files_seen = total
        if progress is not None:
            progress.update(done, total)

    run = Validation(
        paths=list(args.paths),
        languages=languages,
        progress=on_file,
        only_unikom_files=args.only_unikom_files,
    )
    findings = run.diagnostics()
    if progress is not None:
        findings = progress.around(findings)
    found = FORMATS[args.format](findings, sys.stdout)
    if files_seen == 0:
        # A CI job pointed at the wrong (empty) directory must not pass silently.
        raise UsageError(f"no .yaml, .yml or .json files in: {', '.join(args.paths)}")
    errors = sum(1 for d in found if d.is_error)
    warnings = len(found) - errors
    if args.format == "text":
        summary = "no problems found" if not found else f"{errors} error(s), {warnings} warning(s)"
        print(f"unikom: {summary}", file=sys.stderr)
    failed = errors > 0 or (args.strict and warnings > 0)
    return EXIT_INVALID if failed else EXIT_OK
