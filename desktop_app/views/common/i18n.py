"""Interface languages: Qt Linguist translations loaded relative to the package, switchable at
run time (widgets retranslate on `QEvent.LanguageChange`).

Sources are `desktop_app/i18n/wayfinder_<code>.ts` (committed); the `.qm` files beside them are
built with `pyside6-lrelease`. English is the source language, so it works without a `.qm`.
Qt's own dialogs and menus use Qt's `qtbase_<code>` translations; `qt_extra_<code>.ts` adds
what those lack (Qt ships no Norwegian Bokmål at all).
The language's locale becomes Qt's default, so numbers and dates follow it (`locale_text`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.assets_path import bundled
from desktop_app.views.common.locale_text import ui_locale

log = logging.getLogger(__name__)

I18N_DIR = bundled("i18n")
LANGUAGES: dict[str, str] = {
    "en": "English",
    "da": "Dansk",
    "nb": "Norsk bokmål",
    "nl": "Nederlands",
}
SOURCE_LANGUAGE = "en"

_state: dict[str, object] = {"language": SOURCE_LANGUAGE, "translators": []}


def current_language() -> str:
    return str(_state["language"])


def supported(code: str | None) -> str | None:
    """Maps a BCP 47 tag (`nb-NO`, `no`, `da`) to a supported interface language, or None."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    base = {"no": "nb", "nn": "nb"}.get(base, base)
    return base if base in LANGUAGES else None


def system_language() -> str:
    return supported(QLocale.system().name()) or SOURCE_LANGUAGE


def qm_path(code: str) -> Path:
    return I18N_DIR / f"wayfinder_{code}.qm"


def set_language(code: str) -> bool:
    """Switch the interface language; returns False (and falls back to English source texts)
    if its `.qm` does not load."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a running QApplication")
    code = supported(code) or SOURCE_LANGUAGE
    for old in list(_state["translators"]):  # type: ignore[call-overload]
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    # English has a .qm too: it carries the plural forms of the source texts.
    loaded = ours.load(str(qm_path(code)))
    log.info("loading translation %s: %s", qm_path(code), "ok" if loaded else "failed")
    if loaded:
        translators.append(ours)
    if code != SOURCE_LANGUAGE:
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{code}", qt_dir):
            translators.append(qt_base)
        # Qt's own words its translations lack (all of them for Bokmål): asked before qtbase
        qt_extra = QTranslator(app)
        if qt_extra.load(str(I18N_DIR / f"qt_extra_{code}.qm")):
            translators.append(qt_extra)
    for translator in translators:
        app.installTranslator(translator)
    _state["translators"] = translators
    _state["language"] = code if loaded or code == SOURCE_LANGUAGE else SOURCE_LANGUAGE
    # numbers and dates follow the interface language (before widgets retranslate)
    QLocale.setDefault(ui_locale(current_language()))
    return loaded
