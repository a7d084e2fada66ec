"""The public page of a consortium: roles, on-behalf signing, coverage, addressees, routes.

Each fact is checked in Markdown and HTML, in nb, nn and en, on the Vestfjord
example and on a small partnership written here that has each kind once: a
lead party, a signatory for other parties, an agreement that covers some
parties and one that covers all, an inquiry type that may be addressed to some
parties, routes chosen by party and by area, and a contact of no party.
Markdown is rendered with markdown-it-py, so both formats are read the same
way: as the blocks (paragraphs, list items, headings, definitions) a reader sees.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import attrs
import pytest
from markdown_it import MarkdownIt

import unikom
from pageblocks import blocks, says
from unikom.model.text import Text
from unikom.publish.page import render_page
from written import valid_partnership

VEST = Path(__file__).resolve().parents[2] / "examples" / "vest"
LANGUAGES = ("nb", "nn", "en")
FORMATS = ("md", "html")

SMALL = """\
kind: partnership
version: "1.1"
id: bukt
name:
  nb: Kunnskapsbukta
  nn: Kunnskapsbukta
  en: The Knowledge Bay
languages: [nb, nn, en]
parties:
  - id: bukt-kommune
    kind: municipality
    name: Bukt kommune
    org_number: "100000008"
    url: https://bukt.example
    role: lead
  - id: vik-kommune
    kind: municipality
    name: Vik kommune
    org_number: "100000016"
  - id: fylket
    kind: county_municipality
    name: Fylket fylkeskommune
    org_number: "100000024"
    role: associate
  - id: uib
    kind: university
    name: Universitetet i Bukta
    short_name: UiBu
    org_number: "100000040"
agreements:
  - id: avtale
    title: {nb: Samarbeidsavtale, nn: Samarbeidsavtale, en: Agreement}
    period: {start: 2024-01-01}
    parties: [bukt-kommune, vik-kommune, uib]
    signatories:
      - name: Kari Bukt
        title: {nb: ordfører, nn: ordførar, en: mayor}
        party: bukt-kommune
        on_behalf_of: [vik-kommune]
      - name: Per Bukt
        title: {nb: rektor, nn: rektor, en: rector}
        party: uib
  - id: intensjon
    title: {nb: Intensjonsavtale, nn: Intensjonsavtale, en: Letter of intent}
    period: {start: 2023-01-01, end: 2023-12-31}
thematic_areas:
  - id: helse
    name: {nb: Helse, nn: Helse, en: Health}
  - id: skule
    name: {nb: Skole, nn: Skule, en: Schools}
tracks:
  - id: forsking
    kind: research
    name: {nb: Forskning, nn: Forsking, en: Research}
contacts:
  - id: sekretariatet
    name: Sekretariatet for Kunnskapsbukta
    email: post@bukt.example
    role: {nb: Tar imot henvendelser, nn: Tek imot førespurnader, en: Receives inquiries}
  - id: fou-bukt
    name: Ingrid Bukt
    party: bukt-kommune
    role: {nb: FoU-kontakt, nn: FoU-kontakt, en: R&D contact}
  - id: fou-vik
    name: Nils Vik
    party: vik-kommune
    phone: "+47 00 00 00 00"
    role: {nb: FoU-kontakt, nn: FoU-kontakt, en: R&D contact}
inquiry_types:
  - id: forsking
    name: {nb: Forskning, nn: Forsking, en: Research}
    track: forsking
    addressees: [bukt-kommune, vik-kommune]
    routes:
      - id: felles
        name: {nb: Felles rute, nn: Felles rute, en: Shared route}
        steps:
          - action: receive
            role: {nb: sekretariatet, nn: sekretariatet, en: the secretariat}
            contact: sekretariatet
      - id: felles-helse
        thematic_areas: [helse]
        steps:
          - action: decide
            role: {nb: helserådet, nn: helserådet, en: the health board}
      - id: vik
        party: vik-kommune
        steps:
          - action: receive
            role: {nb: FoU-kontakt i Vik, nn: FoU-kontakt i Vik, en: R&D contact in Vik}
            party: vik-kommune
            contact: fou-vik
      - id: vik-helse
        party: vik-kommune
        thematic_areas: [helse]
        steps:
          - action: decide
            role: {nb: kommunalsjef, nn: kommunalsjef, en: head of services}
            party: vik-kommune
"""

#: What the small partnership's page says, in each language.
SMALL_FACTS = {
    "nb": [
        "Vertspart: Bukt kommune",
        "Bukt kommune — kommune, vertspart, org.nr. 100000008",
        "Vik kommune — kommune, medlem, org.nr. 100000016",
        "Fylket fylkeskommune — fylkeskommune, assosiert, org.nr. 100000024",
        "Gjelder for: Bukt kommune, Vik kommune og UiBu",
        "Gjelder for: alle partene",
        "Kari Bukt, ordfører (Bukt kommune), på vegne av Vik kommune",
        "Kan sendes til: Bukt kommune og Vik kommune",
        "For henvendelser til partnerskapet eller til en part uten egen rute om alle andre "
        "områder: Felles rute",
        "For henvendelser til partnerskapet eller til en part uten egen rute om Helse",
        "For henvendelser til Vik kommune om alle andre områder",
        "For henvendelser til Vik kommune om Helse",
        "Tar imot: sekretariatet, kontakt: Sekretariatet for Kunnskapsbukta, post@bukt.example",
        "Tar imot: FoU-kontakt i Vik (Vik kommune), kontakt: Nils Vik, +47 00 00 00 00",
        "Felles for partnerskapet",
    ],
    "nn": [
        "Vertspart: Bukt kommune",
        "Bukt kommune — kommune, vertspart, org.nr. 100000008",
        "Vik kommune — kommune, medlem, org.nr. 100000016",
        "Fylket fylkeskommune — fylkeskommune, assosiert, org.nr. 100000024",
        "Gjeld for: Bukt kommune, Vik kommune og UiBu",
        "Gjeld for: alle partane",
        "Kari Bukt, ordførar (Bukt kommune), på vegner av Vik kommune",
        "Kan sendast til: Bukt kommune og Vik kommune",
        "For førespurnader til partnarskapen eller til ein part utan eiga rute om alle andre "
        "område: Felles rute",
        "For førespurnader til partnarskapen eller til ein part utan eiga rute om Helse",
        "For førespurnader til Vik kommune om alle andre område",
        "For førespurnader til Vik kommune om Helse",
        "Tek imot: sekretariatet, kontakt: Sekretariatet for Kunnskapsbukta, post@bukt.example",
        "Tek imot: FoU-kontakt i Vik (Vik kommune), kontakt: Nils Vik, +47 00 00 00 00",
        "Felles for partnarskapen",
    ],
    "en": [
        "Lead party: Bukt kommune",
        "Bukt kommune — municipality, lead, org. no. 100000008",
        "Vik kommune — municipality, member, org. no. 100000016",
        "Fylket fylkeskommune — county municipality, associate, org. no. 100000024",
        "Covers: Bukt kommune, Vik kommune and UiBu",
        "Covers: all the parties",
        "Kari Bukt, mayor (Bukt kommune), on behalf of Vik kommune",
        "May be addressed to: Bukt kommune and Vik kommune",
        "For inquiries to the partnership or to a party without a route of its own about "
        "every other area: Shared route",
        "For inquiries to the partnership or to a party without a route of its own about Health",
        "For inquiries to Vik kommune about every other area",
        "For inquiries to Vik kommune about Health",
        "Receives: the secretariat, contact: Sekretariatet for Kunnskapsbukta, post@bukt.example",
        "Receives: R&D contact in Vik (Vik kommune), contact: Nils Vik, +47 00 00 00 00",
        "For the whole partnership",
    ],
}

#: What the Vestfjord example's page says, in each language (its data is nn and en).
VEST_FACTS = {
    "nb": [
        "Vertspart: Vestfjord kommune",
        "Diakonhøgskulen på Vestkysten — høgskole, assosiert, org.nr. 120001205",
        "Gjelder for: Haugeland kommune og Vestfjord kommune",
        "på vegne av Nesøy kommune, Brekke kommune, Lidal kommune",
        "For henvendelser til Lidal kommune: Lidal si eiga rute",
        "For henvendelser til partnerskapet eller til en part uten egen rute: "
        "Felles rute gjennom sekretariatet",
        "Tar imot: FoU-kontakt i Lidal (Lidal kommune), kontakt: Nils Lid",
        "Felles for partnerskapet",
    ],
    "nn": [
        "Vertspart: Vestfjord kommune",
        "Diakonhøgskulen på Vestkysten — høgskule, assosiert, org.nr. 120001205",
        "Gjeld for: Haugeland kommune og Vestfjord kommune",
        "på vegner av Nesøy kommune, Brekke kommune, Lidal kommune",
        "For førespurnader til Lidal kommune: Lidal si eiga rute",
        "For førespurnader til partnarskapen eller til ein part utan eiga rute: "
        "Felles rute gjennom sekretariatet",
        "Tek imot: FoU-kontakt i Lidal (Lidal kommune), kontakt: Nils Lid",
        "Felles for partnarskapen",
        "Illustrerande fristar.",
    ],
    "en": [
        "Lead party: Vestfjord kommune",
        "Diakonhøgskulen på Vestkysten — university college, associate, org. no. 120001205",
        "Covers: Haugeland kommune and Vestfjord kommune",
        "on behalf of Nesøy kommune, Brekke kommune, Lidal kommune",
        "For inquiries to Lidal kommune: Lidal's own route",
        "For inquiries to the partnership or to a party without a route of its own: "
        "Shared route through the secretariat",
        "Receives: R&D contact in Lidal (Lidal kommune), contact: Nils Lid",
        "For the whole partnership",
    ],
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> unikom.Partnership:
    return valid_partnership(SMALL, tmp_path_factory.mktemp("bukt"), languages=LANGUAGES)


@pytest.fixture(scope="module")
def vest() -> unikom.Partnership:
    return unikom.load(VEST)


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_small_consortium_says_who_leads_covers_signs_and_routes(
    small: unikom.Partnership, language: str, page_format: str
) -> None:
    found = blocks(small, language, page_format)
    for fact in SMALL_FACTS[language]:
        assert says(found, fact), (fact, found)


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_vest_example_says_who_leads_covers_signs_and_routes(
    vest: unikom.Partnership, language: str, page_format: str
) -> None:
    found = blocks(vest, language, page_format)
    for fact in VEST_FACTS[language]:
        assert says(found, fact), (fact, found)


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", ["small", "vest"])
def test_no_route_of_a_party_is_labelled_as_an_area_route(
    request: pytest.FixtureRequest, which: str, language: str, page_format: str
) -> None:
    found = blocks(request.getfixturevalue(which), language, page_format)
    # The old label, which said areas chose every route without areas.
    for wrong in ("For alle andre områder", "For alle andre område", "For all other areas"):
        assert not any(block.startswith(wrong) for block in found)
    # Each route of the inquiry type is labelled once, and no two alike.
    labels = [
        b for b in found if re.match(r"(For henvendelser|For førespurnader|For inquiries)", b)
    ]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", ["small", "vest"])
def test_contacts_of_no_party_have_no_dangling_comma_and_parties_own_theirs(
    request: pytest.FixtureRequest, which: str, language: str, page_format: str
) -> None:
    partnership: unikom.Partnership = request.getfixturevalue(which)
    found = blocks(partnership, language, page_format)
    title = {"nb": "Kontakt", "nn": "Kontakt", "en": "Contact"}[language]
    contacts = found[len(found) - found[::-1].index(title) :]  # after the last: the heading
    for block in contacts:
        for line in block.splitlines():
            assert not line.rstrip().endswith(","), block
            assert not line.lstrip().startswith(","), block
            assert ", ," not in line, block
    # The shared contacts come first, under the words for the whole partnership,
    # then each party's own under its name: two R&D contacts read as each party's.
    shared = {"nb": "Felles for partnerskapet", "nn": "Felles for partnarskapen"}
    groups: dict[str | None, tuple[str, list[str]]] = {
        None: (shared.get(language, "For the whole partnership"), [])
    }
    for party in partnership.parties:
        groups[party.id] = (party.name.resolve(language)[1], [])
    for contact in partnership.contacts:
        groups[contact.party][1].append(contact.name)
    expected = [(heading, names) for heading, names in groups.values() if names]
    headings = {heading for heading, _names in groups.values()}
    names = {contact.name for contact in partnership.contacts}
    seen: list[tuple[str, list[str]]] = []
    for block in contacts:
        first = block.split("\n")[0]
        if block in headings:
            seen.append((block, []))
        elif first in names:
            seen[-1][1].append(first)
    assert seen == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partnership_without_roles_says_no_role_and_no_lead(language: str) -> None:
    trondheim = unikom.load(VEST.parent / "trondheim")
    for page_format in FORMATS:
        found = blocks(trondheim, language, page_format)
        assert not says(found, {"nb": "Vertspart", "nn": "Vertspart", "en": "Lead party"}[language])
        assert not says(found, {"nb": "medlem", "nn": "medlem", "en": "member,"}[language])
        # An agreement that names no parties covers them all.
        covers = {"nb": "Gjelder for: alle partene", "nn": "Gjeld for: alle partane"}
        assert says(found, covers.get(language, "Covers: all the parties"))


def test_names_in_the_new_phrases_cannot_inject_markup(small: unikom.Partnership) -> None:
    evil = "<b>Vik</b> *kommune* [x](javascript:alert(1))"
    parties = tuple(
        attrs.evolve(party, name=Text.plain(evil)) if party.id == "vik-kommune" else party
        for party in small.parties
    )
    hostile = attrs.evolve(small, parties=parties)
    for language in LANGUAGES:
        html = render_page(hostile, language=language, format="html").text
        assert "<b>" not in html
        # In the party list, the coverage, the on-behalf signing, the addressees
        # and the route labels: always as text.
        assert html.count("&lt;b&gt;Vik&lt;/b&gt;") >= 6
        rendered = MarkdownIt("commonmark").render(
            render_page(hostile, language=language, format="md").text
        )
        assert "<b>" not in rendered
        assert "<em>kommune</em>" not in rendered
        assert "javascript" not in re.findall(r'href="([^"]*)"', rendered).__str__()
        assert rendered.count("&lt;b&gt;Vik&lt;/b&gt; *kommune*") >= 6


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("which", ["small", "vest"])
def test_the_contact_groups_keep_the_headings_in_order(
    request: pytest.FixtureRequest, which: str, language: str, page_format: str
) -> None:
    partnership: unikom.Partnership = request.getfixturevalue(which)
    text = render_page(partnership, language=language, format=page_format, year=2026).text
    html = MarkdownIt("commonmark").render(text) if page_format == "md" else text
    levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]
    assert levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels
