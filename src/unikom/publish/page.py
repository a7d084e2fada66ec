"""The partnership's public page, rendered from Jinja2 templates as Markdown or HTML.

Texts are shown in the page's language where they have one; otherwise by the
fallback rule of :meth:`Text.resolve`.  Every text shown in another language is
recorded as a :class:`Fallback` (and, in HTML, carries its own ``lang``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any, assert_never

import attrs

from unikom.model import words
from unikom.model._arguments import (
    choice_argument,
    instance_argument,
    language_argument,
    optional_date,
    year_argument,
)
from unikom.model.agreement import Agreement, Signatory
from unikom.model.calendars import DEFAULT_CALENDAR, UnknownCalendarError, calendar_spec
from unikom.model.contact import Contact
from unikom.model.duration import Duration
from unikom.model.governance import ClosedPeriod, GovernanceBody, KeyFigure
from unikom.model.inquiry_type import ClosureMode, HandlingRoute, InquiryType
from unikom.model.partnership import Partnership
from unikom.model.party import Party
from unikom.model.schedule import (
    DEFAULT_TIME_ZONE,
    Deadline,
    IntakeSchedule,
    NonWorkingDayPolicy,
    RelativeDeadline,
)
from unikom.model.text import UNDETERMINED, Text
from unikom.publish import _markdown as markdown

__all__ = [
    "ARSHJUL_BLOCK",
    "PAGE_FORMATS",
    "PAGE_LANGUAGES",
    "Fallback",
    "Pointer",
    "RenderedPage",
    "render_page",
    "split_paragraphs",
]

#: The output formats: template file suffix by format name.
PAGE_FORMATS: tuple[str, ...] = ("md", "html")

#: The languages the page's own words are written in.
PAGE_LANGUAGES: tuple[str, ...] = words.LANGUAGES

#: The name of the HTML template block that holds the årshjul picture.
ARSHJUL_BLOCK = "arshjul_figure"

Pointer = tuple[str | int, ...]

#: The kinds of address a source may link to: a reader follows it in a browser.
_WEB_SCHEMES = frozenset({"http", "https"})


@attrs.frozen(kw_only=True)
class Fallback:
    """A text the page shows in another language than the page's."""

    pointer: Pointer
    wanted: str
    used: str


@attrs.frozen(kw_only=True)
class RenderedPage:
    """A rendered page and the texts in it that fell back to another language."""

    text: str
    language: str
    format: str
    fallbacks: tuple[Fallback, ...]


def render_page(
    partnership: Partnership,
    *,
    language: str = "nb",
    format: str = "html",
    year: int | None = None,
    on: dt.date | None = None,
) -> RenderedPage:
    """Render the public page of *partnership* in *language* as ``md`` or ``html``.

    *year* is the year the årshjul picture shows (default: this year).  *on*
    is the day whose parties the page lists as members (default: today);
    parties that had left by then, or join later, are listed apart with
    their dates.
    """
    instance_argument(partnership, "partnership", Partnership)
    choice_argument(format, "format", PAGE_FORMATS)
    language = language_argument(language)
    if year is not None:
        year = year_argument(year, "year")
    on = optional_date(on, "on")
    from unikom.publish._templating import environment  # deferred: Jinja2 is heavy

    html = format == "html"
    helper = _Page(partnership, language, html=html, year=year, on=on)
    template = environment(html=html, markdown=not html).get_template(f"partnership.{format}.j2")
    text = template.render(
        p=partnership,
        page=helper,
        lang=language,
        arshjul_svg=_arshjul_svg(partnership, year, language) if html else None,
    )
    return RenderedPage(text=text, language=language, format=format, fallbacks=helper.fallbacks())


def _arshjul_svg(partnership: Partnership, year: int | None, language: str) -> Any:
    """Return the årshjul picture as markup, or None when there is nothing to draw."""
    if not partnership.annual_cycle and not any(
        it.intake.deadlines for it in partnership.inquiry_types
    ):
        return None
    from markupsafe import Markup

    from unikom.publish.arshjul import arshjul_svg

    # The picture is markup built by unikom itself from escaped data.
    shown = dt.date.today().year if year is None else year
    return Markup(arshjul_svg(partnership, year=shown, language=language))


def split_paragraphs(value: str) -> list[str]:
    """Split text into paragraphs as YAML writers mean them.

    A folded block (``>``) turns a blank line into one line break, so without
    blank lines each line is a paragraph; a literal block (``|``) keeps blank
    lines, and then only they separate paragraphs.
    """
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", value) else r"\n"
    return [" ".join(part.split()) for part in re.split(separator, value) if part.strip()]


class _Page:
    """What the templates call: texts in the page's language, labels, dates, lookups."""

    def __init__(
        self,
        partnership: Partnership,
        language: str,
        *,
        html: bool,
        year: int | None = None,
        on: dt.date | None = None,
    ) -> None:
        #: The year that closed periods which move are shown for.
        self.year = year or dt.date.today().year
        #: The day whose members the page lists.
        self.on = on or dt.date.today()
        self.partnership = partnership
        self.language = language
        self.html = html
        self._used: dict[int, str] = {}
        self._contacts: dict[str, Contact] | None = None

    # -- texts -------------------------------------------------------------------

    def t(self, text: Text | None) -> Any:
        """Return *text* in the page's language; mark a fallback with its own lang."""
        if text is None:
            return ""
        used, value = text.resolve(self.language)
        if used == UNDETERMINED or used == self.language:
            return value
        self._used[id(text)] = used
        if self.html:
            from markupsafe import Markup

            return Markup('<span lang="{}">{}</span>').format(used, value)
        return markdown.in_language(used, value)

    def structured_data(self) -> Any:
        """Return the page's schema.org description as a JSON-LD script element."""
        from unikom.publish._schemaorg import structured_data

        return structured_data(self.partnership, self.language, on=self.on)

    def plain(self, text: Text) -> str:
        """Return *text* in the page's language without markup (for ``<title>``)."""
        return text.resolve(self.language)[1]

    def lang_of(self, text: Text) -> str:
        """Return the language *text* is shown in, or '' when that is the page's own."""
        used = text.resolve(self.language)[0]
        if used in (UNDETERMINED, self.language):
            return ""
        self._used[id(text)] = used
        return used

    def paragraphs(self, text: Text | None) -> Any:
        """Return *text* as paragraphs: ``<p>`` elements in HTML, blank-line separated in md."""
        if text is None:
            return ""
        used, value = text.resolve(self.language)
        fell_back = used not in (UNDETERMINED, self.language)
        if fell_back:
            self._used[id(text)] = used
        parts = split_paragraphs(value)
        if not self.html:
            # One span per paragraph: a paragraph of inline raw HTML is still
            # a paragraph in both renderers, where a <div> would need md_in_html.
            shown = [
                markdown.in_language(used, part) if fell_back else markdown.text(part)
                for part in parts
            ]
            return markdown.Markdown("\n\n".join(shown))
        from markupsafe import Markup, escape

        attribute = Markup(' lang="{}"').format(used) if fell_back else Markup("")
        return Markup("\n").join(
            Markup("<p{}>{}</p>").format(attribute, escape(part)) for part in parts
        )

    def link(self, label: Any, address: str | None) -> Any:
        """Return a link in Markdown; HTML templates build their own ``<a>``."""
        return markdown.link(label, address)

    def source(self, figure: KeyFigure) -> Any:
        """Return where *figure* was published: its source's name, a link when it has an address.

        Only an http or https address becomes a link; any other is shown as text.
        """
        label: Any = self.t(figure.source_name) if figure.source_name else figure.source or ""
        address = figure.source
        if not address or address.strip().partition(":")[0].lower() not in _WEB_SCHEMES:
            return label
        if not self.html:
            return markdown.link(label, address)
        from markupsafe import Markup

        return Markup('<a href="{}">{}</a>').format(address.strip(), label)

    def autolink(self, address: str) -> Any:
        """Return a link that shows its own address."""
        return markdown.link(address, address)

    def mailto(self, address: str) -> Any:
        """Return a link that writes an e-mail to *address*."""
        return markdown.link(address, f"mailto:{address}")

    def label(self, key: str, **values: Any) -> str:
        """Return one of the page's own words in the page's language."""
        return words.word(key, self.language, **values)

    def phrase(self, key: str, **values: Any) -> Any:
        """Return one of the page's own words with *values* put in (escaped in HTML)."""
        if not self.html:
            # Stand-ins keep the values (a fallback's lang, a link) out of the
            # word's escaping; only the word table's text is around them.
            return markdown.phrase(key, self.language, **values)
        from markupsafe import escape

        # The word is escaped as text; Markup.format escapes each value unless
        # the page built it as markup (a fallback's lang, a listing).
        return escape(words.word(key, self.language)).format(**values)

    def _spaced(self, parts: Sequence[Any]) -> Any:
        """Return *parts* joined by spaces, each escaped in HTML unless it is markup."""
        if not self.html:
            spaced: list[Any] = []
            for part in parts:
                spaced += [" ", part] if spaced else [part]
            return markdown.concat(*spaced)
        from markupsafe import Markup

        return Markup(" ").join(parts)

    def joined(self, *parts: Any) -> Any:
        """Return *parts* as one text, each escaped unless the page built it as markup."""
        if not self.html:
            return markdown.concat(*parts)
        from markupsafe import Markup

        return Markup("").join(parts)

    def fallbacks(self) -> tuple[Fallback, ...]:
        """Return every text shown in another language, in document order."""
        from unikom.checking._rules import texts

        found = []
        for pointer, text in texts(self.partnership):
            used = self._used.get(id(text))
            if used is not None:
                found.append(Fallback(pointer=pointer, wanted=self.language, used=used))
        return tuple(found)

    # -- values ------------------------------------------------------------------

    def enum(self, group: str, member: Any) -> str:
        """Return the page's word for an enum value, e.g. ``enum('party', kind)``."""
        return self.label(f"{group}.{member.value}")

    def date(self, day: dt.date | None) -> str:
        """Return *day* as people write it: '28. mars 2021' or '28 March 2021'."""
        if day is None:
            return ""
        return words.date(day, self.language)

    def month_day(self, month: int, day: int) -> str:
        """Return a day of the year: '1. mars' or '1 March'."""
        return words.month_day(month, day, self.language)

    def duration(self, duration: Duration | None) -> str:
        """Return a duration in words: '1 måned', '15 dager', '10 virkedager'."""
        if duration is None:
            return ""
        from unikom.deadlines.units import describe

        return describe(duration, self.language)

    def deadline(self, deadline: Deadline, schedule: IntakeSchedule | None = None) -> Any:
        """Return a deadline in words, with the time of day it closes when it has one.

        The time is the deadline's own or else its *schedule*'s, written as the
        page's language writes it (kl. 12.00, at 12:00); a time zone other than
        Norway's is named after it.
        """
        described: Any = self._deadline(deadline)
        time = schedule.time_of(deadline) if schedule is not None else deadline.time
        if time is not None:
            shown = words.clock_time(time, self.language)
            if schedule is not None and schedule.zone != DEFAULT_TIME_ZONE:
                clock = self.label("calendar.at_time", time=shown, zone=schedule.zone)
            else:
                clock = self.label("page.at_time", time=shown)
            # After a relative deadline the time would read as the event's
            # («… før møtet kl. 12.00»), so there it comes first.
            if isinstance(deadline, RelativeDeadline):
                return self.joined(clock, ", ", described)
            return self.joined(described, " ", clock)
        return described

    def _deadline(self, deadline: Deadline) -> Any:
        from unikom.deadlines.recurrence import describe_deadline, relative_key

        if isinstance(deadline, RelativeDeadline):
            # phrase keeps a fallback title's own lang inside the sentence (WCAG 3.1.2).
            return self.phrase(
                relative_key(deadline),
                duration=self.duration(deadline.offset),
                event=self._event_title(deadline.event),
            )
        return describe_deadline(deadline, self.partnership, self.language)

    def _event_title(self, event_id: str) -> Any:
        """Return the title of the årshjul event *event_id* (its id if there is none)."""
        from unikom.deadlines.recurrence import event_title

        return self.t(event_title(self.partnership, event_id))

    def closed_days(self, period: ClosedPeriod) -> str:
        """Return a closed period's days: '1. juli – 31. juli', or the year's dates if it moves."""
        if period.start is not None and period.end is not None:
            first = self.month_day(int(period.start[:2]), int(period.start[3:]))
            last = self.month_day(int(period.end[:2]), int(period.end[3:]))
            return f"{first} – {last}"
        spans = [
            self.date(first) if first == last else f"{self.date(first)} – {self.date(last)}"
            for first, last in period.spans(self.year)
        ]
        return (
            words.join(spans, self.language)
            if spans
            else words.word("page.not_closed_in", self.language, year=str(self.year))
        )

    def next_relative(self, inquiry_type: InquiryType, deadline: Deadline) -> Any:
        """Return when a deadline counted from an årshjul event falls next, or ''.

        'neste gang 23. februar 2027 (Møte i styringsgruppa: 9. mars 2027)': the
        first date on or after the page's day, and the event's date it is
        counted from.  Other deadlines are dated already, or follow a rule.
        """
        if not isinstance(deadline, RelativeDeadline):
            return ""
        from unikom.deadlines.intake import next_relative_deadline
        from unikom.model.errors import UnikomError

        try:
            found = next_relative_deadline(self.partnership, inquiry_type, deadline, self.on)
        except UnikomError:  # a date past year 9999: the page leaves the date out
            return ""
        if found is None:
            return ""
        day, event_day = found
        return self.phrase(
            "page.next_deadline",
            date=self.date(day),
            event=self._event_title(deadline.event),
            event_date=self.date(event_day),
        )

    def _closed_days_link(self) -> Any:
        """Return the name of the closed days' section: a link to it in HTML."""
        section = self.label("closed_periods")
        if not self.html:
            return section
        from markupsafe import Markup

        return Markup('<a href="#closed-days">{}</a>').format(section)

    def closure_rules(self, inquiry_type: InquiryType) -> list[Any]:
        """Return how the closed periods act on *inquiry_type*'s limits, in sentences.

        Said only where it differs from the plain rule (a limit that ends on a
        closed day ends on the next working day; the preliminary reply moves
        only past weekends and public holidays), and only when there are closed
        periods for it to act on.
        """
        if not self.partnership.closed_periods:
            return []
        policy = inquiry_type.closures
        rules: list[Any] = []
        match policy.mode:
            case ClosureMode.SUSPEND:
                if inquiry_type.processing_time is not None:
                    rules.append(self.phrase("page.suspend", section=self._closed_days_link()))
            case ClosureMode.EXTEND:
                pass
            case _:
                assert_never(policy.mode)
        if policy.preliminary_reply:
            rules.append(self.label("page.closures_move_reply"))
        return rules

    def shows_closed_days(self) -> bool:
        """Tell whether the page has days to list as not counted: closures or a party's calendar."""
        return bool(self.partnership.closed_periods or self.party_calendars())

    def party_calendars(self) -> dict[str, str]:
        """Return the parties whose working calendar is not the partnership's: id → its name."""
        own = self.partnership.calendar or DEFAULT_CALENDAR
        return {
            party.id: party.calendar
            for party in self.partnership.parties
            if party.calendar is not None and party.calendar != own
        }

    def calendar_name(self, name: str | None) -> str:
        """Return a working calendar's name in words ('Noreg'), or its registry name."""
        try:
            return calendar_spec(name).display_name(self.language)
        except UnknownCalendarError:  # validate refuses it; a page still says which one
            return name or DEFAULT_CALENDAR

    def closure_groups(self) -> list[tuple[Any, Any, tuple[ClosedPeriod, ...]]]:
        """Return the closed periods by whom they close: (heading, calendar, periods).

        When every period closes the whole partnership and no party counts on
        a calendar of its own, there is one group with no heading.  Otherwise
        the whole partnership's periods come first, under its own heading, then
        each party's (a period of several parties under each of them), with a
        sentence naming the party's calendar where it has its own.
        """
        periods = self.partnership.closed_periods
        calendars = self.party_calendars()
        if not calendars and all(not period.parties for period in periods):
            return [("", "", periods)] if periods else []
        whole = tuple(period for period in periods if not period.parties)
        groups: list[tuple[Any, Any, tuple[ClosedPeriod, ...]]] = []
        if whole:
            groups.append((self.label("page.closed_whole"), "", whole))
        own = self.calendar_name(self.partnership.calendar)
        for party in self.partnership.parties:
            closes = tuple(period for period in periods if party.id in period.parties)
            calendar = calendars.get(party.id)
            if not closes and calendar is None:
                continue
            name = self.party_name(party.id)
            sentence = (
                self.phrase(
                    "page.party_calendar",
                    party=name,
                    calendar=self.calendar_name(calendar),
                    own=own,
                )
                if calendar is not None
                else ""
            )
            groups.append((self.phrase("page.closed_party", party=name), sentence, closes))
        return groups

    def rrule(self, rule: str, starts: dt.date | None = None) -> str:
        """Return a recurrence rule in words: 'andre tirsdag i mars og oktober hvert år'.

        *starts* is the day the rule is counted from (a file's ``starts``); the
        words end with it: '…, fra 1. januar 2022'.
        """
        from unikom.deadlines.recurrence import describe_rrule

        return describe_rrule(rule, self.language, starts=starts)

    def moves(self, policy: NonWorkingDayPolicy) -> str:
        """Return what happens to a deadline on a non-working day, or '' when it stays."""
        match policy:
            case NonWorkingDayPolicy.NEXT:
                return self.label("moves_next")
            case NonWorkingDayPolicy.PREVIOUS:
                return self.label("moves_previous")
            case NonWorkingDayPolicy.KEEP:
                return ""
            case _:
                assert_never(policy)

    def schedule_moves(self, schedule: IntakeSchedule) -> str:
        """Return what happens to the schedule's deadlines on a non-working day, or ''.

        Said only when some deadline follows the schedule's rule; a deadline
        with a rule of its own says it beside it (:meth:`own_moves`).
        """
        if all(self._own_policy(schedule, deadline) for deadline in schedule.deadlines):
            return ""
        return self.moves(schedule.non_working_day)

    def own_moves(self, schedule: IntakeSchedule, deadline: Deadline) -> str:
        """Return what happens to *deadline* on a non-working day if its rule is its own."""
        policy = self._own_policy(schedule, deadline)
        match policy:
            case None:
                return ""
            case NonWorkingDayPolicy.NEXT:
                return self.label("page.own_moves_next")
            case NonWorkingDayPolicy.PREVIOUS:
                return self.label("page.own_moves_previous")
            case NonWorkingDayPolicy.KEEP:
                return self.label("page.own_stays")
            case _:
                assert_never(policy)

    @staticmethod
    def _own_policy(schedule: IntakeSchedule, deadline: Deadline) -> NonWorkingDayPolicy | None:
        own = deadline.non_working_day
        return own if own is not None and own is not schedule.non_working_day else None

    def number(self, value: float) -> str:
        """Return a number as the page's locale writes it: '2,5' in Norwegian, '2.5' in English."""
        return words.number(value, self.language)

    # -- parties on the page's day ----------------------------------------------

    def party_groups(self) -> list[tuple[str, tuple[Party, ...]]]:
        """Return the members on the page's day, by side: municipalities, institutions, others."""
        members = self.partnership.parties_on(self.on)
        return [
            ("municipalities", tuple(p for p in members if p.kind.is_municipal)),
            ("institutions", tuple(p for p in members if p.kind.is_academic)),
            (
                "other_parties",
                tuple(p for p in members if not (p.kind.is_municipal or p.kind.is_academic)),
            ),
        ]

    def other_times(self) -> list[tuple[str, tuple[Party, ...]]]:
        """Return the parties that had left by the page's day, and those that join later."""
        return [
            ("former_parties", tuple(p for p in self.partnership.parties if self._left(p))),
            ("future_parties", tuple(p for p in self.partnership.parties if self._joins(p))),
        ]

    def lead(self) -> Party | None:
        """Return the lead party if it is a member on the page's day, else None."""
        lead = self.partnership.lead
        return lead if lead is not None and lead.is_member_on(self.on) else None

    def dated_membership(self) -> bool:
        """Tell whether any party has a membership period (then the page says its day)."""
        return any(p.joined is not None or p.left is not None for p in self.partnership.parties)

    def membership(self, party: Party) -> str:
        """Return a party's membership period in words, or '' when it has none."""
        joined, left = party.joined, party.left
        if joined is not None and self.on < joined:
            return self.label("membership.joins", date=self.date(joined))
        if joined is not None and left is not None:
            return self.label("membership.between", start=self.date(joined), end=self.date(left))
        if left is not None:
            return self.label("membership.until", date=self.date(left))
        if joined is not None:
            return self.label("membership.since", date=self.date(joined))
        return ""

    def _left(self, party: Party) -> bool:
        return party.left is not None and party.left < self.on

    def _joins(self, party: Party) -> bool:
        return party.joined is not None and self.on < party.joined

    # -- lookups -----------------------------------------------------------------

    def party_name(self, party_id: str | None) -> Any:
        """Return the name of the party *party_id* (its short name when it has one)."""
        if party_id is None:
            return ""
        try:
            party = self.partnership.party(party_id)
        except KeyError:
            return party_id
        return party.short_name or self.t(party.name)

    def party_names(self, party_ids: Iterable[str]) -> list[Any]:
        """Return the names of the parties *party_ids* (short names where they have one)."""
        return [self.party_name(party_id) for party_id in party_ids]

    def shows_roles(self) -> bool:
        """Tell whether the page names each party's role: when any party has one written.

        A partnership that writes no role has only members, and saying so of
        every party would tell the reader nothing.
        """
        return any(party.role is not None for party in self.partnership.parties)

    def covers(self, agreement: Agreement) -> Any:
        """Return the parties *agreement* covers: their names, or 'all the parties'."""
        every = {party.id for party in self.partnership.parties}
        if not agreement.parties or every <= set(agreement.parties):
            return self.label("page.all_parties")
        return self.listing(self.party_names(agreement.parties))

    def on_behalf(self, signatory: Signatory) -> Any:
        """Return 'on behalf of …' for a signatory who also signed for other parties, or ''."""
        if not signatory.on_behalf_of:
            return ""
        return self.phrase(
            "page.on_behalf_of", parties=self.listing(self.party_names(signatory.on_behalf_of))
        )

    def route_label(self, inquiry_type: InquiryType, route: HandlingRoute) -> Any:
        """Return what selects *route*: 'For inquiries to Lidal kommune about …', or ''.

        The words follow the keys the route is chosen by (the receiving party,
        then the thematic areas; see :meth:`InquiryType.route_scope`), so a
        route of one party is never labelled as if areas chose it.  The only
        route of a type has no label: every inquiry takes it.
        """
        scope = inquiry_type.route_scope(route)
        if scope.is_only_route:
            return ""
        parts: list[Any] = [self.label("page.route.inquiries")]
        if scope.party is not None:
            parts.append(self.phrase("page.route.to_party", party=self.party_name(scope.party)))
        elif scope.other_parties:
            parts.append(self.label("page.route.to_others"))
        if scope.thematic_areas:
            areas = self.listing(self.area_names(scope.thematic_areas))
            parts.append(self.phrase("page.route.about", areas=areas))
        elif scope.other_areas:
            parts.append(self.label("page.route.about_others"))
        return self._spaced(parts)

    def contact(self, contact_id: str | None) -> Contact | None:
        """Return the contact *contact_id*, or None."""
        if self._contacts is None:
            self._contacts = {contact.id: contact for contact in self.partnership.contacts}
        return self._contacts.get(contact_id) if contact_id is not None else None

    def contact_groups(self) -> list[tuple[Any, list[Contact]]]:
        """Return the contacts grouped under a heading: shared ones first, then by party.

        A contact of no party (a shared secretariat) serves the whole
        partnership; the others stand under their party's name, in the order
        the parties are listed, so two parties' contacts for the same role
        read as each party's own.
        """
        by_owner: dict[str | None, list[Contact]] = {}
        for contact in self.partnership.contacts:
            by_owner.setdefault(contact.party, []).append(contact)
        # Shared first, then the parties in their order, then any unknown id as written.
        owners = [None, *(party.id for party in self.partnership.parties), *by_owner]
        groups = []
        for owner in dict.fromkeys(owners):
            members = by_owner.get(owner)
            if not members:
                continue
            if owner is None:
                heading: Any = self.label("page.contacts_shared")
            else:
                try:
                    heading = self.t(self.partnership.party(owner).name)
                except KeyError:
                    heading = owner
            groups.append((heading, members))
        return groups

    def listing(self, items: Sequence[Any]) -> Any:
        """Return *items* as a list in words, as the page's language writes one: 'a, b og c'.

        In HTML each item keeps its own markup (a fallback's ``lang``) and is
        escaped otherwise.
        """
        if not self.html:
            keys = [markdown.stand_in(number) for number in range(len(items))]
            return markdown.filled(words.join(keys, self.language), list(items))
        from markupsafe import Markup, escape

        # Babel places the items in its pattern; stand-ins keep their markup out
        # of its hands, and the pattern's own words are escaped like any text.
        keys = [f"\x00{number}\x00" for number in range(len(items))]
        joined = str(escape(words.join(keys, self.language)))
        for key, item in zip(keys, items, strict=True):
            joined = joined.replace(key, str(escape(item)))
        return Markup(joined)

    def area_names(self, area_ids: Iterable[str]) -> list[Any]:
        """Return the names of the thematic areas *area_ids*."""
        names = []
        for area_id in area_ids:
            try:
                names.append(self.t(self.partnership.thematic_area(area_id).name))
            except KeyError:
                names.append(area_id)
        return names

    def track_name(self, track_id: str) -> Any:
        """Return the name of the collaboration track *track_id*."""
        try:
            return self.t(self.partnership.track(track_id).name)
        except KeyError:
            return track_id

    def agreement_title(self, agreement_id: str) -> Any:
        """Return the title of the agreement *agreement_id*."""
        for agreement in self.partnership.agreements:
            if agreement.id == agreement_id:
                return self.t(agreement.title)
        return agreement_id

    def body_name(self, body_id: str | None) -> Any:
        """Return the name of the governance body *body_id*."""
        for body in self.partnership.governance_bodies:
            if body.id == body_id:
                return self.t(body.name)
        return body_id or ""

    def body_parties(self, body: GovernanceBody) -> Any:
        """Return the parties that sit in *body*, as a list in words, or ''."""
        return self.listing(self.party_names(body.parties)) if body.parties else ""

    def has_documents(self) -> bool:
        """Tell whether there are agreement documents or links to list."""
        return bool(self.partnership.links) or any(a.documents for a in self.partnership.agreements)
