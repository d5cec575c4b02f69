"""Data completeness of a case: which of the fields that suggestions and matching use are
missing, so the caseworker can ask for them during the meeting."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldCheck:
    key: str  # stable id, also the translation key in the UI
    label: str  # English label; views translate by key
    used_for: str  # "suggestions", "matching", "both", "letters"
    present: Callable[[dict[str, Any]], bool]


# Checks are partials of module-level functions, not lambdas: a case's completeness travels
# from the case-detail process to the window by pickling.
def _field_present(name: str, c: dict[str, Any]) -> bool:
    return c.get(name) not in (None, "", [], {})


def _has(name: str) -> Callable[[dict[str, Any]], bool]:
    return functools.partial(_field_present, name)


def _has_location(c: dict[str, Any]) -> bool:
    return (c.get("lat") is not None and c.get("lon") is not None) or bool(c.get("postcode"))


def _basic_present(skill: str, c: dict[str, Any]) -> bool:
    return (c.get("basic_skills") or {}).get(skill) is not None


def _has_basic(skill: str) -> Callable[[dict[str, Any]], bool]:
    return functools.partial(_basic_present, skill)


def _has_host_language(c: dict[str, Any]) -> bool:
    return any(lang.get("cefr") for lang in c.get("languages") or [])


CHECKS: tuple[FieldCheck, ...] = (
    FieldCheck("birth_year", "Year of birth", "suggestions", _has("birth_year")),
    FieldCheck("location", "Address or postcode", "matching", _has_location),
    FieldCheck("languages", "Language levels", "both", _has_host_language),
    FieldCheck("school_years", "Years of school attended", "suggestions", _has("school_years")),
    FieldCheck("education_isced", "Highest education", "both", _has("education_isced")),
    FieldCheck("literacy", "Reading skills assessment", "suggestions", _has_basic("literacy")),
    FieldCheck("numeracy", "Numeracy assessment", "suggestions", _has_basic("numeracy")),
    FieldCheck("digital", "Digital skills assessment", "suggestions", _has_basic("digital")),
    FieldCheck("health_limitation", "Health limitation", "suggestions", _has("health_limitation")),
    FieldCheck("unemployed_since", "Unemployed since", "suggestions", _has("unemployed_since")),
    FieldCheck("previous_jobs", "Previous jobs", "both", _has("previous_jobs")),
    FieldCheck("skills", "Recorded skills", "matching", _has("skills")),
    FieldCheck("cv_text", "CV", "matching", _has("cv_text")),
    FieldCheck("mobility_km", "Travel radius", "matching", _has("mobility_km")),
    FieldCheck("driving_licence", "Driving licence", "matching", _has("driving_licence")),
    FieldCheck("preferred_language", "Preferred language", "letters", _has("preferred_language")),
)


@dataclass(frozen=True)
class Completeness:
    present: tuple[FieldCheck, ...]
    missing: tuple[FieldCheck, ...]

    @property
    def share(self) -> float:
        total = len(self.present) + len(self.missing)
        return len(self.present) / total if total else 1.0


def completeness(citizen: dict[str, Any]) -> Completeness:
    present = tuple(check for check in CHECKS if check.present(citizen))
    missing = tuple(check for check in CHECKS if not check.present(citizen))
    return Completeness(present, missing)
