"""The planning screen's questions: the figures for the planning period, and an export."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import sqlite_utils

from desktop_app.places.planning import PlanningFigures, planning_figures
from desktop_app.places.planning_words import LANGUAGES

ExportFormat = Literal["csv", "pdf"]

__all__ = ["ExportFormat", "PlanningFigures", "export_planning", "planning_overview"]


def planning_overview(db: sqlite_utils.Database) -> PlanningFigures:
    """Places per programme for the next intakes (booked, waiting, proposed by the stored
    plan, left), the expected extra people in work with its interval and the balance across
    groups (audit only). Places are read live; the proposal is the plan last computed."""
    return planning_figures(db)


def export_planning(db: sqlite_utils.Database, path: Path, kind: ExportFormat,
                    language: str) -> Path:
    """Write the figures as CSV or as one PDF page (atomically) in the screen's language,
    English where the exports have no words for it. Returns the file written."""
    from desktop_app.places.planning_export import write_csv, write_pdf

    language = language if language in LANGUAGES else "en"
    figures = planning_figures(db)
    path = Path(path)
    if kind == "csv":
        write_csv(figures, path, language)
    elif kind == "pdf":
        write_pdf(figures, path, language)
    else:
        raise ValueError(f"planning exports are csv or pdf, not {kind!r}")
    return path
