"""The one table of words unikom prints to a person, in bokmål, nynorsk and English.

Every fixed word of every output (the public page, the .ics file, the årshjul
picture, the text of ``due``, ``calendar``, ``status`` and ``network``) comes
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
annotations; each code is documented in docs/error-codes.md).  Adding a word is one line
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
