"""Work with a partnership's inquiries and projects: load, check, assess, summarise.

These are the functions an inquiry portal or a reporting dashboard calls.  A
partnership directory may hold many thousands of inquiries, so the functions
that read a directory stream it file by file.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from unikom.model._arguments import (
    count_argument,
    date_argument,
    instance_argument,
    optional_date,
)
from unikom.model.assessment import (
    Assessment,
    AssessmentError,
    AssessmentOutcome,
    Score,
    assess,
    rank,
)
from unikom.model.diagnostics import Diagnostic, sort_key
from unikom.model.errors import ArgumentError, InvalidDocumentError, UnikomError
from unikom.model.frozen import EMPTY, FrozenMap
from unikom.model.inquiry import Inquiry
from unikom.model.lifecycle import DECIDED_STATES, OPEN_STATES, InquiryState
from unikom.model.partnership import Partnership
from unikom.model.project import Project, ProjectStatus
from unikom.model.text import Text

if TYPE_CHECKING:
    from unikom.checking._locate import Locator

PathLike = str | os.PathLike[str]
_D = TypeVar("_D", Inquiry, Project)


def _memory_locator(name: str) -> Locator:
    """Return a locator for a model that has no file: every place is 'position unknown'."""
    from unikom.checking._locate import Locator
    from unikom.checking._yamlsource import Position, SourceDocument

    source = SourceDocument(path=name, positions={(): Position(line=0, column=0)})
    locator = Locator()
    locator.add((), source)
    return locator


def check_inquiry(inquiry: Inquiry, partnership: Partnership) -> list[Diagnostic]:
    """Check an inquiry against *partnership*; return every finding (errors and warnings).

    The same checks ``unikom validate`` runs on an inquiry file in a
    partnership directory.  The findings have no line (0): their ``pointer``
    says which part of the inquiry each is about, e.g. ``/answers/formal``.
    """
    from unikom.checking._portfolio_rules import inquiry_rules

    instance_argument(inquiry, "inquiry", Inquiry)
    instance_argument(partnership, "partnership", Partnership)
    at = _memory_locator(f"<inquiry {inquiry.id}>")
    return sorted(inquiry_rules(inquiry, at, partnership), key=sort_key)


def check_project(
    project: Project, partnership: Partnership, *, inquiry_ids: Iterable[str] | None = None
) -> list[Diagnostic]:
    """Check a project against *partnership*; return every finding (errors and warnings).

    When *inquiry_ids* is given, the inquiry the project came from must be one of them.
    """
    from unikom.checking._portfolio_rules import project_rules

    instance_argument(project, "project", Project)
    instance_argument(partnership, "partnership", Partnership)
    at = _memory_locator(f"<project {project.id}>")
    found = list(project_rules(project, at, partnership))
    if inquiry_ids is not None and project.inquiry is not None:
        from unikom.checking._rules import resolve

        found.extend(resolve(project.inquiry, list(inquiry_ids), ("inquiry",), "inquiry", at))
    return sorted(found, key=sort_key)


def _load(path: PathLike, model: type[_D], partnership: Partnership | None) -> _D:
    from unikom.checking._engine import check_file, require_paths, single

    if partnership is not None:
        instance_argument(partnership, "partnership", Partnership)
    require_paths([path])
    checked = check_file(os.fspath(path))
    found = list(checked.diagnostics)
    if checked.model is not None and not isinstance(checked.model, model):
        name = checked.kind.name if checked.kind else "?"
        wanted = "inquiry" if model is Inquiry else "project"
        found.append(
            checked.source.error(
                ("kind",), f"kind.not-{wanted}", f"expected a {wanted} file, got kind '{name}'"
            )
        )
    elif checked.model is not None and checked.kind and checked.kind.context_rules:
        found.extend(
            checked.kind.context_rules(checked.model, single(checked).locator, partnership)
        )
    errors = sorted((d for d in found if d.is_error), key=sort_key)
    if errors or not isinstance(checked.model, model):
        raise InvalidDocumentError(errors)
    return checked.model


def load_inquiry(path: PathLike, *, partnership: Partnership | None = None) -> Inquiry:
    """Load one inquiry file; with *partnership*, check it against that partnership too.

    Raises :class:`InvalidDocumentError` carrying every error found.
    """
    return _load(path, Inquiry, partnership)


def load_project(path: PathLike, *, partnership: Partnership | None = None) -> Project:
    """Load one project file; with *partnership*, check it against that partnership too.

    Raises :class:`InvalidDocumentError` carrying every error found.
    """
    return _load(path, Project, partnership)


def iter_portfolio(
    directory: PathLike,
    *,
    partnership: Partnership | None = None,
    on_invalid: Callable[[list[Diagnostic]], None] | None = None,
) -> Iterator[Inquiry | Project]:
    """Yield every inquiry and project in a partnership directory, one file at a time.

    Files of other kinds (the partnership, inquiry types) are passed over.
    With *partnership*, each document is also checked against it.  A file with
    errors raises :class:`InvalidDocumentError`, unless *on_invalid* is given:
    then it is called with the file's errors and the file is skipped.
    """
    if not isinstance(directory, str | os.PathLike):
        raise ArgumentError("directory", f"expected a path, got {directory!r}")
    if partnership is not None:
        instance_argument(partnership, "partnership", Partnership)
    from unikom.checking._engine import (
        INQUIRY_TYPES_DIR,
        PARTNERSHIP_FILES,
        check_file,
        discover,
        single,
    )

    root = os.path.normpath(os.fspath(directory))
    own = {os.path.join(root, name) for name in PARTNERSHIP_FILES}
    types_dir = os.path.join(root, INQUIRY_TYPES_DIR) + os.sep
    refused: dict[str, Diagnostic] = {}
    for found_path in discover([root], refused):
        path = os.path.normpath(found_path)
        if path in own or path.startswith(types_dir):
            continue  # the partnership's own files, loaded on their own
        refusal = refused.get(os.path.abspath(path))
        if refusal is not None:
            if on_invalid is None:
                raise InvalidDocumentError([refusal])
            on_invalid([refusal])
            continue
        checked = check_file(path)
        found = [d for d in checked.diagnostics if d.is_error]
        if not isinstance(checked.model, Inquiry | Project):
            if found and on_invalid is not None:
                on_invalid(sorted(found, key=sort_key))
            elif found:
                raise InvalidDocumentError(found)
            continue
        if partnership is not None and checked.kind and checked.kind.context_rules:
            rules = checked.kind.context_rules(checked.model, single(checked).locator, partnership)
            found.extend(d for d in rules if d.is_error)
        if found:
            if on_invalid is None:
                raise InvalidDocumentError(sorted(found, key=sort_key))
            on_invalid(sorted(found, key=sort_key))
            continue
        yield checked.model


def assess_inquiry(inquiry: Inquiry, partnership: Partnership) -> AssessmentOutcome:
    """Compute the outcome of the inquiry's recorded assessment under its type's scheme.

    Raises :class:`AssessmentError` when the inquiry has no assessment, its
    type has no scheme, or the scores do not fit the scheme; KeyError when the
    partnership has no such inquiry type.
    """
    from unikom.model.assessment import ScoreProblem

    instance_argument(inquiry, "inquiry", Inquiry)
    instance_argument(partnership, "partnership", Partnership)

    scheme = partnership.inquiry_type(inquiry.type).assessment
    if inquiry.assessment is None or scheme is None:
        what = "has no assessment" if inquiry.assessment is None else "type has no scheme"
        raise AssessmentError(
            [ScoreProblem(criterion=None, code="assessment.none", message=f"the inquiry {what}")]
        )
    return assess(scheme, inquiry.assessment.scores)


def record_assessment(
    inquiry: Inquiry,
    partnership: Partnership,
    scores: Mapping[str, Score],
    *,
    on: dt.date | None = None,
    assessor: str | None = None,
    note: Text | str | None = None,
) -> tuple[Inquiry, AssessmentOutcome]:
    """Return the inquiry with *scores* recorded as its assessment, and their outcome.

    The scores are checked against the type's scheme first; raises
    :class:`AssessmentError` when they do not fit.  The inquiry given is not changed.
    """
    on = optional_date(on, "on")
    if not isinstance(scores, Mapping):
        raise ArgumentError("scores", f"expected criterion id → score, got {scores!r:.60}")
    text = Text.plain(note) if isinstance(note, str) else note
    recorded = Assessment(scores=dict(scores), date=on, assessor=assessor, note=text)
    updated = attrs.evolve(inquiry, assessment=recorded)
    return updated, assess_inquiry(updated, partnership)


class DueKind(enum.Enum):
    """What is due for an inquiry: a preliminary reply, or the answer itself."""

    PRELIMINARY_REPLY = "preliminary_reply"
    ANSWER = "answer"


class DueDatesLike(Protocol):
    """The dates a deadline calculation gives for an inquiry (see unikom.deadlines)."""

    @property
    def due(self) -> dt.date | None:
        """The day the answer is due."""

    @property
    def preliminary_reply_by(self) -> dt.date | None:
        """The day a preliminary reply is due if there is no answer yet."""


@attrs.frozen(kw_only=True)
class DueItem:
    """Something due for an open inquiry: what, by when, and whether it is overdue."""

    inquiry: str
    what: DueKind
    due: dt.date
    #: Days from the day asked about to the due date; negative when overdue.
    days_left: int

    @property
    def overdue(self) -> bool:
        """Tell whether the due date has passed."""
        return self.days_left < 0


def due_items(
    inquiries: Iterable[Inquiry],
    on: dt.date,
    due_dates: Callable[[Inquiry], DueDatesLike],
    *,
    within_days: int = 7,
) -> list[DueItem]:
    """List what is due within *within_days* of *on*, or overdue, for the open inquiries.

    *due_dates* gives an inquiry's due dates, for example
    ``lambda inquiry: answer_due(partnership, inquiry.type, inquiry.received)``
    with :func:`unikom.deadlines.answer_due`; this function only decides which
    inquiries still need what.  An inquiry needs its answer while it is open on
    *on*, and a preliminary reply while it is open and none has been sent.
    Sorted by due date, the most pressing first.
    """
    on = date_argument(on, "on")
    within_days = count_argument(within_days, "within_days")
    if not callable(due_dates):
        raise ArgumentError("due_dates", f"expected a function of an inquiry, got {due_dates!r}")
    # Past the last day a date can have, everything open is due within the horizon.
    horizon = on + dt.timedelta(days=min(within_days, (dt.date.max - on).days))
    found: list[DueItem] = []
    for inquiry in inquiries:
        state = inquiry.state_on(on)
        if state is None or not state.is_open:
            continue
        dates = due_dates(inquiry)
        sent = inquiry.entered(InquiryState.PRELIMINARY_REPLY_SENT)
        wanted = [(DueKind.ANSWER, dates.due)]
        if sent is None or sent > on:
            wanted.insert(0, (DueKind.PRELIMINARY_REPLY, dates.preliminary_reply_by))
        for what, day in wanted:
            if day is not None and day <= horizon:
                found.append(
                    DueItem(inquiry=inquiry.id, what=what, due=day, days_left=(day - on).days)
                )
    return sorted(found, key=lambda item: (item.due, item.inquiry, item.what.value))


@attrs.frozen(kw_only=True)
class InquirySummary:
    """What a status report shows of one inquiry."""

    id: str
    title: Text
    type: str
    state: InquiryState
    received: dt.date
    #: The day it moved to its state.
    since: dt.date
    thematic_areas: tuple[str, ...]
    outcome: AssessmentOutcome | None = None
    #: The parties it is addressed to (standard 1.1), and per party the id of the
    #: handling route it takes: the addressed party's own route when it has one.
    addressed_to: tuple[str, ...] = ()
    routes: FrozenMap[str, str | None] = EMPTY


@attrs.frozen(kw_only=True)
class PortfolioStatus:
    """A partnership's inquiries and projects as on one day (see :func:`summarise`)."""

    partnership: str
    on: dt.date
    #: Inquiries not yet closed or withdrawn, by state, in lifecycle order.
    active: FrozenMap[InquiryState, tuple[InquirySummary, ...]]
    #: How many inquiries were in each state (closed and withdrawn included).
    state_counts: FrozenMap[InquiryState, int]
    #: Active inquiries with an assessment, by inquiry type; within a type ranked:
    #: passing first, then by weighted score.
    assessed: tuple[InquirySummary, ...]
    #: How many inquiries (all, closed included) passed and fell short of their assessment.
    assessments_passed: int
    assessments_failed: int
    #: Projects by their recorded status.
    project_counts: FrozenMap[ProjectStatus, int]
    #: Projects under way on the day, in all.
    under_way: int
    #: Projects under way by thematic area and by track; a project in two areas counts in both.
    by_area: FrozenMap[str, int]
    by_track: FrozenMap[str, int]
    #: What is due within the window, or overdue (empty unless due dates were given).
    due: tuple[DueItem, ...] = ()

    @property
    def open_count(self) -> int:
        """Return the number of inquiries still waiting for their answer."""
        return sum(len(v) for k, v in self.active.items() if k.is_open)

    def to_dict(self) -> dict[str, Any]:
        """Return the status as plain data for JSON output."""

        def summary(item: InquirySummary) -> dict[str, Any]:
            data: dict[str, Any] = {
                "id": item.id,
                "title": str(item.title),
                "type": item.type,
                "state": item.state.value,
                "received": item.received.isoformat(),
                "since": item.since.isoformat(),
                "thematic_areas": list(item.thematic_areas),
                "addressed_to": list(item.addressed_to),
                "routes": dict(item.routes),
            }
            if item.outcome is not None:
                data["assessment"] = outcome_to_dict(item.outcome)
            return data

        return {
            "partnership": self.partnership,
            "on": self.on.isoformat(),
            "inquiries": {
                "open": self.open_count,
                "by_state": {s.value: [summary(i) for i in v] for s, v in self.active.items()},
                "counts": {s.value: n for s, n in self.state_counts.items()},
            },
            "assessments": {
                "passed": self.assessments_passed,
                "failed": self.assessments_failed,
                "ranked": [summary(i) for i in self.assessed],
            },
            "due": [
                {
                    "inquiry": d.inquiry,
                    "what": d.what.value,
                    "due": d.due.isoformat(),
                    "days_left": d.days_left,
                    "overdue": d.overdue,
                }
                for d in self.due
            ],
            "projects": {
                "counts": {s.value: n for s, n in self.project_counts.items()},
                "under_way": self.under_way,
                "by_thematic_area": dict(self.by_area),
                "by_track": dict(self.by_track),
            },
        }


def outcome_to_dict(outcome: AssessmentOutcome) -> dict[str, Any]:
    """Return an assessment outcome as plain data."""
    return {
        "passed": outcome.passed,
        "total": outcome.total,
        "overall_threshold": outcome.overall_threshold,
        "total_passed": outcome.total_passed,
        "weighted_score": outcome.weighted_score,
        "max_weighted_score": outcome.max_weighted_score,
        "shortfalls": [r.criterion for r in outcome.shortfalls],
        "criteria": [
            {
                "criterion": r.criterion,
                "score": r.score,
                "passed": r.passed,
                **({"threshold": r.threshold} if r.threshold is not None else {}),
                **({"required_answer": r.required_answer} if r.required_answer is not None else {}),
                **({"weighted": r.weighted} if r.weighted is not None else {}),
                **({"level": str(r.level.label)} if r.level is not None else {}),
            }
            for r in outcome.results
        ],
    }


def _outcome(inquiry: Inquiry, partnership: Partnership, on: dt.date) -> AssessmentOutcome | None:
    recorded = inquiry.assessment
    if recorded is None or (recorded.date is not None and recorded.date > on):
        return None
    try:
        return assess_inquiry(inquiry, partnership)
    except (AssessmentError, KeyError):
        return None


def _routes(inquiry: Inquiry, partnership: Partnership) -> Mapping[str, str | None]:
    try:
        it = partnership.inquiry_type(inquiry.type)
    except KeyError:
        return FrozenMap({})
    found: dict[str, str | None] = {}
    for party in inquiry.addressed_to:
        route = it.route_for(party, inquiry.thematic_areas)
        found[party] = route.id if route is not None else None
    return FrozenMap(found)


def _documents(documents: Any) -> list[Inquiry | Project]:
    if isinstance(documents, str | bytes) or not isinstance(documents, Iterable):
        raise ArgumentError("documents", f"expected inquiries and projects, got {documents!r:.60}")
    found = list(documents)
    for document in found:
        if not isinstance(document, Inquiry | Project):
            raise ArgumentError(
                "documents", f"expected inquiries and projects, got {document!r:.60}"
            )
    return found


def summarise(
    partnership: Partnership,
    documents: Iterable[Inquiry | Project],
    on: dt.date,
    *,
    due_dates: Callable[[Inquiry], DueDatesLike] | None = None,
    within_days: int = 7,
) -> PortfolioStatus:
    """Summarise inquiries and projects as on *on*, reading *documents* once.

    Inquiries received after *on* are left out, and each inquiry counts in the
    state it was in on *on*.  Projects count as under way when their status is
    ongoing or finished and their period covers *on*.  Only the inquiries not
    yet closed or withdrawn are kept in memory; the rest are only counted.
    With *due_dates*, :attr:`PortfolioStatus.due` lists what is due (see
    :func:`due_items`).
    """
    instance_argument(partnership, "partnership", Partnership)
    on = date_argument(on, "on")
    within_days = count_argument(within_days, "within_days")
    documents = _documents(documents)
    active: dict[InquiryState, list[InquirySummary]] = {s: [] for s in InquiryState}
    state_counts: Counter[InquiryState] = Counter()
    passed = failed = 0
    due: list[DueItem] = []
    project_counts: Counter[ProjectStatus] = Counter()
    by_area: Counter[str] = Counter({a.id: 0 for a in partnership.thematic_areas})
    by_track: Counter[str] = Counter({t.id: 0 for t in partnership.tracks})
    under_way = 0
    for document in documents:
        if isinstance(document, Project):
            project_counts[document.status] += 1
            if document.under_way_on(on):
                under_way += 1
                by_area.update(document.thematic_areas)
                by_track[document.track] += 1
            continue
        state = document.state_on(on)
        if state is None:
            continue
        state_counts[state] += 1
        outcome = _outcome(document, partnership, on)
        if outcome is not None:
            passed += outcome.passed
            failed += not outcome.passed
        if state.is_final:
            continue
        since = max(
            [document.received, *(s.date for s in document.history if s.date <= on)],
        )
        active[state].append(
            InquirySummary(
                id=document.id,
                title=document.title,
                type=document.type,
                state=state,
                received=document.received,
                since=since,
                thematic_areas=document.thematic_areas,
                outcome=outcome,
                addressed_to=document.addressed_to,
                routes=FrozenMap(_routes(document, partnership)),
            )
        )
        if due_dates is not None:
            due.extend(due_items([document], on, due_dates, within_days=within_days))
    shown = [s for s in InquiryState if s in OPEN_STATES or s in DECIDED_STATES]
    ordered = {s: tuple(sorted(active[s], key=lambda i: (i.since, i.id))) for s in shown}
    # Weighted scores compare only under the same scheme, so rank within each type.
    assessed: list[InquirySummary] = []
    for type_id in dict.fromkeys([t.id for t in partnership.inquiry_types]):
        scored = [
            (i, i.outcome)
            for v in ordered.values()
            for i in v
            if i.outcome is not None and i.type == type_id
        ]
        assessed.extend(item for item, _ in rank(scored))
    return PortfolioStatus(
        partnership=partnership.id,
        on=on,
        active=FrozenMap(ordered),
        state_counts=FrozenMap({s: state_counts[s] for s in InquiryState}),
        assessed=tuple(assessed),
        assessments_passed=passed,
        assessments_failed=failed,
        project_counts=FrozenMap({s: project_counts[s] for s in ProjectStatus}),
        under_way=under_way,
        by_area=FrozenMap(by_area),
        by_track=FrozenMap(by_track),
        due=tuple(sorted(due, key=lambda d: (d.due, d.inquiry, d.what.value))),
    )


__all__ = [
    "DueDatesLike",
    "DueItem",
    "DueKind",
    "InquirySummary",
    "PortfolioStatus",
    "UnikomError",
    "assess_inquiry",
    "check_inquiry",
    "check_project",
    "due_items",
    "iter_portfolio",
    "load_inquiry",
    "load_project",
    "outcome_to_dict",
    "record_assessment",
    "summarise",
]
