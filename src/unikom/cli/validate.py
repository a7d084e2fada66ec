"""``unikom validate PATH...``: check files and directories, report every problem."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from unikom.cli._common import EXIT_INVALID, EXIT_OK, UsageError
from unikom.cli._output import stop_writing
from unikom.cli.formats import FORMATS, SUMMARIES

if TYPE_CHECKING:
    from unikom.model.diagnostics import Diagnostic


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom validate``."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (.yaml, .yml, .json) or directories to check; '-' (or /dev/stdin) "
        "reads one document from standard input",
    )
    parser.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="the file that standard input stands for: it is named so in findings and "
        "checked in its partnership's context, in place of the file on disk",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print the findings only: no summary line, no progress",
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


#: The names that mean standard input.
STDIN_PATHS = ("-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0")
#: How a document from standard input is named when --stdin-filename does not name it.
STDIN_NAME = "<stdin>"


def _read_stdin() -> bytes:
    """Read one document from standard input; refuse (exit 2) when there is none to read."""
    from unikom.checking._yamlsource import MAX_FILE_BYTES

    stream = sys.stdin
    if stream is None or stream.closed:
        raise UsageError("standard input is closed: pipe a file into 'unikom validate -'")
    if stream.isatty():
        raise UsageError("standard input is a terminal: pipe a file into 'unikom validate -'")
    try:
        # One byte more than the limit, so that the reader reports a file that is too large.
        return stream.buffer.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read standard input: {exc}") from None


def _stdin_paths(args: argparse.Namespace) -> tuple[list[str], dict[str, bytes]]:
    """Replace '-' in the paths by the name standard input stands for; return its content."""
    wanted = [p for p in args.paths if p in STDIN_PATHS]
    if len(wanted) > 1:
        raise UsageError("standard input can be read once: give '-' one time")
    if not wanted:
        if args.stdin_filename is not None:
            raise UsageError("--stdin-filename names standard input: give '-' as a path too")
        return list(args.paths), {}
    name = args.stdin_filename or STDIN_NAME
    if args.stdin_filename is not None and os.path.isdir(name):
        raise UsageError(f"--stdin-filename must name a file, not a directory: {name}")
    content = _read_stdin()
    return [name if p in STDIN_PATHS else p for p in args.paths], {os.path.abspath(name): content}


def run(args: argparse.Namespace) -> int:
    """Validate the paths; return 0 when valid, 1 when anything is invalid."""
    from unikom.checking._engine import Validation
    from unikom.cli.progress import Progress, wanted

    for path in args.paths:
        if path not in STDIN_PATHS and not os.path.exists(path):
            raise UsageError(f"no such file or directory: {path}")
    languages = None
    if args.lang is not None:
        from unikom.model._fields import language_tags
        from unikom.model.errors import ModelError

        try:
            languages = language_tags([p for p in args.lang.split(",") if p.strip()])
        except ModelError as exc:
            raise UsageError(f"--lang: {exc.message}") from None
        if not languages:
            raise UsageError("--lang needs at least one language, e.g. --lang nb,en")
    paths, overrides = _stdin_paths(args)
    passed_over = 0
    if args.only_unikom_files:
        from unikom.checking._engine import walk_passes_over

        kept = [p for p in paths if os.path.abspath(p) in overrides or not walk_passes_over(p)]
        passed_over, paths = len(paths) - len(kept), kept
    progress = None
    if args.format == "text" and not args.quiet and wanted(sys.stderr):
        progress = Progress(sys.stderr)
    files_seen = passed_over

    def on_file(done: int, total: int) -> None:
        nonlocal files_seen
        files_seen = total + passed_over
        if progress is not None:
            progress.update(done, total)

    findings: Iterable[Diagnostic] = ()
    if paths:
        run = Validation(
            paths=paths,
            overrides=overrides,
            standalone={os.path.abspath(STDIN_NAME)} if STDIN_NAME in paths else set(),
            languages=languages,
            progress=on_file,
            only_unikom_files=args.only_unikom_files,
        )
        findings = run.diagnostics()
    if progress is not None:
        findings = progress.around(findings)
    tally = _Tally(findings)
    try:
        found = FORMATS[args.format](tally, sys.stdout)
        if files_seen and not args.quiet:
            # The summary goes where the format's reader looks: the terminal, or the CI log.
            summary = SUMMARIES.get(args.format)
            if summary is not None:
                print(summary(found), file=sys.stdout if args.format == "github" else sys.stderr)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped reading (`unikom validate DIR | head`): the findings
        # it did not read still decide the exit code, or a broken directory
        # would pass a CI step that pipes the output.
        for _ in tally:
            pass
        stop_writing()
    if files_seen == 0:
        # A CI job pointed at the wrong (empty) directory must not pass silently.
        raise UsageError(f"no .yaml, .yml or .json files in: {', '.join(args.paths)}")
    failed = tally.errors > 0 or (args.strict and tally.warnings > 0)
    return EXIT_INVALID if failed else EXIT_OK


class _Tally:
    """Pass findings through, counting the errors and warnings among them."""

    def __init__(self, findings: Iterable[Diagnostic]) -> None:
        self._findings = iter(findings)
        self.errors = 0
        self.warnings = 0

    def __iter__(self) -> Iterator[Diagnostic]:
        return self

    def __next__(self) -> Diagnostic:
        found = next(self._findings)
        if found.is_error:
            self.errors += 1
        else:
            self.warnings += 1
        return found
