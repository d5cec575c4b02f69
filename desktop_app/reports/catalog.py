"""Plain-language text catalogs for the sheet, one JSON file per language in `catalogs/`.

Each catalog says whether a qualified reviewer has checked it (`reviewed`), so the caseworker
can be warned before printing an unreviewed translation. A missing key or a placeholder that
does not match English is a clear error naming language and key, never an empty box.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.assets_path import bundled

CATALOG_DIR = bundled("reports", "catalogs")
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "da", "nb", "nn", "nl", "ar", "uk", "so", "ti")


class MissingTranslation(LookupError):
    """A text is missing for a language; the message names the language and the key."""


@dataclass(frozen=True)
class Catalog:
    lang: str
    name: str  # the language's own name, e.g. "Dansk"
    direction: str  # "ltr" | "rtl"
    reviewed: bool
    review_note: str
    strings: dict[str, str]

    def has(self, key: str) -> bool:
        return bool(self.strings.get(key))

    def text(self, key: str, **values: Any) -> str:
        template = self.strings.get(key)
        if not template:
            raise MissingTranslation(
                f"the explanation sheet has no '{self.lang}' text for '{key}' "
                f"({CATALOG_DIR / (self.lang + '.json')})"
            )
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError) as error:
            raise MissingTranslation(
                f"the '{self.lang}' text for '{key}' has a bad placeholder ({error})"
            ) from error


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _read(lang: str) -> dict[str, Any]:
    path = CATALOG_DIR / f"{lang}.json"
    if not path.is_file():
        raise MissingTranslation(f"no explanation-sheet catalog for language '{lang}' ({path})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise MissingTranslation(f"{path}: line {error.lineno}: {error.msg}") from error
    for key in ("lang", "name", "direction", "reviewed", "strings"):
        if key not in data:
            raise MissingTranslation(f"{path}: field '{key}' is missing")
    return data


@cache
def load_catalog(lang: str) -> Catalog:
    """The catalog for `lang`, checked against English: same keys, same placeholders."""
    data = _read(lang)
    strings = {str(k): str(v) for k, v in data["strings"].items()}
    if lang != SOURCE_LANGUAGE:
        source = _read(SOURCE_LANGUAGE)["strings"]
        missing = sorted(k for k in source if not strings.get(k))
        if missing:
            raise MissingTranslation(
                f"the '{lang}' explanation-sheet catalog lacks {len(missing)} text(s): "
                + ", ".join(missing[:8])
            )
        for key, template in source.items():
            if placeholders(template) != placeholders(strings[key]):
                raise MissingTranslation(
                    f"the '{lang}' text for '{key}' must use the placeholders "
                    f"{sorted(placeholders(template))}"
                )
    return Catalog(
        lang=lang,
        name=str(data["name"]),
        direction=str(data["direction"]),
        reviewed=bool(data["reviewed"]),
        review_note=str(data.get("review_note", "")),
        strings=strings,
    )


def translation_status(lang: str) -> tuple[bool, str]:
    """(reviewed, note) for the caseworker's warning before printing."""
    catalog = load_catalog(lang)
    return catalog.reviewed, catalog.review_note
