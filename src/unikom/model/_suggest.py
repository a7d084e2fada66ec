"""'Did you mean …?' hints, bounded so that a large file cannot make them slow."""

from __future__ import annotations

from collections.abc import Iterable

#: Above this many candidates a hint is skipped: difflib compares with each one,
#: and a file with thousands of misspelt references would take minutes.
MAX_CANDIDATES = 200


def suggest(word: str, options: Iterable[object]) -> str:
    """Return ``" — did you mean 'x'?"`` for the closest of *options*, or ``""``."""
    candidates = [str(option) for option in options]
    if len(candidates) > MAX_CANDIDATES:
        return ""
    import difflib  # deferred: only a failing lookup needs it

    # Case is compared apart: 'Id' and 'NB' are one letter-case away from 'id' and
    # 'nb', yet too short for difflib to find them alike.
    by_lower = {candidate.lower(): candidate for candidate in reversed(candidates)}
    close = difflib.get_close_matches(str(word).lower(), list(by_lower), n=1, cutoff=0.6)
    return f" — did you mean '{by_lower[close[0]]}'?" if close else ""
