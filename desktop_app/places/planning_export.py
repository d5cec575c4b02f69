"""The planning figures as a CSV file and as a one-page PDF, in the team lead's language.

The CSV has one row per intake of the planning period (programmes without intakes get one row
with the intake columns empty), the programme's totals and the plan's figures beside it, so it
opens as one table in a spreadsheet. The PDF holds the same per programme, the total expected
extra people in work with its interval, and the balance across groups (audit only). Programme
names come from the bundle: they are drawn as plain text, never as markup. Numbers and dates
are formatted by Babel for the chosen language.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from desktop_app.places.planning import PlanningFigures, ProgrammeFigures
from desktop_app.places.planning_words import LANGUAGES, words
from desktop_app.reports.fonts import register

CSV_COLUMNS = (
    "programme_id", "programme", "intake_start", "intake_places", "intake_booked",
    "intake_queue_takes", "intake_left", "period_places", "period_booked", "queue",
    "period_left", "proposed", "price_per_place", "expected_extra_in_work",
    "expected_extra_low", "expected_extra_high",
)


def _round(value: float | None, digits: int = 3) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def write_csv(figures: PlanningFigures, path: Path, language: str = "en") -> None:
    """Machine-readable (ISO dates, '.' decimals); written atomically."""
    rows = []
    for p in figures.programmes:
        plan = [p.places, p.booked, p.queue, p.left, _round(p.proposed, 1), _round(p.price, 4),
                _round(p.expected_gain, 1), _round(p.gain_low, 1), _round(p.gain_high, 1)]
        intakes = p.intakes or (None,)
        for intake in intakes:
            cells = ["", "", "", "", ""] if intake is None else [
                intake.start.isoformat(), intake.places, intake.booked, intake.queue_takes,
                intake.left]
            rows.append([p.programme_id, p.name(language), *cells, *plan])
    _atomic_write(path, lambda handle: _csv_rows(handle, rows))


def _csv_rows(handle, rows) -> None:  # type: ignore[no-untyped-def]
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)


def _atomic_write(path: Path, write) -> None:  # type: ignore[no-untyped-def]
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            write(handle)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _number(value: float | None, language: str, digits: int = 0) -> str:
    if value is None:
        return "–"
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=language)


def _programme_row(p: ProgrammeFigures, language: str, w: dict[str, str]) -> list[str]:
    if not p.known:
        places = booked = left = queue = w["unknown"]
    else:
        places, booked, left = (_number(v, language) for v in (p.places, p.booked, p.left))
        queue = _number(p.queue, language)
    gain = "–" if p.expected_gain is None else (
        f"{_number(p.expected_gain, language, 1)} "
        f"({_number(p.gain_low, language, 1)} {w['to']} {_number(p.gain_high, language, 1)})")
    return [p.name(language), places, booked, queue, _number(p.proposed, language), left,
            _number(None if p.price is None else 100 * p.price, language, 1), gain]


def write_pdf(figures: PlanningFigures, path: Path, language: str = "en") -> None:
    """One landscape A4 page; written atomically."""
    if language not in LANGUAGES:
        raise ValueError(f"planning exports are in {', '.join(LANGUAGES)}, not {language!r}")
    register("DejaVuSans")
    register("DejaVuSans-Bold")
    w = words(language)
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        _draw(figures, temp, language, w)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _draw(figures: PlanningFigures, target: str, language: str, w: dict[str, str]) -> None:
    width, height = landscape(A4)
    canvas = Canvas(target, pagesize=(width, height), invariant=True)
    canvas.setTitle(w["title"])
    canvas.setAuthor("Wayfinder")
    x, y = 15 * mm, height - 18 * mm
    canvas.setFont("DejaVuSans-Bold", 15)
    canvas.drawString(x, y, w["title"])
    canvas.setFont("DejaVuSans", 9)
    period = w["period"].replace("%1", format_date(figures.as_of, "long", locale=language)) \
        .replace("%2", format_date(figures.until, "long", locale=language))
    y -= 7 * mm
    canvas.drawString(x, y, period)
    y -= 5 * mm
    if figures.plan_computed_at is None:
        status = w["no_plan"]
    else:
        computed = dt.date.fromisoformat(figures.plan_computed_at[:10])
        status = w["plan"].replace("%1", format_date(computed, "long", locale=language)).replace(
            "%2", figures.model_version or "–")
        if not figures.plan_current:
            status += " " + w["plan_stale"]
    canvas.drawString(x, y, status)
    header = [w[k] for k in ("programme", "places", "booked", "queue", "proposed", "left",
                             "price", "gain")]
    body = [_programme_row(p, language, w) for p in figures.programmes]
    table = Table([header, *body], colWidths=[70 * mm, 20 * mm, 20 * mm, 18 * mm, 22 * mm,
                                              18 * mm, 28 * mm, 62 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 8),
        ("FONT", (0, 1), (-1, -1), "DejaVuSans", 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f3f5")]),
    ]))
    _, table_height = table.wrapOn(canvas, width - 30 * mm, height)
    y -= 4 * mm + table_height
    table.drawOn(canvas, x, y)
    y -= 7 * mm
    canvas.setFont("DejaVuSans-Bold", 9)
    if figures.expected_gain is not None:
        canvas.drawString(x, y, w["total"]
                          .replace("%1", _number(figures.expected_gain, language, 0))
                          .replace("%2", _number(figures.gain_low, language, 0))
                          .replace("%3", _number(figures.gain_high, language, 0))
                          .replace("%4", _number(figures.caseload, language)))
        y -= 6 * mm
    y = _draw_balance(canvas, figures, x, y, language, w)
    canvas.setFont("DejaVuSans", 7)
    for k, key in enumerate(("note_price", "note_interval", "note_audit")):
        canvas.drawString(x, 20 * mm - 4 * mm * k, w[key])
    canvas.showPage()
    canvas.save()


def _draw_balance(canvas: Canvas, figures: PlanningFigures, x: float, y: float,
                  language: str, w: dict[str, str]) -> float:
    if not figures.balance:
        return y
    canvas.setFont("DejaVuSans-Bold", 9)
    canvas.drawString(x, y, w["balance"])
    cells = [[w["group"], w["citizens"], w["proposed_share"], w["gain_per_100"]]]
    for entry in figures.balance:
        label = w.get(f"{entry['dimension']}.{entry['group']}", str(entry["group"]))
        share = entry.get("proposed_share")
        gain = entry.get("gain_per_100")
        cells.append([f"{w[entry['dimension']]}: {label}", _number(entry["citizens"], language),
                      "–" if share is None else _number(100 * share, language) + " %",
                      "–" if gain is None else _number(gain, language, 1)])
    table = Table(cells, colWidths=[60 * mm, 22 * mm, 36 * mm, 36 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 7),
        ("FONT", (0, 1), (-1, -1), "DejaVuSans", 7),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    _, table_height = table.wrapOn(canvas, 160 * mm, y)
    y -= 2 * mm + table_height
    table.drawOn(canvas, x, y)
    return y - 4 * mm
