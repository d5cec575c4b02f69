"""Translated names for the data-completeness fields (keyed by `FieldCheck.key`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(key: str, fallback: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "birth_year": translate("FieldLabels", "Year of birth"),
        "location": translate("FieldLabels", "Address or postcode"),
        "languages": translate("FieldLabels", "Language levels"),
        "school_years": translate("FieldLabels", "Years of school attended"),
        "education_isced": translate("FieldLabels", "Highest education"),
        "literacy": translate("FieldLabels", "Reading skills assessment"),
        "numeracy": translate("FieldLabels", "Numeracy assessment"),
        "digital": translate("FieldLabels", "Digital skills assessment"),
        "health_limitation": translate("FieldLabels", "Health limitation"),
        "unemployed_since": translate("FieldLabels", "Unemployed since"),
        "previous_jobs": translate("FieldLabels", "Previous jobs"),
        "skills": translate("FieldLabels", "Recorded skills"),
        "cv_text": translate("FieldLabels", "CV"),
        "mobility_km": translate("FieldLabels", "Travel radius"),
        "driving_licence": translate("FieldLabels", "Driving licence"),
        "preferred_language": translate("FieldLabels", "Preferred language"),
    }
    return labels.get(key, fallback)


def used_for_label(used_for: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "suggestions": translate("FieldLabels", "used for suggestions"),
        "matching": translate("FieldLabels", "used for job matching"),
        "both": translate("FieldLabels", "used for suggestions and job matching"),
        "letters": translate("FieldLabels", "used for letters"),
    }
    return labels.get(used_for, used_for)
