"""The exchange-bundle contract (shared/spec/exchange-bundle.md) as msgspec types.

Every field but the keys (and `outcomes.status`) may be absent or null. Nested structures are
validated here but stored verbatim, so unknown nested fields survive a round trip. Top-level
unknown fields are reported by the reader and kept in each record's `extra`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import msgspec

Date = dt.date
Cefr = Literal["A1", "A2", "B1", "B2", "C1", "C2", "native"]
Score = Annotated[int, msgspec.Meta(ge=1, le=5)]
Unit = Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]
NonNegative = Annotated[float, msgspec.Meta(ge=0.0)]
Id = Annotated[str, msgspec.Meta(min_length=1)]


class Language(msgspec.Struct, kw_only=True):
    code: Annotated[str, msgspec.Meta(min_length=2, max_length=3)]
    cefr: Cefr | None = None


class BasicSkills(msgspec.Struct, kw_only=True):
    literacy: Score | None = None
    numeracy: Score | None = None
    digital: Score | None = None


class PreviousJob(msgspec.Struct, kw_only=True, rename={"start": "from", "end": "to"}):
    title: str | None = None
    esco_occupation: str | None = None
    start: Date | None = None
    end: Date | None = None


class Citizen(msgspec.Struct, kw_only=True):
    id: Id
    name: str | None = None
    birth_year: Annotated[int, msgspec.Meta(ge=1900, le=2100)] | None = None
    gender: Literal["f", "m", "x"] | None = None
    country_of_birth: Annotated[str, msgspec.Meta(pattern="^[A-Z]{2}$")] | None = None
    postcode: str | None = None
    lat: Annotated[float, msgspec.Meta(ge=-90, le=90)] | None = None
    lon: Annotated[float, msgspec.Meta(ge=-180, le=180)] | None = None
    years_in_country: NonNegative | None = None
    languages: list[Language] | None = None
    school_years: Annotated[int, msgspec.Meta(ge=0, le=30)] | None = None
    education_isced: Annotated[int, msgspec.Meta(ge=0, le=8)] | None = None
    basic_skills: BasicSkills | None = None
    health_limitation: Literal["none", "partial", "significant"] | None = None
    driving_licence: bool | None = None
    mobility_km: NonNegative | None = None
    unemployed_since: Date | None = None
    benefit: str | None = None
    previous_jobs: list[PreviousJob] | None = None
    skills: list[str] | None = None
    interests: list[str] | None = None
    cv_text: str | None = None
    preferred_language: str | None = None
    case_closed: Date | None = None
    attributes: dict[str, float | int | str | bool | None] | None = None


class Assessment(msgspec.Struct, kw_only=True):
    citizen_id: Id
    date: Date
    field: Annotated[str, msgspec.Meta(min_length=1)]
    value: Any = None


class MinBasicSkills(msgspec.Struct, kw_only=True):
    literacy: Score | None = None
    numeracy: Score | None = None
    digital: Score | None = None


class Prerequisites(msgspec.Struct, kw_only=True):
    min_school_years: int | None = None
    min_education_isced: Annotated[int, msgspec.Meta(ge=0, le=8)] | None = None
    min_language_cefr: dict[str, Cefr] | None = None
    max_health_limitation: Literal["none", "partial", "significant"] | None = None
    min_basic_skills: MinBasicSkills | None = None


class Intake(msgspec.Struct, kw_only=True):
    """A planned intake (contract 1.1): enrolments starting on `start` take its places."""

    start: Date
    places: Annotated[int, msgspec.Meta(ge=0)] | None = None  # None: the programme's capacity


class Programme(msgspec.Struct, kw_only=True):
    id: Id
    name: dict[str, str] | None = None
    kind: str | None = None
    duration_weeks: NonNegative | None = None
    provider: str | None = None
    postcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    capacity: Annotated[int, msgspec.Meta(ge=0)] | None = None
    waiting_weeks: NonNegative | None = None
    intakes: list[Intake] | None = None
    # Unknown rule keys must survive so eligibility can say "unknown — check"; hence a dict.
    prerequisites: dict[str, Any] | None = None
    skills_taught: list[str] | None = None


class Caseworker(msgspec.Struct, kw_only=True):
    """One caseworker of the roster (contract 1.1, `caseworkers.jsonl`)."""

    id: Id
    display_name: str | None = None
    team: str | None = None
    languages: list[Language] | None = None
    specialisms: list[str] | None = None
    max_caseload: Annotated[int, msgspec.Meta(ge=0)] | None = None
    caseload: list[Id] | None = None  # citizen ids currently assigned


class Decision(msgspec.Struct, kw_only=True):
    citizen_id: Id
    date: Date
    programme_id: str | None = None
    caseworker_id: str | None = None


class Enrolment(msgspec.Struct, kw_only=True):
    citizen_id: Id
    programme_id: Id
    start: Date
    end: Date | None = None
    status: Literal["planned", "active", "completed", "dropped", "no_show"] | None = None
    attendance_rate: Unit | None = None


class Appointment(msgspec.Struct, kw_only=True):
    citizen_id: Id
    date: Date
    kind: Annotated[str, msgspec.Meta(min_length=1)]
    attended: bool | None = None


class Outcome(msgspec.Struct, kw_only=True):
    citizen_id: Id
    start: Date
    status: Literal["employed", "education", "unemployed", "sick", "other"]
    end: Date | None = None
    subsidised: bool | None = None
    hours_per_week: NonNegative | None = None


class VacancySkill(msgspec.Struct, kw_only=True):
    uri: str
    essential: bool | None = None


class Vacancy(msgspec.Struct, kw_only=True):
    id: Id
    title: str | None = None
    employer: str | None = None
    postcode: str | None = None
    lat: Annotated[float, msgspec.Meta(ge=-90, le=90)] | None = None
    lon: Annotated[float, msgspec.Meta(ge=-180, le=180)] | None = None
    esco_occupation: str | None = None
    skills: list[VacancySkill] | None = None
    text: str | None = None
    posted: Date | None = None
    deadline: Date | None = None
    hours_per_week: NonNegative | None = None


class Postcode(msgspec.Struct, kw_only=True):
    postcode: Annotated[str, msgspec.Meta(min_length=1)]
    name: str | None = None
    lat: Annotated[float, msgspec.Meta(ge=-90, le=90)] | None = None
    lon: Annotated[float, msgspec.Meta(ge=-180, le=180)] | None = None


class Manifest(msgspec.Struct, kw_only=True):
    contract_version: str | None = None
    exported_at: dt.datetime | None = None
    municipality: str | None = None
    source_system: str | None = None
    full_snapshot: bool | None = None


@dataclass(frozen=True)
class FileSpec:
    """One bundle file: its record type, key fields, and which fields hold nested JSON."""

    stem: str
    record_type: type[msgspec.Struct]
    key: tuple[str, ...]
    parent: str | None = "citizens"  # records belong to a citizen (foreign key citizen_id)

    @property
    def filename(self) -> str:
        return f"{self.stem}.jsonl"

    @property
    def fields(self) -> tuple[str, ...]:
        info = msgspec.structs.fields(self.record_type)
        return tuple(f.encode_name for f in info)


FILES: tuple[FileSpec, ...] = (
    FileSpec("citizens", Citizen, ("id",), parent=None),
    FileSpec("programmes", Programme, ("id",), parent=None),
    FileSpec("postcodes", Postcode, ("postcode",), parent=None),
    FileSpec("vacancies", Vacancy, ("id",), parent=None),
    FileSpec("caseworkers", Caseworker, ("id",), parent=None),
    FileSpec("assessments", Assessment, ("citizen_id", "date", "field")),
    FileSpec("decisions", Decision, ("citizen_id", "date")),
    FileSpec("enrolments", Enrolment, ("citizen_id", "programme_id", "start")),
    FileSpec("appointments", Appointment, ("citizen_id", "date", "kind")),
    FileSpec("outcomes", Outcome, ("citizen_id", "start")),
)
FILES_BY_STEM = {spec.stem: spec for spec in FILES}
REQUIRED_FILES = ("citizens",)
CONTRACT_VERSION = "1.1"
