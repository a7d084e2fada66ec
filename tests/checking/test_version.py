"""Versions of the standard: supported, deprecated (a warning) and unknown (an error)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import unikom
from unikom._version import DEPRECATED_VERSIONS, STANDARD_VERSION, SUPPORTED_VERSIONS
from unikom.checking import _engine as engine
from unikom.checking import _schemacheck as schemacheck
from unikom.checking import _schemafiles
from unikom.model.diagnostics import Severity

PARTNERSHIP = """\
kind: partnership
version: {version}
id: test
name: Test
parties:
  - id: kommune
    kind: municipality
    name: Fjellvik kommune
    org_number: "100000008"
  - id: universitet
    kind: university
    name: Universitetet i Nordfjell
    org_number: "100000040"
"""


def write(tmp_path: Path, version: str) -> Path:
    path = tmp_path / "partnership.yaml"
    path.write_text(PARTNERSHIP.format(version=version), encoding="utf-8")
    return path


def test_the_written_version_is_read_and_not_deprecated() -> None:
    assert STANDARD_VERSION in SUPPORTED_VERSIONS
    assert STANDARD_VERSION not in DEPRECATED_VERSIONS


def test_every_deprecated_version_is_still_supported() -> None:
    assert set(DEPRECATED_VERSIONS) <= set(SUPPORTED_VERSIONS)


def test_the_current_version_loads_without_findings(tmp_path: Path) -> None:
    assert unikom.validate(write(tmp_path, f'"{STANDARD_VERSION}"')) == []


def test_an_unknown_version_is_a_located_error_listing_the_supported(tmp_path: Path) -> None:
    [finding] = unikom.validate(write(tmp_path, '"0.1"'))
    assert finding.code == "version.unsupported"
    assert (finding.line, finding.column) == (2, 10)
    assert all(version in finding.message for version in SUPPORTED_VERSIONS)


def test_an_unquoted_version_is_explained(tmp_path: Path) -> None:
    [finding] = unikom.validate(write(tmp_path, STANDARD_VERSION))
    assert finding.code == "version.unsupported"
    assert f'"{STANDARD_VERSION}"' in finding.message
    assert "quotes" in finding.message


@pytest.fixture
def old_version_deprecated(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Pretend this release still reads a deprecated version 0.9."""
    supported = ("0.9", *SUPPORTED_VERSIONS)
    monkeypatch.setattr(engine, "SUPPORTED_VERSIONS", supported)
    monkeypatch.setattr(engine, "DEPRECATED_VERSIONS", {"0.9": "nothing else changed"})
    original = _schemafiles.load_schema

    def load_schema(kind_name: str) -> dict[str, object]:
        schema = original(kind_name)
        schema["properties"]["version"]["enum"] = list(supported)
        return schema

    monkeypatch.setattr(schemacheck, "load_schema", load_schema)
    schemacheck.validator_for.cache_clear()
    yield "0.9"
    schemacheck.validator_for.cache_clear()


def test_a_deprecated_version_loads_with_a_located_warning(
    tmp_path: Path, old_version_deprecated: str
) -> None:
    path = write(tmp_path, f'"{old_version_deprecated}"')
    [finding] = unikom.validate(path)
    assert finding.code == "version.deprecated"
    assert finding.severity is Severity.WARNING
    assert (finding.line, finding.column) == (2, 10)
    assert STANDARD_VERSION in finding.message
    assert "nothing else changed" in finding.message
    assert unikom.load(path).id == "test"
