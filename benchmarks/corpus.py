"""Generate a realistic benchmark corpus: one partnership directory plus N document files.

The corpus is deterministic for a given N (a seeded random generator), so runs on
different machines check the same bytes.  Each document kind has a generator; a
new kind (inquiries and projects, for example) is one function and one entry in
:data:`GENERATORS`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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

PARTNERSHIP = """\
kind: partnership
version: "1.0"
id: trd3
name:
  nb: Universitetskommunen Trondheim 3.0
  en: University Municipality Trondheim 3.0
short_name: TRD3.0
description:
  nb: Et langsiktig samarbeid mellom NTNU og Trondheim kommune.
  en: A long-term partnership between NTNU and Trondheim kommune.
languages: [nb, en]
parties:
  - id: ntnu
    kind: university
    name:
      nb: Norges teknisk-naturvitenskapelige universitet
      en: Norwegian University of Science and Technology
    short_name: NTNU
    org_number: "974767880"
    url: https://www.ntnu.no/
  - id: trondheim-kommune
    kind: municipality
    name: Trondheim kommune
    org_number: "942110464"
    url: https://www.trondheim.kommune.no/
agreements:
  - id: trd3-avtale
    title:
      nb: Avtale TRD 3.0
      en: Agreement TRD 3.0
    signed: "2021-03-28"
    period:
      start: "2022-01-01"
      end: "2032-12-31"
    signatories:
      - name: Rita Ottervik
        title:
          nb: ordfører
          en: mayor
        party: trondheim-kommune
      - name: Anne Borg
        title:
          nb: rektor
          en: rector
        party: ntnu
goals:
  - id: kunnskap
    title:
      nb: Tilgang til kunnskap og kompetanse
      en: Access to knowledge and competence
  - id: arena
    title:
      nb: En arena for forskningsbasert utdanning, praksis og forskning
      en: An arena for research-based education, practice and research
thematic_areas:
{areas}tracks:
{tracks}contacts:
  - id: havard-wibe
    name: Håvard Wibe
    title:
      nb: seniorrådgiver
      en: senior adviser
    party: ntnu
key_figures:
  - label:
      nb: Forskningssamarbeid i gang
      en: Research collaborations under way
    value: 96
    as_of: "2022-02-01"
"""


def partnership_text() -> str:
    """Return the partnership file of the corpus."""
    areas = "".join(
        f"  - id: {slug}\n    name:\n      nb: {nb}\n      en: {en}\n"
        for slug, (nb, en) in AREAS.items()
    )
    tracks = "".join(
        f"  - id: {slug}\n    kind: {kind}\n    name:\n      nb: {nb}\n      en: {en}\n"
        for slug, (kind, nb, en) in TRACKS.items()
    )
    return PARTNERSHIP.format(areas=areas, tracks=tracks)


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


@dataclass(frozen=True)
class KindGenerator:
    """How to write files of one kind: where they go and what is in each."""

    kind: str
    #: Directory of the files, relative to the corpus root.  Files of kinds that are
    #: checked against their partnership go under ``trd3/``.
    directory: str
    make: Callable[[random.Random, int], str]


#: One generator per kind the corpus holds.  The ``inquiry`` and ``project`` kinds
#: go here as ``KindGenerator("inquiry", "trd3/inquiries", inquiry_text)`` once they
#: exist.  Until then the N files are stand-alone inquiry types.
GENERATORS: dict[str, KindGenerator] = {
    "inquiry-type": KindGenerator("inquiry-type", "inquiry-types", inquiry_type_text),
}


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
    """Write the partnership and *count* files, shared evenly by *kinds*, under *root*."""
    rng = random.Random(seed)
    chosen = [GENERATORS[k] for k in (kinds or list(GENERATORS))]
    files: dict[str, list[Path]] = {"partnership": [], "inquiry-type": []}
    home = root / "trd3"
    (home / "inquiry-types").mkdir(parents=True, exist_ok=True)
    partnership = home / "partnership.yaml"
    partnership.write_text(partnership_text(), encoding="utf-8")
    files["partnership"].append(partnership)
    # The partnership's own inquiry types, one per track.
    for number, track in enumerate(TRACKS, 1):
        path = home / "inquiry-types" / f"{track}.yaml"
        path.write_text(inquiry_type_text(random.Random(number), number), encoding="utf-8")
        files["inquiry-type"].append(path)
    for index in range(count):
        generator = chosen[index % len(chosen)]
        directory = root / generator.directory
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{generator.kind}-{index:05}.yaml"
        path.write_text(generator.make(rng, 1000 + index), encoding="utf-8")
        files.setdefault(generator.kind, []).append(path)
    return Corpus(root=root, files=files)
