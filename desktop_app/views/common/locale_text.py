"""Numbers, percentages and dates in the interface language's conventions, through QLocale.

`i18n.set_language` makes the interface language's locale Qt's default (`ui_locale`), so
"5,000" reads "5.000" in Danish and Dutch and "5 000" in Norwegian, and a date reads
"19.08.2024", "19-08-2024" or "19/08/2024". Nothing on screen formats a number or a date by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

# The locale of each interface language (English: the European convention, day first).
LOCALES = {"en": "en_GB", "da": "da_DK", "nb": "nb_NO", "nl": "nl_NL"}


def ui_locale(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, "en_GB"))


def number(value: float | int) -> str:
    """A count or a rounded amount: "5.000" (da), "5 000" (nb), "5,000" (en)."""
    return QLocale().toString(round(value))


def decimal(value: float | int, digits: int = 1) -> str:
    """At most `digits` decimals, none when whole: "12,5", "10"."""
    text = QLocale().toString(float(value), "f", digits)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(share: float, digits: int = 0) -> str:
    """A share (0.85) as a percentage in the language's style ("85 %" in Danish)."""
    amount = decimal(100 * share, digits) if digits else number(100 * share)
    return QCoreApplication.translate("LocaleText", "%1%").replace("%1", amount)


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def date_text(value: Any) -> str:
    """An ISO date (or date) in the short local form; text that is not a date stays as is."""
    if value is None or value == "":
        return ""
    day = _as_date(value)
    if day is None:
        return str(value)
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def date_time_text(value: Any) -> str:
    """An ISO timestamp to the minute, in the local form."""
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:  # stored in UTC: shown in the laptop's own time
        moment = moment.astimezone()
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def month_text(day: dt.date) -> str:
    """A month on a time axis: "aug. 2024", "Aug 2024"."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM yyyy")
