"""Per-country rights and data-protection templates: the facts a legal officer fills in.

A template (`rights/<CC>.json`, editable by IT, one per country) holds two kinds of content:
- `values`: facts printed as they are (controller, office, phone, e-mail, the data-protection
  officer, the supervisory authority's web site, the appeal and access deadlines);
- `texts`: statements that depend on the country's law, one text per language (the appeal
  route, the authority's name, the legal basis, the recipients, the retention period, the data
  source in words). A language a text is not given in falls back to English, printed and
  tagged as English, so a Danish case printed in Dutch never says "bezwaar bij Ankestyrelsen";
  inside a sentence of the sheet's language it is marked "(in het Engels)".
Texts may use `{office}`, `{controller}`, `{appeal_period}` ("4 weeks", plural by CLDR) and
`{access_period}`.

Every template carries `legal_review` (status and the points a lawyer must check). The demo
ships templates marked `"status": "demo"` (printed with a DEMO banner). A production build
refuses demo templates, unfilled placeholders (`{{...}}`) and templates whose legal review is
not "approved", naming the file and the fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.assets_path import bundled

BUNDLED_DIR = bundled("reports", "rights")
REQUIRED_VALUES = (
    "controller", "office", "phone", "email", "dpo_email", "authority_web", "appeal_weeks",
    "access_days",
)
REQUIRED_TEXTS = ("authority", "appeal", "legal_basis", "recipients", "retention", "data_source")
# Kept for callers that list every field of a template.
REQUIRED_FIELDS = REQUIRED_VALUES + REQUIRED_TEXTS
TEXT_FALLBACK = "en"
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
HOST_LANGUAGE_COUNTRY = {"da": "DK", "nb": "NO", "nn": "NO", "no": "NO", "nl": "NL"}


def country_of(host_language: str | None) -> str | None:
    """The country whose rights apply to a model trained for `host_language`, if known."""
    return HOST_LANGUAGE_COUNTRY.get(host_language or "")


class RightsTemplateError(ValueError):
    """The rights template cannot be printed; the message names file and fields."""


@dataclass(frozen=True)
class RightsTemplate:
    country: str
    status: str  # "demo" | "filled" | "template"
    values: dict[str, str]
    path: Path
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    legal_review: str = "pending"  # "pending" | "approved"
    review_points: tuple[str, ...] = ()

    @property
    def is_demo(self) -> bool:
        return self.status == "demo"

    def unfilled(self) -> list[str]:
        missing = [name for name in REQUIRED_VALUES
                   if not self.values.get(name) or _PLACEHOLDER.search(self.values[name])]
        for name in REQUIRED_TEXTS:
            texts = self.texts.get(name) or {}
            if not texts.get(TEXT_FALLBACK) or any(_PLACEHOLDER.search(t)
                                                   for t in texts.values()):
                missing.append(name)
        return missing

    def text(self, name: str, lang: str) -> tuple[str, str]:
        """(text, its language): the `lang` text, else English; a visible gap when unfilled."""
        texts = self.texts.get(name) or {}
        for code in (lang, TEXT_FALLBACK):
            value = texts.get(code)
            if value and not _PLACEHOLDER.search(value):
                return value, code
        return f"[{name}: ?]", TEXT_FALLBACK


def _find(country: str, search_dirs: Sequence[Path]) -> Path:
    for folder in (*search_dirs, BUNDLED_DIR):
        path = Path(folder) / f"{country}.json"
        if path.is_file():
            return path
    raise RightsTemplateError(
        f"no rights template for country '{country}' (looked for {country}.json in "
        + ", ".join(str(d) for d in (*search_dirs, BUNDLED_DIR)) + ")"
    )


def _texts(path: Path, data: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    texts = data.get("texts")
    if texts is None:
        raise RightsTemplateError(
            f"{path}: field 'texts' is missing (templates now give the appeal route, legal "
            "basis, recipients, retention and data source per language; see "
            "docs/explanation-sheet.md)")
    if not isinstance(texts, dict):
        raise RightsTemplateError(f"{path}: field 'texts' must be an object")
    out: dict[str, dict[str, str]] = {}
    for name, by_lang in texts.items():
        if not isinstance(by_lang, dict):
            raise RightsTemplateError(f"{path}: 'texts.{name}' must map languages to texts")
        out[str(name)] = {str(k): str(v) for k, v in by_lang.items() if v is not None}
    return out


def load_rights(
    country: str, *, production: bool, search_dirs: Sequence[Path] = ()
) -> RightsTemplate:
    """The template for `country` (ISO alpha-2); municipality folders before the bundled one."""
    country = country.upper()
    path = _find(country, search_dirs)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RightsTemplateError(f"{path}: line {error.lineno}: {error.msg}") from error
    values = data.get("values")
    if not isinstance(values, dict):
        raise RightsTemplateError(f"{path}: field 'values' must be an object")
    review = data.get("legal_review") if isinstance(data.get("legal_review"), dict) else {}
    template = RightsTemplate(
        country=str(data.get("country", country)).upper(),
        status=str(data.get("status", "template")),
        values={str(k): str(v) for k, v in values.items() if v is not None},
        path=path,
        texts=_texts(path, data),
        legal_review=str(review.get("status", "pending")),
        review_points=tuple(str(p) for p in review.get("points") or ()),
    )
    if template.country != country:
        raise RightsTemplateError(f"{path}: field 'country' says {template.country}, not {country}")
    if production:
        if template.is_demo:
            raise RightsTemplateError(
                f"{path} is a demo template; the municipality's legal officer must fill in "
                "the real rights template before sheets can be printed"
            )
        missing = template.unfilled()
        if missing:
            raise RightsTemplateError(
                f"{path}: these fields are not filled in: {', '.join(missing)}"
            )
        if template.legal_review != "approved":
            raise RightsTemplateError(
                f"{path}: the legal review is not approved (legal_review.status is "
                f"'{template.legal_review}'); a lawyer must check: "
                + "; ".join(template.review_points or ("every text",)))
    return template


def fill_value(template: RightsTemplate, name: str) -> str:
    """A value; in a demo build an unfilled one prints as a visible gap."""
    value = template.values.get(name, "")
    if not value or _PLACEHOLDER.search(value):
        return f"[{name}: ?]"
    return value
