"""Bounded work and output: rules that never occur, far dates, pictures of thousands of dates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unikom.checking._rules import rrule_problem
from unikom.cli import main
from unikom.model._fields import Slug
from unikom.model.errors import ModelError
from unikom.model.inquiry_type import FieldType, FormField
from unikom.model.text import Text
from unikom.publish.arshjul import MAX_DRAWN
from unikom.services.forms import coerce_answer

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def with_partnership_text(tmp_path: Path, old: str, new: str) -> Path:
    copy = tmp_path / "trd"
    shutil.copytree(TRONDHEIM, copy)
    path = copy / "partnership.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-30",
        "FREQ=MONTHLY;BYMONTHDAY=1;BYSETPOS=2",
        "FREQ=YEARLY;BYMONTHDAY=1;BYSETPOS=300",
        "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=YEARLY;UNTIL=18500101",
    ],
)
def test_rules_that_never_occur_are_refused(rule: str) -> None:
    assert rrule_problem(rule) is not None


@pytest.mark.parametrize(
    "rule",
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", "FREQ=MONTHLY;BYDAY=5FR", "FREQ=WEEKLY"],
)
def test_rare_rules_still_pass(rule: str) -> None:
    assert rrule_problem(rule) is None


@pytest.mark.parametrize(
    "args",
    [
        ["status", str(TRONDHEIM), "--on", "9999-12-31"],
        ["status", str(TRONDHEIM), "--on", "0001-01-01"],
        ["render", str(TRONDHEIM), "--year", "10000"],
        ["render", str(TRONDHEIM), "--year", "-5"],
        ["render", str(TRONDHEIM), "--year", "9" * 5000],
        ["calendar", str(TRONDHEIM), "--from", "9999-01-01"],
        ["calendar", str(TRONDHEIM), "--from", "1900-01-01", "--to", "2199-12-31"],
        ["due", str(TRONDHEIM), "--inquiry-type", "x", "--received", "9999-12-31"],
        ["network", str(TRONDHEIM), "--on", "9999-12-31"],
    ],
)
def test_every_argument_out_of_range_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert "Traceback" not in err


def test_a_date_in_a_file_beyond_the_years_counted_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    copy = with_partnership_text(tmp_path, "signed: 2021-03-28", "signed: 9999-12-31")
    code, out, _err = run(capsys, "validate", str(copy))
    assert code == 1
    assert "partnership.yaml:" in out


def test_closed_periods_over_the_whole_year_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    copy = with_partnership_text(
        tmp_path,
        "closed_periods:\n",
        'closed_periods:\n  - id: alt\n    name: Alt\n    start: "01-01"\n    end: "12-31"\n',
    )
    code, out, _err = run(capsys, "validate", str(copy))
    assert code == 1
    assert "[model.closed-year]" in out


def test_the_picture_draws_a_bounded_number_of_dates_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    events = "".join(
        f"  - id: daglig-{n}\n    title: Daglig {n}\n"
        "    rrule: FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU\n"
        for n in range(6)
    )
    copy = with_partnership_text(tmp_path, "annual_cycle:\n", "annual_cycle:\n" + events)
    code, out, err = run(
        capsys, "calendar", str(copy), "--format", "svg", "--from", "2025-01-01", "--lang", "en"
    )
    assert code == 0, err
    assert out.count("<text") < MAX_DRAWN + 100
    assert 'id="not-drawn"' in out
    assert "Only the first 200 dates are drawn" in out


@pytest.mark.parametrize("value", ["9" * 5000, "1" * 400 + ",5", "1e999", "9" * 30])
def test_long_numbers_in_a_form_are_a_form_error(value: str) -> None:
    field = FormField(id=Slug("antall"), label=Text.plain("Antall"), type=FieldType.NUMBER)
    with pytest.raises(ModelError):
        coerce_answer(field, value)


def test_an_overlong_answer_is_refused_before_any_work() -> None:
    field = FormField(id=Slug("tekst"), label=Text.plain("Tekst"), type=FieldType.TEXTAREA)
    with pytest.raises(ModelError):
        coerce_answer(field, "a" * 100_000)


@pytest.mark.parametrize("value", ["x" * 100_000, "Forskning\n::error::x", "a b"])
def test_an_id_argument_is_checked_before_it_is_used(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code, out, err = run(
        capsys, "due", str(TRONDHEIM), "--inquiry-type", value, "--received", "2025-03-01"
    )
    assert code == 2
    assert len(out + err) < 1000


@pytest.mark.parametrize(
    "answers",
    [
        {"x" * 100_000: "y"},
        {"ukjent": "z" * 100_000},
        {"formal": 10**5000},
        {"formal": ["A B", "x" * 1000]},
        {"bidrag-fra-kommunen": "a@" * 10_000},
    ],
)
def test_hostile_form_input_ends_in_a_form_error(answers: dict[str, object]) -> None:
    import datetime as dt

    import unikom
    from unikom.services.forms import FormError, inquiry_from_form

    partnership = unikom.load(TRONDHEIM)
    with pytest.raises(FormError) as raised:
        inquiry_from_form(
            partnership,
            partnership.inquiry_types[0].id,
            answers,
            id="x-1",
            received=dt.date(2025, 3, 1),
            requester={"organisation": "x", "name": "y", "email": "a@" + "." * 20_000 + "@"},
        )
    assert all(len(message) < 1000 for m in raised.value.by_field().values() for message in m)
