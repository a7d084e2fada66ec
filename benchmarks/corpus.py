"""Generate a realistic benchmark corpus: one partnership directory plus N document files.

The partnership is the Trondheim example (``examples/trondheim``: its
partnership file and inquiry types); the N files are inquiries and projects in
it, each made from one of the example's own inquiries and projects with a new
id and title, so that every file is valid and checked against the partnership
(inquiry types, form fields, requirements, parties, cross-file references).
Stand-alone inquiry-type files can be asked for too (``--kinds inquiry-type``).

The corpus is deterministic for a given N (a seeded random generator), so runs
on different machines check the same bytes.  Each document kind has a
generator; a new kind is one function and one entry in :data:`GENERATORS`.
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: The example the corpus is built from.
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "trondheim"

#: Thematic areas and tracks of the generated partnership, shaped like TRD3.0's.
AREAS = {
    "oppvekst-og-utdanning": ("Oppvekst og utdanning", "Childhood, youth and education"),
    "helse-og-velferd": ("Helse og velferd", "Health and welfare"),
    "byutvikling-og-kultur": ("Byutvikling og kultur", "Urban development and culture"),
    "innovasjon-og-omstilling": ("Innovasjon og omstilling", "Innovation and transformation"),
    "unikom": ("Unikom", "Unikom"),
}
TRACKS = {
    "forskning": ("research", "Forskning", "Research"),
    "utdanning": ("education", "Utdanning", "Education"),
    "nyskaping": ("innovation", "Nyskaping", "Innovation"),
}

_FIELDS = [
    ("formal", "Hva er formålet med prosjektet?", "What is the purpose?", "textarea"),
    (
        "nytte",
        "Hvordan har kommunen nytte av det?",
        "How does the municipality benefit?",
        "textarea",
    ),
    ("tittel", "Prosjektets tittel", "Project title", "text"),
    ("frist", "Søknadsfrist", "Application deadline", "date"),
    ("e-post", "E-postadresse", "E-mail address", "email"),
    ("kontaktperson", "Kontaktperson", "Contact person", "text"),
    ("finansiert", "Er prosjektet finansiert?", "Is the project funded?", "boolean"),
]
_REQUIREMENTS = [
    ("prosjekteier", "Navngitt prosjekteier i kommunen", "A named project owner"),
    ("personvern", "Personvern ivaretatt og meldt til Sikt", "Privacy notified to Sikt"),
    ("rek", "Forhåndsgodkjenning fra REK", "Prior approval from REK"),
    ("samtykke", "Samtykke som kan trekkes tilbake", "Consent that can be withdrawn"),
]


def inquiry_type_text(rng: random.Random, number: int) -> str:
    """Return an inquiry-type file of 80 to 140 lines, varied by *rng*."""
    track = rng.choice(list(TRACKS))
    areas = rng.sample(list(AREAS), rng.randint(1, 3))
    lines = [
        "kind: inquiry-type",
        'version: "1.0"',
        f"id: henvendelse-{number}",
        "name:",
        f"  nb: Henvendelse nummer {number} om {TRACKS[track][1].lower()}",
        f"  en: Inquiry number {number} about {TRACKS[track][2].lower()}",
        "description:",
        "  nb: >-",
        "    For prosjekter der kommunen skal være partner, levere data eller",
        "    rekruttere deltakere. Ta kontakt i god tid før en søknadsfrist.",
        "  en: >-",
        "    For projects in which the municipality is to be a partner, supply data",
        "    or recruit participants. Get in touch in good time before a deadline.",
        f"track: {track}",
        f"thematic_areas: [{', '.join(areas)}]",
        f"url: https://www.trondheim.kommune.no/henvendelser/{number}/",
        "form:",
    ]
    for slug, nb, en, kind in rng.sample(_FIELDS, rng.randint(3, len(_FIELDS))):
        lines += [f"  - id: {slug}", "    label:", f"      nb: {nb}", f"      en: {en}"]
        lines += [f"    type: {kind}", f"    required: {rng.choice(['true', 'false'])}"]
    lines += [
        "  - id: bidrag",
        "    label:",
        "      nb: Hva forventes kommunen å bidra med?",
        "      en: What is the municipality expected to contribute?",
        "    type: multichoice",
        "    choices:",
    ]
    for slug, nb, en in (("data", "Data", "Data"), ("penger", "Penger", "Money")):
        lines += [
            f"      - id: {slug}",
            "        label:",
            f"          nb: {nb}",
            f"          en: {en}",
        ]
    lines.append("requirements:")
    for slug, nb, en in rng.sample(_REQUIREMENTS, rng.randint(1, len(_REQUIREMENTS))):
        lines += [f"  - id: {slug}", "    title:", f"      nb: {nb}", f"      en: {en}"]
    lines += [
        "assessment:",
        "  criteria:",
        "    - id: relevant",
        "      question:",
        "        nb: Er prosjektet relevant for kommunens planer?",
        "        en: Is the project relevant to the municipality's plans?",
        "    - id: kvalitet",
        "      title:",
        "        nb: Faglig kvalitet",
        "        en: Scientific quality",
        "      scale:",
        "        minimum: 1",
        "        maximum: 7",
        "        levels:",
        "          - score: 7",
        "            label:",
        "              nb: Fremragende",
        "              en: Excellent",
        "          - score: 1",
        "            label:",
        "              nb: Dårlig",
        "              en: Poor",
        f"      threshold: {rng.randint(3, 5)}",
        "intake:",
        "  deadlines:",
        f'    - annual: "{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"',
        "    - rrule: FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15",
        "  non_working_day: next",
        f"processing_time: P{rng.randint(2, 8)}W",
        "preliminary_reply_after: P1M",
        "routes:",
        "  - id: ordinaer",
        "    steps:",
    ]
    for action, nb, en in (
        ("receive", "FoU-koordinator", "R&D coordinator"),
        ("assess", "Stabsrådgiver", "Staff adviser"),
        ("decide", "Områdedirektør", "Area director"),
    ):
        lines += [f"      - action: {action}", "        role:", f"          nb: {nb}"]
        lines += [f"          en: {en}", "        party: trondheim-kommune"]
    return "\n".join(lines) + "\n"


@cache
def _templates(kind: str) -> tuple[str, ...]:
    """Return the example's files of *kind* (``inquiries`` or ``projects``), as text."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted((EXAMPLE / kind).glob("*.yaml")))


def _with(text: str, **lines: str | None) -> str:
    """Replace the top-level ``key: value`` line of each key; None removes the line."""
    for key, value in lines.items():
        new = "" if value is None else f"{key}: {value}\n"
        text = re.sub(rf"(?m)^{key}: .*\n", lambda _match, new=new: new, text, count=1)
    return text


def inquiry_id(number: int) -> str:
    """Return the id of the generated inquiry *number*."""
    return f"2027-{number:05}"


def inquiry_text(rng: random.Random, number: int) -> str:
    """Return an inquiry made from one of the example's, with a new id and title."""
    template = rng.choice(_templates("inquiries"))
    return _with(template, id=inquiry_id(number), title=f"Henvendelse {number} (generert)")


def project_text(rng: random.Random, number: int) -> str:
    """Return a project made from one of the example's; it may come from an earlier inquiry."""
    template = rng.choice(_templates("projects"))
    came_from = inquiry_id(number - 1) if "\ninquiry: " in template else None
    return _with(
        template,
        id=f"prosjekt-{number:05}",
        title=f"Prosjekt {number} (generert)",
        inquiry=came_from,
    )


@dataclass(frozen=True)
class KindGenerator:
    """How to write files of one kind: where they go and what is in each."""

    kind: str
    #: Directory of the files, relative to the corpus root.  Files of kinds that are
    #: checked against their partnership go under ``trd3/``.
    directory: str
    make: Callable[[random.Random, int], str]


#: One generator per kind the corpus can hold.
GENERATORS: dict[str, KindGenerator] = {
    "inquiry": KindGenerator("inquiry", "trd3/inquiries", inquiry_text),
    "project": KindGenerator("project", "trd3/projects", project_text),
    "inquiry-type": KindGenerator("inquiry-type", "inquiry-types", inquiry_type_text),
}
#: The kinds a corpus holds unless told otherwise: what a partnership's CI checks.
DEFAULT_KINDS = ["inquiry", "project"]


@dataclass(frozen=True)
class Corpus:
    """A generated corpus: its root and the files of each kind."""

    root: Path
    files: dict[str, list[Path]]

    @property
    def count(self) -> int:
        """Return the number of files."""
        return sum(len(paths) for paths in self.files.values())


def generate(root: Path, count: int, kinds: list[str] | None = None, seed: int = 2022) -> Corpus:
    """Write the partnership and *count* files, shared evenly by *kinds*, under *root*.

    With inquiries and projects together, files alternate, so that each project
    that came from an inquiry names the inquiry written just before it.
    """
    rng = random.Random(seed)
    chosen = [GENERATORS[k] for k in (kinds or DEFAULT_KINDS)]
    home = root / "trd3"
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLE / "partnership.yaml", home / "partnership.yaml")
    shutil.copytree(EXAMPLE / "inquiry-types", home / "inquiry-types", dirs_exist_ok=True)
    files: dict[str, list[Path]] = {
        "partnership": [home / "partnership.yaml"],
        "inquiry-type": sorted((home / "inquiry-types").glob("*.yaml")),
    }
    for index in range(count):
        generator = chosen[index % len(chosen)]
        directory = root / generator.directory
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{generator.kind}-{index:05}.yaml"
        path.write_text(generator.make(rng, index), encoding="utf-8")
        files.setdefault(generator.kind, []).append(path)
    return Corpus(root=root, files=files)
