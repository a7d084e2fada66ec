"""The HTML page describes the partnership for search engines in schema.org JSON-LD."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import unikom
from unikom.model._validation import schema_checked
from unikom.model.text import Text
from unikom.publish._schemaorg import json_for_script
from unikom.publish.page import render_page

ROOT = Path(__file__).resolve().parents[2]
TRONDHEIM = ROOT / "examples" / "trondheim"
HOSTILE = "</script><script>alert(1)</script><!-- & </SCRIPT >\u2028"


class _Scripts(HTMLParser):
    """Collect what an HTML parser sees as each script element's content."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._open = dict(attributes)
            self.scripts.append((self._open, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attributes, text = self.scripts[-1]
            self.scripts[-1] = (attributes, text + data)


def _scripts(html: str) -> list[tuple[dict[str, str | None], str]]:
    parser = _Scripts()
    parser.feed(html)
    return parser.scripts


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_page_embeds_government_organisations_and_services(language: str) -> None:
    partnership = unikom.load(TRONDHEIM)
    html = render_page(partnership, language=language, format="html").text
    [(attributes, text)] = _scripts(html)
    assert attributes == {"type": "application/ld+json"}
    data = json.loads(text)
    assert data["@context"] == "https://schema.org"
    by_type: dict[str, list[dict[str, object]]] = {}
    for node in data["@graph"]:
        by_type.setdefault(node["@type"], []).append(node)
    numbers = {n["identifier"]["value"] for n in by_type["GovernmentOrganization"]}  # type: ignore[index]
    assert numbers == {p.org_number for p in partnership.parties}
    services = by_type["GovernmentService"]
    assert [s["identifier"] for s in services] == [it.id for it in partnership.inquiry_types]
    for service, it in zip(services, partnership.inquiry_types, strict=True):
        assert service["name"] == it.name.get(language)
        assert service["provider"]


def test_file_text_cannot_break_out_of_the_script() -> None:
    partnership = unikom.load(TRONDHEIM)
    # Built past the model's checks (a name is one line): the page escapes all the same.
    with schema_checked():
        it = attrs.evolve(partnership.inquiry_types[0], name=Text.plain(HOSTILE))
        hostile = attrs.evolve(
            partnership,
            name=Text.plain(HOSTILE),
            inquiry_types=(it, *partnership.inquiry_types[1:]),
        )
    html = render_page(hostile, language="nb", format="html").text
    scripts = _scripts(html)
    # Still one script, holding exactly the JSON: nothing broke out, nothing was added.
    assert len(scripts) == 1
    [(_attributes, text)] = scripts
    data = json.loads(text)
    names = [node["name"] for node in data["@graph"] if node["@type"] == "GovernmentService"]
    assert names[0] == HOSTILE
    assert not re.search(r"[<>&\u2028]", text)


def test_json_for_script_escapes_what_html_reads() -> None:
    text = json_for_script({"a": "<&>\u2028\u2029"})
    assert json.loads(text) == {"a": "<&>\u2028\u2029"}
    assert not set(text) & set("<>&\u2028\u2029")


def test_markdown_page_has_no_script() -> None:
    page = render_page(unikom.load(TRONDHEIM), language="nb", format="md").text
    assert "ld+json" not in page


@pytest.mark.parametrize(
    ("language", "lead"), [("nb", "vertspart"), ("nn", "vertspart"), ("en", "lead")]
)
def test_the_partnership_is_a_consortium_whose_member_roles_name_the_lead(
    language: str, lead: str
) -> None:
    # schema.org has no property for a consortium's lead; its Role pattern
    # (an OrganizationRole between the consortium and a member) names the role.
    vest = unikom.load(ROOT / "examples" / "vest")
    on = dt.date(2026, 11, 30)
    html = render_page(vest, language=language, format="html", on=on).text
    [(_attributes, text)] = _scripts(html)
    [consortium] = [n for n in json.loads(text)["@graph"] if n["@type"] == "Consortium"]
    assert consortium["name"] == vest.name.resolve(language)[1]
    assert consortium["alternateName"] == "KK Vestfjord"
    roles = {role["member"]["@id"]: role for role in consortium["member"]}
    assert all(role["@type"] == "OrganizationRole" for role in roles.values())
    # The members of the page's day: Solbakk left at the end of 2025.
    assert set(roles) == {f"#party-{party.id}" for party in vest.parties_on(on)}
    assert roles["#party-vestfjord-kommune"]["roleName"] == lead
    assert [r for r in roles.values() if r["roleName"] == lead] == [
        roles["#party-vestfjord-kommune"]
    ]
    assert roles["#party-haugeland-kommune"]["startDate"] == "2025-01-01"
    assert "endDate" not in roles["#party-haugeland-kommune"]


def test_a_type_for_parties_none_of_whom_are_members_names_no_other_provider() -> None:
    from unikom.publish._schemaorg import schema_org

    vest = unikom.load(ROOT / "examples" / "vest")
    left = dt.date(2026, 11, 30)
    [gone] = [party for party in vest.parties if not party.is_member_on(left)]
    only_gone = attrs.evolve(vest.inquiry_types[0], addressees=(gone.id,))
    vest = attrs.evolve(vest, inquiry_types=(only_gone, *vest.inquiry_types[1:]))
    graph = schema_org(vest, "nn", on=left)["@graph"]
    [service] = [node for node in graph if node.get("identifier") == only_gone.id]
    assert service["provider"] == []
