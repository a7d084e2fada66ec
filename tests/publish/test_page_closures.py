"""The public page says whose closures and calendars count, and how the clock acts on a limit.

Each fact is checked in Markdown and HTML, in nb, nn and en, on a small
partnership written here: a governance body with parties, a party with a
working calendar of its own, closed periods of the whole partnership, of one
party and of two, an inquiry type whose processing time pauses during
closures and whose preliminary reply they move, one that keeps the plain
rules, and a deadline counted from an årshjul event, whose next date is
computed by hand (Easter 2028, with a closure in Holy Week).  A deadline whose
non-working-day rule is its own says so beside it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import unikom
from pageblocks import as_html, blocks, says, tagged_blocks
from unikom.model._fields import RRuleText, Slug
from unikom.model.calendars import (
    CalendarSpec,
    calendar_spec,
    register_calendar,
    unregister_calendar,
)
from unikom.model.text import Text
from unikom.publish.page import render_page
from written import valid_partnership

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("nb", "nn", "en")
FORMATS = ("md", "html")
#: A day before the event's 2027 date has passed: the deadline is 8 April 2027.
BEFORE_2027 = dt.date(2027, 4, 8)
#: The day after: the next deadline is in 2028.
AFTER_2027 = dt.date(2027, 4, 9)

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
    role: lead
  - id: vik-kommune
    kind: municipality
    name: Vik kommune
    org_number: "100000016"
    calendar: NO-TEST
  - id: uib
    kind: university
    name: Universitetet i Bukta
    short_name: UiBu
    org_number: "100000040"
thematic_areas:
  - id: helse
    name: {nb: Helse, nn: Helse, en: Health}
tracks:
  - id: forsking
    kind: research
    name: {nb: Forskning, nn: Forsking, en: Research}
governance_bodies:
  - id: styret
    name: {nb: Styret, nn: Styret, en: The board}
    parties: [bukt-kommune, uib]
  - id: radet
    name: {nb: Rådet, nn: Rådet, en: The council}
annual_cycle:
  - id: mote
    title: {nb: Styremøtet, nn: Styremøtet, en: Board meeting}
    rrule: FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15
    body: styret
closed_periods:
  - id: jul
    name: {nb: Jul, nn: Jul, en: Christmas}
    start: "12-24"
    end: "12-31"
  - id: stille-uke
    name: {nb: Stille uke, nn: Stille veke, en: Holy Week}
    feast: easter
    days: {first: -6, last: -4}
  - id: flytting
    name: {nb: Flytting, nn: Flytting, en: Moving offices}
    dates: {start: 2026-06-01, end: 2026-06-03}
    parties: [bukt-kommune, vik-kommune]
  - id: vik-hostferie
    name: {nb: Høstferie i Vik, nn: Haustferie i Vik, en: Autumn holiday in Vik}
    weeks: {first: 40, last: 40}
    parties: [vik-kommune]
inquiry_types:
  - id: pause
    name: {nb: Pause, nn: Pause, en: Pause}
    track: forsking
    intake:
      deadlines:
        - event: mote
          before: 5 working days
          non_working_day: previous
    processing_time: 10 working days
    closures:
      mode: suspend
      preliminary_reply: true
  - id: plain
    name: {nb: Vanlig, nn: Vanleg, en: Plain}
    track: forsking
    intake:
      deadlines:
        - annual: "03-01"
        - annual: "09-01"
          non_working_day: keep
    processing_time: P1M
  - id: open
    name: {nb: Åpen, nn: Open, en: Open}
    track: forsking
"""

WHOLE = {"nb": "Hele partnerskapet", "nn": "Heile partnarskapen", "en": "The whole partnership"}
ONLY = {"nb": "Bare {}", "nn": "Berre {}", "en": "{} only"}
REPRESENTED = {"nb": "Parter som er med", "nn": "Partar som er med", "en": "Parties represented"}
CALENDAR = {
    "nb": "Frister for henvendelser til Vik kommune regnes etter arbeidskalenderen for "
    "Testland, ikke etter partnerskapets (Norge).",
    "nn": "Fristar for førespurnader til Vik kommune vert rekna etter arbeidskalenderen for "
    "Testland, ikkje etter partnarskapen sin (Noreg).",
    "en": "Deadlines for inquiries to Vik kommune are counted on the working calendar of "
    "Testland, not on the partnership's (Norway).",
}
SUSPEND = {
    "nb": "Etter partnerskapets egen regel står behandlingstiden stille på dager som er stengt "
    "(se «Dager som ikke regnes som virkedager»), og fortsetter etterpå.",
    "nn": "Etter partnarskapen sin eigen regel står behandlingstida stille på dagar som er "
    "stengde (sjå «Dagar som ikkje vert rekna som verkedagar»), og held fram etterpå.",
    "en": "By the partnership's own rule, the processing time stops on the days it is closed "
    "(see “Days not counted as working days”) and goes on afterwards.",
}
MOVES_REPLY = {
    "nb": "Etter partnerskapets egen regel flyttes også fristen for foreløpig svar",
    "nn": "Etter partnarskapen sin eigen regel vert òg fristen for førebels svar flytta",
    "en": "By the partnership's own rule, the limit for the preliminary reply also moves",
}
WAITING = {
    "nb": "Behandlingstiden står stille mens partnerskapet venter på opplysninger fra avsenderen.",
    "nn": "Behandlingstida står stille medan partnarskapen ventar på opplysningar frå avsendaren.",
    "en": "The processing time stops while the partnership waits for information from the sender.",
}
#: 15 April 2027 is a Thursday; five working days before it is Thursday 8 April.
NEXT_2027 = {
    "nb": "neste gang 8. april 2027 (Styremøtet: 15. april 2027)",
    "nn": "neste gong 8. april 2027 (Styremøtet: 15. april 2027)",
    "en": "next on 8 April 2027 (Board meeting: 15 April 2027)",
}
#: 15 April 2028 is Easter Saturday.  Before it: Good Friday (14) and Maundy
#: Thursday (13) are public holidays, Monday–Wednesday of Holy Week (10–12)
#: the partnership's closure; the working days are then 7, 6, 5, 4 and 3 April.
NEXT_2028 = {
    "nb": "neste gang 3. april 2028 (Styremøtet: 15. april 2028)",
    "nn": "neste gong 3. april 2028 (Styremøtet: 15. april 2028)",
    "en": "next on 3 April 2028 (Board meeting: 15 April 2028)",
}


@pytest.fixture(scope="module")
def test_calendar() -> Iterator[None]:
    register_calendar(
        CalendarSpec(
            name="NO-TEST",
            country="NO",
            title={"nb": "Testland", "nn": "Testland", "en": "Testland"},
        )
    )
    yield
    unregister_calendar("NO-TEST")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, test_calendar: None) -> unikom.Partnership:
    return valid_partnership(SMALL, tmp_path_factory.mktemp("bukt"), languages=LANGUAGES)


def _section(found: list[tuple[str, str]], heading: str) -> list[tuple[str, str]]:
    """Return the blocks after *heading* up to the next heading of its level or higher."""
    start = next(i for i, (tag, text) in enumerate(found) if text == heading and tag[0] == "h")
    level = found[start][0]
    section = []
    for tag, text in found[start + 1 :]:
        if tag[0] == "h" and tag <= level:
            break
        section.append((tag, text))
    return section


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_body_names_the_parties_that_sit_in_it(
    small: unikom.Partnership, language: str, page_format: str
) -> None:
    found = blocks(small, language, page_format, on=BEFORE_2027)
    assert says(
        found, f"{REPRESENTED[language]}: Bukt kommune {'and' if language == 'en' else 'og'} UiBu"
    )
    # A body without parties says nothing of them.
    council = next(b for b in found if b.startswith({"en": "The council"}.get(language, "Rådet")))
    assert REPRESENTED[language] not in council


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_closures_are_grouped_by_whom_they_close(
    small: unikom.Partnership, language: str, page_format: str
) -> None:
    found = tagged_blocks(small, language, page_format, on=BEFORE_2027)
    heading = {
        "nb": "Dager som ikke regnes som virkedager",
        "nn": "Dagar som ikkje vert rekna som verkedagar",
        "en": "Days not counted as working days",
    }[language]
    section = _section(found, heading)
    groups: list[tuple[str, list[str]]] = []
    for tag, text in section:
        if tag == "h4":
            groups.append((text, []))
        else:
            groups[-1][1].append(text)
    names = {
        "nb": ("Jul", "Stille uke", "Flytting", "Høstferie i Vik"),
        "nn": ("Jul", "Stille veke", "Flytting", "Haustferie i Vik"),
        "en": ("Christmas", "Holy Week", "Moving offices", "Autumn holiday in Vik"),
    }[language]
    jul, holy_week, moving, autumn = names
    assert [heading for heading, _ in groups] == [
        WHOLE[language],
        ONLY[language].format("Bukt kommune"),
        ONLY[language].format("Vik kommune"),
    ]
    firsts = [[text.split(":")[0] for text in texts] for _, texts in groups]
    assert firsts[0] == [jul, holy_week]
    assert firsts[1] == [moving]
    # Vik counts on a calendar of its own, named in words, then its closures in file order.
    assert groups[2][1][0] == CALENDAR[language]
    assert firsts[2][1:] == [moving, autumn]


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_inquiry_type_says_how_closures_and_waiting_act_on_its_limits(
    small: unikom.Partnership, language: str, page_format: str
) -> None:
    found = tagged_blocks(small, language, page_format, on=BEFORE_2027)
    by_type = {
        name: [text for _tag, text in _section(found, name)]
        for name in {"nb": ("Pause", "Vanlig", "Åpen"), "nn": ("Pause", "Vanleg", "Open")}.get(
            language, ("Pause", "Plain", "Open")
        )
    }
    pause, plain, open_ = by_type.values()
    assert SUSPEND[language] in pause
    assert says(pause, MOVES_REPLY[language])
    assert says(pause, WAITING[language])
    # The plain rules are not spelt out; the wait still stops a processing time.
    assert not says(plain, SUSPEND[language])
    assert not says(plain, MOVES_REPLY[language])
    assert says(plain, WAITING[language])
    # Without a processing time there is no clock to stop.
    assert not says(open_, WAITING[language])
    assert not says(open_, SUSPEND[language])


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_deadline_counted_from_an_event_names_its_next_date(
    small: unikom.Partnership, language: str, page_format: str
) -> None:
    assert says(blocks(small, language, page_format, on=BEFORE_2027), NEXT_2027[language])
    assert says(blocks(small, language, page_format, on=AFTER_2027), NEXT_2028[language])


def test_the_suspend_sentence_links_to_the_closed_days_in_html(small: unikom.Partnership) -> None:
    html = render_page(small, language="nn", format="html", on=BEFORE_2027).text
    assert 'sjå «<a href="#closed-days">Dagar som ikkje vert rekna som verkedagar</a>»' in html
    assert html.count('id="closed-days"') == 1


def test_an_event_without_dates_left_gives_no_next_date(small: unikom.Partnership) -> None:
    cycle = tuple(
        attrs.evolve(event, rrule=RRuleText("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15;COUNT=1"))
        for event in small.annual_cycle
    )
    once = attrs.evolve(small, annual_cycle=cycle)
    for page_format in FORMATS:
        found = blocks(once, "nn", page_format, on=dt.date(2030, 1, 1))
        assert not says(found, "neste gong")
        # The deadline itself is still described.
        assert says(found, "5 verkedagar før Styremøtet")


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_partnership_whose_closures_are_all_its_own_lists_them_as_before(
    language: str, page_format: str
) -> None:
    trondheim = unikom.load(ROOT / "examples" / "trondheim")
    found = tagged_blocks(trondheim, language, page_format)
    assert not says([text for _tag, text in found], WHOLE[language])
    assert not any(tag == "h4" and text.startswith(ONLY[language][:4]) for tag, text in found)


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_vest_example_says_whose_closures_and_that_the_clock_stops(
    language: str, page_format: str
) -> None:
    vest = unikom.load(ROOT / "examples" / "vest")
    found = blocks(vest, language, page_format, on=dt.date(2026, 11, 30))
    assert WHOLE[language] in found
    assert ONLY[language].format("Lidal kommune") in found
    assert SUSPEND[language] in found
    assert says(found, WAITING[language])
    assert says(found, f"{REPRESENTED[language]}: Vestfjord kommune, Nesøy kommune, UiVF")
    # Second Tuesday of March 2027 is the 9th; ten working days before it, 23 February.
    next_meeting = {
        "nb": "neste gang 23. februar 2027",
        "nn": "neste gong 23. februar 2027",
        "en": "next on 23 February 2027",
    }[language]
    assert says(found, next_meeting)


def test_names_in_the_new_sentences_cannot_inject_markup(small: unikom.Partnership) -> None:
    evil = "<b>Vik</b> *kommune* [x](javascript:alert(1))"
    parties = tuple(
        attrs.evolve(party, name=Text.plain(evil)) if party.id == "vik-kommune" else party
        for party in small.parties
    )
    events = tuple(attrs.evolve(event, title=Text.plain(evil)) for event in small.annual_cycle)
    bodies = tuple(
        attrs.evolve(body, parties=(Slug("vik-kommune"),)) for body in small.governance_bodies
    )
    hostile = attrs.evolve(small, parties=parties, annual_cycle=events, governance_bodies=bodies)
    for language in LANGUAGES:
        html = render_page(hostile, language=language, format="html", on=BEFORE_2027).text
        assert "<b>" not in html
        # The body's parties, the closure heading, the calendar sentence, the next date.
        assert html.count("&lt;b&gt;Vik&lt;/b&gt;") >= 6
        md = render_page(hostile, language=language, format="md", on=BEFORE_2027).text
        rendered = as_html(md, "md")
        assert "<b>" not in rendered
        assert "<em>kommune</em>" not in rendered
        assert "javascript" not in str(re.findall(r'href="([^"]*)"', rendered))
        assert rendered.count("&lt;b&gt;Vik&lt;/b&gt; *kommune*") >= 6


def test_a_calendar_title_cannot_inject_markup(small: unikom.Partnership) -> None:
    evil = "<b>Test</b> *land*"
    register_calendar(CalendarSpec(name="NO-TEST", country="NO", title=evil), replace=True)
    try:
        html = render_page(small, language="en", format="html").text
        assert "&lt;b&gt;Test&lt;/b&gt; *land*" in html
        assert "<b>" not in html
        md = as_html(render_page(small, language="en", format="md").text, "md")
        assert "&lt;b&gt;Test&lt;/b&gt; *land*" in md
        assert "<em>land</em>" not in md
    finally:
        register_calendar(
            CalendarSpec(
                name="NO-TEST",
                country="NO",
                title={"nb": "Testland", "nn": "Testland", "en": "Testland"},
            ),
            replace=True,
        )


def test_an_unnamed_calendar_is_shown_by_its_registry_name() -> None:
    spec = CalendarSpec(name="XX", country="NO")
    assert spec.display_name("nn") == "XX"
    assert CalendarSpec(name="NO", country="NO", title="Noreg").display_name("en") == "Noreg"
    assert calendar_spec("NO").display_name("nn") == "Noreg"


SCHEDULE_MOVES = {
    "nb": "En frist på en helg- eller helligdag flyttes til neste virkedag.",
    "nn": "Ein frist på ein helge- eller heilagdag vert flytta til neste verkedag.",
    "en": "A deadline on a weekend or public holiday moves to the next working day.",
}
OWN_PREVIOUS = {
    "nb": "; flyttes til forrige virkedag om den faller på en helg- eller helligdag",
    "nn": "; vert flytta til førre verkedag om han kjem på ein helge- eller heilagdag",
    "en": "; moves to the working day before if it falls on a weekend or public holiday",
}
OWN_KEEP = {
    "nb": "; flyttes ikke om den faller på en helg- eller helligdag",
    "nn": "; vert ikkje flytta om han kjem på ein helge- eller heilagdag",
    "en": "; does not move if it falls on a weekend or public holiday",
}


@pytest.mark.parametrize("page_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_deadline_with_its_own_non_working_day_rule_says_it(
    small: unikom.Partnership, language: str, page_format: str
) -> None:
    found = tagged_blocks(small, language, page_format, on=BEFORE_2027)
    pause_name, plain_name = {"nb": ("Pause", "Vanlig"), "nn": ("Pause", "Vanleg")}.get(
        language, ("Pause", "Plain")
    )
    pause = [text for _tag, text in _section(found, pause_name)]
    plain = [text for _tag, text in _section(found, plain_name)]
    # Its only deadline has a rule of its own: the schedule's rule is not said.
    assert says(pause, OWN_PREVIOUS[language])
    assert SCHEDULE_MOVES[language] not in pause
    # One deadline follows the schedule, one keeps its day.
    assert SCHEDULE_MOVES[language] in plain
    assert sum(OWN_KEEP[language] in text for text in plain) == 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_format", FORMATS)
def test_closed_periods_are_shown_when_the_partnership_takes_no_inquiries(
    language: str, page_format: str
) -> None:
    # They were listed only under «how to send an inquiry», so a partnership
    # without inquiry types lost its closed periods (and their notes) from the page.
    vest = unikom.load(ROOT / "examples" / "vest")
    bare = attrs.evolve(vest, inquiry_types=())
    page = render_page(bare, language=language, format=page_format, year=2026).text
    for period in vest.closed_periods:
        assert period.name.get(language) in page
        assert period.note is not None
        assert period.note.get(language) in page
    if page_format == "md":
        levels = [
            len(line) - len(line.lstrip("#")) for line in page.splitlines() if line[:1] == "#"
        ]
    else:
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", page)]
        assert 'href="#closed-days"' in page
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels
