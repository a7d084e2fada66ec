"""Schema failures explained in words a person reads: never a raw pattern."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from unikom.checking._schemacheck import _pattern_words, check_schema
from unikom.checking._yamlsource import SourceDocument, parse_text
from unikom.model._fields import CONSTRAINTS


@pytest.mark.parametrize(
    "constraint",
    [c for c in CONSTRAINTS.values() if "pattern" in c.schema],
    ids=lambda c: c.code,
)
def test_every_pattern_of_the_model_is_explained_in_its_own_words(constraint: object) -> None:
    pattern = constraint.schema["pattern"]  # type: ignore[attr-defined]
    words = _pattern_words(pattern)
    assert words == constraint.what  # type: ignore[attr-defined]
    assert pattern not in words


def _errors(text: str) -> list[str]:
    doc = parse_text(text, SourceDocument(path="p.yaml"))
    return [f"{d.code}: {d.message}" for d in check_schema(doc, "partnership")]


def test_a_language_tag_with_a_line_break_is_told_without_the_regex() -> None:
    found = _errors('kind: partnership\nversion: "1.0"\nlanguages: ["nb\\n"]\n')
    told = [m for m in found if "nb" in m]
    assert told
    assert all("(?:" not in m and "\\Z" not in m and "$" not in m for m in told)
    assert any("language tag" in m for m in told)


@pytest.mark.parametrize("digits", [101, 4000])
def test_a_number_with_too_many_digits_is_out_of_range_not_text(digits: int) -> None:
    from unikom.checking._schemacheck import _too_many_digits

    assert _too_many_digits(["integer"], "9" * digits)
    assert not _too_many_digits(["integer"], "9" * 50)
    assert not _too_many_digits(["string"], "9" * digits)


_VEST = "examples/vest"


def _vest_with(tmp_path: Path, file: str, old: str, new: str) -> Path:
    root = Path(__file__).resolve().parents[2]
    target = tmp_path / "vest"
    shutil.copytree(root / _VEST, target)
    path = target / file
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    return target


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        # Left out, each of these lists means every party (or the partnership as a
        # whole), so an empty one would silently say the opposite of "none".
        (
            "partnership.yaml",
            "    parties: [haugeland-kommune, vestfjord-kommune]",
            "    parties: []",
        ),
        ("partnership.yaml", "    parties: [lidal-kommune]", "    parties: []"),
        (
            "inquiry-types/forskingssamarbeid.yaml",
            "addressees:\n",
            "addressees: []\nx-addressees:\n",
        ),
        ("inquiries/2027-004.yaml", "addressed_to: [lidal-kommune]", "addressed_to: []"),
    ],
    ids=["agreement", "closed-period", "addressees", "addressed-to"],
)
def test_an_empty_list_of_parties_is_refused_not_read_as_every_party(
    tmp_path: Path, file: str, old: str, new: str
) -> None:
    import unikom
    from unikom.checking._engine import check_file

    target = _vest_with(tmp_path, file, old, new)
    found = [d for d in check_file(str(target / file)).diagnostics if d.is_error]
    assert [d.code for d in found] == ["schema.minItems"], found
    assert "the list is empty" in found[0].message
    assert "left out means every party" in found[0].message
    with pytest.raises(unikom.UnikomError):
        unikom.load(str(target))


def test_an_empty_list_given_in_code_is_the_key_left_out() -> None:
    import datetime as dt

    from unikom.model._fields import Slug
    from unikom.model.agreement import Agreement, Period
    from unikom.model.text import Text

    agreement = Agreement(
        id=Slug("avtale"),
        title=Text.plain("Avtale"),
        period=Period(start=dt.date(2024, 1, 1)),
        parties=(),
    )
    assert agreement.parties == ()
