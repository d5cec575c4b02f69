"""Plain-language text catalogs for the sheet, one JSON file per language in `catalogs/`.

Each catalog says whether a qualified reviewer has checked it (`reviewed`), so the caseworker
can be warned before printing an unreviewed translation. A missing key or a placeholder that
does not match English is a clear error naming language and key, never an empty box.

A text is a string, or for a count an object of CLDR plural forms ("one", "few", "other" ...;
the form is chosen by Babel, see `locale_words`), each with the same placeholders as English.
A catalog may list keys in `untranslated`: texts that wait for a qualified native translator
(new texts in Somali and Tigrinya). They are printed in English, tagged as English in the PDF,
rather than in a text nobody competent wrote; `translator_questions` carries the open points
of the translation review for that translator.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop_app.assets_path import bundled
from desktop_app.reports.locale_words import PLURAL_CATEGORIES, number, plural_category

CATALOG_DIR = bundled("reports", "catalogs")
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "da", "nb", "nn", "nl", "ar", "uk", "so", "ti")

Text = str | dict[str, str]


class MissingTranslation(LookupError):
    """A text is missing for a language; the message names the language and the key."""


@dataclass(frozen=True)
class Catalog:
    lang: str
    name: str  # the language's own name, e.g. "Dansk"
    direction: str  # "ltr" | "rtl"
    reviewed: bool
    review_note: str
    strings: dict[str, Text]
    untranslated: frozenset[str] = frozenset()  # printed in English until translated
    source: Catalog | None = None  # English, for the untranslated keys
    translator_questions: dict[str, str] = field(default_factory=dict)

    def has(self, key: str) -> bool:
        return bool(self.strings.get(key)) or (
            key in self.untranslated and self.source is not None and self.source.has(key))

    def lang_of(self, key: str) -> str:
        """The language a key is printed in: this catalog's, or English while untranslated."""
        return SOURCE_LANGUAGE if self._delegates(key) else self.lang

    def _delegates(self, key: str) -> bool:
        return key in self.untranslated and self.source is not None

    def _template(self, key: str) -> Text:
        if self._delegates(key):
            return self.source._template(key)  # type: ignore[union-attr]
        template = self.strings.get(key)
        if not template:
            raise MissingTranslation(
                f"the explanation sheet has no '{self.lang}' text for '{key}' "
                f"({CATALOG_DIR / (self.lang + '.json')})"
            )
        return template

    def text(self, key: str, **values: Any) -> str:
        template = self._template(key)
        if isinstance(template, dict):
            raise MissingTranslation(f"the '{self.lang}' text for '{key}' needs a count")
        return self._fill(key, template, values)

    def plural(self, key: str, count: float, **values: Any) -> str:
        """The plural form for `count` (CLDR rules of the language the key is printed in);
        `{count}` is the number in that language's format."""
        template = self._template(key)
        if not isinstance(template, dict):
            raise MissingTranslation(f"the '{self.lang}' text for '{key}' has no plural forms")
        lang = self.lang_of(key)
        form = template.get(plural_category(lang, count)) or template.get("other")
        if not form:
            raise MissingTranslation(f"the '{self.lang}' text for '{key}' lacks the form "
                                     f"'{plural_category(lang, count)}'")
        shown = number(lang, count, 1 if count != int(count) else 0)
        return self._fill(key, form, {**values, "count": shown})

    def join(self, items: list[str]) -> str:
        """Items as a list in running text ("a, b, c"; Arabic "،")."""
        return self.text("list_separator").join(items)

    def _fill(self, key: str, template: str, values: Mapping[str, Any]) -> str:
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError) as error:
            raise MissingTranslation(
                f"the '{self.lang}' text for '{key}' has a bad placeholder ({error})"
            ) from error


def placeholders(template: Text) -> set[str]:
    forms = template.values() if isinstance(template, dict) else (template,)
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}


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


def _strings(data: Mapping[str, Any], lang: str) -> dict[str, Text]:
    out: dict[str, Text] = {}
    for key, value in data["strings"].items():
        if isinstance(value, dict):
            unknown = set(value) - set(PLURAL_CATEGORIES)
            if unknown or "other" not in value:
                raise MissingTranslation(
                    f"the '{lang}' text for '{key}' must give plural forms among "
                    f"{', '.join(PLURAL_CATEGORIES)}, 'other' included")
            out[str(key)] = {str(k): str(v) for k, v in value.items()}
        else:
            out[str(key)] = str(value)
    return out


def _check_against_source(lang: str, strings: dict[str, Text], untranslated: frozenset[str],
                          source: dict[str, Text]) -> None:
    missing = sorted(k for k in source if not strings.get(k) and k not in untranslated)
    if missing:
        raise MissingTranslation(
            f"the '{lang}' explanation-sheet catalog lacks {len(missing)} text(s): "
            + ", ".join(missing[:8])
        )
    for key, template in source.items():
        if key in untranslated:
            continue
        if isinstance(template, dict) != isinstance(strings[key], dict):
            raise MissingTranslation(f"the '{lang}' text for '{key}' must "
                                     + ("give plural forms" if isinstance(template, dict)
                                        else "be one text, not plural forms"))
        if placeholders(template) != placeholders(strings[key]):
            raise MissingTranslation(
                f"the '{lang}' text for '{key}' must use the placeholders "
                f"{sorted(placeholders(template))}"
            )


@cache
def load_catalog(lang: str) -> Catalog:
    """The catalog for `lang`, checked against English: same keys, same placeholders."""
    data = _read(lang)
    strings = _strings(data, lang)
    untranslated = frozenset(str(k) for k in data.get("untranslated", ()))
    source = None
    if lang != SOURCE_LANGUAGE:
        source = load_catalog(SOURCE_LANGUAGE)
        _check_against_source(lang, strings, untranslated, source.strings)
    return Catalog(
        lang=lang,
        name=str(data["name"]),
        direction=str(data["direction"]),
        reviewed=bool(data["reviewed"]),
        review_note=str(data.get("review_note", "")),
        strings=strings,
        untranslated=untranslated,
        source=source,
        translator_questions={str(k): str(v)
                              for k, v in (data.get("translator_questions") or {}).items()},
    )


def translation_status(lang: str) -> tuple[bool, str]:
    """(reviewed, note) for the caseworker's warning before printing."""
    catalog = load_catalog(lang)
    return catalog.reviewed, catalog.review_note
