"""``unikom due`` says whose rule moved a date: the law's or the partnership's."""

from __future__ import annotations

from pathlib import Path

import pytest

from unikom.cli import main

PARTNERSHIP = """\
kind: partnership
version: "1.1"
id: vest
name: Vest
languages: [nn, en]
parties:
  - id: askoy
    kind: municipality
    name: Askøy kommune
    org_number: "100000016"
  - id: uib
    kind: university
    name: UiB
    org_number: "100000040"
tracks:
  - id: forsking
    kind: research
    name: Forsking
closed_periods:
  - id: fellesferie
    name:
      nn: Fellesferie
      en: Summer holiday
    weeks: {first: 28, last: 30}
  - id: askoy-haust
    name: Haustferie
    start: "10-04"
    end: "10-08"
    parties: [askoy]
inquiry_types:
  - id: forlenge
    name: Forlenge
    track: forsking
    processing_time: P1M
  - id: stoppe
    name: Stoppe
    track: forsking
    processing_time: P1M
    closures: {mode: suspend}
"""


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    path = tmp_path / "partnership.yaml"
    path.write_text(PARTNERSHIP, encoding="utf-8")
    assert main(["due", str(path), *argv]) == 0
    return capsys.readouterr().out


def test_a_move_past_a_closure_is_the_partnerships_rule_not_the_law(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tue 15 June 2027 + 1 month = Thu 15 July, in ISO weeks 28–30 (12 July–1
    # August): Mon 2 August. Past closed days only, and weekends inside them.
    out = run(tmp_path, capsys, "--inquiry-type", "forlenge", "--received", "2027-06-15",
              "--lang", "en")  # fmt: skip
    assert "2027-08-02 (Monday)" in out
    assert "past weekends and public holidays by domstolloven § 149, past closed days by " in out
    assert "the partnership's own rule" in out
    # The preliminary reply is 15 July: the closure does not move it (no § 149 move either).
    assert "Preliminary reply by:  2027-07-15 (Thursday)" in out


def test_a_move_past_a_weekend_alone_cites_section_149(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Fri 25 June 2027 + 1 month = Sun 25 July: inside the closure → Mon 2 August.
    # Fri 19 March 2027 + 1 month = Mon 19 April: a working day, no move.
    # Sat 28 Aug 2027 + 1 month = Tue 28 September: no move. Thu 26 August 2027
    # + 1 month = Sun 26 September → Mon 27 September, past a Sunday only.
    out = run(tmp_path, capsys, "--inquiry-type", "forlenge", "--received", "2027-08-26",
              "--lang", "en")  # fmt: skip
    assert "Answer due:            2027-09-27 (Monday)" in out
    assert "(domstolloven § 149), past:" in out
    assert "own rule" not in out


def test_a_suspending_closure_says_the_count_paused_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # suspend: 15 July + 21 paused days (12 July–1 August) = Thu 5 August 2027.
    out = run(tmp_path, capsys, "--inquiry-type", "stoppe", "--received", "2027-06-15",
              "--lang", "nn")  # fmt: skip
    assert "2027-08-05 (torsdag)" in out
    assert "teljinga stoppar medan partnarskapen er stengd" in out
    assert "domstollova § 140" in out


def test_a_party_counts_on_its_own_closures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Sat 4 September 2027 + 1 month = Mon 4 October, closed for Askøy 4–8
    # October; 9–10 weekend: Mon 11 October.
    out = run(tmp_path, capsys, "--inquiry-type", "forlenge", "--received", "2027-09-04",
              "--party", "askoy", "--lang", "en")  # fmt: skip
    assert "2027-10-11 (Monday)" in out
    assert "For the party:" in out


def test_an_unknown_party_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "partnership.yaml"
    path.write_text(PARTNERSHIP, encoding="utf-8")
    code = main(["due", str(path), "--inquiry-type", "forlenge", "--received", "2027-09-04",
                 "--party", "askoi"])  # fmt: skip
    assert code == 2
    assert "--party" in capsys.readouterr().err
