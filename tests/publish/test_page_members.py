"""The page lists the parties of one day: members, and apart from them who left and who joins.

The suite's clock stands on :data:`clock.TODAY` (17 June 2026), so "today"
below is that day, whatever the real date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import attrs
import pytest

import unikom
from unikom.publish.page import render_page

VEST = Path(__file__).resolve().parents[2] / "examples" / "vest"
TRONDHEIM = Path(__file__).resolve().parents[2] / "examples" / "trondheim"


def section(page: str, heading: str) -> str:
    """Return the Markdown under the heading *heading*, up to the next heading."""
    found = re.search(rf"^#+ {re.escape(heading)}\n(.*?)(?=^#)", page, re.M | re.S)
    return found.group(1) if found else ""


def who(page: str) -> str:
    return page[
        page.index("## ") : page.index("### Agreements" if "### Agr" in page else "### Avtal")
    ]


def test_before_a_party_joins_it_is_listed_apart_with_its_day() -> None:
    page = render_page(unikom.load(VEST), language="nn", format="md", on=dt.date(2024, 6, 1)).text
    assert "Partane per 1. juni 2024." in page
    assert "Haugeland" not in section(page, "Kommunar")
    assert "Haugeland kommune — kommune, medlem, org.nr. 120000640, blir med 1. januar 2025" in (
        section(page, "Komande partar")
    )
    # Solbakk is still a member, and the page says until when.
    assert (
        "Solbakk kommune — kommune, medlem, org.nr. 120000802, med til og med 31. desember 2025"
        in section(page, "Kommunar")
    )
    assert "Tidlegare partar" not in who(page)


def test_after_a_party_left_it_is_listed_apart_with_its_day() -> None:
    page = render_page(unikom.load(VEST), language="en", format="md", on=dt.date(2026, 1, 1)).text
    assert "The parties as of 1 January 2026." in page
    assert "Solbakk" not in section(page, "Municipalities")
    assert (
        "Solbakk kommune — municipality, member, org. no. 120000802, "
        "a member until 31 December 2025" in section(page, "Former parties")
    )
    assert (
        "Haugeland kommune — municipality, member, org. no. 120000640, "
        "a member since 1 January 2025" in section(page, "Municipalities")
    )
    assert "Parties about to join" not in page


def test_on_the_last_and_the_first_day_a_party_is_a_member() -> None:
    p = unikom.load(VEST)
    last = render_page(p, language="nb", format="md", on=dt.date(2025, 12, 31)).text
    assert "Solbakk" in section(last, "Kommuner")
    first = render_page(p, language="nb", format="md", on=dt.date(2025, 1, 1)).text
    assert "Haugeland" in section(first, "Kommuner")
    assert "Kommende parter" not in first


def test_the_day_is_today_when_none_is_given() -> None:
    page = render_page(unikom.load(VEST), language="nb", format="html").text
    assert "<p>Partene per 17. juni 2026.</p>" in page
    assert "Solbakk kommune" in page.split("<h3>Tidligere parter</h3>")[1].split("</ul>")[0]


def test_a_partnership_without_membership_periods_shows_no_day() -> None:
    page = render_page(unikom.load(TRONDHEIM), language="nb", format="md").text
    assert "Partene per" not in page
    assert "Tidligere parter" not in page


def test_the_page_s_structured_data_names_only_the_members_of_the_day() -> None:
    page = render_page(unikom.load(VEST), language="nn", format="html").text
    script = page.split('<script type="application/ld+json">')[1].split("</script>")[0]
    ids = {item["@id"] for item in json.loads(script)["@graph"]}
    assert "#party-haugeland-kommune" in ids
    assert "#party-solbakk-kommune" not in ids


@pytest.mark.parametrize("page_format", ["md", "html"])
def test_every_party_is_on_the_page_once_whatever_the_day(page_format: str) -> None:
    p = unikom.load(VEST)
    for day in (dt.date(2020, 1, 1), dt.date(2025, 6, 1), dt.date(2030, 1, 1)):
        page = render_page(p, language="nb", format=page_format, on=day).text
        for party in p.parties:
            assert page.count(f"org.nr. {party.org_number}") == 1, (day, party.id)


def test_a_lead_that_has_left_is_not_named_the_lead() -> None:
    p = unikom.load(VEST)
    lead = p.lead
    assert lead is not None
    gone = attrs.evolve(lead, left=dt.date(2025, 12, 31))
    p = attrs.evolve(p, parties=tuple(gone if q is lead else q for q in p.parties))
    before = render_page(p, language="en", format="md", on=dt.date(2025, 12, 31)).text
    after = render_page(p, language="en", format="md", on=dt.date(2026, 1, 1)).text
    assert who(before).count(lead.name.get("en")) == 2  # named the lead, and listed
    assert who(after).count(lead.name.get("en")) == 1  # only among the former parties
