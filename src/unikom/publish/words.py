"""The words a rendered page uses around the data, in bokmål, nynorsk and English.

Each label is a :class:`Text`, so a language without its own entry falls back by
the same rule as the data (nn → nb, then und, nb, nn, en).
"""

from __future__ import annotations

from functools import cache

from unikom.model.text import Text

# key: (nb, nn, en)
_LABELS: dict[str, tuple[str, str, str]] = {
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
    "every_year": ("hvert år", "kvart år", "every year"),
    "by_rule": ("etter regelen", "etter regelen", "by the rule"),
    "from": ("fra", "frå", "from"),
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
    "route_for": ("For", "For", "For"),
    "route_others": ("For alle andre områder", "For alle andre område", "For all other areas"),
    "arshjul": ("Årshjul", "Årshjul", "Annual cycle (årshjul)"),
    "responsible": ("ansvarlig", "ansvarleg", "responsible"),
    "key_figures": ("Nøkkeltall", "Nøkkeltal", "Key figures"),
    "as_of": ("per", "per", "as of"),
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
    # Duration units: singular|plural.
    "unit.D": ("dag|dager", "dag|dagar", "day|days"),
    "unit.W": ("uke|uker", "veke|veker", "week|weeks"),
    "unit.M": ("måned|måneder", "månad|månader", "month|months"),
    "unit.Y": ("år|år", "år|år", "year|years"),
    "unit.working_days": ("virkedag|virkedager", "verkedag|verkedagar", "working day|working days"),
    "months": (
        "januar februar mars april mai juni juli august september oktober november desember",
        "januar februar mars april mai juni juli august september oktober november desember",
        "January February March April May June July August September October November December",
    ),
}


@cache
def label(key: str) -> Text:
    """Return the label *key* as a text in nb, nn and en."""
    nb, nn, en = _LABELS[key]
    return Text(translations={"nb": nb, "nn": nn, "en": en})


def keys() -> list[str]:
    """Return every label key (for tests that check each one renders)."""
    return list(_LABELS)
