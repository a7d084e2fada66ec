"""`unikom status PARTNERSHIP_DIR`: the report people read and the JSON dashboards read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from portfolio_data import FIXTURE, INVALID
from unikom.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["status", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(FIXTURE), "--on", "2024-04-05", "--lang", "en")
    assert code == 0, err
    assert out.startswith("Universitetskommunen Testby — status on 2024-04-05\n")
    assert "Open inquiries: 2\n  received: 1\n    2024-003 " in out
    assert "Decided, not yet closed: 1\n  declined: 1\n    2024-004 " in out
    assert "Done: closed 1, withdrawn 1" in out
    assert "Assessments (all inquiries so far): 2 passed, 1 fell short" in out
    assert "2024-004       falls short: implementation 2.5 < 3 (weighted 12.25 of 17.5)\n" in out
    assert "2024-001       passes (weighted 6 of 7)\n" in out
    assert "Projects under way on 2024-04-05: 1" in out
    assert "    Oppvekst og utdanning                       1\n" in out
    assert "    Samarbeid om nyskaping                      0\n" in out


def test_text_report_in_the_partnership_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(FIXTURE), "--on", "2024-04-05")
    assert code == 0, err
    assert out.startswith("Universitetskommunen Testby — status per 2024-04-05\n")
    assert "Åpne henvendelser: 2\n  mottatt: 1\n    2024-003 " in out
    assert "2024-004       under kravet: implementation 2,5 < 3 (vektet 12,25 av 17,5)\n" in out
    code, out, err = run(capsys, str(FIXTURE), "--on", "2024-04-05", "--lang", "nn")
    assert "Opne førespurnader: 2\n  motteken: 1\n" in out
    assert "Prosjekt i gang per 2024-04-05: 1" in out


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, str(FIXTURE), "--on", "2024-04-05", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["partnership"] == "testby"
    assert data["inquiries"]["open"] == 2
    assert [i["id"] for i in data["inquiries"]["by_state"]["under_assessment"]] == ["2024-001"]
    ranked = data["assessments"]["ranked"]
    assert ranked[0]["assessment"]["criteria"][1] == {
        "criterion": "kvalitet",
        "score": 6.0,
        "passed": True,
        "threshold": 4.0,
        "weighted": 6.0,
    }
    assert data["projects"]["by_track"] == {"forskning": 1, "nyskaping": 0}


def test_on_an_earlier_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, str(FIXTURE), "--on", "2023-01-01", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["inquiries"]["open"] == 0
    assert data["projects"]["by_thematic_area"]["byutvikling-og-kultur"] == 1


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, str(FIXTURE), "--on", "5. april")
    assert code == 2
    assert "--on: '5. april' is not a date; write it YYYY-MM-DD" in err


def test_not_a_directory(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, str(FIXTURE / "partnership.yaml"))
    assert code == 2
    assert "not a directory" in err


def test_invalid_files_are_left_out_and_the_exit_code_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    directory = tmp_path / "p"
    shutil.copytree(FIXTURE, directory)
    shutil.copy(INVALID / "inquiries" / "bad-answers.yaml", directory / "inquiries")
    code, out, err = run(capsys, str(directory), "--on", "2024-04-05", "--lang", "en")
    assert code == 1
    assert "Open inquiries: 2" in out
    assert "1 file(s) left out because they are invalid" in err


def test_invalid_partnership(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "partnership.yaml").write_text('kind: partnership\nversion: "1.0"\n')
    code, _out, err = run(capsys, str(tmp_path))
    assert code == 1
    assert "missing required key" in err


TRONDHEIM = Path(__file__).resolve().parents[2] / "examples" / "trondheim"


def test_due_and_overdue_come_from_the_deadline_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(TRONDHEIM), "--on", "2026-11-26", "--lang", "en")
    assert code == 0, err
    section = out[out.index("Due within 7 days or overdue") :]
    # 2026-030 (nyskaping, 20 working days) received Mon 28 Sep 2026: Sep 29–30 (2),
    # Oct 1–2 (4), Oct 5–9 (9), 12–16 (14), 19–23 (19), Mon 26 Oct (20).
    # Its preliminary reply was sent, so only the answer is listed.
    assert "2026-030       answer due 2026-10-26 (31 days overdue)" in section
    # 2026-035 (forskning, P4W) received Mon 26 Oct: four weeks end Mon 23 Nov;
    # P1M for the preliminary reply ends Thu 26 Nov, the day asked about.
    assert "2026-035       answer due 2026-11-23 (3 days overdue)" in section
    assert "2026-035       preliminary reply due 2026-11-26 (today)" in section


def test_due_items_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, str(TRONDHEIM), "--on", "2026-11-26", "--format", "json")
    assert code == 0
    due = json.loads(out)["due"]
    assert {
        "inquiry": "2026-035",
        "what": "preliminary_reply",
        "due": "2026-11-26",
        "days_left": 0,
    } in [{k: d[k] for k in ("inquiry", "what", "due", "days_left")} for d in due]


def test_a_directory_without_a_partnership_file_is_not_sent_to_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # status said «'unikom validate DIR' tells more», and validate said «no problems found».
    shutil.copytree(FIXTURE, tmp_path / "p")
    (tmp_path / "p" / "partnership.yaml").rename(tmp_path / "p" / "Partnership.yaml")
    assert main(["status", str(tmp_path / "p"), "--on", "2026-05-12"]) == 1
    err = capsys.readouterr().err
    assert "'Partnership.yaml' is there: name it partnership.yaml" in err
    assert "unikom validate" not in err
