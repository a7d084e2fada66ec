"""Starter partnerships: the file ``unikom init`` writes, and how it is written safely."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

from unikom._version import STANDARD_VERSION
from unikom.checking._engine import INQUIRY_TYPES_DIR
from unikom.checking._output import OutputError, write_atomically
from unikom.checking.kinds import KINDS
from unikom.model import words
from unikom.model._fields import (
    CONSTRAINTS,
    MAX_SHORT_TEXT,
    Slug,
    forbidden_character,
    language_tags,
)
from unikom.model.errors import ArgumentError, ModelError
from unikom.model.orgnr import is_valid_org_number
from unikom.model.party import PartyKind, PartyRole

__all__ = [
    "NAME_LIMIT",
    "STARTER_FILE",
    "StarterParty",
    "check_languages",
    "check_org_number",
    "clean_org_number",
    "fits_one_line",
    "guess_kind",
    "kind_named",
    "languages_without_words",
    "slugify",
    "starter_files",
    "starter_partnership",
    "write_atomically",
    "write_starter",
    "write_starter_files",
]

#: The file a starter partnership is written to.
STARTER_FILE = "partnership.yaml"

#: The most characters a name in a starter file may have.
NAME_LIMIT = MAX_SHORT_TEXT

# Other files that would make the directory hold two partnerships.
_OTHER_PARTNERSHIP_FILES = ("partnership.yml", "partnership.json")

# Letters that Unicode does not decompose into a base letter plus an accent.
_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ð": "d", "þ": "th", "ß": "ss"})
_SLUG_MAX = 80

#: The årshjul event a starter file makes up: 15 June every year.
_STARTER_RRULE = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"
_NOTE, _EXAMPLE = "starter.note.", "starter.example."


@attrs.frozen(kw_only=True)
class StarterParty:
    """A party of a starter partnership: its name, organisation number, kind and role.

    Without a *role* the file says none, and the party is a member.
    """

    name: str
    org_number: str
    kind: PartyKind
    role: PartyRole | None = None


# Words in a party's name that say its kind, tried in this order: the first
# that occurs decides ('fylkeskommune' holds 'kommune', a 'høgskole' is no
# 'universitet').
_KIND_WORDS: tuple[tuple[str, PartyKind], ...] = (
    ("fylkeskommune", PartyKind.COUNTY_MUNICIPALITY),
    ("county council", PartyKind.COUNTY_MUNICIPALITY),
    ("kommune", PartyKind.MUNICIPALITY),
    ("municipality", PartyKind.MUNICIPALITY),
    ("høgskole", PartyKind.UNIVERSITY_COLLEGE),
    ("høgskule", PartyKind.UNIVERSITY_COLLEGE),
    ("høyskole", PartyKind.UNIVERSITY_COLLEGE),
    ("university college", PartyKind.UNIVERSITY_COLLEGE),
    ("universitet", PartyKind.UNIVERSITY),
    ("university", PartyKind.UNIVERSITY),
)


def guess_kind(name: str) -> PartyKind | None:
    """Return the kind a party's name says ('Bergen kommune' → municipality), or None.

    Only these words count: fylkeskommune, kommune, høgskole (høgskule,
    høyskole), universitet, and their English names; a name with none of them
    (NTNU, a research institute) must be given its kind.
    """
    folded = name.casefold()
    return next((kind for word, kind in _KIND_WORDS if word in folded), None)


def kind_named(word: str) -> PartyKind | None:
    """Return the kind *word* names as a whole ('kommune', 'høgskule' …), or None."""
    folded = word.strip().casefold()
    return next((kind for name, kind in _KIND_WORDS if name == folded), None)


def _one_line(value: str, code: str, what: str) -> None:
    """Refuse a name the starter file could not hold on one line as it is.

    The name is written into the file (and into a comment); a line break of any
    kind (LF, CR, U+2028, U+2029, U+0085 …) or a control character could end
    the comment or the value and write YAML of its own.
    """
    if len(value.splitlines()) > 1 or forbidden_character(value) is not None:
        raise ModelError(code, f"{what} must be one line of text, without control characters")
    if len(value) > MAX_SHORT_TEXT:
        raise ModelError(code, f"{what} is longer than {MAX_SHORT_TEXT} characters")


def fits_one_line(value: str) -> bool:
    """Tell whether *value* can be a name in a starter file (see :func:`starter_files`).

    One line, without control characters, at most :data:`NAME_LIMIT` characters.
    """
    try:
        _one_line(value, "init.name", "the name")
    except ModelError:
        return False
    return True


def check_languages(languages: Sequence[str]) -> list[str]:
    """Return the language tags of *languages* without spaces around them.

    Raises :class:`ModelError` when none is given, one is not a language tag,
    or one is given twice.
    """
    tags = [language.strip() for language in languages if language.strip()]
    if not tags:
        raise ModelError("init.languages", "give at least one language, e.g. nb")
    # The tags validate --lang and unikom.validate take, with the same words
    # ('NB' is told to be 'nb'); a starter file lists each language once.
    unique = language_tags(tags)
    if len(unique) != len(tags):
        raise ModelError("init.languages", "each language may be given once")
    return unique


def slugify(text: str, fallback: str = "partnership") -> str:
    """Turn a name into an id: 'Trondheim kommune' → 'trondheim-kommune'."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLITERATE))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:_SLUG_MAX].strip("-")
    return slug or fallback


def clean_org_number(value: str) -> str:
    """Return *value* without the spaces people write in it ('942 110 464')."""
    return "".join(value.split())


def check_org_number(value: str, whose: str) -> str:
    """Return the cleaned organisation number, or raise :class:`ModelError` for a bad one."""
    number = clean_org_number(value)
    if not is_valid_org_number(number):
        raise ModelError(
            "value.org-number",
            f"{value!r} ({whose}) is not a valid organisation number: "
            "9 digits with a valid MOD11 check digit",
        )
    return number


def starter_partnership(
    *,
    name: str,
    parties: Sequence[StarterParty],
    languages: Sequence[str] = ("nb",),
    short_name: str | None = None,
    partnership_id: str | None = None,
    directory: str = ".",
    examples: bool = False,
) -> str:
    """Return the text of a starter ``partnership.yaml`` that is valid as it stands.

    The optional sections are written as commented-out examples that say what
    to fill in; with *examples* they are written live (used to test them).
    Raises :class:`ModelError` for a missing name, a bad organisation number or
    language tag, parties without a municipality or an institution, or more
    than one lead party.  :func:`starter_files` gives the inquiry-type file too.
    """
    return starter_files(
        name=name,
        parties=parties,
        languages=languages,
        short_name=short_name,
        partnership_id=partnership_id,
        directory=directory,
        examples=examples,
    )[STARTER_FILE]


def starter_files(
    *,
    name: str,
    parties: Sequence[StarterParty],
    languages: Sequence[str] = ("nb",),
    short_name: str | None = None,
    partnership_id: str | None = None,
    directory: str = ".",
    examples: bool = False,
) -> dict[str, str]:
    """Return the starter files, by path relative to the partnership directory.

    ``partnership.yaml`` (see :func:`starter_partnership`), with a track, an
    årshjul event and a closed period, and one inquiry type in
    ``inquiry-types/``. Every value unikom makes up is marked illustrative, in
    a comment and in a ``note`` a page shows, so that none passes for real.
    """
    if not isinstance(name, str):
        raise ArgumentError("name", f"expected text, got {name!r:.60}")
    if isinstance(parties, str) or not all(isinstance(p, StarterParty) for p in parties):
        raise ArgumentError("parties", f"expected a list of StarterParty, got {parties!r:.60}")
    if isinstance(languages, str):
        raise ArgumentError("languages", f"expected a list such as ['nb', 'en'], got {languages!r}")
    name = name.strip()
    if not name:
        raise ModelError("init.name", "the partnership needs a name")
    _one_line(name, "init.name", "the partnership's name")
    if short_name is not None:
        short_name = short_name.strip() or None
        if short_name is not None:
            _one_line(short_name, "init.name", "the short name")
    languages = check_languages(languages)
    the_id = partnership_id or slugify(short_name or name)
    if not CONSTRAINTS[Slug].check(the_id) or len(the_id) > _SLUG_MAX:
        raise ModelError(
            "value.slug",
            f"{the_id!r} is not an id: use lowercase letters a-z, digits and single hyphens",
        )
    checked = [
        attrs.evolve(party, org_number=check_org_number(party.org_number, party.name))
        for party in parties
    ]
    if any(not party.name.strip() for party in checked):
        raise ModelError("init.party-name", "every party needs a name")
    for party in checked:
        _one_line(party.name.strip(), "init.party-name", "a party's name")
    seen: dict[str, str] = {}
    for party in checked:
        # One organisation is one party: the same number twice is a copy-paste slip.
        if party.org_number in seen:
            raise ModelError(
                "init.party-twice",
                f"{party.org_number} is given twice ({seen[party.org_number]!r} and "
                f"{party.name.strip()!r}); give each party once",
            )
        seen[party.org_number] = party.name.strip()
    if not any(p.kind.is_municipal for p in checked) or not any(
        p.kind.is_academic for p in checked
    ):
        raise ModelError(
            "init.parties",
            "give at least one municipality and one university or university college",
        )
    leads = [p.name.strip() for p in checked if p.role is PartyRole.LEAD]
    if len(leads) > 1:
        raise ModelError(
            "init.lead",
            f"only one party can be the lead, and {len(leads)} are: "
            f"{', '.join(repr(lead) for lead in leads)}; make the others member or associate",
        )
    ids = _party_ids(checked)
    parties_out = [
        {
            "id": ids[i],
            "kind": p.kind,
            "name": p.name.strip(),
            "org_number": p.org_number,
            "role": p.role,
        }
        for i, p in enumerate(checked)
    ]
    main = languages[0]
    starter = {
        key: words.word(f"starter.{key}", main)
        for key in ("track_id", "inquiry_type_id", "event_id", "closure_id")
    }
    texts = {
        key: _made_up_text(f"starter.{key}", languages)
        for key in ("track", "inquiry_type", "event", "closure", "illustrative")
    }
    type_file = f"{INQUIRY_TYPES_DIR}/{starter['inquiry_type_id']}.yaml"
    from unikom.deadlines.recurrence import describe_rrule
    from unikom.publish._templating import environment  # deferred: Jinja2 is heavy

    # The comments and example values are in the main language (bokmål when
    # unikom has no words in it), like every other word unikom prints.
    values = {
        "name": name,
        "type_file": type_file,
        "event": starter["event_id"],
        "rule": describe_rrule(_STARTER_RRULE, main),
    }
    table = words.keys()
    notes = {
        key.removeprefix(_NOTE): words.word(key, main, **values)
        for key in table
        if key.startswith(_NOTE)
    }
    example = {
        key.removeprefix(_EXAMPLE): words.word(key, main)
        for key in table
        if key.startswith(_EXAMPLE)
    }
    example_texts = [
        (language, words.word(f"{_EXAMPLE}area", language) if _has_words(language) else "…")
        for language in languages
    ]

    env = environment(html=False)
    context = {
        "version": STANDARD_VERSION,
        "id": the_id,
        "name": name,
        "short_name": short_name,
        "languages": languages,
        "parties": parties_out,
        "has_lead": bool(leads),
        "first_municipality": next(ids[i] for i, p in enumerate(checked) if p.kind.is_municipal),
        "first_institution": next(ids[i] for i, p in enumerate(checked) if p.kind.is_academic),
        "directory": directory,
        "examples": examples,
        "example_texts": example_texts,
        "example": example,
        "notes": notes,
        "rrule": _STARTER_RRULE,
        "starter": starter,
        "texts": texts,
    }
    partnership_kind, type_kind = KINDS["partnership"], KINDS["inquiry-type"]
    return {
        STARTER_FILE: env.get_template("partnership.yaml.j2").render(
            schema_url=partnership_kind.schema_url,
            kind=partnership_kind.name,
            type_file=type_file,
            **context,
        ),
        type_file: env.get_template("inquiry-type.yaml.j2").render(
            schema_url=type_kind.schema_url, kind=type_kind.name, **context
        ),
    }


def languages_without_words(languages: Sequence[str]) -> list[str]:
    """Return the *languages* unikom has no words of its own in (it has nb, nn and en)."""
    return [language for language in languages if not _has_words(language)]


def _has_words(language: str) -> bool:
    used, _ = words.text("starter.track").resolve(language)
    return used in (language, language.split("-", 1)[0])


def _made_up_text(key: str, languages: Sequence[str]) -> list[tuple[str, str]]:
    """Return the word *key* in each of *languages* unikom has words in, labelled truly.

    A bokmål sentence must not be written as Northern Sami (``se``) or Swedish: those
    languages are left for the user to fill in, and ``validate`` says so.  With none
    of its languages known, the text is written in the language it falls back to.
    """
    known = [
        (language, words.word(key, language)) for language in languages if _has_words(language)
    ]
    if known:
        return known
    used, wording = words.text(key).resolve(languages[0])
    return [(used, wording)]


def _party_ids(parties: Sequence[StarterParty]) -> list[str]:
    ids: list[str] = []
    for party in parties:
        base = slugify(party.name, fallback="party")
        candidate, n = base, 2
        while candidate in ids:
            # The number goes on a shortened base: an id is at most _SLUG_MAX long.
            suffix = f"-{n}"
            candidate, n = f"{base[: _SLUG_MAX - len(suffix)].rstrip('-')}{suffix}", n + 1
        ids.append(candidate)
    return ids


def write_starter(directory: str | os.PathLike[str], text: str, *, force: bool = False) -> Path:
    """Write *text* as ``partnership.yaml`` in *directory* (created if missing).

    Raises :class:`FileExistsError` if the directory already holds a partnership
    file, unless *force* is given (and the file is ``partnership.yaml``).
    """
    return write_starter_files(directory, {STARTER_FILE: text}, force=force)[0]


def write_starter_files(
    directory: str | os.PathLike[str], files: Mapping[str, str], *, force: bool = False
) -> list[Path]:
    """Write *files* (relative path → text, as :func:`starter_files` gives) in *directory*.

    Nothing is written unless every file can be: an existing one (without
    *force*) or a partnership file of another name raises
    :class:`FileExistsError` first, and a folder on the way that is a file or
    a symbolic link raises :class:`OutputError`.  Each file is written atomically.
    """
    folder = Path(directory)
    for relative in files:
        _check_place(folder, Path(relative))
    for other in _OTHER_PARTNERSHIP_FILES:
        if (folder / other).exists():
            raise FileExistsError(
                f"{folder / other} already exists; a directory holds one partnership file"
            )
    if not force:
        for relative in files:
            if (folder / relative).exists():
                raise FileExistsError(
                    f"{folder / relative} already exists; use --force to overwrite it"
                )
    written = []
    for relative, text in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, text, overwrite=force)
        written.append(target)
    return written


def _check_place(folder: Path, relative: Path) -> None:
    """Refuse a place for *relative* in *folder* that no file can be written at safely.

    *folder* itself is the user's own choice and may be a link to a folder; a folder
    inside it (``inquiry-types``) that is a link could send the file anywhere.
    """
    if os.path.lexists(folder) and not folder.is_dir():
        raise OutputError(f"{folder} is not a folder")
    step = folder
    for part in relative.parts[:-1]:
        step = step / part
        if step.is_symlink():
            raise OutputError(f"{step} is a symbolic link; unikom does not write through one")
        if os.path.lexists(step) and not step.is_dir():
            raise OutputError(f"{step} is not a folder, so {folder / relative} cannot be written")
    target = folder / relative
    if target.is_symlink():
        raise OutputError(f"{target} is a symbolic link; unikom does not write through one")
    if os.path.lexists(target) and not target.is_file():
        raise OutputError(f"{target} is not a regular file; unikom writes only regular files")
