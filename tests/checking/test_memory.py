"""loads, from_data and check: documents in memory get exactly the findings files get."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import pytest

import unikom
from conftest import DATA, ROOT
from unikom import Diagnostic, InvalidDocumentError, MissingPathError, NotFoundError
from unikom.checking._yamlsource import read_source
from unikom.model._validation import rules_deferred
from unikom.model.calendars import calendar_spec

EXAMPLES = sorted((ROOT / "examples").glob("*/partnership.yaml"))
INVALID = sorted((DATA / "invalid").glob("*.yaml"))


def _data(path: Path) -> Any:
    # The data a file holds, read by unikom's own YAML 1.2 reader: what json.load
    # of the same document would give.
    return read_source(str(path)).data


def _where(found: list[Diagnostic]) -> list[tuple[str, str, str, str]]:
    return sorted((d.pointer, d.code, d.severity.value, d.message) for d in found)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_loads_and_from_data_give_what_load_gives(path: Path, tmp_path: Path) -> None:
    # Alone, as the text is: load() of a file in a directory adds the inquiry-types/.
    text = path.read_text(encoding="utf-8")
    alone = tmp_path / "partnership.yaml"
    alone.write_text(text, encoding="utf-8")
    loaded = unikom.load(alone)
    assert unikom.loads(text) == loaded
    assert unikom.from_data(_data(path)) == loaded


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_loads_fails_with_the_diagnostics_load_gives(path: Path) -> None:
    with pytest.raises(InvalidDocumentError) as from_file:
        unikom.load(path)
    with pytest.raises(InvalidDocumentError) as from_text:
        unikom.loads(path.read_text(encoding="utf-8"), name=str(path))
    assert from_text.value.diagnostics == from_file.value.diagnostics


@pytest.mark.parametrize("name", ["dangling-refs", "duplicate-ids", "bad-language"])
def test_from_data_fails_at_the_same_pointers_without_lines(name: str) -> None:
    path = DATA / "invalid" / f"{name}.yaml"
    with pytest.raises(InvalidDocumentError) as from_file:
        unikom.load(path)
    with pytest.raises(InvalidDocumentError) as from_data:
        unikom.from_data(_data(path))
    assert _where(list(from_data.value.diagnostics)) == _where(list(from_file.value.diagnostics))
    assert all((d.line, d.column) == (0, 0) for d in from_data.value.diagnostics)


def test_from_data_refuses_what_no_file_can_hold() -> None:
    data = _data(EXAMPLES[0])
    data["name"] = object()
    with pytest.raises(InvalidDocumentError) as caught:
        unikom.from_data(data)
    assert [(d.pointer, d.code) for d in caught.value.diagnostics] == [("/name", "data.type")]


def test_from_data_reads_dates_given_as_dates() -> None:
    data = _data(EXAMPLES[0])
    loaded = unikom.from_data(data)
    assert unikom.from_data(unikom.to_data(loaded)) == loaded


def test_check_gives_what_validating_the_dump_gives(tmp_path: Path) -> None:
    partnership = unikom.load(ROOT / "examples" / "trondheim")
    first = partnership.inquiry_types[0]
    wrong = attrs.evolve(first, track=unikom.Slug("nope"))
    types = (wrong, *partnership.inquiry_types)
    # Such an object cannot be built in code (see the next test); the validator's
    # own way of building what a file holds lets us compare the two.
    with rules_deferred():
        broken = attrs.evolve(partnership, inquiry_types=types)
    with pytest.raises(unikom.ObjectRuleError) as refused:
        attrs.evolve(partnership, inquiry_types=types)
    assert {d.code for d in refused.value.problems} == {"ref.unresolved", "id.duplicate"}
    target = tmp_path / "partnership.yaml"
    unikom.dump(broken, target)
    on_disk = unikom.validate(target)
    in_memory = unikom.check(broken)
    assert _where(in_memory) == _where(on_disk)
    assert {d.code for d in in_memory} >= {"ref.unresolved", "id.duplicate"}
    assert unikom.check(partnership) == []


def _load_in_worker(path: str) -> unikom.Partnership:
    return unikom.load(path)


def test_errors_cross_process_boundaries_whole() -> None:
    path = str(DATA / "invalid" / "dangling-refs.yaml")
    with pytest.raises(InvalidDocumentError) as here:
        unikom.load(path)
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(InvalidDocumentError) as there:
            pool.submit(_load_in_worker, path).result()
        # The pool survives the error: it is not broken.
        assert pool.submit(_load_in_worker, str(EXAMPLES[0])).result().id
    assert there.value.diagnostics == here.value.diagnostics


ERRORS: list[Any] = [
    unikom.ConstraintError("Party", "id", "value.slug", "'X' is not an id"),
    NotFoundError("inquiry type", "x", ["a", "b"]),
    InvalidDocumentError([]),
    unikom.ModelError("value.slug", "bad", field="id"),
    MissingPathError("nowhere.yaml"),
    unikom.FormError([unikom.FieldError(field="id", code="value.slug", message="ugyldig")]),
    unikom.IllegalTransitionError(unikom.InquiryState.RECEIVED, unikom.InquiryState.CLOSED),
    unikom.AssessmentError(
        [unikom.ScoreProblem(criterion="x", code="assessment.missing-score", message="none")]
    ),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_pickles_with_its_data(error: Exception) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.__dict__ == error.__dict__


def test_every_lookup_raises_the_one_not_found_error() -> None:
    partnership = unikom.load(ROOT / "examples" / "trondheim")
    wanted = "forsknings-samarbeid"
    lookups: list[Callable[[], object]] = [
        lambda: partnership.inquiry_type(wanted),
        lambda: unikom.answer_due(partnership, wanted, dt.date(2025, 3, 3)),
        lambda: partnership.thematic_area(wanted),
        lambda: partnership.party(wanted),
        lambda: partnership.track(wanted),
    ]
    for lookup in lookups:
        with pytest.raises(NotFoundError) as caught:
            lookup()
        assert isinstance(caught.value, KeyError)
        assert caught.value.wanted == wanted
    with pytest.raises(NotFoundError):
        unikom.dumps(partnership.thematic_areas[0])  # not a document of its own
    with pytest.raises(NotFoundError):
        calendar_spec("XX")
    with pytest.raises(NotFoundError) as caught:
        partnership.inquiry_type(wanted)
    assert caught.value.closest[0] == "forskningssamarbeid"
    assert "forskningssamarbeid" in str(caught.value)


def test_a_missing_path_raises_the_same_error_from_load_and_validate(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(MissingPathError) as from_load:
        unikom.load(missing)
    with pytest.raises(MissingPathError) as from_validate:
        unikom.validate(missing)
    assert str(from_load.value) == str(from_validate.value)
    assert isinstance(from_load.value, FileNotFoundError)
