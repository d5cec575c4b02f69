"""Realistic sheet inputs: a schema from the real feature builder, suggestion-shaped estimates."""

from __future__ import annotations

from desktop_app.reports.builder import SheetRequest
from desktop_app.reports.inputs import (
    ComputerPart,
    Eligibility,
    ObjectionInput,
    Personalisation,
    ProgrammeEstimate,
    Reason,
    RecordedDecision,
    RuleCheck,
    SuggestionSet,
)
from desktop_app.reports.rights import load_rights
from desktop_app.scoring.features import make_schema
from desktop_app.scoring.schema import AttributeSpec, FeatureSchema

COUNTRY = {"da": "DK", "nb": "NO", "nn": "NO", "nl": "NL"}
PROGRAMMES = {
    "P07": {"id": "P07", "kind": "work_trial", "waiting_weeks": 3.0,
            "name": {"en": "Work trial in retail", "da": "Virksomhedspraktik i detailhandel",
                     "nb": "Arbeidstrening i varehandel"}},
    "P02": {"id": "P02", "kind": "language_course", "waiting_weeks": 1.0,
            "name": {"en": "Danish course, module 2", "da": "Danskuddannelse, modul 2"}},
}


def unlogged(_export: object) -> None:
    """`export_sheet`'s audit step for tests of the PDF alone (no cache; the app always logs)."""


def schema(include_health: bool = False) -> FeatureSchema:
    return make_schema(
        host_language="da",
        benefit_codes=("kontanthjaelp", "dagpenge"),
        programme_kinds=("job_search_training", "language_course", "work_trial"),
        attributes=(AttributeSpec("children_under_6"),
                    AttributeSpec("caseworker_flag_motivation", ("high", "low", "medium"))),
        include_health=include_health,
    )


def inputs(include_health: bool = False) -> dict[str, float | None]:
    """Input values for every feature of `schema()` (some not recorded)."""
    values: dict[str, float | None] = dict.fromkeys(schema(include_health).names, 0.0)
    values.update({
        "age": 36.4, "years_in_country": 7.8, "school_years": 11.0, "education_isced": 3.0,
        "literacy": 3.0, "numeracy": 2.0, "digital": None, "host_language_level": 2.0,
        "languages_count": 2.0, "driving_licence": 1.0, "mobility_km": 25.0,
        "weeks_unemployed": 40.0, "weeks_employed_2y": 1.0, "previous_jobs": 2.0,
        "years_experience": 4.2, "years_since_last_job": 0.6, "enrolment_attendance": 0.85,
        "appointments_12m": 5.0, "appointment_attendance_12m": 0.8, "weeks_since_last_decision":
        None, "prior_programme:language_course": 1.0, "benefit=kontanthjaelp": 1.0,
        "attr:children_under_6": 1.0, "attr:caseworker_flag_motivation=medium": 1.0,
    })
    if include_health:
        values["health_limitation"] = 1.0
    return values


def citizen(name: str = "Amal Haddad") -> dict:
    return {
        "id": "C00042", "name": name, "birth_year": 1988, "gender": "f",
        "country_of_birth": "SY", "cv_text": "SECRET-CV-TEXT", "preferred_language": "ar",
        "attributes": {"children_under_6": 1, "note": "SECRET-ATTRIBUTE"},
    }


ELIGIBLE = Eligibility(True, (RuleCheck("min_school_years", 9, 11.0, True),))


def suggestions(include_health: bool = False) -> SuggestionSet:
    reasons = (
        Reason("host_language_level", -0.061, 2.0), Reason("weeks_unemployed", -0.043, 40.0),
        Reason("years_experience", 0.038, 4.2), Reason("digital", 0.021, None, recorded=False),
        Reason("appointment_attendance_12m", 0.017, 0.8), Reason("age", -0.004, 36.4),
    )
    return SuggestionSet(
        model_version="2024.06-demo.3",
        horizon_weeks=26,
        suggested="P07",
        estimates=(
            ProgrammeEstimate("P07", PROGRAMMES["P07"]["name"],
                              baseline=0.3412, effect=0.0731, interval=(0.021, 0.118),
                              waiting_weeks=3.0, eligibility=ELIGIBLE, reasons=reasons),
            ProgrammeEstimate("P02", PROGRAMMES["P02"]["name"],
                              baseline=0.3412, effect=0.0519, interval=(0.004, 0.097),
                              waiting_weeks=1.0, eligibility=ELIGIBLE, reasons=reasons[::-1]),
        ),
        personalisation=Personalisation(True, "P07"),
        inputs=inputs(include_health),
    )


def decision(programme: str | None = "P07", reason_code: str | None = None,
             name: str | None = "Birgitte Holm") -> RecordedDecision:
    return RecordedDecision(decided_at="2024-06-03T10:15:00", caseworker_id="W17",
                            programme_id=programme, suggested_programme_id="P07",
                            reason_code=reason_code, job_referrals=("V1", "V2"), decision_id=5,
                            caseworker_name=name)


def computer(sugg: SuggestionSet | None = None, state: str | None = None,
             **changes) -> ComputerPart:
    sugg = suggestions() if sugg is None and state in (None, "shown", "abstained") else sugg
    if state is None:
        state = "abstained" if sugg is not None and sugg.abstained else "shown"
    return ComputerPart(state, sugg, **changes)


def request(lang: str = "en", *, with_decision: bool = True, name: str = "Amal Haddad",
            suggestions: SuggestionSet | None = None, **changes) -> SheetRequest:
    values = dict(
        citizen=citizen(name), lang=lang,
        rights=load_rights(COUNTRY.get(lang, "DK"), production=False), date="2024-06-03",
        computer=computer(suggestions), decision=decision() if with_decision else None,
        proposal_id=None if with_decision else 3, programmes=PROGRAMMES,
    )
    values.update(changes)
    return SheetRequest(**values)


def golden_cases() -> dict[str, dict]:
    """The four cases every language has golden pages for (request() changes)."""
    from dataclasses import replace

    from desktop_app.scoring.support import Abstention

    abstained = replace(suggestions(), abstained=True, suggested=None, abstentions=(
        Abstention("missing_key_data", ("school_years", "weeks_unemployed")),))
    objected = ComputerPart("objection", None, objection=ObjectionInput(
        "2024-05-28T09:30:00+00:00", shown_before=True), eligibility=ELIGIBLE, country="DK")
    return {
        "followed": {},
        "deviation": {"decision": decision("P02", reason_code="citizen_wish")},
        "objection": {"computer": objected, "decision": decision("P02")},
        "abstention": {"computer": computer(abstained), "decision": decision("P02")},
    }


__all__ = ["ObjectionInput", "computer", "decision", "golden_cases", "request", "suggestions"]
