"""Plural forms, numbers, dates and language names for the sheet, from CLDR via Babel.

Never hand-made rules: "1 week" / "2 weeks", Arabic's six plural categories, Ukrainian's
one/few/many, Danish "3. juni 2024" and Arabic-Indic or Latin digits all come from the CLDR data
Babel ships (offline, with the app).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@cache
def locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def plural_category(lang: str, count: float) -> str:
    """The CLDR plural category of `count` in `lang` ("one", "few", "other" ...)."""
    return str(locale(lang).plural_form(count))


def number(lang: str, value: float, digits: int = 0) -> str:
    """A number in the language's format (no more than `digits` decimals)."""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(round(value, digits) if digits else round(value), format=pattern,
                          locale=locale(lang))


def long_date(lang: str, value: dt.date | str) -> str:
    """A date written out for a reader of `lang` ("3. juni 2024", "3 June 2024")."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return format_date(day, format="long", locale=locale(lang))


def language_name(lang: str, code: str) -> str:
    """The name of language `code` in `lang` ("dansk", "Danish", "الدانمركية")."""
    name = locale(lang).languages.get(code)
    return str(name) if name else code
