"""A one-line progress indicator on stderr, for long runs in a terminal only.

It is drawn only when stderr is a terminal, so logs, pipes and CI output never
see it; the machine-readable formats never ask for it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

#: Fewer files than this finish too fast for a progress line to help.
MIN_FILES = 20
#: Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
INTERVAL = 0.1

_ERASE_LINE = "\r\x1b[K"

_T = TypeVar("_T")


def wanted(stream: TextIO) -> bool:
    """Tell whether *stream* is a terminal that can redraw a line in place."""
    try:
        is_terminal = stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False
    return is_terminal and os.environ.get("TERM") != "dumb"


class Progress:
    """Show ``checked N of M files`` on one line of *stream*, redrawn in place."""

    def __init__(self, stream: TextIO) -> None:
        # The line is redrawn with control characters the command line's guard
        # would make visible; what it prints holds no text from files.
        self.stream: TextIO = getattr(stream, "unguarded", stream)
        self.shown = False
        self.last_draw = 0.0

    def update(self, done: int, total: int) -> None:
        """Record that *done* of *total* files are checked; redraw now and then."""
        if total < MIN_FILES:
            return
        now = time.monotonic()
        if done < total and now - self.last_draw < INTERVAL:
            return
        self.last_draw = now
        percent = 100 * done // total
        self.stream.write(f"{_ERASE_LINE}unikom: checked {done} of {total} files ({percent}%)")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the progress line, so that other output starts on a clean line."""
        if self.shown:
            self.stream.write(_ERASE_LINE)
            self.stream.flush()
            self.shown = False

    def around(self, items: Iterable[_T]) -> Iterator[_T]:
        """Yield *items*, erasing the progress line before each and after the last."""
        try:
            for item in items:
                self.clear()
                yield item
        finally:
            self.clear()
