"""What every command that reads partnerships shares: reading dates, loading a partnership.

Every command reads a date given on the command line with :func:`parse_date`
(ISO 8601 ``YYYY-MM-DD`` only, the one form people and scripts write alike,
with the same one-line usage error everywhere), and loads a partnership with
:func:`load_assembly_or_report` / :func:`load_partnership` (a missing path is a
usage error; an invalid partnership prints its diagnostics as ``unikom
validate`` does, on standard error, and the command exits 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from typing import TYPE_CHECKING

from unikom.cli._common import UsageError
from unikom.model._fields import FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from collections.abc import Sequence

    from unikom.checking._engine import Assembly
    from unikom.model.diagnostics import Diagnostic
    from unikom.model.partnership import Partnership

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_year(year: int, option: str) -> int:
    """Return *year*, or raise :class:`UsageError` when it lies outside the years allowed."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UsageError(f"{option}: {year} is outside the years {FIRST_YEAR}–{LAST_YEAR}")
    return year


def year_argument(text: str) -> int:
    """Read a year given as an option's value (an ``argparse`` type: exit 2 when it is wrong)."""
    import argparse

    try:
        year = int(text) if len(text) <= 6 else None
    except ValueError:
        year = None
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year from {FIRST_YEAR} to {LAST_YEAR}")
    return year


def parse_date(text: str, option: str) -> dt.date:
    """Read a YYYY-MM-DD date given to *option*; raise :class:`UsageError` if it is not one.

    Only the extended ISO 8601 form is taken: ``20260512``, ``2026-W20-2`` and
    ``12.05.2026`` are refused alike, and so is a day that does not exist
    (``2025-02-30``) or the year 0000.
    """
    try:
        if not isinstance(text, str) or _DATE.fullmatch(text) is None:
            raise ValueError(text)
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option}: {text!r} is not a date; write it YYYY-MM-DD, e.g. 2025-03-01"
        ) from None
    check_year(day.year, option)
    return day


def date_or_today(text: str | None, option: str) -> dt.date:
    """Read *option*'s date with :func:`parse_date`, or return today when it was not given."""
    return dt.date.today() if text is None else parse_date(text, option)


def require_path(path: str) -> None:
    """Raise :class:`UsageError` unless *path* exists."""
    if not os.path.exists(path):
        raise UsageError(f"no such file or directory: {path}")


def load_assembly_or_report(path: str, *, definition_only: bool = False) -> Assembly | None:
    """Load the partnership at *path* (a file or a partnership directory), keeping its sources.

    A path that does not exist raises :class:`UsageError`.  When the
    partnership is invalid, print its errors as ``unikom validate`` does (to
    standard error, so they never mix with the output), then one line that
    names the path, and return None: the command then exits 1.
    *definition_only* checks only the partnership and its inquiry types.
    """
    from unikom.checking.api import load_assembly
    from unikom.model.errors import InvalidDocumentError

    require_path(path)
    try:
        return load_assembly(path, definition_only=definition_only)
    except InvalidDocumentError as exc:
        if all(d.code == "file.no-partnership" for d in exc.diagnostics):
            # `unikom validate` checks such files alone and has no more to tell.
            from unikom.cli.formats import write_text

            write_text(exc.diagnostics, sys.stderr)
        else:
            report_invalid(path, exc.diagnostics, "validate_tells_more")
        return None


def report_invalid(path: str, diagnostics: Sequence[Diagnostic], then: str) -> None:
    """Print an invalid partnership's errors as ``unikom validate`` does, then one line.

    Everything goes to standard error, so it never mixes with a command's
    output; the line names *path*, the count and what follows (*then*, a key of
    the word table).
    """
    from unikom.cli.formats import DIAGNOSTICS_LANGUAGE, write_text
    from unikom.model import words

    write_text(diagnostics, sys.stderr)
    errors = sum(1 for d in diagnostics if d.is_error)
    invalid = words.word("invalid_partnership", DIAGNOSTICS_LANGUAGE, path=path, errors=errors)
    print(
        f"unikom: {invalid}; {words.word(then, DIAGNOSTICS_LANGUAGE, path=path)}", file=sys.stderr
    )


def load_partnership(path: str, *, definition_only: bool = False) -> Partnership | None:
    """Load the partnership at *path* as :func:`load_assembly_or_report` does."""
    assembly = load_assembly_or_report(path, definition_only=definition_only)
    return None if assembly is None else assembly.model()


def language_option(parser: argparse.ArgumentParser) -> None:
    """Declare ``--lang``, the language of the words a command prints."""
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of the output: nb, nn or en (default: the partnership's first language)",
    )


def pick_language(asked: str | None, partnership: Partnership) -> str:
    """Return the language asked for with ``--lang``, or the partnership's first language.

    A language unikom has no words in gets them by the fallback rule of
    :mod:`unikom.model.words`; an empty one is a usage error.
    """
    if asked is None:
        return partnership.languages[0]
    if not asked.strip():
        raise UsageError("--lang needs a language, e.g. --lang nb")
    return asked.strip()
