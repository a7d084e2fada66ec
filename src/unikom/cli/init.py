"""``unikom init DIR``: write a starter partnership.yaml that is valid at once."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from unikom.cli._common import EXIT_OK, UsageError

if TYPE_CHECKING:
    from unikom.model.party import PartyKind
    from unikom.services.scaffold import StarterParty

_T = TypeVar("_T")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``unikom init``."""
    parser.add_argument("directory", metavar="DIR", help="directory to write partnership.yaml in")
    parser.add_argument("--name", help="the partnership's full name")
    parser.add_argument("--short-name", help="a short name, e.g. 'TRD3.0'")
    parser.add_argument(
        "--id", dest="partnership_id", help="the partnership's id (default: made from the name)"
    )
    parser.add_argument(
        "--party",
        action="append",
        default=[],
        metavar="ROLE:[KIND:]NAME=ORGNR",
        help=(
            "a party: ROLE is lead, member or associate; KIND is municipality, "
            "county_municipality, university, university_college or other (or the word "
            "kommune, fylkeskommune, universitet or høgskole), and may be "
            "left out when the name says it (kommune, fylkeskommune, universitet, "
            "høgskole); repeat for each party, e.g. "
            "--party 'lead:municipality:Bergen kommune=964338531'"
        ),
    )
    parser.add_argument(
        "--municipality",
        action="append",
        default=[],
        metavar="NAME=ORGNR",
        help="a municipality and its organisation number; repeat for several",
    )
    parser.add_argument(
        "--county-municipality",
        action="append",
        default=[],
        metavar="NAME=ORGNR",
        help="a county municipality (fylkeskommune) and its organisation number",
    )
    parser.add_argument(
        "--institution",
        action="append",
        default=[],
        metavar="NAME=ORGNR",
        help="a university and its organisation number; repeat for several",
    )
    parser.add_argument(
        "--university-college",
        action="append",
        default=[],
        metavar="NAME=ORGNR",
        help="a university college (høgskole) and its organisation number",
    )
    parser.add_argument(
        "--languages",
        metavar="LANGS",
        help=(
            "comma-separated languages of the texts, main one first (default: nb); the "
            "comments in the files and the questions in a terminal are in the main one "
            "(--languages en for English)"
        ),
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite an existing partnership.yaml"
    )


_PARTY_OPTIONS = (
    ("municipality", "--municipality"),
    ("county_municipality", "--county-municipality"),
    ("institution", "--institution"),
    ("university_college", "--university-college"),
)


def run(args: argparse.Namespace) -> int:
    """Write the starter file; return 0, or raise UsageError for bad input."""
    from unikom.checking._output import OutputError
    from unikom.model.errors import ModelError
    from unikom.model.party import PartyKind, PartyRole
    from unikom.services.scaffold import (
        languages_without_words,
        starter_files,
        write_starter_files,
    )

    if not args.directory.strip():
        raise UsageError("DIR is empty: name the folder to write partnership.yaml in")
    given = any(
        [args.name, args.short_name, args.partnership_id, args.party]
        + [getattr(args, attr) for attr, _ in _PARTY_OPTIONS]
    )
    if not given and sys.stdin.isatty():
        # The questions speak the starter's main language: the first of
        # --languages (then they are not asked for), else bokmål, its default.
        chosen = _split_languages(args.languages or "")
        if args.languages is not None:
            from unikom.services.scaffold import check_languages

            try:
                # Refused before the first question, not after the last one.
                chosen = check_languages(chosen)
            except ModelError as exc:
                raise UsageError(f"--languages: {exc.message}") from None
        try:
            name, parties, languages = _Dialogue(chosen[0] if chosen else "nb").ask(chosen)
        except EOFError:
            raise UsageError("the input ended before every question was answered") from None
    elif args.name is None:
        raise UsageError(
            "give --name and the parties with --party (or --municipality and --institution), "
            "or run it in a terminal to be asked"
        )
    else:
        name = args.name
        kinds = {
            "municipality": PartyKind.MUNICIPALITY,
            "county_municipality": PartyKind.COUNTY_MUNICIPALITY,
            "institution": PartyKind.UNIVERSITY,
            "university_college": PartyKind.UNIVERSITY_COLLEGE,
        }
        parties = [_role_party(value) for value in args.party] + [
            _party(value, kinds[attr], option)
            for attr, option in _PARTY_OPTIONS
            for value in getattr(args, attr)
        ]
        leads = [party.name for party in parties if party.role is PartyRole.LEAD]
        if len(leads) > 1:
            raise UsageError(
                f"--party: only one party can be the lead, and {len(leads)} are "
                f"({', '.join(repr(lead) for lead in leads)}); write member: or associate: "
                "for the others"
            )
        languages = _split_languages(args.languages or "nb")
    try:
        files = starter_files(
            name=name,
            parties=parties,
            languages=languages,
            short_name=args.short_name,
            partnership_id=args.partnership_id,
            directory=args.directory,
        )
        written = write_starter_files(args.directory, files, force=args.force)
    except ModelError as exc:
        raise UsageError(exc.message) from None
    except (FileExistsError, OutputError) as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write in {args.directory}: {exc.strerror or exc}") from None
    # Status lines go where every command's do: standard error, after
    # 'unikom: ', in the language of diagnostics, from the word table.
    for target in written:
        _status("init.wrote", path=target)
    missing = languages_without_words(languages)
    if missing:
        _status("init.no_words", languages=", ".join(missing))
    # '-' alone would make validate read standard input.
    _status("init.next", path="./-" if args.directory == "-" else args.directory)
    return EXIT_OK


def _status(key: str, **values: object) -> None:
    from unikom.cli.formats import status_line

    print(status_line(key, **values), file=sys.stderr)


def _party(value: str, kind: PartyKind, option: str) -> StarterParty:
    from unikom.model.errors import ModelError
    from unikom.services.scaffold import StarterParty, check_org_number

    name, separator, number = value.rpartition("=")
    if not separator or not name.strip() or not number.strip():
        raise UsageError(f"{option} takes NAME=ORGNR, e.g. {option} 'Trondheim kommune=942110464'")
    try:
        org_number = check_org_number(number, name.strip())
    except ModelError as exc:
        raise UsageError(f"{option}: {exc.message}") from None
    return StarterParty(name=name.strip(), org_number=org_number, kind=kind)


def _role_party(value: str) -> StarterParty:
    """Read one ``--party ROLE:[KIND:]NAME=ORGNR``; a name may hold ':' and '='.

    The role is cut at the first ':', the organisation number at the last '=';
    what lies between starts with KIND: only when its first part is a kind.
    """
    from unikom.model.errors import ModelError
    from unikom.model.party import PartyKind, PartyRole
    from unikom.services.scaffold import StarterParty, check_org_number, guess_kind, kind_named

    example = "e.g. --party 'lead:municipality:Bergen kommune=964338531'"
    roles = ", ".join(role.value for role in PartyRole)
    kinds = ", ".join(kind.value for kind in PartyKind)
    role_text, colon, rest = value.partition(":")
    body, equals, number = rest.rpartition("=")
    if not colon or not equals or not body.strip() or not number.strip():
        raise UsageError(f"--party takes ROLE:[KIND:]NAME=ORGNR, {example}")
    try:
        role = PartyRole(role_text.strip().lower())
    except ValueError:
        raise UsageError(
            f"--party: the role {role_text.strip()!r} is not one of {roles}; {example}"
        ) from None
    kind_text, colon, name = body.partition(":")
    kind = (
        (_kind_names().get(kind_text.strip().lower()) or kind_named(kind_text)) if colon else None
    )
    if kind is None:
        name = body
        kind = guess_kind(name)
    if kind is None:
        raise UsageError(
            f"--party: cannot tell the kind of {name.strip()!r} from its name; "
            f"write ROLE:KIND:NAME=ORGNR with KIND one of {kinds}"
        )
    if not name.strip():
        raise UsageError(f"--party takes ROLE:[KIND:]NAME=ORGNR, {example}")
    try:
        org_number = check_org_number(number, name.strip())
    except ModelError as exc:
        raise UsageError(f"--party: {exc.message}") from None
    return StarterParty(name=name.strip(), org_number=org_number, kind=kind, role=role)


def _kind_names() -> dict[str, PartyKind]:
    from unikom.model.party import PartyKind

    names = {kind.value: kind for kind in PartyKind}
    names.update({kind.value.replace("_", "-"): kind for kind in PartyKind})
    return names


def _split_languages(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class _Dialogue:
    """The questions ``unikom init`` asks in a terminal, in *language* (by the word table)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.numbers: dict[str, str] = {}

    def say(self, key: str, **values: object) -> str:
        from unikom.model import words

        return words.word(key, self.language, **values)

    def ask(self, languages: list[str]) -> tuple[str, list[StarterParty], list[str]]:
        """Ask for name, parties and (unless given) languages, re-asking after a mistake."""
        from unikom.model.party import PartyKind

        print(self.say("init.intro"))
        name = _ask(self.say("init.ask.name"), self._name, self.say("init.retry.empty"))
        parties = self._parties("init.ask.municipality", PartyKind.MUNICIPALITY)
        print(self.say("institutions") + ":")
        institutions = self._parties("init.ask.institution", PartyKind.UNIVERSITY)
        everyone = self._lead(parties + institutions)
        if not languages:
            languages = _ask(
                self.say("init.ask.languages", default="nb"),
                self._languages,
                self.say("init.retry.empty"),
                allow_empty=True,
            )
        return name, everyone, languages

    def _name(self, text: str) -> str:
        from unikom.services.scaffold import NAME_LIMIT, fits_one_line

        if not text.strip():
            raise ValueError(self.say("init.retry.empty"))
        if not fits_one_line(text.strip()):
            raise ValueError(self.say("init.retry.one_line", limit=NAME_LIMIT))
        return text.strip()

    def _languages(self, text: str) -> list[str]:
        from unikom.model.errors import ModelError
        from unikom.services.scaffold import check_languages

        try:
            return check_languages(_split_languages(text) or ["nb"])
        except ModelError:
            raise ValueError(self.say("init.retry.languages")) from None

    def _lead(self, parties: list[StarterParty]) -> list[StarterParty]:
        """Ask which party is the lead (host) party; the others become members."""
        import attrs

        from unikom.model.party import PartyRole

        print(self.say("init.lead_intro"))
        for number, party in enumerate(parties, start=1):
            print(f"  {number}. {party.name}")

        def choose(text: str) -> int | None:
            if not text.strip():
                return None
            # isdigit alone takes '²' and '١', which int() then refuses in Python's words.
            answer = text.strip()
            if answer.isascii() and answer.isdigit() and 1 <= int(answer) <= len(parties):
                return int(answer) - 1
            raise ValueError(self.say("init.retry.lead", count=len(parties)))

        lead = _ask(
            self.say("init.ask.lead"), choose, self.say("init.retry.empty"), allow_empty=True
        )
        if lead is None:
            return parties
        return [
            attrs.evolve(party, role=PartyRole.LEAD if i == lead else PartyRole.MEMBER)
            for i, party in enumerate(parties)
        ]

    def _parties(self, question: str, kind: PartyKind) -> list[StarterParty]:
        """Ask for parties of *kind* until an empty answer; at least one is needed."""
        from unikom.model.party import PartyKind
        from unikom.services.scaffold import NAME_LIMIT, StarterParty, fits_one_line

        parties: list[StarterParty] = []
        while True:
            name = input(self.say(question) + ": ").strip()
            if not name:
                if parties:
                    return parties
                print("  " + self.say("init.retry.at_least_one"))
                continue
            if not fits_one_line(name):
                print("  " + self.say("init.retry.one_line", limit=NAME_LIMIT))
                continue
            number = _ask(
                "  " + self.say("init.ask.org_number", name=name),
                functools.partial(self._org_number, name),
                self.say("init.retry.empty"),
            )
            chosen: PartyKind = kind
            if kind is PartyKind.UNIVERSITY:
                chosen = _ask(
                    "  " + self.say("init.ask.institution_kind"),
                    self._institution_kind,
                    self.say("init.retry.empty"),
                    allow_empty=True,
                )
            self.numbers[number] = name
            parties.append(StarterParty(name=name, org_number=number, kind=chosen))

    def _org_number(self, whose: str, text: str) -> str:
        from unikom.model.orgnr import is_valid_org_number
        from unikom.services.scaffold import clean_org_number

        number = clean_org_number(text)
        if not is_valid_org_number(number):
            raise ValueError(self.say("init.retry.org_number", value=text.strip(), name=whose))
        # One organisation is one party: the same number twice is a slip, asked again.
        if number in self.numbers:
            raise ValueError(
                self.say("init.retry.org_number_twice", number=number, name=self.numbers[number])
            )
        return number

    def _institution_kind(self, text: str) -> PartyKind:
        from unikom.model.party import PartyKind
        from unikom.services.scaffold import kind_named

        answer = text.strip().lower()
        if answer in ("", "u"):
            return PartyKind.UNIVERSITY
        if answer in ("c", "h", "college", "university_college"):
            return PartyKind.UNIVERSITY_COLLEGE
        named = kind_named(answer)
        if named in (PartyKind.UNIVERSITY, PartyKind.UNIVERSITY_COLLEGE):
            return named
        raise ValueError(self.say("init.retry.institution_kind"))


def _ask(question: str, parse: Callable[[str], _T], empty: str, *, allow_empty: bool = False) -> _T:
    """Ask until *parse* accepts the answer; show its complaint after a bad one.

    *empty* is what is said after an empty answer that is not allowed.
    """
    while True:
        answer = input(question + ": ")
        if not answer.strip() and not allow_empty:
            print("  " + empty)
            continue
        try:
            return parse(answer)
        except ValueError as exc:
            print(f"  {exc}")
