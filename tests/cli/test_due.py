"""``unikom due``: the answer-due and preliminary-reply dates, as text and JSON."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from norway import holiday
from unikom.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "deadlines"
PLAIN = str(DATA / "holidays-only.yaml")
FJORDBY = str(DATA / "fjordby")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["due", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    # Wed 8 May 2024 + 10 working days = Mon 27 May (see tests/test_deadlines.py);
    # + 1 month = Sat 8 Jun → Mon 10 Jun.
    code, out, _ = run(
        capsys, PLAIN, "--inquiry-type", "ti-arbeidsdager", "--received", "2024-05-08",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["inquiry_type", "received", "due", "preliminary_reply_by", "skipped"]
    assert data["inquiry_type"] == "ti-arbeidsdager"
    assert data["received"] == "2024-05-08"
    assert data["due"] == "2024-05-27"
    assert data["preliminary_reply_by"] == "2024-06-10"
    assert data["skipped"][0] == {
        "date": "2024-05-09",
        "reason": f"{holiday(dt.date(2024, 5, 9))} (public holiday)",
    }
    assert all(list(day) == ["date", "reason"] for day in data["skipped"])


def test_json_due_is_null_without_processing_time(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, PLAIN, "--inquiry-type", "uten-behandlingstid", "--received", "2025-05-14",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["due"] is None


def test_text_explains_the_count(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, FJORDBY, "--inquiry-type", "forskningssamarbeid", "--received", "2025-06-20",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    assert "Answer due:            2025-08-20 (Wednesday)" in out
    assert "20 working days, counted from the day after receipt" in out
    assert "2025-07-01 to 2025-07-31  closed: Summer holiday (23 days)" in out
    # 20 June + 1 month = Sun 20 July, inside the closure; forvaltningsloven
    # § 11 a moves it past the Sunday only (the closure does not count for it).
    assert "Preliminary reply by:  2025-07-21 (Monday)" in out
    assert "forvaltningsloven § 11a" in out


def test_text_explains_a_moved_month_end(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, PLAIN, "--inquiry-type", "en-maaned", "--received", "2025-05-14", "--lang", "en"
    )
    assert code == 0
    assert "Answer due:            2025-06-16 (Monday)" in out
    assert "1 month (P1M) after the day of receipt (domstolloven § 148)" in out
    assert "ends on 2025-06-14 (Saturday), not a working day" in out
    assert "2 weekend days" in out


def test_text_is_in_the_partnership_language_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, FJORDBY, "--inquiry-type", "forskningssamarbeid", "--received", "2025-06-20"
    )
    assert code == 0
    assert "Svarfrist:             2025-08-20 (onsdag)" in out
    assert "20 virkedager, regnet fra dagen etter mottak" in out
    assert "2025-07-01 til 2025-07-31  stengt: Fellesferie (23 dager)" in out
    assert "Foreløpig svar innen:  2025-07-21 (mandag)" in out


def test_text_in_nynorsk(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, PLAIN, "--inquiry-type", "en-maaned", "--received", "2025-05-14", "--lang", "nn"
    )
    assert code == 0
    assert "Svarfrist:            2025-06-16 (måndag)" in out
    assert "1 månad (P1M) etter mottaksdagen (domstollova § 148)" in out
    assert "sluttar 2025-06-14 (laurdag), som ikkje er ein arbeidsdag" in out
    assert "2 helgedagar" in out


def test_directory_includes_inquiry_type_files(capsys: pytest.CaptureFixture[str]) -> None:
    # praksisplass lives in fjordby/inquiry-types/: Mon 2 Jun 2025 + 4 weeks = Mon 30 Jun.
    code, out, _ = run(
        capsys, FJORDBY, "--inquiry-type", "praksisplass", "--received", "2025-06-02",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["due"] == "2025-06-30"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--inquiry-type", "nope", "--received", "2025-01-01"], "no inquiry type has the id"),
        (["--inquiry-type", "en-maaned", "--received", "2025-02-30"], "is not a date"),
        (["--inquiry-type", "en-maaned", "--received", "1.3.2025"], "YYYY-MM-DD"),
        (["--inquiry-type", "en-maaned", "--received", "2025-W09-6"], "is not a date"),
        (["--inquiry-type", "en-maaned", "--received", "9999-12-20"], "outside the years"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, PLAIN, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_missing_partnership_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, str(DATA / "nowhere.yaml"), "--inquiry-type", "x", "--received", "2025-01-01"
    )
    assert code == 2
    assert "no such file or directory" in err


def test_invalid_partnership_prints_diagnostics_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        capsys, str(DATA / "invalid.yaml"), "--inquiry-type", "noe", "--received", "2025-01-01"
    )
    assert code == 1
    assert out == ""
    assert "invalid.yaml:15:22: error:" in err
    assert "[schema.pattern]" in err
    assert "is not a valid partnership" in err


@pytest.mark.parametrize(
    ("party", "received", "told"),
    [
        ("uivf", "2026-05-12", "cannot be addressed to 'uivf'"),
        ("solbakk-kommune", "2026-05-12", "'solbakk-kommune' was not a party"),
        ("haugeland-kommune", "2024-06-01", "'haugeland-kommune' was not a party"),
    ],
)
def test_a_party_an_inquiry_could_not_be_addressed_to_gets_no_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, party: str, received: str, told: str
) -> None:
    # `due --party` gave dates for an addressee that `validate` refuses in an inquiry.
    vest = Path(__file__).resolve().parents[2] / "examples" / "vest"
    argv = ["due", str(vest), "--inquiry-type", "forskingssamarbeid", "--received", received]
    assert main([*argv, "--party", party]) == 2
    said = capsys.readouterr().err
    assert told in said
    copy = tmp_path / "vest"
    shutil.copytree(vest, copy)
    inquiry = copy / "inquiries" / "2027-004.yaml"
    text = inquiry.read_text(encoding="utf-8").replace("lidal-kommune", party)
    inquiry.write_text(text.replace("received: 2027-03-01", f"received: {received}"), "utf-8")
    assert main(["validate", str(inquiry)]) == 1
    assert told in capsys.readouterr().out


def test_an_inquiry_type_in_capitals_is_told_the_id_to_write(
    capsys: pytest.CaptureFixture[str],
) -> None:
    vest = str(Path(__file__).resolve().parents[2] / "examples" / "vest")
    argv = ["due", vest, "--inquiry-type", "FORSKINGSSAMARBEID", "--received", "2027-03-01"]
    assert main(argv) == 2
    assert "did you mean 'forskingssamarbeid'?" in capsys.readouterr().err
    argv[3] = "forskingssamarbeid"
    assert main([*argv, "--party", "LIDAL-kommune"]) == 2
    assert "did you mean 'lidal-kommune'?" in capsys.readouterr().err
