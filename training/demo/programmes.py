"""The demo programme catalogue and the eligibility rules the generator applies.

Eligibility here uses the citizen's TRUE values (the world knows them even where the export
leaves a field out); the app checks the same `prerequisites` against recorded data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

CEFR = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6, "native": 7}
CEFR_NAMES = {v: k for k, v in CEFR.items()}
HEALTH = ("none", "partial", "significant")


@dataclass(frozen=True)
class Programme:
    id: str
    names: dict[str, str]
    kind: str
    duration_weeks: int
    waiting_weeks: int
    capacity: int
    provider: str
    postcode: str
    lat: float
    lon: float
    prerequisites: dict = field(default_factory=dict)
    lock_in: float = 0.0  # share of the full effect that only arrives after 26 weeks
    skill_isco: tuple[str, ...] = ()  # occupations whose essential skills the course teaches


def _n(da: str, en: str, nb: str, nl: str) -> dict[str, str]:
    return {"da": da, "en": en, "nb": nb, "nl": nl}


PROGRAMMES: tuple[Programme, ...] = (
    Programme("P01", _n("Jobsøgningsforløb", "Job-search training", "Jobbsøkerkurs",
                        "Sollicitatietraining"), "job_search_training", 4, 1, 40,
              "Jobcenter Odense", "5000", 55.4010, 10.3850,
              {"min_language_cefr": {"da": "A2"}}),
    Programme("P02", _n("Danskuddannelse", "Danish language course", "Danskkurs",
                        "Cursus Deens"), "language_course", 20, 2, 60,
              "Sprogcenter Fyn", "5000", 55.3990, 10.3950, {}, lock_in=0.35),
    Programme("P03", _n("FVU læsning og regning", "Basic reading and numeracy",
                        "Grunnleggende lesing og regning", "Basisvaardigheden lezen en rekenen"),
              "basic_skills_course", 16, 2, 30, "VUC Fyn", "5230", 55.3795, 10.4124, {},
              lock_in=0.25),
    Programme("P04", _n("AMU Lager og logistik", "Warehouse and logistics course",
                        "Lager og logistikk kurs", "Cursus magazijn en logistiek"),
              "vocational_course", 10, 3, 24, "AMU Fyn", "5220", 55.3763, 10.4360,
              {"min_education_isced": 2, "min_language_cefr": {"da": "A2"}},
              skill_isco=("9333", "8344", "4321")),
    Programme("P05", _n("AMU Rengøring og service", "Cleaning and service course",
                        "Renhold og service kurs", "Cursus schoonmaak en service"),
              "vocational_course", 6, 2, 24, "AMU Fyn", "5220", 55.3763, 10.4360,
              {"min_education_isced": 2}, skill_isco=("9112", "9111", "5151")),
    Programme("P06", _n("Virksomhedspraktik", "Work trial", "Arbeidstrening", "Werkstage"),
              "work_trial", 8, 2, 80, "Lokale virksomheder", "5200", 55.3931, 10.3346,
              {"max_health_limitation": "partial"}),
    Programme("P07", _n("Løntilskud", "Wage subsidy job", "Lønnstilskudd", "Loonkostensubsidie"),
              "wage_subsidy", 20, 4, 50, "Private arbejdsgivere", "5000", 55.3959, 10.3883,
              {"max_health_limitation": "partial", "min_language_cefr": {"da": "A2"}},
              lock_in=0.35),
    Programme("P08", _n("Mentorforløb", "Mentor support", "Mentorordning", "Mentortraject"),
              "mentor", 12, 1, 40, "Jobcenter Odense", "5000", 55.4010, 10.3850, {},
              lock_in=0.1),
    Programme("P09", _n("CV-værksted", "CV workshop", "CV-verksted", "Cv-werkplaats"),
              "job_search_training", 6, 1, 30, "Jobcenter Odense", "5000", 55.4010, 10.3850,
              {}),
    Programme("P10", _n("Erhvervsuddannelse for voksne (EUV)", "Adult vocational education",
                        "Fagopplæring for voksne", "Beroepsopleiding voor volwassenen"),
              "education", 24, 1, 20, "Syddansk Erhvervsskole", "5270", 55.4260, 10.3700,
              {"min_school_years": 9, "min_education_isced": 2, "min_language_cefr": {"da": "B1"},
               "min_basic_skills": {"literacy": 3, "numeracy": 3}},
              lock_in=0.75, skill_isco=("7411", "7126", "7231", "5321")),
    Programme("P11", _n("Sundhedsfagligt forløb", "Health support programme",
                        "Helsefaglig oppfølging", "Gezondheidstraject"),
              "health_support", 12, 2, 30, "Sundhedscenter Odense", "5260", 55.3480, 10.4070, {},
              lock_in=0.1),
    Programme("P12", _n("IT for begyndere", "Digital skills for beginners",
                        "Data for nybegynnere", "Digitale vaardigheden voor beginners"),
              "basic_skills_course", 6, 1, 20, "VUC Fyn", "5700", 55.0600, 10.6080,
              {"min_basic_skills": {"literacy": 2, "digital": 2}}),
)

ARMS: tuple[str, ...] = ("none", *tuple(p.id for p in PROGRAMMES))
N_ARMS = len(ARMS)


def eligibility(sy, isced, lang, health, lit, num, dig) -> np.ndarray:
    """(n, arms) boolean matrix of true eligibility; column 0 ("none") is always True."""
    n = len(sy)
    out = np.ones((n, N_ARMS), dtype=bool)
    values = {"literacy": lit, "numeracy": num, "digital": dig}
    for j, prog in enumerate(PROGRAMMES, start=1):
        ok = np.ones(n, dtype=bool)
        pre = prog.prerequisites
        if "min_school_years" in pre:
            ok &= sy >= pre["min_school_years"]
        if "min_education_isced" in pre:
            ok &= isced >= pre["min_education_isced"]
        if "min_language_cefr" in pre:
            ok &= lang >= CEFR[pre["min_language_cefr"]["da"]]
        if "max_health_limitation" in pre:
            ok &= health <= HEALTH.index(pre["max_health_limitation"])
        for skill, minimum in pre.get("min_basic_skills", {}).items():
            ok &= values[skill] >= minimum
        out[:, j] = ok
    return out
