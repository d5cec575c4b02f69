# Babel for the explanation sheet: CLDR plural rules, dates and language names for the nine
# sheet languages only. PyInstaller's own hook bundles every CLDR locale (about 32 MB); these
# files are about 2.5 MB. `desktop_app/reports/locale_words.py` falls back to English for any
# other code, and the frozen smoke test renders sheets through Babel.
# ruff: noqa
from pathlib import Path

import babel

SHEET_LOCALES = ("root", "en", "da", "no", "nb", "nn", "nl", "ar", "uk", "so", "ti")
_here = Path(babel.__file__).parent
datas = [(str(_here / "global.dat"), "babel")] + [
    (str(_here / "locale-data" / f"{name}.dat"), "babel/locale-data") for name in SHEET_LOCALES
]
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
