"""``unikom schema``: the JSON Schemas installed with unikom, for editors that work offline."""

from __future__ import annotations

import argparse
import sys

from unikom.cli._common import EXIT_OK, UsageError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom schema``."""
    from unikom.checking.kinds import KINDS

    parser.add_argument(
        "kind", nargs="?", choices=sorted(KINDS), help="print the schema of this kind of file"
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--path",
        action="store_true",
        help="print the folder that holds the installed schemas (and catalog.json)",
    )
    what.add_argument(
        "--catalog",
        action="store_true",
        help="print a schema catalog (SchemaStore's format) that points at the installed "
        "schemas by file:// address",
    )


def run(args: argparse.Namespace) -> int:
    """Print a schema, the schemas' folder, or a catalog of the installed schemas."""
    from importlib import resources
    from pathlib import Path

    folder = Path(str(resources.files("unikom").joinpath("schemas")))
    chosen = [bool(args.kind), args.path, args.catalog]
    if sum(chosen) != 1:
        raise UsageError("give one of: a kind (e.g. 'unikom schema inquiry'), --path or --catalog")
    if args.path:
        print(folder)
    elif args.catalog:
        from unikom.checking._schemagen import render_catalog

        sys.stdout.write(render_catalog(lambda kind: (folder / kind.schema_filename).as_uri()))
    else:
        from unikom.checking.kinds import KINDS

        sys.stdout.write((folder / KINDS[args.kind].schema_filename).read_text(encoding="utf-8"))
    return EXIT_OK
