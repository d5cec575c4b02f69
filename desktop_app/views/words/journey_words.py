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
    translate = QCoreApplication.translate
    names = {
        "employed": translate("JourneyWords", "employed"),
        "employed (subsidised)": translate("JourneyWords", "employed (subsidised)"),
        "education": translate("JourneyWords", "education"),
        "unemployed": translate("JourneyWords", "unemployed"),
        "sick": translate("JourneyWords", "sick"),
        "other": translate("JourneyWords", "other"),
        "job_search_training": translate("JourneyWords", "job search training"),
        "vocational_course": translate("JourneyWords", "vocational course"),
        "language_course": translate("JourneyWords", "language course"),
        "basic_skills_course": translate("JourneyWords", "basic skills course"),
        "work_trial": translate("JourneyWords", "work trial"),
        "wage_subsidy": translate("JourneyWords", "wage subsidy"),
        "mentor": translate("JourneyWords", "mentor"),
        "health_support": translate("JourneyWords", "health support"),
    }
    return names.get(code, _tidy(code))


def enrolment_status(code: str | None) -> str:
    translate = QCoreApplication.translate
    names = {
        "active": translate("JourneyWords", "active"),
        "completed": translate("JourneyWords", "completed"),
        "dropped": translate("JourneyWords", "dropped out"),
        "no_show": translate("JourneyWords", "did not start"),
        "planned": translate("JourneyWords", "planned"),
    }
    return names.get(code or "", _tidy(code or "")) if code else ""


def appointment_kind(code: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "meeting": translate("JourneyWords", "meeting"),
        "followup": translate("JourneyWords", "follow-up"),
        "course_session": translate("JourneyWords", "course session"),
        "appointment": translate("JourneyWords", "appointment"),
    }
    return names.get(code, _tidy(code))


def lane_name(lane: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "decisions": translate("JourneyWords", "Decisions"),
        "programmes": translate("JourneyWords", "Programmes"),
        "appointments": translate("JourneyWords", "Appointments"),
        "outcomes": translate("JourneyWords", "Situation"),
        "gaps": translate("JourneyWords", "Gaps"),
    }
    return names.get(lane, lane)


def band_name(band: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "low": translate("JourneyWords", "low"),
        "medium": translate("JourneyWords", "medium"),
        "high": translate("JourneyWords", "high"),
    }
    return names.get(band, band)


def reason_text(reason: str) -> str:
    """A main reason from the attendance model (plain English from the journey code)."""
    translate = QCoreApplication.translate
    names = {
        "age": translate("JourneyWords", "age"),
        "time unemployed": translate("JourneyWords", "time unemployed"),
        "number of earlier appointments": translate(
            "JourneyWords", "number of earlier appointments"
        ),
        "earlier missed appointments": translate("JourneyWords", "earlier missed appointments"),
        "distance to the appointment": translate("JourneyWords", "distance to the appointment"),
        "host-language level": translate("JourneyWords", "host-language level"),
        "partial health limitation": translate("JourneyWords", "partial health limitation"),
        "significant health limitation": translate("JourneyWords", "significant health limitation"),
    }
    prefix = "appointment type: "
    if reason.startswith(prefix):
        kind = reason[len(prefix) :].replace(" ", "_")
        return translate("JourneyWords", "appointment type: %1").replace(
            "%1", appointment_kind(kind)
        )
    return names.get(reason, reason)
