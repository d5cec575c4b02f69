"""Translated words for journey data: states, statuses, lanes, bands and attendance reasons.

The journey code speaks in the contract's codes ("employed", "no_show", "course_session") and
plain English reasons; these functions give the caseworker's words in the interface language.
An unknown code (a municipality's own programme kind) is shown as itself, tidied, as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tidy(code: str) -> str:
    return code.replace("_", " ")


def state_name(code: str) -> str:
    """An outcome state or programme kind as it appears in variants and outcome shares."""
    t = QCoreApplication.translate
    names = {
        "employed": t("JourneyWords", "employed"),
        "employed (subsidised)": t("JourneyWords", "employed (subsidised)"),
        "education": t("JourneyWords", "education"),
        "unemployed": t("JourneyWords", "unemployed"),
        "sick": t("JourneyWords", "sick"),
        "other": t("JourneyWords", "other"),
        "job_search_training": t("JourneyWords", "job search training"),
        "vocational_course": t("JourneyWords", "vocational course"),
        "language_course": t("JourneyWords", "language course"),
        "basic_skills_course": t("JourneyWords", "basic skills course"),
        "work_trial": t("JourneyWords", "work trial"),
        "wage_subsidy": t("JourneyWords", "wage subsidy"),
        "mentor": t("JourneyWords", "mentor"),
        "health_support": t("JourneyWords", "health support"),
    }
    return names.get(code, _tidy(code))


def enrolment_status(code: str | None) -> str:
    t = QCoreApplication.translate
    names = {
        "active": t("JourneyWords", "active"),
        "completed": t("JourneyWords", "completed"),
        "dropped": t("JourneyWords", "dropped out"),
        "no_show": t("JourneyWords", "did not start"),
        "planned": t("JourneyWords", "planned"),
    }
    return names.get(code or "", _tidy(code or "")) if code else ""


def appointment_kind(code: str) -> str:
    t = QCoreApplication.translate
    names = {
        "meeting": t("JourneyWords", "meeting"),
        "followup": t("JourneyWords", "follow-up"),
        "course_session": t("JourneyWords", "course session"),
        "appointment": t("JourneyWords", "appointment"),
    }
    return names.get(code, _tidy(code))


def lane_name(lane: str) -> str:
    t = QCoreApplication.translate
    names = {
        "decisions": t("JourneyWords", "Decisions"),
        "programmes": t("JourneyWords", "Programmes"),
        "appointments": t("JourneyWords", "Appointments"),
        "outcomes": t("JourneyWords", "Situation"),
        "gaps": t("JourneyWords", "Gaps"),
    }
    return names.get(lane, lane)


def band_name(band: str) -> str:
    t = QCoreApplication.translate
    names = {
        "low": t("JourneyWords", "low"),
        "medium": t("JourneyWords", "medium"),
        "high": t("JourneyWords", "high"),
    }
    return names.get(band, band)


def reason_text(reason: str) -> str:
    """A main reason from the attendance model (plain English from the journey code)."""
    t = QCoreApplication.translate
    names = {
        "age": t("JourneyWords", "age"),
        "time unemployed": t("JourneyWords", "time unemployed"),
        "number of earlier appointments": t("JourneyWords", "number of earlier appointments"),
        "earlier missed appointments": t("JourneyWords", "earlier missed appointments"),
        "distance to the appointment": t("JourneyWords", "distance to the appointment"),
        "host-language level": t("JourneyWords", "host-language level"),
        "partial health limitation": t("JourneyWords", "partial health limitation"),
        "significant health limitation": t("JourneyWords", "significant health limitation"),
    }
    prefix = "appointment type: "
    if reason.startswith(prefix):
        kind = reason[len(prefix) :].replace(" ", "_")
        return t("JourneyWords", "appointment type: %1").replace("%1", appointment_kind(kind))
    return names.get(reason, reason)
