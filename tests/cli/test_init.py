"""``unikom init``: options, the terminal dialogue, refusals, and init → validate."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from terminal import Terminal, answer, dialogue
from unikom.cli import main
from unikom.model import words
from unikom.services.scaffold import NAME_LIMIT

OPTIONS = [
    "--name",
    "Universitetskommunen Fjellvik",
    "--municipality",
    "Fjellvik kommune=100000008",
    "--county-municipality",
    "Nordfjell fylkeskommune=100000032",
    "--institution",
    "Universitetet i Nordfjell=100000040",
    "--university-college",
    "Høgskulen på Fjellvik=100000059",
    "--languages",
    "nn,en",
]


def test_init_then_validate_strict_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "fjellvik"
    assert main(["init", str(target), *OPTIONS]) == 0
    assert "wrote" in capsys.readouterr().err
    data = yaml.safe_load((target / "partnership.yaml").read_text(encoding="utf-8"))
    assert [p["kind"] for p in data["parties"]] == [
        "municipality",
        "county_municipality",
        "university",
        "university_college",
    ]
    assert data["languages"] == ["nn", "en"]
    assert main(["validate", "--strict", str(target)]) == 0
    assert "no problems found" in capsys.readouterr().err


def test_init_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "partnership.yaml").write_text("mine\n", encoding="utf-8")
    assert main(["init", str(tmp_path), *OPTIONS]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "--force" in err
    assert (tmp_path / "partnership.yaml").read_text(encoding="utf-8") == "mine\n"
    assert main(["init", str(tmp_path), *OPTIONS, "--force"]) == 0
    assert "kind: partnership" in (tmp_path / "partnership.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--municipality", "Fjellvik kommune=100000009"], "not a valid organisation number"),
        (["--municipality", "Fjellvik kommune"], "NAME=ORGNR"),
        (["--municipality", "Fjellvik kommune=12345"], "not a valid organisation number"),
        (["--institution", "=100000040"], "NAME=ORGNR"),
    ],
)
def test_bad_party_input_is_one_clear_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], words: str
) -> None:
    target = tmp_path / "new"
    assert main(["init", str(target), *OPTIONS, *arguments]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert words in err
    assert not target.exists()


def test_init_without_an_institution_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["init", str(tmp_path), "--name", "X", "--municipality", "K=100000008"]
    assert main(arguments) == 2
    assert "university" in capsys.readouterr().err


def test_init_without_options_off_a_terminal_says_what_to_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["init", str(tmp_path)]) == 2
    assert "--name" in capsys.readouterr().err
    assert not (tmp_path / "partnership.yaml").exists()


# Without --languages the questions are in bokmål (the starter's default);
# with it, in its first language, and the languages are not asked for.
@pytest.mark.parametrize(
    ("flags", "language", "college"),
    [([], "nb", "h"), (["--languages", "nn,en"], "nn", "h"), (["--languages", "en"], "en", "c")],
)
def test_init_asks_in_a_terminal_and_re_asks_after_a_bad_number(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flags: list[str],
    language: str,
    college: str,
) -> None:
    remaining = answer(monkeypatch, dialogue(college, languages=flags[1] if flags else None))
    assert main(["init", str(tmp_path), *flags]) == 0
    assert list(remaining) == []
    out = capsys.readouterr().out

    def said(key: str, **values: object) -> str:
        return words.word(key, language, **values)

    assert said("init.intro") in out
    assert said("init.ask.name") + ": " in out
    assert said("init.ask.org_number", name="Fjellvik kommune") in out
    assert said("init.retry.org_number", value="100000009", name="Fjellvik kommune") in out
    assert said("init.retry.org_number_twice", number="100000008", name="Fjellvik kommune") in out
    assert said("init.retry.at_least_one") in out
    assert said("init.retry.institution_kind") in out
    assert said("init.lead_intro") in out
    data = yaml.safe_load((tmp_path / "partnership.yaml").read_text(encoding="utf-8"))
    assert data["name"] == "Kunnskapsalliansen"
    assert [(p["kind"], p["org_number"], p["role"]) for p in data["parties"]] == [
        ("municipality", "100000008", "lead"),
        ("university_college", "100000059", "member"),
    ]
    assert said("init.retry.lead", count=2) in out
    assert "invalid literal" not in out
    assert data["languages"] == (flags[1].split(",") if flags else ["nn", "en"])
    assert (said("init.ask.languages", default="nb") in out) is not bool(flags)
    assert main(["validate", "--strict", str(tmp_path)]) == 0


def test_the_words_of_the_dialogue_differ_by_language() -> None:
    # Pinned from the table, so a change of words is a change of this test too.
    assert words.word("init.retry.at_least_one", "nb") == "minst én trengs"
    assert words.word("init.retry.at_least_one", "nn") == "minst éin trengst"
    assert words.word("init.retry.at_least_one", "en") == "at least one is needed"
    assert words.word("init.retry.lead", "en", count=2) == (
        "answer a number from 1 to 2, or nothing for none"
    )


def test_a_name_that_is_not_one_line_is_asked_again_in_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Too long, then a control character: each is asked again, in the dialogue's words.
    bad = ["A" * (NAME_LIMIT + 1), "Kunnskaps\x1b[31malliansen"]
    remaining = answer(monkeypatch, [*bad, *dialogue("h", languages="nb")])
    assert main(["init", str(tmp_path), "--languages", "nb"]) == 0
    assert list(remaining) == []
    out = capsys.readouterr().out
    assert out.count(words.word("init.retry.one_line", "nb", limit=NAME_LIMIT)) == 2
    data = yaml.safe_load((tmp_path / "partnership.yaml").read_text(encoding="utf-8"))
    assert data["name"] == "Kunnskapsalliansen"


@pytest.mark.parametrize("languages", ["x y", "nb,nb", ""])
def test_bad_languages_are_refused_before_the_first_question(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    languages: str,
) -> None:
    answer(monkeypatch, [])  # a question would end the test with StopIteration
    assert main(["init", str(tmp_path), "--languages", languages]) == 2
    assert "--languages" in capsys.readouterr().err
    assert not (tmp_path / "partnership.yaml").exists()


def test_bad_languages_are_asked_again_in_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = dialogue("h", languages=None)
    remaining = answer(monkeypatch, [*answers[:-1], "nb, nb", "x y", "nn"])
    assert main(["init", str(tmp_path)]) == 0
    assert list(remaining) == []
    out = capsys.readouterr().out
    assert out.count(words.word("init.retry.languages", "nb")) == 2
    data = yaml.safe_load((tmp_path / "partnership.yaml").read_text(encoding="utf-8"))
    assert data["languages"] == ["nn"]


def test_init_stops_cleanly_when_the_terminal_input_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal())

    def end_of_input(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", end_of_input)
    assert main(["init", str(tmp_path)]) == 2
    assert "input ended" in capsys.readouterr().err
    assert not (tmp_path / "partnership.yaml").exists()


@pytest.mark.parametrize("brk", ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x1b"])
@pytest.mark.parametrize("option", ["--name", "--municipality"])
def test_a_line_break_in_a_name_cannot_write_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], brk: str, option: str
) -> None:
    injected = f"Fjellvik{brk}kind: inquiry{brk}#"
    value = injected if option == "--name" else f"{injected}=100000008"
    options = list(OPTIONS)
    options[options.index(option) + 1] = value
    target = tmp_path / "fjellvik"
    assert main(["init", str(target), *options]) == 2
    assert "one line" in capsys.readouterr().err
    assert not (target / "partnership.yaml").exists()


def test_a_directory_name_with_a_line_break_stays_in_its_comment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "fjell\nkind: inquiry\nvik"
    assert main(["init", str(target), *OPTIONS]) == 0
    text = (target / "partnership.yaml").read_text(encoding="utf-8")
    assert "\nkind: inquiry\n" not in text
    data = yaml.safe_load(text)
    assert data["kind"] == "partnership"


# -- --party ROLE:[KIND:]NAME=ORGNR ------------------------------------------------

CONSORTIUM = [
    "--name",
    "Kunnskapskommunen Helse Omsorg Vest",
    "--party",
    "lead:Bergen kommune=964338531",
    *[
        option
        for name, number in (
            ("Askøy kommune", "100000008"),
            ("Øygarden kommune", "100000016"),
            ("Bjørnafjorden kommune", "100000024"),
            ("Alver kommune", "100000075"),
            ("Kvam herad", "100000083"),
        )
        for option in ("--party", f"member:municipality:{name}={number}")
    ],
    "--party",
    "member:Universitetet i Bergen=874789542",
    "--party",
    "member:Høgskulen på Vestlandet=917641404",
    "--party",
    "associate:other:NORCE Norwegian Research Centre=100000091",
    "--party",
    "associate:Vestland fylkeskommune=100000032",
]


@pytest.mark.parametrize("languages", ["nb", "nn", "en", "nn,en", "nb,nn,en"])
def test_many_parties_then_validate_strict_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], languages: str
) -> None:
    target = tmp_path / "vest"
    assert main(["init", str(target), *CONSORTIUM, "--languages", languages]) == 0
    err = capsys.readouterr().err
    assert "partnership.yaml" in err
    assert "inquiry-types" in err
    data = yaml.safe_load((target / "partnership.yaml").read_text(encoding="utf-8"))
    assert [(p["name"], p["kind"], p["role"]) for p in data["parties"]] == [
        ("Bergen kommune", "municipality", "lead"),
        ("Askøy kommune", "municipality", "member"),
        ("Øygarden kommune", "municipality", "member"),
        ("Bjørnafjorden kommune", "municipality", "member"),
        ("Alver kommune", "municipality", "member"),
        ("Kvam herad", "municipality", "member"),
        ("Universitetet i Bergen", "university", "member"),
        ("Høgskulen på Vestlandet", "university_college", "member"),
        ("NORCE Norwegian Research Centre", "other", "associate"),
        ("Vestland fylkeskommune", "county_municipality", "associate"),
    ]
    (type_file,) = (target / "inquiry-types").iterdir()
    assert yaml.safe_load(type_file.read_text(encoding="utf-8"))["kind"] == "inquiry-type"
    assert main(["validate", "--strict", str(target)]) == 0
    assert "no problems found" in capsys.readouterr().err


def test_party_and_the_old_options_mix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path), *OPTIONS, "--party", "lead:Lidal kommune=100000091"]) == 0
    data = yaml.safe_load((tmp_path / "partnership.yaml").read_text(encoding="utf-8"))
    assert [p.get("role") for p in data["parties"]] == ["lead", None, None, None, None]
    assert main(["validate", "--strict", str(tmp_path)]) == 0


@pytest.mark.parametrize(
    "name",
    [
        "Kommune: Nord=Sør",
        'Sier "hei" # ikke en kommentar',
        "- liste? nei",
        "{nb: Helse, omsorg}",
        "&anker *alias !tag %dir @at `tick",
        "'enkle' og \\ skråstrek",
        "null",
        "true",
        "0755",
        "municipality:Dobbelt kolon",
    ],
)
def test_any_name_is_written_as_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    target = tmp_path / "p"
    value = f"member:municipality:{name}=100000008"
    assert main(["init", str(target), *OPTIONS[:2], "--party", value, *OPTIONS[6:8]]) == 0
    data = yaml.safe_load((target / "partnership.yaml").read_text(encoding="utf-8"))
    assert data["parties"][0]["name"] == name
    assert main(["validate", "--strict", str(target)]) == 0


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("Bergen kommune=964338531", "ROLE:[KIND:]NAME=ORGNR"),
        ("lead:Bergen kommune", "ROLE:[KIND:]NAME=ORGNR"),
        ("lead:=964338531", "ROLE:[KIND:]NAME=ORGNR"),
        ("lead:municipality:=964338531", "ROLE:[KIND:]NAME=ORGNR"),
        ("host:Bergen kommune=964338531", "'host' is not one of lead, member, associate"),
        ("lead:Bergen kommune=964338532", "not a valid organisation number"),
        ("lead:NTNU=974767880", "cannot tell the kind of 'NTNU'"),
        ("lead:college:Bergen=964338531", "cannot tell the kind of 'college:Bergen'"),
        ("lead:Bergen\x1b[31m kommune=964338531", "one line"),
        ("lead:Bergen\nkind: inquiry kommune=964338531", "one line"),
    ],
)
def test_a_bad_party_is_a_usage_error_naming_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, words: str
) -> None:
    target = tmp_path / "new"
    assert main(["init", str(target), *OPTIONS, "--party", value]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert words in err
    assert "--party" in err or "one line" in err
    assert not target.exists()


def test_two_leads_are_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    leads = ["--party", "lead:Bergen kommune=964338531", "--party", "lead:Askøy kommune=100000008"]
    assert main(["init", str(tmp_path / "new"), *OPTIONS, *leads]) == 2
    err = capsys.readouterr().err
    assert "--party: only one party can be the lead" in err
    assert "'Bergen kommune', 'Askøy kommune'" in err
    assert not (tmp_path / "new").exists()


def test_an_empty_dir_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "", *OPTIONS]) == 2
    assert "DIR is empty" in capsys.readouterr().err


def test_a_dir_named_dash_is_shown_so_validate_does_not_read_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init", "-", *OPTIONS]) == 0
    assert "unikom validate ./-" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("kind_word", "kind"),
    [
        ("kommune", "municipality"),
        ("Høgskule", "university_college"),
        ("universitet", "university"),
    ],
)
def test_a_norwegian_kind_word_is_read_as_the_kind_not_kept_in_the_name(
    tmp_path: Path, kind_word: str, kind: str
) -> None:
    # 'lead:kommune:Bergen' would otherwise make a party named 'kommune:Bergen'.
    arguments = ["--name", "X", "--party", f"lead:{kind_word}:Vest=100000008"]
    others = ["--party", "member:Fjellvik kommune=100000016"]
    others += ["--party", "member:university:Nord=100000040"]
    assert main(["init", str(tmp_path), *arguments, *others]) == 0
    data = yaml.safe_load((tmp_path / "partnership.yaml").read_text(encoding="utf-8"))
    assert (data["parties"][0]["name"], data["parties"][0]["kind"]) == ("Vest", kind)
