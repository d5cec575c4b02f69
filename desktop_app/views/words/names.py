"""Names shown for codes from the data: a programme in the interface language, a language by
its own name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale


def programme_name(programme: dict[str, Any], language: str) -> str:
    names = programme.get("name") or {}
    if not isinstance(names, dict):
        return str(names)
    for code in (language, "en"):
        if names.get(code):
            return str(names[code])
    return str(next(iter(names.values()), programme.get("id", "")))


def language_name(code: str) -> str:
    """`da` → `da (dansk)`; unknown codes are shown as given."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C or not code:
        return code
    # English's own name in Qt is "American English"; this is the language, not a country's
    native = "English" if locale.language() == QLocale.Language.English \
        else locale.nativeLanguageName()
    return f"{code} ({native})" if native else code
