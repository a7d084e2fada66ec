"""``unikom validate --lang``: a located warning for each text that lacks a language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unikom.cli import main

PARTNERSHIP = """\
kind: partnership
version: "1.0"
id: test
name:
  nb: Universitetskommunen Fjellvik
  en: The university municipality of Fjellvik
description:
  nb: Bare på bokmål.
languages: [{languages}]
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


def write(tmp_path: Path, languages: str = "nb") -> str:
    (tmp_path / "partnership.yaml").write_text(
        PARTNERSHIP.format(languages=languages), encoding="utf-8"
    )
    return str(tmp_path)


def test_lang_warns_at_each_text_that_lacks_a_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path)
    assert main(["validate", "--lang", "nb,en", path]) == 0
    out = capsys.readouterr().out.splitlines()
    # The name has both languages, plain strings count for every language.
    assert out == [
        f"{path}/partnership.yaml:8:3: warning: no text in en here; readers of it will see "
        "'nb' [text.missing-translation]"
    ]


def test_lang_with_strict_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--strict", "--lang", "nb,en", write(tmp_path)]) == 1
    assert "1 warning(s)" in capsys.readouterr().err


def test_lang_lists_every_missing_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--format", "json", "--lang", "nb, nn ,en", write(tmp_path)]) == 0
    found = json.loads(capsys.readouterr().out)
    by_pointer = {d["pointer"]: d["message"] for d in found}
    assert set(by_pointer) == {"/name", "/description"}
    assert "no text in nn here" in by_pointer["/name"]
    assert "no text in nn, en here" in by_pointer["/description"]


def test_without_lang_the_partnerships_own_languages_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, languages="nb, en")
    assert main(["validate", path]) == 0
    assert "[text.missing-translation]" in capsys.readouterr().out
    assert main(["validate", "--lang", "nb", path]) == 0
    assert capsys.readouterr().out == ""


def test_an_empty_lang_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", " , ", write(tmp_path)]) == 2
    assert "--lang" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("given", "told"),
    [
        ("NB", "did you mean 'nb'?"),
        ("nb,EN", "did you mean 'en'?"),
        ("x!", "'x!' is not a language tag"),
        ("a" * 5000, "is not a language tag"),
    ],
)
def test_a_language_no_text_could_have_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str, told: str
) -> None:
    # «--lang NB» warned that every text lacked NB, bokmål ones too, and --strict failed.
    assert main(["validate", "--strict", "--lang", given, write(tmp_path, "nb, en")]) == 2
    err = capsys.readouterr().err
    assert told in err
    assert len(err) < 400


def test_a_language_given_twice_is_asked_for_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--format", "json", "--lang", " nb , nb ", write(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_library_refuses_such_a_language_too(tmp_path: Path) -> None:
    import unikom

    with pytest.raises(unikom.ModelError, match="did you mean 'nb'"):
        unikom.validate(write(tmp_path), languages=["NB"])
