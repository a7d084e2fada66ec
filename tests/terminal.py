"""A terminal for ``unikom init``'s questions: scripted answers, prompts printed to stdout.

Shared by ``tests/cli/test_init.py`` (the dialogue) and ``test_no_english.py``
(its words in bokmål and nynorsk).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest


class Terminal(io.StringIO):
    """Standard input that says it is a terminal, so ``init`` asks."""

    def isatty(self) -> bool:
        return True


def answer(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> Iterator[str]:
    """Answer ``input()`` with *answers* in turn; return what is left of them."""
    monkeypatch.setattr("sys.stdin", Terminal())
    remaining = iter(answers)

    def fake_input(prompt: str = "") -> str:
        print(prompt)
        return next(remaining)  # StopIteration would mean a question we did not expect

    monkeypatch.setattr("builtins.input", fake_input)
    return remaining


def dialogue(college: str, *, languages: str | None) -> list[str]:
    """Answers to every question, with a bad answer to each that can have one.

    *college* answers "university or university college?"; *languages* is the
    ``--languages`` given, when the question is not asked.
    """
    return [
        "Kunnskapsalliansen",  # name
        "Fjellvik kommune",  # first municipality
        "100000009",  # a bad organisation number …
        "100 000 008",  # … then a good one, with spaces
        "",  # no more municipalities
        "",  # at least one institution is needed: asked again
        "Høgskulen på Fjellvik",
        "100000008",  # the municipality's number: asked again
        "100000059",
        "x",  # neither u nor c/h …
        college,  # … university college
        "",  # no more institutions
        "3",  # there are two parties …
        "²",  # … a digit, but not a number to answer with …
        "1",  # … the municipality leads
        *([] if languages else ["nn, en"]),
    ]
