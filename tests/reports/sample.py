"""Realistic sheet inputs: a schema from the real feature builder, suggestion-shaped estimates."""

from __future__ import annotations

from desktop_app.reports.builder import SheetRequest
from desktop_app.reports.inputs import (
    ProgrammeEstimate,
    Reason,
    RecordedDecision,
    SuggestionSet,
)
from desktop_app.reports.rights import load_rights
from desktop_app.scoring.features import make_schema
from desktop_app.scoring.schema import AttributeSpec, FeatureSchema

COUNTRY = {"da": "DK", "nb": "NO", "nn": "NO", "nl": "NL"}


def unlogged(_export: object) -> None:
    """`export_sheet`'s audit step for tests of the PDF alone (no cache; the app always logs)."""


def schema(include_health: bool = False) -> FeatureSchema:
    return make_schema(
        host_language="da",
        benefit_codes=("kontanthjaelp", "dagpenge"),
        programme_kinds=("job_search_training", "language_course", "work_trial"),
        attributes=(AttributeSpec("children_under_6"),),
        include_health=include_health,
    )


def citizen(name: str = "Amal Haddad") -> dict:
    return {
        "id": "C00042", "name": name, "birth_year": 1988, "gender": "f",
        "country_of_birth": "SY", "cv_text": "SECRET-CV-TEXT", "preferred_language": "ar",
        "attributes": {"children_under_6": 1, "note": "SECRET-ATTRIBUTE"},
    }


def suggestions() -> SuggestionSet:
    reasons = (
        Reason("host_language_level", -0.061), Reason("weeks_unemployed", -0.043),
        Reason("years_experience", 0.038), Reason("digital", 0.021),
        Reason("appointment_attendance_12m", 0.017), Reason("age", -0.004),
    )
    return SuggestionSet(
        model_version="2024.06-demo.3",
        horizon_weeks=26,
        suggested="P07",
        estimates=(
            ProgrammeEstimate("P07", {"en": "Work trial in retail",
                                      "da": "Virksomhedspraktik i detailhandel"},
                              baseline=0.3412, effect=0.0731, interval=(0.021, 0.118),
                              waiting_weeks=3.0, reasons=reasons),
            ProgrammeEstimate("P02", {"en": "Danish course, module 2",
                                      "da": "Danskuddannelse, modul 2"},
                              baseline=0.3412, effect=0.0519, interval=(0.004, 0.097),
                              waiting_weeks=6.0, reasons=reasons[::-1]),
        ),
    )


def decision(programme: str = "P07", reason_code: str | None = None) -> RecordedDecision:
    return RecordedDecision(decided_at="2024-06-03T10:15:00", caseworker_id="W17",
                            programme_id=programme, suggested_programme_id="P07",
                            reason_code=reason_code, job_referrals=("V1", "V2"), decision_id=5)


def request(lang: str = "en", *, with_decision: bool = True, name: str = "Amal Haddad",
            **changes) -> SheetRequest:
    values = dict(
        citizen=citizen(name), lang=lang, schema=schema(),
        rights=load_rights(COUNTRY.get(lang, "DK"), production=False), date="2024-06-03",
        suggestions=suggestions(), decision=decision() if with_decision else None,
    )
    values.update(changes)
    return SheetRequest(**values)
