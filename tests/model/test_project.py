"""The project model: reading, writing back, and when a project is under way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from portfolio_data import FIXTURE
from unikom import ProjectStatus, dumps, load_project
from unikom.model.agreement import Period

D = dt.date


def test_every_fixture_project_survives_a_round_trip(tmp_path: Path) -> None:
    for path in sorted((FIXTURE / "projects").glob("*.yaml")):
        project = load_project(path)
        copy = tmp_path / path.name
        copy.write_text(dumps(project), encoding="utf-8")
        assert load_project(copy) == project


def test_under_way_follows_status_and_period() -> None:
    project = load_project(FIXTURE / "projects" / "p-001.yaml")  # ongoing 2024-04-01–2027-03-31
    assert not project.under_way_on(D(2024, 3, 31))
    assert project.under_way_on(D(2024, 4, 1))
    assert project.under_way_on(D(2027, 3, 31))
    assert not project.under_way_on(D(2027, 4, 1))
    cancelled = attrs.evolve(project, status=ProjectStatus.CANCELLED)
    assert not cancelled.under_way_on(D(2025, 1, 1))
    open_ended = attrs.evolve(project, period=Period(start=D(2024, 4, 1)))
    assert open_ended.under_way_on(D(2040, 1, 1))


def test_planned_project_is_never_under_way() -> None:
    project = load_project(FIXTURE / "projects" / "p-003.yaml")
    assert project.status is ProjectStatus.PLANNED
    assert not project.under_way_on(D(2026, 1, 1))
