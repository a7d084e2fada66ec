"""The partnership described for search engines: schema.org JSON-LD in the HTML page.

The same description as the CPSV-AP export (``unikom export --format jsonld``),
in the vocabulary search engines read: the partnership a ``Consortium`` whose
members are the parties, each in an ``OrganizationRole`` that names its role
(the lead party's says so); each party a ``GovernmentOrganization`` identified
by its organisation number; each inquiry type a ``GovernmentService`` the
parties provide.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup

from unikom.model import words
from unikom.model.partnership import Partnership
from unikom.model.party import Party, PartyKind

__all__ = ["json_for_script", "schema_org", "structured_data"]

# Inside <script> the HTML parser looks only for '</script' (and '<!--'); with '<',
# '>' and '&' written as JSON escapes no value can end the script or open markup.
# U+2028 and U+2029 end a line in older JavaScript parsers.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def json_for_script(data: Any) -> str:
    """Return *data* as JSON that can sit inside an HTML ``<script>`` element."""
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False).translate(_SCRIPT_SAFE)


def schema_org(
    partnership: Partnership, language: str, *, on: dt.date | None = None
) -> dict[str, Any]:
    """Return the schema.org description of *partnership*, its texts in *language*.

    Given *on*, only the parties that are members on that day are described
    and named as providers.
    """
    members = partnership.parties if on is None else partnership.parties_on(on)
    member_ids = {party.id for party in members}
    parties = []
    for party in members:
        organisation: dict[str, Any] = {
            "@type": "Organization" if party.kind is PartyKind.OTHER else "GovernmentOrganization",
            "@id": f"#party-{party.id}",
            "name": party.name.get(language),
            "identifier": {
                "@type": "PropertyValue",
                "propertyID": "organisasjonsnummer",
                "value": party.org_number,
            },
            "address": {"@type": "PostalAddress", "addressCountry": "NO"},
        }
        if party.url:
            organisation["url"] = party.url
        parties.append(organisation)
    areas = {area.id: area.name.get(language) for area in partnership.thematic_areas}
    tracks = {track.id: track.name.get(language) for track in partnership.tracks}
    every_party = [{"@id": f"#party-{p.id}"} for p in members]
    services = []
    for it in partnership.inquiry_types:
        service: dict[str, Any] = {
            "@type": "GovernmentService",
            "@id": f"#service-{it.id}",
            "identifier": it.id,
            "name": it.name.get(language),
            "description": (it.description or it.name).get(language),
            "serviceType": tracks.get(it.track, it.track),
            "category": [areas[a] for a in (it.thematic_areas or tuple(areas)) if a in areas],
            # A type for some parties only is never said to be provided by the others,
            # even when none of its own are members on the day.
            "provider": [{"@id": f"#party-{p}"} for p in it.addressees if p in member_ids]
            if it.addressees
            else every_party,
            "areaServed": {"@type": "Country", "name": "Norway", "identifier": "NO"},
        }
        if it.url:
            service["availableChannel"] = {"@type": "ServiceChannel", "serviceUrl": it.url}
        services.append(service)
    return {
        "@context": "https://schema.org",
        "@graph": [_consortium(partnership, members, language), *parties, *services],
    }


def _consortium(
    partnership: Partnership, members: Sequence[Party], language: str
) -> dict[str, Any]:
    """Return the partnership as a schema.org ``Consortium`` whose members are the parties.

    schema.org has no property for the party that leads a consortium, so each
    membership is a ``OrganizationRole`` (schema.org's Role pattern) whose
    ``roleName`` says lead, member or associate, dated by the membership period.
    """
    node: dict[str, Any] = {
        "@type": "Consortium",
        "@id": "#partnership",
        "name": partnership.name.get(language),
    }
    if partnership.short_name:
        node["alternateName"] = partnership.short_name
    if partnership.description is not None:
        node["description"] = " ".join(partnership.description.get(language).split())
    roles = []
    for party in members:
        role: dict[str, Any] = {
            "@type": "OrganizationRole",
            "member": {"@id": f"#party-{party.id}"},
            "roleName": words.word(f"role.{party.effective_role.value}", language),
        }
        if party.joined is not None:
            role["startDate"] = party.joined.isoformat()
        if party.left is not None:
            role["endDate"] = party.left.isoformat()
        roles.append(role)
    node["member"] = roles
    return node


def structured_data(
    partnership: Partnership, language: str, *, on: dt.date | None = None
) -> Markup:
    """Return the ``<script type="application/ld+json">`` element for the page's head."""
    text = json_for_script(schema_org(partnership, language, on=on))
    # The JSON is made safe for the script element above; Markup keeps Jinja from escaping it.
    return Markup(f'<script type="application/ld+json">\n{text}\n</script>')
