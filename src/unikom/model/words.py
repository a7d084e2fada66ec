"""The one table of words unikom prints to a person, in bokmål, nynorsk and English.

Every fixed word of every output (the public page, the .ics file, the årshjul
picture, the text of ``due``, ``calendar``, ``status`` and ``network``, the
questions ``unikom init`` asks and the comments of the files it writes) comes
from :data:`_WORDS` through :func:`word`, and every date, number and list is
formatted for the reader's locale by Babel.  Both follow one fallback rule,
the rule of :meth:`Text.get <unikom.model.text.Text.get>`: the language asked
for, then its Norwegian neighbours (nn ↔ nb), then nb, nn, en.  A reader who
asks for nn never sees an English word; one who asks for a language unikom has
no words in gets bokmål.

The table lives in the model layer so that every layer above it (deadlines,
publish, services, cli) can word what it prints; the deadline engine returns
structured reasons (:class:`~unikom.deadlines.SkippedDay`'s ``kind`` and
``name``) and words them only when asked, in the reader's language.

What stays English on purpose: the JSON outputs (keys, and values such as a
skipped day's ``reason``, are a stable contract for programs) and diagnostics
(``FILE:LINE:COL: error: MESSAGE [CODE]`` is read by editors and CI
annotations; each code is documented in docs/error-codes.md), with the
``unikom: …`` status lines on standard error around them (what ``init``
wrote, what was left out), which scripts and CI logs read the same way.
The keys, values and commands a starter file's comments quote stay as the
file format spells them.  Adding a word is one line
here; a test checks that every key has all three languages.

Entries are ``key: (nb, nn, en)``.  ``{name}`` fields are filled by
:func:`word`; an entry used with a count is ``"singular|plural"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import Any, Literal

from unikom.model.text import Text

#: The languages unikom's own words are written in.
LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")

#: The Babel locale for each language; English dates are written day first,
#: as in Norway (28 March 2021), so English uses the British conventions.
_LOCALES = Text(translations={"nb": "nb", "nn": "nn", "en": "en_GB"})

_WORDS: dict[str, tuple[str, str, str]] = {
    # -- the public page ------------------------------------------------------
    "contents": ("Innhold", "Innhald", "Contents"),
    "skip": ("Hopp til innholdet", "Hopp til innhaldet", "Skip to the content"),
    "who": ("Hvem vi er", "Kven vi er", "Who we are"),
    "municipalities": ("Kommuner", "Kommunar", "Municipalities"),
    "institutions": (
        "Universiteter og høgskoler",
        "Universitet og høgskular",
        "Universities and university colleges",
    ),
    "other_parties": ("Andre parter", "Andre partar", "Other parties"),
    "parties_on": ("Partene per {date}.", "Partane per {date}.", "The parties as of {date}."),
    "former_parties": ("Tidligere parter", "Tidlegare partar", "Former parties"),
    "future_parties": ("Kommende parter", "Komande partar", "Parties about to join"),
    "membership.since": ("med fra {date}", "med frå {date}", "a member since {date}"),
    "membership.until": ("med til og med {date}", "med til og med {date}", "a member until {date}"),
    "membership.between": (
        "med fra {start} til og med {end}",
        "med frå {start} til og med {end}",
        "a member from {start} until {end}",
    ),
    "membership.joins": ("blir med {date}", "blir med {date}", "joins on {date}"),
    "org_number": ("org.nr.", "org.nr.", "org. no."),
    "agreements": ("Avtaler", "Avtalar", "Agreements"),
    "signed": ("Signert", "Signert", "Signed"),
    "signed_by": ("Signert av", "Signert av", "Signed by"),
    "period": ("Periode", "Periode", "Period"),
    "until_further_notice": ("inntil videre", "inntil vidare", "until further notice"),
    "continues": ("Viderefører", "Vidarefører", "Continues"),
    "status": ("Status", "Status", "Status"),
    "governance": ("Organisering", "Organisering", "Governance"),
    "why": ("Hvorfor vi samarbeider", "Kvifor vi samarbeider", "Why we work together"),
    "goals": ("Mål for samarbeidet", "Mål for samarbeidet", "Goals"),
    "areas": ("Samarbeidsområder", "Samarbeidsområde", "Thematic areas"),
    "tracks": (
        "Samarbeidsformer og programmer",
        "Samarbeidsformer og program",
        "Tracks and programmes",
    ),
    "programmes": ("Programmer", "Program", "Programmes"),
    "read_more": ("Les mer", "Les meir", "Read more"),
    "inquiries": (
        "Slik sender du en henvendelse",
        "Slik sender du ein førespurnad",
        "How to send an inquiry",
    ),
    "inquiry_page": ("Side for henvendelsen", "Side for førespurnaden", "Page for the inquiry"),
    "track": ("Samarbeidsform", "Samarbeidsform", "Track"),
    "accepted_areas": ("Områder", "Område", "Areas"),
    "all_areas": ("alle samarbeidsområdene", "alle samarbeidsområda", "all thematic areas"),
    "form": ("Skjemaet spør om", "Skjemaet spør om", "The form asks for"),
    "required": ("må fylles ut", "må fyllast ut", "required"),
    "choices": ("valg", "val", "choices"),
    "criteria": ("Kriterier for vurdering", "Kriterium for vurdering", "Assessment criteria"),
    "scale": ("skala", "skala", "scale"),
    "threshold": ("terskel", "terskel", "threshold"),
    "weight": ("vekt", "vekt", "weight"),
    "overall_threshold": ("Samlet terskel", "Samla terskel", "Overall threshold"),
    "required_answer": ("svaret må være", "svaret må vere", "the answer must be"),
    "requirements": ("Krav før oppstart", "Krav før oppstart", "Requirements before work starts"),
    "applies_when": ("gjelder", "gjeld", "applies"),
    "legal_basis": ("hjemmel", "heimel", "legal basis"),
    "deadlines": (
        "Frister og behandlingstid",
        "Fristar og behandlingstid",
        "Deadlines and processing time",
    ),
    "rolling": (
        "Løpende: du kan sende henvendelsen når som helst.",
        "Løpande: du kan sende førespurnaden når som helst.",
        "Rolling: you may send the inquiry at any time.",
    ),
    "deadline": ("Frist", "Frist", "Deadline"),
    "moves_next": (
        "En frist på en helg- eller helligdag flyttes til neste virkedag.",
        "Ein frist på ein helge- eller heilagdag vert flytta til neste verkedag.",
        "A deadline on a weekend or public holiday moves to the next working day.",
    ),
    "moves_previous": (
        "En frist på en helg- eller helligdag flyttes til forrige virkedag.",
        "Ein frist på ein helge- eller heilagdag vert flytta til førre verkedag.",
        "A deadline on a weekend or public holiday moves to the working day before.",
    ),
    "processing_time": ("Behandlingstid", "Behandlingstid", "Processing time"),
    "preliminary_reply": (
        "Får du ikke svar innen {time}, skal du få et foreløpig svar (forvaltningsloven § 11a).",
        "Får du ikkje svar innan {time}, skal du få eit førebels svar (forvaltningslova § 11a).",
        "If you have no answer within {time}, you get a preliminary reply "
        "(Public Administration Act § 11a).",
    ),
    "closed_periods": (
        "Dager som ikke regnes som virkedager",
        "Dagar som ikkje vert rekna som verkedagar",
        "Days not counted as working days",
    ),
    "route": (
        "Slik behandles henvendelsen",
        "Slik vert førespurnaden behandla",
        "How it is handled",
    ),
    "arshjul": ("Årshjul", "Årshjul", "Annual cycle (årshjul)"),
    "responsible": ("ansvarlig", "ansvarleg", "responsible"),
    "key_figures": ("Nøkkeltall", "Nøkkeltal", "Key figures"),
    "as_of": ("per", "per", "as of"),
    "source": ("kilde", "kjelde", "source"),
    "contacts": ("Kontakt", "Kontakt", "Contact"),
    "documents": ("Dokumenter og lenker", "Dokument og lenkjer", "Documents and links"),
    "yes": ("ja", "ja", "yes"),
    "no": ("nei", "nei", "no"),
    "footer": (
        "Siden er laget med unikom fra partnerskapets datafil.",
        "Sida er laga med unikom frå datafila til partnarskapen.",
        "This page was made with unikom from the partnership's data file.",
    ),
    # Enum values, as "enum.<Class>.<value>".
    "status.planned": ("planlagt", "planlagd", "planned"),
    "status.active": ("aktiv", "aktiv", "active"),
    "status.ended": ("avsluttet", "avslutta", "ended"),
    "party.municipality": ("kommune", "kommune", "municipality"),
    "party.county_municipality": ("fylkeskommune", "fylkeskommune", "county municipality"),
    "party.university": ("universitet", "universitet", "university"),
    "party.university_college": ("høgskole", "høgskule", "university college"),
    "party.other": ("annen part", "anna part", "other party"),
    "track.research": ("forskning", "forsking", "research"),
    "track.education": ("utdanning", "utdanning", "education"),
    "track.innovation": ("nyskaping", "nyskaping", "innovation"),
    "field.text": ("kort tekst", "kort tekst", "short text"),
    "field.textarea": ("tekst", "tekst", "text"),
    "field.choice": ("ett valg", "eitt val", "one choice"),
    "field.multichoice": ("flere valg", "fleire val", "several choices"),
    "field.boolean": ("ja/nei", "ja/nei", "yes/no"),
    "field.date": ("dato", "dato", "date"),
    "field.email": ("e-post", "e-post", "e-mail"),
    "field.number": ("tall", "tal", "number"),
    "field.url": ("nettadresse", "nettadresse", "web address"),
    "action.receive": ("Tar imot", "Tek imot", "Receives"),
    "action.route": ("Fordeler", "Fordeler", "Routes"),
    "action.assess": ("Vurderer", "Vurderer", "Assesses"),
    "action.decide": ("Avgjør", "Avgjer", "Decides"),
    "action.answer": ("Svarer", "Svarar", "Answers"),
    # -- the starter files `unikom init` writes (ids, then texts) ---------------
    "starter.track_id": ("forskning", "forsking", "research"),
    "starter.track": ("Samarbeid om forskning", "Samarbeid om forsking", "Research collaboration"),
    "starter.inquiry_type_id": (
        "forskningssamarbeid",
        "forskingssamarbeid",
        "research-collaboration",
    ),
    "starter.inquiry_type": (
        "Henvendelse om forskningssamarbeid",
        "Førespurnad om forskingssamarbeid",
        "Research collaboration inquiry",
    ),
    "starter.event_id": ("styringsgruppemote", "styringsgruppemote", "steering-group-meeting"),
    "starter.event": ("Styringsgruppemøte", "Møte i styringsgruppa", "Steering group meeting"),
    "starter.closure_id": ("fellesferie", "fellesferie", "summer-holiday"),
    "starter.closure": ("Fellesferie", "Fellesferie", "Summer holiday"),
    "starter.illustrative": (
        "Illustrativt eksempel skrevet av unikom init: bytt det ut med deres eget.",
        "Illustrativt døme skrive av unikom init: byt det ut med dykkar eige.",
        "Illustrative example written by unikom init: replace it with your own.",
    ),
}


# -- deadlines, units and non-working days -----------------------------------
_WORDS.update(
    {
        "unit.working_days": (
            "virkedag|virkedager",
            "verkedag|verkedagar",
            "working day|working days",
        ),
        "unit.days": ("dag|dager", "dag|dagar", "day|days"),
        "unit.weeks": ("uke|uker", "veke|veker", "week|weeks"),
        "unit.months": ("måned|måneder", "månad|månader", "month|months"),
        "unit.years": ("år|år", "år|år", "year|years"),
        "day.public_holiday": (
            "{name} (helligdag)",
            "{name} (heilagdag)",
            "{name} (public holiday)",
        ),
        "day.closed": ("stengt: {name}", "stengt: {name}", "closed: {name}"),
        "entry.deadline_prefix": ("Frist: {title}", "Frist: {title}", "Deadline: {title}"),
        "entry.moved": (
            "Flyttet fra {nominal} fordi dagen ikke er en arbeidsdag ({reasons}).",
            "Flytta frå {nominal} fordi dagen ikkje er ein arbeidsdag ({reasons}).",
            "Moved from {nominal}, which is not a working day ({reasons}).",
        ),
    }
)

# -- the årshjul picture ------------------------------------------------------
_WORDS.update(
    {
        "arshjul.title": ("Årshjul {year}", "Årshjul {year}", "Annual cycle {year}"),
        "arshjul.event": ("Hendelse i årshjulet", "Hending i årshjulet", "Event"),
        "arshjul.deadline": (
            "Frist for henvendelser",
            "Frist for førespurnader",
            "Intake deadline",
        ),
        "arshjul.closed": ("Stengt", "Stengt", "Closed"),
        "arshjul.summary": (
            "{events} hendelser og {deadlines} frister",
            "{events} hendingar og {deadlines} fristar",
            "{events} events and {deadlines} deadlines",
        ),
        "arshjul.not_drawn": (
            "Bare de første {shown} datoene er tegnet; {hidden} til står i kalenderen.",
            "Berre dei første {shown} datoane er teikna; {hidden} til står i kalenderen.",
            "Only the first {shown} dates are drawn; {hidden} more are in the calendar.",
        ),
    }
)


# -- unikom due ---------------------------------------------------------------
_WORDS.update(
    {
        "due.inquiry_type": ("Henvendelsestype", "Førespurnadstype", "Inquiry type"),
        "due.received": ("Mottatt", "Motteken", "Received"),
        "due.answer_due": ("Svarfrist", "Svarfrist", "Answer due"),
        "due.preliminary_reply_by": (
            "Foreløpig svar innen",
            "Førebels svar innan",
            "Preliminary reply by",
        ),
        "due.no_processing_time": (
            "denne henvendelsestypen har ingen behandlingstid",
            "denne førespurnadstypen har inga behandlingstid",
            "no processing time is set for this inquiry type",
        ),
        "due.counted_working_days": (
            "{duration}, regnet fra dagen etter mottak; helger, helligdager og stengte "
            "dager telles ikke",
            "{duration}, rekna frå dagen etter mottak; helgar, heilagdagar og stengde "
            "dagar vert ikkje talde",
            "{duration}, counted from the day after receipt; weekends, public holidays "
            "and closed days do not count",
        ),
        "due.not_counted": ("ikke regnet med:", "ikkje rekna med:", "not counted:"),
        "due.counted_calendar": (
            "{duration} etter mottaksdagen (domstolloven § 148)",
            "{duration} etter mottaksdagen (domstollova § 148)",
            "{duration} after the day of receipt (domstolloven § 148)",
        ),
        "due.moved": (
            "slutter {day}, som ikke er en arbeidsdag, og flyttes derfor til neste "
            "arbeidsdag (domstolloven § 149), forbi:",
            "sluttar {day}, som ikkje er ein arbeidsdag, og vert difor flytta til neste "
            "arbeidsdag (domstollova § 149), forbi:",
            "ends on {day}, not a working day, so it moves to the next working day "
            "(domstolloven § 149), past:",
        ),
        "due.weekend_days": (
            "helgedag|helgedager",
            "helgedag|helgedagar",
            "weekend day|weekend days",
        ),
        "due.range": ("{first} til {last}", "{first} til {last}", "{first} to {last}"),
        "due.reply_needed": (
            "kommer ikke svaret innen da, send et foreløpig svar som sier hvorfor og når "
            "svaret kan ventes (forvaltningsloven § 11a)",
            "kjem ikkje svaret innan då, send eit førebels svar som seier kvifor og når "
            "svaret kan ventast (forvaltningslova § 11a)",
            "if the answer is not given by then, send a preliminary reply saying why and "
            "when to expect it (forvaltningsloven § 11a)",
        ),
        "due.reply_not_needed": (
            "ikke nødvendig om svaret kommer innen svarfristen",
            "ikkje naudsynt om svaret kjem innan svarfristen",
            "not needed if the answer is given by the date it is due",
        ),
    }
)

# -- unikom calendar ----------------------------------------------------------
_WORDS.update(
    {
        "calendar.summary": (
            "{name}: {count} fra {start} til {end}",
            "{name}: {count} frå {start} til {end}",
            "{name}: {count} from {start} to {end}",
        ),
        "calendar.entries": ("oppføring|oppføringer", "oppføring|oppføringar", "entry|entries"),
        "calendar.kind.event": ("hendelse", "hending", "event"),
        "calendar.kind.intake-deadline": ("frist", "frist", "deadline"),
        "calendar.recurring": ("Slik gjentar de seg:", "Slik gjentek dei seg:", "How they recur:"),
        "calendar.moved": (
            "(flyttet fra {nominal}: {reasons})",
            "(flytta frå {nominal}: {reasons})",
            "(moved from {nominal}: {reasons})",
        ),
    }
)

# -- unikom status ------------------------------------------------------------
_WORDS.update(
    {
        "status.title": (
            "{title} — status per {on}",
            "{title} — status per {on}",
            "{title} — status on {on}",
        ),
        "status.open": ("Åpne henvendelser", "Opne førespurnader", "Open inquiries"),
        "status.decided": (
            "Avgjort, ikke avsluttet",
            "Avgjort, ikkje avslutta",
            "Decided, not yet closed",
        ),
        "status.since": ("siden {day}", "sidan {day}", "since {day}"),
        "status.to": ("til {party}", "til {party}", "to {party}"),
        "status.via": ("(rute {route})", "(rute {route})", "(route {route})"),
        "status.done": ("Ferdige", "Ferdige", "Done"),
        "status.due_soon": (
            "Frist innen 7 dager eller passert",
            "Frist innan 7 dagar eller passert",
            "Due within 7 days or overdue",
        ),
        "status.due_line": (
            "{what}: frist {day} ({when})",
            "{what}: frist {day} ({when})",
            "{what} due {day} ({when})",
        ),
        "status.overdue": ("{days} over fristen", "{days} over fristen", "{days} overdue"),
        "status.today": ("i dag", "i dag", "today"),
        "status.in_days": ("om {days}", "om {days}", "in {days}"),
        "status.days": ("dag|dager", "dag|dagar", "day|days"),
        "status.assessments": (
            "Vurderinger (alle henvendelser så langt): {passed} bestått, {failed} under kravet",
            "Vurderingar (alle førespurnader så langt): {passed} greidd, {failed} under kravet",
            "Assessments (all inquiries so far): {passed} passed, {failed} fell short",
        ),
        "status.ranked": (
            "ikke avsluttet, rangert etter type (beståtte først, så etter vektet poengsum):",
            "ikkje avslutta, rangert etter type (greidde først, så etter vekta poengsum):",
            "not yet closed, ranked by type (passing first, then by weighted score):",
        ),
        "status.passes": ("bestått", "greidd", "passes"),
        "status.falls_short": (
            "under kravet: {shortfalls}",
            "under kravet: {shortfalls}",
            "falls short: {shortfalls}",
        ),
        "status.answered": (
            "{criterion} svarte {score}",
            "{criterion} svara {score}",
            "{criterion} answered {score}",
        ),
        "status.total": ("sum", "sum", "total"),
        "status.weighted": (
            "(vektet {score} av {most})",
            "(vekta {score} av {most})",
            "(weighted {score} of {most})",
        ),
        "status.projects": (
            "Prosjekter i gang per {on}: {count}",
            "Prosjekt i gang per {on}: {count}",
            "Projects under way on {on}: {count}",
        ),
        "status.by_status": (
            "alle prosjekter etter status: {counts}",
            "alle prosjekt etter status: {counts}",
            "all projects by status: {counts}",
        ),
        "status.by_area": (
            "etter samarbeidsområde:",
            "etter samarbeidsområde:",
            "by thematic area:",
        ),
        "status.by_track": ("etter samarbeidsform:", "etter samarbeidsform:", "by track:"),
        "due_kind.answer": ("svar", "svar", "answer"),
        "due_kind.preliminary_reply": ("foreløpig svar", "førebels svar", "preliminary reply"),
        "state.received": ("mottatt", "motteken", "received"),
        "state.acknowledged": ("bekreftet mottatt", "stadfesta motteken", "acknowledged"),
        "state.under_assessment": ("til vurdering", "til vurdering", "under assessment"),
        "state.preliminary_reply_sent": (
            "foreløpig svar sendt",
            "førebels svar sendt",
            "preliminary reply sent",
        ),
        "state.waiting_for_sender": (
            "venter på avsender",
            "ventar på avsendar",
            "waiting for the sender",
        ),
        "state.accepted": ("akseptert", "akseptert", "accepted"),
        "state.declined": ("avslått", "avslått", "declined"),
        "state.referred": ("videresendt", "vidaresendt", "referred"),
        "state.closed": ("avsluttet", "avslutta", "closed"),
        "state.withdrawn": ("trukket", "trekt", "withdrawn"),
        "project_status.planned": ("planlagt", "planlagd", "planned"),
        "project_status.ongoing": ("pågår", "pågår", "ongoing"),
        "project_status.finished": ("avsluttet", "avslutta", "finished"),
        "project_status.cancelled": ("avlyst", "avlyst", "cancelled"),
    }
)


# -- consortia: membership, closures, waiting, relative deadlines (standard 1.1) --
_WORDS.update(
    {
        "day.waiting": (
            "venter på opplysninger fra avsender",
            "ventar på opplysningar frå avsendar",
            "waiting for information from the sender",
        ),
        "relative.before": (
            "{duration} før {event}",
            "{duration} før {event}",
            "{duration} before {event}",
        ),
        "relative.after": (
            "{duration} etter {event}",
            "{duration} etter {event}",
            "{duration} after {event}",
        ),
        "due.party": ("Til parten", "Til parten", "For the party"),
        "calendar.at_time": ("kl. {time} ({zone})", "kl. {time} ({zone})", "at {time} ({zone})"),
        "page.at_time": ("kl. {time}", "kl. {time}", "at {time}"),
        # A clock time in running text; Språkrådet: «kl. 12.00» in Norwegian.
        "clock": ("{hours}.{minutes}", "{hours}.{minutes}", "{hours}:{minutes}"),
        "page.not_closed_in": ("ingen dager i {year}", "ingen dagar i {year}", "no days in {year}"),
        "due.moved_closed": (
            "slutter {day}, som partnerskapet holder stengt; etter partnerskapets egen "
            "regel flyttes fristen til neste arbeidsdag, forbi:",
            "sluttar {day}, som partnarskapen held stengd; etter partnarskapen si eiga "
            "regel vert fristen flytta til neste arbeidsdag, forbi:",
            "ends on {day}, which the partnership keeps closed; by the partnership's own "
            "rule it moves to the next working day, past:",
        ),
        "due.moved_both": (
            "slutter {day}, som ikke er en arbeidsdag, og flyttes til neste arbeidsdag: "
            "forbi helg og helligdager etter domstolloven § 149, forbi stengte dager etter "
            "partnerskapets egen regel:",
            "sluttar {day}, som ikkje er ein arbeidsdag, og vert flytta til neste "
            "arbeidsdag: forbi helg og heilagdagar etter domstollova § 149, forbi stengde "
            "dagar etter partnarskapen sin eigen regel:",
            "ends on {day}, not a working day, so it moves to the next working day: past "
            "weekends and public holidays by domstolloven § 149, past closed days by the "
            "partnership's own rule:",
        ),
        "due.paused_closed": (
            "tellingen stopper mens partnerskapet er stengt (partnerskapets egen regel, "
            "slik rettsferie stopper en frist etter domstolloven § 140):",
            "teljinga stoppar medan partnarskapen er stengd (partnarskapen sin eigen regel, "
            "slik rettsferie stoppar ein frist etter domstollova § 140):",
            "the count pauses while the partnership is closed (the partnership's own rule, "
            "as court holidays pause a limit under domstolloven § 140):",
        ),
        "due.paused_waiting": (
            "tellingen stopper mens saken venter på opplysninger fra avsender "
            "(forvaltningslovforskriften § 39):",
            "teljinga stoppar medan saka ventar på opplysningar frå avsendar "
            "(forvaltningslovforskrifta § 39):",
            "the count pauses while the case waits for information from the sender "
            "(forvaltningslovforskriften § 39):",
        ),
        "due.closed_rule": (
            "stengte dager er partnerskapets egen regel, ikke lov",
            "stengde dagar er partnarskapen sin eigen regel, ikkje lov",
            "closed days are the partnership's own rule, not law",
        ),
    }
)

# -- unikom network -----------------------------------------------------------
_WORDS.update(
    {
        "network.title": (
            "Unikom-nettverket per {on}",
            "Unikom-nettverket per {on}",
            "Unikom network on {on}",
        ),
        "network.partnerships": (
            "Partnerskap per {on}",
            "Partnarskapar per {on}",
            "Partnerships on {on}",
        ),
        "network.rule.active": (
            "et partnerskap er aktivt når en av avtalene dekker datoen og statusen ikke er "
            "«avsluttet»; uten avtaler, når statusen er «aktiv»",
            "ein partnarskap er aktiv når ei av avtalane dekkjer datoen og statusen ikkje er "
            "«avslutta»; utan avtalar, når statusen er «aktiv»",
            "a partnership is active when one of its agreements covers the date and its status "
            "is not 'ended'; without agreements, when its status is 'active'",
        ),
        "network.rule.parties": (
            "partene som hadde sluttet seg til på eller før datoen og ikke gått ut før den; "
            "en part uten dato for innmelding eller utmelding hører til hele partnerskapets "
            "levetid",
            "partane som hadde slutta seg til på eller før datoen og ikkje gått ut før han; "
            "ein part utan dato for innmelding eller utmelding høyrer til heile levetida til "
            "partnarskapen",
            "the parties that had joined on or before the date and had not left before it; "
            "a party without 'joined' or 'left' belongs for the whole life of the partnership",
        ),
        "network.rule.areas": (
            "områder er de samme når de har samme id, eller når et navn på det ene er likt et "
            "navn på det andre på et hvilket som helst språk, uavhengig av store og små "
            "bokstaver og mellomrom",
            "område er dei same når dei har same id, eller når eit namn på det eine er likt eit "
            "namn på det andre på kva språk som helst, utan omsyn til store og små bokstavar "
            "og mellomrom",
            "areas are the same when they have the same id, or when a name of one equals a "
            "name of the other in any language, ignoring case and spacing",
        ),
        "network.partnership": ("partnerskap", "partnarskap", "partnership"),
        "network.name": ("navn", "namn", "name"),
        "network.status": ("status", "status", "status"),
        "network.active_on": ("aktivt {on}", "aktiv {on}", "active on {on}"),
        "network.municipal": ("kommunale", "kommunale", "municipal"),
        "network.academic": ("akademiske", "akademiske", "academic"),
        "network.other": ("andre", "andre", "other"),
        "network.parties": ("Parter per {on}", "Partar per {on}", "Parties on {on}"),
        "network.party": ("part", "part", "party"),
        "network.kind": ("type", "type", "kind"),
        "network.role": ("rolle", "rolle", "role"),
        "network.org_number": ("org.nr.", "org.nr.", "org. number"),
        "network.shared": (
            "I mer enn ett partnerskap:",
            "I meir enn éin partnarskap:",
            "In more than one partnership:",
        ),
        "network.agreements": ("Avtaler", "Avtalar", "Agreements"),
        "network.agreement": ("avtale", "avtale", "agreement"),
        "network.from": ("fra", "frå", "from"),
        "network.to": ("til", "til", "to"),
        "network.open": ("åpen", "open", "open"),
        "network.covers": ("dekker {on}", "dekkjer {on}", "covers {on}"),
        "network.no_agreements": (
            "Ingen av partnerskapene har en avtale.",
            "Ingen av partnarskapane har ein avtale.",
            "None of the partnerships lists an agreement.",
        ),
        "network.areas": ("Samarbeidsområder", "Samarbeidsområde", "Thematic areas"),
        "network.area": ("samarbeidsområde", "samarbeidsområde", "thematic area"),
        "network.no_areas": (
            "Ingen av partnerskapene har et samarbeidsområde.",
            "Ingen av partnarskapane har eit samarbeidsområde.",
            "None of the partnerships lists a thematic area.",
        ),
        "network.inquiry_types": (
            "Henvendelsestyper og behandlingstid",
            "Førespurnadstypar og behandlingstid",
            "Inquiry types and processing times",
        ),
        "network.track": ("samarbeidsform", "samarbeidsform", "track"),
        "network.inquiry_type": ("henvendelsestype", "førespurnadstype", "inquiry type"),
        "network.processing_time": ("behandlingstid", "behandlingstid", "processing time"),
        "network.preliminary_reply": ("foreløpig svar", "førebels svar", "preliminary reply"),
        "network.intake": ("mottak", "mottak", "intake"),
        "network.not_given": ("ikke oppgitt", "ikkje oppgitt", "not given"),
        "network.rolling": ("løpende", "løpande", "rolling"),
        "network.no_inquiry_types": (
            "Ingen av partnerskapene har en henvendelsestype.",
            "Ingen av partnarskapane har ein førespurnadstype.",
            "None of the partnerships lists an inquiry type.",
        ),
        "role.lead": ("vertspart", "vertspart", "lead"),
        "role.member": ("medlem", "medlem", "member"),
        "role.associate": ("assosiert", "assosiert", "associate"),
        # -- what a web form says about its inputs (unikom.inquiry_from_form) ----
        "form.required": (
            "«{label}» må fylles ut",
            "«{label}» må fyllast ut",
            "'{label}' must be answered",
        ),
        "form.expected": (
            "«{label}» skal være {expected}",
            "«{label}» skal vere {expected}",
            "'{label}' needs {expected}",
        ),
        "form.expect.text": ("tekst", "tekst", "text"),
        "form.expect.textarea": ("tekst", "tekst", "text"),
        "form.expect.number": (
            "et tall, som 4 eller 4,5",
            "eit tal, som 4 eller 4,5",
            "a number, like 4 or 4.5",
        ),
        "form.expect.boolean": ("ja eller nei", "ja eller nei", "yes or no"),
        "form.expect.date": (
            "en dato skrevet ÅÅÅÅ-MM-DD",
            "ein dato skriven ÅÅÅÅ-MM-DD",
            "a date written YYYY-MM-DD",
        ),
        "form.expect.email": ("en e-postadresse", "ei e-postadresse", "an e-mail address"),
        "form.expect.url": (
            "en nettadresse som begynner med https://",
            "ei nettadresse som byrjar med https://",
            "a web address starting with https://",
        ),
        "form.expect.choice": ("ett av valgene", "eitt av vala", "one of the choices"),
        "form.expect.multichoice": (
            "ett eller flere av valgene",
            "eitt eller fleire av vala",
            "one or more of the choices",
        ),
        "form.too_long": (
            "«{label}» kan ha høyst {limit} tegn",
            "«{label}» kan ha høgst {limit} teikn",
            "'{label}' takes at most {limit} characters",
        ),
        "form.unknown_field": (
            "Skjemaet har ikke feltet «{name}»",
            "Skjemaet har ikkje feltet «{name}»",
            "The form has no field '{name}'",
        ),
        "form.more_unknown_fields": (
            "… og {count} felt til som skjemaet ikke har",
            "… og {count} felt til som skjemaet ikkje har",
            "… and {count} more fields the form does not have",
        ),
        "form.unknown_type": (
            "Det finnes ingen henvendelsestype «{name}»",
            "Det finst ingen førespurnadstype «{name}»",
            "There is no inquiry type '{name}'",
        ),
        "form.unknown_area": (
            "Det finnes ikke noe samarbeidsområde «{name}»",
            "Det finst ikkje noko samarbeidsområde «{name}»",
            "There is no thematic area '{name}'",
        ),
        "form.area_not_accepted": (
            "Denne typen henvendelse gjelder ikke samarbeidsområdet «{name}»",
            "Denne typen førespurnad gjeld ikkje samarbeidsområdet «{name}»",
            "This kind of inquiry does not cover the thematic area '{name}'",
        ),
        "form.invalid": (
            "«{label}» er ikke gyldig",
            "«{label}» er ikkje gyldig",
            "'{label}' is not valid",
        ),
        "form.requirement_missing": (
            "Status mangler for et krav som gjelder denne typen henvendelse",
            "Status manglar for eit krav som gjeld denne typen førespurnad",
            "A requirement of this kind of inquiry has no status",
        ),
        "form.type": ("henvendelsestypen", "førespurnadstypen", "the inquiry type"),
        "form.inquiry_id": (
            "id-en for henvendelsen",
            "id-en for førespurnaden",
            "the inquiry's id",
        ),
        "form.title": ("tittelen", "tittelen", "the title"),
        "form.thematic_areas": ("samarbeidsområdene", "samarbeidsområda", "the thematic areas"),
        "form.requirements": ("kravene", "krava", "the requirements"),
        "form.requester.organisation": ("organisasjonen", "organisasjonen", "the organisation"),
        "form.requester.name": ("navnet ditt", "namnet ditt", "your name"),
        "form.requester.email": ("e-postadressen", "e-postadressa", "the e-mail address"),
        "form.requester.phone": ("telefonnummeret", "telefonnummeret", "the phone number"),
        "form.requester.org_number": (
            "organisasjonsnummeret",
            "organisasjonsnummeret",
            "the organisation number",
        ),
        "form.requester.party": ("parten", "parten", "the party"),
        "form.unknown_criterion": (
            "Vurderingen har ikke kriteriet «{name}»",
            "Vurderinga har ikkje kriteriet «{name}»",
            "The assessment has no criterion '{name}'",
        ),
        "form.off_scale": (
            "«{label}» skal være et tall fra {low} til {high} i steg på {step}",
            "«{label}» skal vere eit tal frå {low} til {high} i steg på {step}",
            "'{label}' needs a number from {low} to {high} in steps of {step}",
        ),
    }
)


# -- recurrence rules in words (unikom.deadlines.describe_rrule) ---------------
# Weekday and month names and lists come from Babel; these are the words around
# them.  An ordinal is spelled out up to five ('andre tirsdag'), then written
# with digits ('20. mandag', '20th Monday'); English digits take the suffix of
# the number's CLDR ordinal category ('rrule.digits.one' is '{n}st').
_WORDS.update(
    {
        "rrule.every.yearly.1": ("hvert år", "kvart år", "every year"),
        "rrule.every.yearly.2": ("annethvert år", "annakvart år", "every other year"),
        "rrule.every.yearly.n": ("hvert {nth} år", "kvart {nth} år", "every {nth} year"),
        "rrule.every.monthly.1": ("hver måned", "kvar månad", "every month"),
        "rrule.every.monthly.2": ("annenhver måned", "annakvar månad", "every other month"),
        "rrule.every.monthly.n": ("hver {nth} måned", "kvar {nth} månad", "every {nth} month"),
        "rrule.every.weekly.1": ("hver uke", "kvar veke", "every week"),
        "rrule.every.weekly.2": ("annenhver uke", "annakvar veke", "every other week"),
        "rrule.every.weekly.n": ("hver {nth} uke", "kvar {nth} veke", "every {nth} week"),
        "rrule.nth.1": ("første", "første", "first"),
        "rrule.nth.2": ("andre", "andre", "second"),
        "rrule.nth.3": ("tredje", "tredje", "third"),
        "rrule.nth.4": ("fjerde", "fjerde", "fourth"),
        "rrule.nth.5": ("femte", "femte", "fifth"),
        "rrule.digits.one": ("{n}.", "{n}.", "{n}st"),
        "rrule.digits.two": ("{n}.", "{n}.", "{n}nd"),
        "rrule.digits.few": ("{n}.", "{n}.", "{n}rd"),
        "rrule.digits.other": ("{n}.", "{n}.", "{n}th"),
        "rrule.last.1": ("siste", "siste", "last"),
        "rrule.last.2": ("nest siste", "nest siste", "second-to-last"),
        "rrule.last.n": ("{nth} siste", "{nth} siste", "{nth}-to-last"),
        "rrule.last_day": ("{nth} dagen", "{nth} dagen", "{nth} day"),
        "rrule.the": ("den {what}", "den {what}", "the {what}"),
        "rrule.nth_weekday": ("{nth} {day}", "{nth} {day}", "the {nth} {day}"),
        "rrule.every_weekday": ("hver {days}", "kvar {days}", "every {days}"),
        "rrule.weekly": ("{every} på {days}", "{every} på {days}", "{every} on {days}"),
        "rrule.of": ("{what} i {scope}", "{what} i {scope}", "{what} of {scope}"),
        "rrule.in": ("{what} i {scope}", "{what} i {scope}", "{what} in {scope}"),
        "rrule.only_in": ("bare i {months}", "berre i {months}", "only in {months}"),
        "rrule.when": ("når det er {days}", "når det er {days}", "when it is a {days}"),
        "rrule.when_nth": (
            "når det er {days} i {scope}",
            "når det er {days} i {scope}",
            "when it is {days} of {scope}",
        ),
        "rrule.when_day": (
            "når det er den {days} i måneden",
            "når det er den {days} i månaden",
            "when it is the {days} of the month",
        ),
        "rrule.the_month": ("måneden", "månaden", "the month"),
        "rrule.the_year": ("året", "året", "the year"),
        "rrule.setpos": (
            "{positions} av {what} i {scope}",
            "{positions} av {what} i {scope}",
            "{positions} of {what} in {scope}",
        ),
        "rrule.setpos_days": ("dagene {days}", "dagane {days}", "the days {days}"),
        "rrule.together": ("{months} til sammen", "{months} til saman", "{months} taken together"),
        "rrule.times": ("gang|ganger", "gong|gonger", "time|times"),
        "rrule.once": ("én gang", "éin gong", "once"),
        "rrule.until": ("til og med {date}", "til og med {date}", "up to and including {date}"),
        "rrule.where_there_is_one": (
            "{what}, der det finnes en slik dag",
            "{what}, der det finst ein slik dag",
            "{what}, where there is such a day",
        ),
        "rrule.leap_years": (
            "{date} (bare i skuddår)",
            "{date} (berre i skotår)",
            "{date} (in leap years only)",
        ),
        "rrule.from": ("fra {date}", "frå {date}", "from {date}"),
        "rrule.counted_from": ("regnet fra {date}", "rekna frå {date}", "counted from {date}"),
        "rrule.week_starts": (
            "med uker som begynner på {day}",
            "med veker som byrjar på {day}",
            "with weeks starting on {day}",
        ),
    }
)


# -- the public page: a consortium's parties, coverage, addressees and routes ----
_WORDS.update(
    {
        "page.lead": ("Vertspart", "Vertspart", "Lead party"),
        "page.covers": ("Gjelder for", "Gjeld for", "Covers"),
        "page.all_parties": ("alle partene", "alle partane", "all the parties"),
        "page.on_behalf_of": (
            "på vegne av {parties}",
            "på vegner av {parties}",
            "on behalf of {parties}",
        ),
        "page.addressees": ("Kan sendes til", "Kan sendast til", "May be addressed to"),
        # A route's label is "For inquiries", then whom, then which areas.
        "page.route.inquiries": ("For henvendelser", "For førespurnader", "For inquiries"),
        "page.route.to_party": ("til {party}", "til {party}", "to {party}"),
        "page.route.to_others": (
            "til partnerskapet eller til en part uten egen rute",
            "til partnarskapen eller til ein part utan eiga rute",
            "to the partnership or to a party without a route of its own",
        ),
        "page.route.about": ("om {areas}", "om {areas}", "about {areas}"),
        "page.route.about_others": (
            "om alle andre områder",
            "om alle andre område",
            "about every other area",
        ),
        "page.contact": ("kontakt", "kontakt", "contact"),
        "page.contacts_shared": (
            "Felles for partnerskapet",
            "Felles for partnarskapen",
            "For the whole partnership",
        ),
    }
)


# -- the public page: who sits in each body, whose closures and calendars, how a
# closure and a wait for the sender act on the processing time (standard 1.1) --
_WORDS.update(
    {
        "page.body_parties": ("Parter som er med", "Partar som er med", "Parties represented"),
        "page.closed_whole": (
            "Hele partnerskapet",
            "Heile partnarskapen",
            "The whole partnership",
        ),
        "page.closed_party": ("Bare {party}", "Berre {party}", "{party} only"),
        "page.party_calendar": (
            "Frister for henvendelser til {party} regnes etter arbeidskalenderen for "
            "{calendar}, ikke etter partnerskapets ({own}).",
            "Fristar for førespurnader til {party} vert rekna etter arbeidskalenderen for "
            "{calendar}, ikkje etter partnarskapen sin ({own}).",
            "Deadlines for inquiries to {party} are counted on the working calendar of "
            "{calendar}, not on the partnership's ({own}).",
        ),
        "page.suspend": (
            "Etter partnerskapets egen regel står behandlingstiden stille på dager som er "
            "stengt (se «{section}»), og fortsetter etterpå.",
            "Etter partnarskapen sin eigen regel står behandlingstida stille på dagar som er "
            "stengde (sjå «{section}»), og held fram etterpå.",
            "By the partnership's own rule, the processing time stops on the days it is "
            "closed (see “{section}”) and goes on afterwards.",
        ),
        "page.closures_move_reply": (
            "Etter partnerskapets egen regel flyttes også fristen for foreløpig svar forbi "
            "dager som er stengt.",
            "Etter partnarskapen sin eigen regel vert òg fristen for førebels svar flytta "
            "forbi dagar som er stengde.",
            "By the partnership's own rule, the limit for the preliminary reply also moves "
            "past the days it is closed.",
        ),
        "page.waiting": (
            "Behandlingstiden står stille mens partnerskapet venter på opplysninger fra "
            "avsenderen.",
            "Behandlingstida står stille medan partnarskapen ventar på opplysningar frå "
            "avsendaren.",
            "The processing time stops while the partnership waits for information from "
            "the sender.",
        ),
        "page.next_deadline": (
            "neste gang {date} ({event}: {event_date})",
            "neste gong {date} ({event}: {event_date})",
            "next on {date} ({event}: {event_date})",
        ),
        # A deadline whose own non_working_day differs from its schedule's.
        "page.own_moves_next": (
            "flyttes til neste virkedag om den faller på en helg- eller helligdag",
            "vert flytta til neste verkedag om han kjem på ein helge- eller heilagdag",
            "moves to the next working day if it falls on a weekend or public holiday",
        ),
        "page.own_moves_previous": (
            "flyttes til forrige virkedag om den faller på en helg- eller helligdag",
            "vert flytta til førre verkedag om han kjem på ein helge- eller heilagdag",
            "moves to the working day before if it falls on a weekend or public holiday",
        ),
        "page.own_stays": (
            "flyttes ikke om den faller på en helg- eller helligdag",
            "vert ikkje flytta om han kjem på ein helge- eller heilagdag",
            "does not move if it falls on a weekend or public holiday",
        ),
        # The display names of the built-in working calendars (model/calendars.py).
        "calendar.NO": ("Norge", "Noreg", "Norway"),
    }
)


# -- the starter files `unikom init` writes: their comments and example values ---
# A comment is one paragraph; the template wraps it and puts '#' in front.
# What a file must hold literally (keys, values, commands) is in backticks.
_WORDS.update(
    {
        "starter.note.header": (
            "{name}: en startbeskrivelse av partnerskapet, skrevet av `unikom init`.",
            "{name}: ei startskildring av partnarskapen, skriven av `unikom init`.",
            "{name}: a starter partnership description written by `unikom init`.",
        ),
        "starter.note.intro": (
            "Filen er gyldig slik den står. Fyll den ut del for del: delene nedenfor "
            "som begynner med `#`, er eksempler. Fjern `#` foran linjene i en del for å "
            "ta den i bruk, bytt ut eksempelverdiene med deres egne, og sjekk filen "
            "etter hvert steg med",
            "Fila er gyldig slik ho står. Fyll ho ut del for del: delane nedanfor som "
            "byrjar med `#`, er døme. Fjern `#` framfor linjene i ein del for å ta han "
            "i bruk, byt ut dømeverdiane med dykkar eigne, og sjekk fila etter kvart "
            "steg med",
            "It is valid as it stands. Fill it in section by section: the sections below "
            "that start with `#` are examples. Remove the `#` in front of a section's "
            "lines to use it, replace the example values with your own, and check the "
            "file after each step with",
        ),
        "starter.note.render": (
            "Når den er klar, lager dere den offentlige siden med",
            "Når ho er klar, lagar de den offentlege sida med",
            "When it is ready, make the public page with",
        ),
        "starter.note.texts": (
            "Tekster: en enkel tekst, eller én oppføring per språk, hver på sin egen "
            "linje (blokkstil), slik; da trenger et komma ikke anførselstegn:",
            "Tekstar: ein enkel tekst, eller éi oppføring per språk, kvar på si eiga "
            "linje (blokkstil), slik; då treng eit komma ikkje hermeteikn:",
            "Texts: a plain string, or one entry per language on lines of their own "
            "(block style), like this; a comma then needs no quotes:",
        ),
        "starter.note.ids": (
            "Id-ene (nøklene `id:`) er korte navn som andre deler av filen viser til: "
            "små bokstaver a–z, sifre og enkle bindestreker, som `helse-og-velferd`.",
            "Id-ane (nøklane `id:`) er korte namn som andre delar av fila viser til: "
            "små bokstavar a–z, siffer og enkle bindestrekar, som `helse-og-velferd`.",
            "Ids (the `id:` keys) are short names that other parts of the file refer to: "
            "lowercase letters a–z, digits and single hyphens, like `helse-og-velferd`.",
        ),
        "starter.note.short_name": (
            "Et kortnavn, om partnerskapet har et.",
            "Eit kortnamn, om partnarskapen har eit.",
            "A short name, if the partnership has one.",
        ),
        "starter.note.description": (
            "Hva partnerskapet er, med noen få linjer.",
            "Kva partnarskapen er, med nokre få linjer.",
            "What the partnership is, in a few lines.",
        ),
        "starter.note.status": (
            "Hvor partnerskapet står: `planned` (planlagt), `active` (aktivt) eller "
            "`ended` (avsluttet).",
            "Kvar partnarskapen står: `planned` (planlagd), `active` (aktiv) eller "
            "`ended` (avslutta).",
            "Where the partnership is in its life: `planned`, `active` or `ended`.",
        ),
        "starter.note.languages": (
            "Språkene hver tekst skal finnes på; det første er hovedspråket. "
            "`unikom validate` advarer for hver tekst som mangler et av dem.",
            "Språka kvar tekst skal finnast på; det første er hovudspråket. "
            "`unikom validate` åtvarar for kvar tekst som manglar eit av dei.",
            "The languages every text should be given in; the first is the main one. "
            "`unikom validate` warns for each text that lacks one of them.",
        ),
        "starter.note.parties": (
            "Partene. `kind` er en av `municipality` (kommune), `county_municipality` "
            "(fylkeskommune), `university` (universitet), `university_college` "
            "(høgskole) og `other` (annen part). Organisasjonsnummeret er det nisifrede "
            "nummeret i Enhetsregisteret (brreg.no); unikom sjekker kontrollsifferet "
            "(MOD11). `role` er `lead` (vertsparten, som driver sekretariatet; høyst én), "
            "`member` (medlem, det en part uten rolle er) eller `associate` (assosiert).",
            "Partane. `kind` er ein av `municipality` (kommune), `county_municipality` "
            "(fylkeskommune), `university` (universitet), `university_college` "
            "(høgskule) og `other` (anna part). Organisasjonsnummeret er det nisifra "
            "nummeret i Einingsregisteret (brreg.no); unikom sjekkar kontrollsifferet "
            "(MOD11). `role` er `lead` (vertsparten, som driv sekretariatet; høgst éin), "
            "`member` (medlem, det ein part utan rolle er) eller `associate` (assosiert).",
            "The parties. `kind` is one of: `municipality`, `county_municipality`, "
            "`university`, `university_college`, `other`. The organisation number is the "
            "9-digit number in Enhetsregisteret (brreg.no); unikom checks its MOD11 check "
            "digit. `role` is `lead` (the host party, which runs the secretariat; one at "
            "most), `member` (what a party without a role is) or `associate`.",
        ),
        "starter.note.role_lead": (
            "om denne parten er vert for partnerskapet",
            "om denne parten er vert for partnarskapen",
            "if this party hosts the partnership",
        ),
        "starter.note.agreements": (
            "De signerte avtalene: tittel, dato for signering, hvem som signerte for "
            "hvilken part, perioden avtalen gjelder, og hvor dokumentene er publisert. "
            "En senere avtale som viderefører en tidligere, sier `continues: ID`.",
            "Dei signerte avtalane: tittel, dato for signering, kven som signerte for "
            "kva part, perioden avtalen gjeld for, og kvar dokumenta er publiserte. "
            "Ein seinare avtale som vidarefører ein tidlegare, seier `continues: ID`.",
            "The signed agreements: title, date of signing, who signed for which party, "
            "the period the agreement covers, and where the documents are published. "
            "A later agreement that continues an earlier one says `continues: ID`.",
        ),
        "starter.note.purposes": (
            "Hvorfor partene samarbeider: én linje hver.",
            "Kvifor partane samarbeider: éi linje kvar.",
            "Why the parties work together: one line each.",
        ),
        "starter.note.goals": (
            "Målene for samarbeidet.",
            "Måla for samarbeidet.",
            "The goals of the collaboration.",
        ),
        "starter.note.areas": (
            "Samarbeidsområdene. Bruk de samme id-ene som andre partnerskap der dere "
            "kan (f.eks. `helse-og-velferd`), så nettverket kan sammenligne: "
            "`unikom network` kobler områder på id og på navn.",
            "Samarbeidsområda. Bruk dei same id-ane som andre partnarskapar der de kan "
            "(t.d. `helse-og-velferd`), så nettverket kan samanlikne: `unikom network` "
            "koplar område på id og på namn.",
            "The thematic areas (samarbeidsområder). Use the same ids as other "
            "partnerships where you can (e.g. `helse-og-velferd`), so that the network "
            "can compare: `unikom network` matches areas by id and by name.",
        ),
        "starter.note.tracks": (
            "Samarbeidsformer: `kind` er `research` (forskning), `education` (utdanning) "
            "eller `innovation` (nyskaping); hver kan liste sine programmer (f.eks. "
            "offentlig sektor-ph.d., studentoppgaver, piloter).",
            "Samarbeidsformer: `kind` er `research` (forsking), `education` (utdanning) "
            "eller `innovation` (nyskaping); kvar kan liste programma sine (t.d. "
            "offentleg sektor-ph.d., studentoppgåver, pilotar).",
            "Collaboration tracks: `kind` is `research`, `education` or `innovation`; "
            "each may list its programmes (e.g. public-sector PhD, student theses, pilots).",
        ),
        "starter.note.tracks_illustrative": (
            "ILLUSTRATIVT: unikom init skrev denne samarbeidsformen som et eksempel; "
            "bytt den ut med deres egen (henvendelsestypen i `{type_file}` viser til "
            "id-en dens).",
            "ILLUSTRATIVT: unikom init skreiv denne samarbeidsforma som eit døme; byt ho "
            "ut med dykkar eiga (førespurnadstypen i `{type_file}` viser til id-en hennar).",
            "ILLUSTRATIVE: unikom init wrote this track as an example; replace it with "
            "your own (the inquiry type in `{type_file}` refers to its id).",
        ),
        "starter.note.inquiry_types": (
            "Hvilke henvendelser partnerskapet tar imot, står i mappen `inquiry-types/`, "
            "én fil for hver: se `{type_file}`.",
            "Kva førespurnader partnarskapen tek imot, står i mappa `inquiry-types/`, "
            "éi fil for kvar: sjå `{type_file}`.",
            "The kinds of inquiry the partnership accepts live in the folder "
            "`inquiry-types/`, one file each: see `{type_file}`.",
        ),
        "starter.note.contacts": (
            "Folk å kontakte, og hvilken part de hører til.",
            "Folk å kontakte, og kva part dei høyrer til.",
            "People to contact, and which party they belong to.",
        ),
        "starter.note.links": (
            "Nettsider om partnerskapet.",
            "Nettsider om partnarskapen.",
            "Web pages about the partnership.",
        ),
        "starter.note.annual_cycle": (
            "Årshjulet: møter og plan- og budsjettfrister som kommer igjen hvert år, "
            "hver som en iCalendar-regel (`RRULE`; her: {rule}).",
            "Årshjulet: møte og plan- og budsjettfristar som kjem att kvart år, kvar som "
            "ein iCalendar-regel (`RRULE`; her: {rule}).",
            "The årshjul: meetings, plan and budget deadlines that recur every year, "
            "each as an iCalendar `RRULE` (here: {rule}).",
        ),
        "starter.note.annual_cycle_illustrative": (
            "ILLUSTRATIVT: unikom init fant på dette møtet og datoen; bytt dem ut med deres egne.",
            "ILLUSTRATIVT: unikom init fann på dette møtet og datoen; byt dei ut med dykkar eigne.",
            "ILLUSTRATIVE: unikom init made up this meeting and its date; replace them "
            "with your own.",
        ),
        "starter.note.closed_periods": (
            "Stengte perioder: dager partnerskapet ikke regner med når det regner ut en "
            'frist. En periode er faste datoer hvert år (`start: "12-24"`, '
            '`end: "01-01"`), ISO-uker (som her), dager rundt påske eller Kristi '
            "himmelfart, eller datoer i ett bestemt år.",
            "Stengde periodar: dagar partnarskapen ikkje reknar med når han reknar ut "
            'ein frist. Ein periode er faste datoar kvart år (`start: "12-24"`, '
            '`end: "01-01"`), ISO-veker (som her), dagar rundt påske eller Kristi '
            "himmelfart, eller datoar i eitt bestemt år.",
            "Closed periods: days the partnership does not count when it works out a "
            'deadline. A period is fixed dates every year (`start: "12-24"`, '
            '`end: "01-01"`), ISO weeks (as here), days around Easter or Ascension, '
            "or one year's dates.",
        ),
        "starter.note.closed_periods_illustrative": (
            "ILLUSTRATIVT: unikom init fant på denne stengte perioden; bytt den ut med "
            "periodene partene deres virkelig holder stengt, eller fjern den.",
            "ILLUSTRATIVT: unikom init fann på denne stengde perioden; byt han ut med "
            "periodane partane dykkar verkeleg held stengt, eller fjern han.",
            "ILLUSTRATIVE: unikom init made up this closed period; replace it with the "
            "periods your parties really close, or remove it.",
        ),
        "starter.note.type_header": (
            "En henvendelsestype for {name}: et utgangspunkt skrevet av `unikom init`.",
            "Ein førespurnadstype for {name}: eit utgangspunkt skrive av `unikom init`.",
            "An inquiry type of {name}: a starter written by `unikom init`.",
        ),
        "starter.note.type_illustrative": (
            "ILLUSTRATIVT: alt i denne filen er et eksempel unikom fant på: navnet, "
            "behandlingstiden og fristen for mottak. Bytt ut hvert av dem med det "
            "partnerskapet deres har bestemt, eller fjern filen. Sjekk den med",
            "ILLUSTRATIVT: alt i denne fila er eit døme unikom fann på: namnet, "
            "behandlingstida og fristen for mottak. Byt ut kvart av dei med det "
            "partnarskapen dykkar har bestemt, eller fjern fila. Sjekk ho med",
            "ILLUSTRATIVE: everything in this file is an example unikom made up: the "
            "name, the processing time and the intake deadline. Replace each with what "
            "your partnership has decided, or remove the file. Check it with",
        ),
        "starter.note.type_docs": (
            "`docs/file-format.md` viser hva en henvendelsestype kan inneholde: et "
            "skjema, kravene, vurderingen og behandlingsrutene.",
            "`docs/file-format.md` viser kva ein førespurnadstype kan innehalde: eit "
            "skjema, krava, vurderinga og behandlingsrutene.",
            "`docs/file-format.md` lists what an inquiry type can hold: a form, the "
            "requirements, the assessment and the handling routes.",
        ),
        "starter.note.type_track": (
            "Samarbeidsformen i `partnership.yaml` som denne typen henvendelser hører til.",
            "Samarbeidsforma i `partnership.yaml` som denne typen førespurnader høyrer til.",
            "The track in `partnership.yaml` this kind of inquiry belongs to.",
        ),
        "starter.note.processing_time": (
            "Hvor lang tid partnerskapet bruker på å svare: `P1M` er én måned (også "
            "`P15D`, `P4W`, `10 working days` …). ILLUSTRATIVT: bytt den ut med deres egen.",
            "Kor lang tid partnarskapen bruker på å svare: `P1M` er éin månad (òg "
            "`P15D`, `P4W`, `10 working days` …). ILLUSTRATIVT: byt ho ut med dykkar eiga.",
            "How long the partnership takes to answer: `P1M` is one month (also `P15D`, "
            "`P4W`, `10 working days` …). ILLUSTRATIVE: replace it with your own.",
        ),
        "starter.note.intake": (
            "Når henvendelser tas imot: her ti virkedager før hver hendelse `{event}` i "
            "årshjulet i `partnership.yaml`. ILLUSTRATIVT: utelat `intake` for løpende "
            "mottak.",
            "Når førespurnader vert tekne imot: her ti verkedagar før kvar hending "
            "`{event}` i årshjulet i `partnership.yaml`. ILLUSTRATIVT: sløyf `intake` "
            "for løpande mottak.",
            "When inquiries are taken in: here, ten working days before each årshjul "
            "event `{event}` in `partnership.yaml`. ILLUSTRATIVE: leave `intake` out for "
            "rolling intake.",
        ),
        # Values of the commented-out examples, in the starter's main language.
        "starter.example.area": ("Helse og velferd", "Helse og velferd", "Health and welfare"),
        "starter.example.area_scope": (
            "Folkehelse, helse- og velferdstjenester.",
            "Folkehelse, helse- og velferdstenester.",
            "Public health, health and welfare services.",
        ),
        "starter.example.description": (
            "Kommunen og universitetet samarbeider om forskning, utdanning og nyskaping.",
            "Kommunen og universitetet samarbeider om forsking, utdanning og nyskaping.",
            "The municipality and the university work together on research, education "
            "and innovation.",
        ),
        "starter.example.agreement": (
            "Samarbeidsavtale",
            "Samarbeidsavtale",
            "Collaboration agreement",
        ),
        "starter.example.agreement_document": (
            "Samarbeidsavtalen",
            "Samarbeidsavtalen",
            "The collaboration agreement",
        ),
        "starter.example.mayor": ("ordfører", "ordførar", "mayor"),
        "starter.example.rector": ("rektor", "rektor", "rector"),
        "starter.example.purpose": (
            "Kunnskap som kommunen trenger, gjennom et langsiktig samarbeid.",
            "Kunnskap som kommunen treng, gjennom eit langsiktig samarbeid.",
            "Knowledge the municipality needs, through a long-term collaboration.",
        ),
        "starter.example.goal": (
            "Tilgang på kunnskap",
            "Tilgang på kunnskap",
            "Access to knowledge",
        ),
        "starter.example.goal_description": (
            "Sikre tilgang på relevant kunnskap og kompetanse.",
            "Sikre tilgang på relevant kunnskap og kompetanse.",
            "Secure access to relevant knowledge and skills.",
        ),
        "starter.example.programme": (
            "Offentlig sektor-ph.d.",
            "Offentleg sektor-ph.d.",
            "Public sector PhD",
        ),
        "starter.example.contact_title": ("seniorrådgiver", "seniorrådgjevar", "senior adviser"),
        "starter.example.link": ("Nettsiden vår", "Nettsida vår", "Our website"),
    }
)

# -- the questions `unikom init` asks in a terminal ------------------------------
# Each question is shown with ': ' after it; the complaints after a bad answer
# are indented under it.
_WORDS.update(
    {
        "init.intro": (
            "Beskriv partnerskapet; unikom skriver en startfil du kan fylle ut senere.",
            "Skildra partnarskapen; unikom skriv ei startfil du kan fylle ut seinare.",
            "Describe the partnership; unikom writes a starter file you can fill in later.",
        ),
        "init.ask.name": (
            "Navnet på partnerskapet",
            "Namnet på partnarskapen",
            "Name of the partnership",
        ),
        "init.ask.municipality": (
            "Kommune (navn, tomt når du er ferdig)",
            "Kommune (namn, tomt når du er ferdig)",
            "Municipality (name, empty when done)",
        ),
        "init.ask.institution": (
            "Universitet eller høgskole (navn, tomt når du er ferdig)",
            "Universitet eller høgskule (namn, tomt når du er ferdig)",
            "Institution (name, empty when done)",
        ),
        "init.ask.org_number": (
            "Organisasjonsnummeret til {name}",
            "Organisasjonsnummeret til {name}",
            "Organisation number of {name}",
        ),
        "init.ask.institution_kind": (
            "Universitet eller høgskole? [u/h, standard u]",
            "Universitet eller høgskule? [u/h, standard u]",
            "University or university college? [u/c, default u]",
        ),
        "init.lead_intro": (
            "Vertsparten er vert for partnerskapet og driver sekretariatet:",
            "Vertsparten er vert for partnarskapen og driv sekretariatet:",
            "The lead party hosts the partnership and runs its secretariat:",
        ),
        "init.ask.lead": (
            "Vertspart (nummer, tomt for ingen)",
            "Vertspart (nummer, tomt for ingen)",
            "Lead party (number, empty for none)",
        ),
        "init.ask.languages": (
            "Språk, hovedspråket først [{default}]",
            "Språk, hovudspråket først [{default}]",
            "Languages, main one first [{default}]",
        ),
        "init.retry.empty": (
            "dette kan ikke være tomt",
            "dette kan ikkje vere tomt",
            "this cannot be empty",
        ),
        "init.retry.at_least_one": (
            "minst én trengs",
            "minst éin trengst",
            "at least one is needed",
        ),
        "init.retry.one_line": (
            "skriv én linje på høyst {limit} tegn, uten kontrolltegn",
            "skriv éi linje på høgst {limit} teikn, utan kontrollteikn",
            "write one line of at most {limit} characters, without control characters",
        ),
        "init.retry.org_number": (
            "«{value}» ({name}) er ikke et gyldig organisasjonsnummer: 9 sifre, "
            "det siste et gyldig kontrollsiffer (MOD11)",
            "«{value}» ({name}) er ikkje eit gyldig organisasjonsnummer: 9 siffer, "
            "det siste eit gyldig kontrollsiffer (MOD11)",
            "'{value}' ({name}) is not a valid organisation number: 9 digits with a "
            "valid MOD11 check digit",
        ),
        "init.retry.org_number_twice": (
            "{number} er allerede gitt for {name}; gi hver part bare én gang",
            "{number} er alt gitt for {name}; gi kvar part berre éin gong",
            "{number} is already given for {name}; give each party once",
        ),
        "init.retry.institution_kind": (
            "svar u (universitet) eller h (høgskole)",
            "svar u (universitet) eller h (høgskule)",
            "answer u (university) or c (university college)",
        ),
        "init.retry.lead": (
            "svar med et tall fra 1 til {count}, eller ingenting for ingen",
            "svar med eit tal frå 1 til {count}, eller ingenting for ingen",
            "answer a number from 1 to {count}, or nothing for none",
        ),
        "init.retry.languages": (
            "skriv språkkoder som nb, nn eller en, hver bare én gang, med komma mellom",
            "skriv språkkodar som nb, nn eller en, kvar berre éin gong, med komma mellom",
            "write language tags such as nb, nn or en, each once, separated by commas",
        ),
    }
)


# -- the fixed words around diagnostics (validate, and commands that load) ----
# Diagnostics print in English (see the module's docstring); their fixed words
# live here all the same, so that every word unikom prints has one place.
_WORDS.update(
    {
        "found_nothing": ("ingen problemer funnet", "ingen problem funne", "no problems found"),
        "found_counts": (
            "{errors} feil, {warnings} advarsler",
            "{errors} feil, {warnings} åtvaringar",
            "{errors} error(s), {warnings} warning(s)",
        ),
        "found_counts_in_files": (
            "{errors} feil, {warnings} advarsler i {files} filer",
            "{errors} feil, {warnings} åtvaringar i {files} filer",
            "{errors} error(s), {warnings} warning(s) in {files} file(s)",
        ),
        "annotation_limit": (
            " (GitHub viser de første {limit} av hvert slag som merknader; "
            "jobbsammendraget viser alle)",
            " (GitHub viser dei første {limit} av kvart slag som merknader; "
            "jobbsamandraget viser alle)",
            " (GitHub shows the first {limit} of each kind as annotations; "
            "the job summary lists them all)",
        ),
        "summary_more": (
            "… og {count} til: se loggen for steget.",
            "… og {count} til: sjå loggen for steget.",
            "… and {count} more: see the step's log.",
        ),
        "invalid_partnership": (
            "{path} er ikke et gyldig partnerskap: {errors} feil",
            "{path} er ikkje eit gyldig partnarskap: {errors} feil",
            "{path} is not a valid partnership: {errors} error(s)",
        ),
        "validate_tells_more": (
            "'unikom validate {path}' forteller mer",
            "'unikom validate {path}' fortel meir",
            "'unikom validate {path}' tells more",
        ),
        "nothing_exported": ("ingenting eksportert", "ingenting eksportert", "nothing exported"),
        # Status lines of the commands (standard error, after 'unikom: ').
        "interrupted": ("avbrutt", "avbrote", "interrupted"),
        "summary_unwritable": (
            "kan ikke legge funnene til i jobbsammendraget ({path}): {reason}",
            "kan ikkje leggje funna til i jobbsamandraget ({path}): {reason}",
            "cannot add the findings to the job summary ({path}): {reason}",
        ),
        "fallbacks.count": (
            "{count} tekst(er) vist på et annet språk enn {language}",
            "{count} tekst(ar) vist på eit anna språk enn {language}",
            "{count} text(s) shown in another language than {language}",
        ),
        "fallbacks.hint": (
            "{count} tekst(er) vist på et annet språk enn {language} (--strict viser dem)",
            "{count} tekst(ar) vist på eit anna språk enn {language} (--strict viser dei)",
            "{count} text(s) shown in another language than {language} (--strict lists them)",
        ),
        "status.left_out": (
            "{count} fil(er) utelatt fordi de er ugyldige (første: {first}); "
            "kjør 'unikom validate {path}'",
            "{count} fil(er) utelatne fordi dei er ugyldige (første: {first}); "
            "køyr 'unikom validate {path}'",
            "{count} file(s) left out because they are invalid (first: {first}); "
            "run 'unikom validate {path}'",
        ),
        "network.not_compared": (
            "ikke gyldig, ingenting sammenlignet: {paths}",
            "ikkje gyldig, ingenting samanlikna: {paths}",
            "not valid, nothing compared: {paths}",
        ),
        # What `unikom init` says it did, after the starter's questions.
        "init.wrote": ("skrev {path}", "skreiv {path}", "wrote {path}"),
        "init.next": (
            "neste: rediger den, og kjør så: unikom validate {path}",
            "neste: rediger ho, og køyr så: unikom validate {path}",
            "next: edit it, then run: unikom validate {path}",
        ),
        "init.no_words": (
            "unikom har ingen egne ord på {languages}: tekstene det fant på, er ikke "
            "skrevet på dem; legg dem til (validate --strict advarer til da)",
            "unikom har ingen eigne ord på {languages}: tekstane det fann på, er ikkje "
            "skrivne på dei; legg dei til (validate --strict åtvarar til då)",
            "no words of unikom's own in {languages}: the texts it made up are not "
            "written in them; add them (validate --strict warns until then)",
        ),
    }
)


@cache
def text(key: str) -> Text:
    """Return the word *key* as a :class:`Text` in nb, nn and en."""
    nb, nn, en = _WORDS[key]
    return Text(translations={"nb": nb, "nn": nn, "en": en})


def word(key: str, language: str, /, **values: Any) -> str:
    """Return the word *key* in *language* (by the fallback rule), its fields filled in."""
    found = text(key).get(language)
    return found.format(**values) if values else found


def counted(key: str, count: int, language: str) -> str:
    """Return *count* and the singular or plural of *key*: '1 dag', '15 dager', '1 234 dager'."""
    singular, plural = word(key, language).split("|")
    return f"{number(count, language)} {singular if count == 1 else plural}"


def keys() -> tuple[str, ...]:
    """Return every key of the table (for tests that check each one)."""
    return tuple(_WORDS)


def locale(language: str) -> str:
    """Return the Babel locale that formats dates, numbers and lists for *language*."""
    return _LOCALES.get(language)


def date(day: dt.date, language: str) -> str:
    """Return *day* as people write it: '28. mars 2021', '28 March 2021'."""
    from babel.dates import format_date  # deferred: Babel's data loads on first use

    return format_date(day, "long", locale=locale(language))


def short_date(day: dt.date, language: str) -> str:
    """Return *day* without its year, months abbreviated: '3. mars', '11. feb.', '3 Mar'."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", day, locale=locale(language))


def month_day(month: int, day: int, language: str) -> str:
    """Return a day of the year: '1. mars', '1 March' (29 February allowed)."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMMd", dt.date(2000, month, day), locale=locale(language))


def month_names(language: str) -> tuple[str, ...]:
    """Return the twelve months' names as they stand alone: 'januar' … 'desember'."""
    from babel.dates import get_month_names

    names = get_month_names("wide", "stand-alone", locale=locale(language))
    return tuple(names[month] for month in range(1, 13))


def weekday_names(language: str) -> tuple[str, ...]:
    """Return the seven weekdays' names, Monday first: 'mandag' … 'søndag'."""
    from babel.dates import get_day_names

    names = get_day_names("wide", "format", locale=locale(language))
    return tuple(names[day] for day in range(7))


def ordinal_category(value: int, language: str) -> str:
    """Return the CLDR ordinal category of *value*: 'one', 'two', 'few' or 'other' in English."""
    from babel import Locale

    return str(Locale.parse(locale(language)).ordinal_form(value))


def weekday(day: dt.date, language: str, *, short: bool = False) -> str:
    """Return *day*'s weekday: 'lørdag' or 'lør.'; 'Saturday' or 'Sat'."""
    from babel.dates import format_date

    return format_date(day, "EEE" if short else "EEEE", locale=locale(language))


def number(value: float, language: str) -> str:
    """Return a number as the locale writes it: '1 234,5' or '1,234.5'; no needless '.0'."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale(language))


def clock_time(time: str, language: str) -> str:
    """Return a clock time written HH:MM as the language writes it: '12.00' or '12:00'.

    Babel's (CLDR's) Norwegian pattern has a colon, but Språkrådet writes the
    hour and minutes with a full stop in running text (kl. 12.00), so the
    separator comes from the word table.
    """
    hours, _, minutes = time.partition(":")
    return word("clock", language, hours=hours, minutes=minutes)


def join(items: Iterable[str], language: str, *, style: Literal["and", "or"] = "and") -> str:
    """Return items as a list in words: 'a, b og c' / 'a, b and c' ('or': 'a, b eller c')."""
    from babel.lists import format_list

    listed = list(items)
    if not listed:
        return ""
    return format_list(
        listed, style="standard" if style == "and" else "or", locale=locale(language)
    )


__all__ = [
    "LANGUAGES",
    "clock_time",
    "counted",
    "date",
    "join",
    "keys",
    "locale",
    "month_day",
    "month_names",
    "number",
    "ordinal_category",
    "short_date",
    "text",
    "weekday",
    "weekday_names",
    "word",
]
