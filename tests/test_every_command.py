"""What validate accepts, every command can use: generated partnerships through every command.

For each generated partnership that ``unikom validate`` accepts, ``render``
(md and html, every language), ``calendar`` (json, ics, svg), ``due``,
``status`` and ``network`` finish without an error and with output of a
bounded size.  Whatever this finds is either refused by ``validate`` or
handled by the command.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

from hypothesis import given, settings

import unikom
from strategies import consistent_partnerships, examples
from unikom.cli import main
from unikom.model.partnership import Partnership

#: The most any one command may print for a generated partnership.
MAX_OUTPUT = 2_000_000


def run(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    assert code == 0, (args, err.getvalue()[-2000:])
    assert "Traceback" not in err.getvalue()
    text = out.getvalue()
    assert len(text) < MAX_OUTPUT, (args, len(text))
    return text


@settings(max_examples=examples(0.25))
@given(consistent_partnerships())
def test_every_command_finishes_on_what_validate_accepts(partnership: Partnership) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "p")
        folder.mkdir()
        unikom.dump(partnership, folder / "partnership.yaml")
        if any(d.is_error for d in unikom.validate(folder)):
            return  # refused by validate: nothing more is promised
        where = str(folder)
        for fmt, language in (("md", "nb"), ("html", "nn"), ("md", "en")):
            run("render", where, "--format", fmt, "--lang", language, "--year", "2026")
        for fmt in ("json", "ics", "svg"):
            run("calendar", where, "--format", fmt, "--from", "2026-01-01")
        run("calendar", where, "--from", "2024-01-01", "--to", "2033-12-31")
        for it in partnership.inquiry_types[:2]:
            run("due", where, "--inquiry-type", it.id, "--received", "2026-03-02")
        run("status", where, "--on", "2026-06-01")
        run("network", where, "--on", "2026-06-01", "--format", "md")
