"""English words that must not appear in bokmål or nynorsk output, and the search for them.

Shared by ``test_no_english.py`` (every output of every example) and the
tests of single describers (``tests/deadlines/test_recurrence.py``).
"""

from __future__ import annotations

import re

#: Words that are English and not Norwegian (so not 'to', 'for', 'at', 'under').
_ENGLISH_WORDS = """
    the and of from with which is are not by this that after before until
    moved move moves public holiday holidays weekend working day days week weeks
    month months year years yearly every monday tuesday wednesday thursday friday
    saturday sunday mon tue wed thu fri sat sun january february march may june july
    october december closed deadline deadlines event events entry entries received
    answer due overdue today passes falls short weighted projects project track
    tracks thematic area areas inquiry inquiries preliminary reply agreement
    agreements party parties partnership partnerships rolling given none lists
    active ended planned ongoing finished cancelled declined accepted referred
    withdrawn acknowledged assessment assessments counted count ends past
    municipality university college other role lead member name kind number
    contents contact documents links key figures period signed governance
    processing time intake annual cycle network way passed fell
    first second third fourth fifth times including only together taken starting
    when weekly monthly
    organisation empty done replace fill file files language
    languages should each your own texts valid write written people web what
    where how why lines institution host hosts
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")


def english_words(text: str) -> list[str]:
    """Return the English words in *text*, each once, sorted."""
    return sorted({word for word in _WORD.findall(text) if word.lower() in ENGLISH})
