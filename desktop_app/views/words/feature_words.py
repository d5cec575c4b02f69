"""Model inputs in the caseworker's words ("time unemployed", "earlier language courses").

The schema names inputs in code ("weeks_unemployed", "prior_programme:language_course",
"benefit=dagpenge", "attr:housing=rent"); the screen names them here, in the interface
language. The citizen's sheet has its own second-person labels (`reports.data_used`). An input
this module does not know (a municipality's own attribute) is shown by its tidied name, marked
as case data, never as if it were a translated word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_app.views.words.journey_words import state_name


def _base_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "age": translate("FeatureWords", "age"),
        "years_in_country": translate("FeatureWords", "years in the country"),
        "school_years": translate("FeatureWords", "years of school"),
        "education_isced": translate("FeatureWords", "highest education"),
        "literacy": translate("FeatureWords", "reading skills"),
        "numeracy": translate("FeatureWords", "numeracy skills"),
        "digital": translate("FeatureWords", "digital skills"),
        "host_language_level": translate("FeatureWords", "level in the local language"),
        "languages_count": translate("FeatureWords", "number of languages"),
        "driving_licence": translate("FeatureWords", "driving licence"),
        "mobility_km": translate("FeatureWords", "travel radius"),
        "weeks_unemployed": translate("FeatureWords", "time unemployed"),
        "weeks_employed_2y": translate("FeatureWords", "time in work (last 2 years)"),
        "weeks_subsidised_2y": translate("FeatureWords", "time in subsidised work (last 2 years)"),
        "weeks_education_2y": translate("FeatureWords", "time in education (last 2 years)"),
        "weeks_sick_2y": translate("FeatureWords", "time on sick leave (last 2 years)"),
        "previous_jobs": translate("FeatureWords", "number of previous jobs"),
        "years_experience": translate("FeatureWords", "work experience"),
        "years_since_last_job": translate("FeatureWords", "time since the last job"),
        "prior_decisions": translate("FeatureWords", "earlier decisions"),
        "prior_programme_decisions": translate("FeatureWords", "earlier decisions for a programme"),
        "weeks_since_last_decision": translate("FeatureWords", "time since the last decision"),
        "dropped_enrolments": translate("FeatureWords", "programmes dropped or not started"),
        "enrolment_attendance": translate("FeatureWords", "attendance in earlier programmes"),
        "appointments_12m": translate("FeatureWords", "appointments (last 12 months)"),
        "appointment_attendance_12m": translate(
            "FeatureWords", "appointments attended (last 12 months)"),
        "health_limitation": translate("FeatureWords", "health limitation"),
    }


def _attribute_names() -> dict[str, str]:
    """Attributes of the bundled demo municipality; others are named by their own key."""
    translate = QCoreApplication.translate
    return {
        "caseworker_flag_motivation": translate("FeatureWords", "motivation (caseworker's rating)"),
        "children_under_6": translate("FeatureWords", "children under 6"),
        "has_car": translate("FeatureWords", "has a car"),
        "housing": translate("FeatureWords", "housing"),
    }


def feature_name(feature: str, programme_name: Callable[[str], str]) -> str:
    """`feature` (a schema name) in words; `programme_name(id)` names a programme."""
    translate = QCoreApplication.translate
    if feature.startswith("prior_programme:"):
        kind = feature.split(":", 1)[1]
        return translate("FeatureWords", "earlier programmes: %1").replace("%1", state_name(kind))
    if feature.startswith("prior_decision:"):
        programme = feature.split(":", 1)[1]
        return translate("FeatureWords", "earlier decisions for %1").replace(
            "%1", programme_name(programme))
    if feature.startswith("benefit="):
        return translate("FeatureWords", "benefit: %1").replace("%1", feature.split("=", 1)[1])
    if feature.startswith("attr:"):
        attribute = feature[len("attr:"):].split("=", 1)[0]
        known = _attribute_names().get(attribute)
        if known is not None:
            return known
        return translate("FeatureWords", "case data: %1").replace(
            "%1", attribute.replace("_", " "))
    return _base_names().get(feature) or translate("FeatureWords", "case data: %1").replace(
        "%1", feature.replace("_", " "))
