"""Per-country rights templates: the facts a municipality's legal officer fills in.

A template (`rights/<CC>.json`) holds contact details, the complaint and appeal bodies and
the deadlines; the wording comes from the language catalog. The demo ships filled templates
marked `"status": "demo"` (printed with a DEMO banner). A production build refuses demo
templates and unfilled placeholders (`{{...}}`), naming the file and the fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.assets_path import bundled

BUNDLED_DIR = bundled("reports", "rights")
REQUIRED_FIELDS = (
    "office", "phone", "email", "dpo_email", "authority", "authority_web",
    "appeal_body", "appeal_weeks", "access_days", "review_weeks",
)
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

    @property
    def is_demo(self) -> bool:
        return self.status == "demo"

    def unfilled(self) -> list[str]:
        return [
            name for name in REQUIRED_FIELDS
            if not self.values.get(name) or _PLACEHOLDER.search(self.values[name])
        ]


def _find(country: str, search_dirs: Sequence[Path]) -> Path:
    for folder in (*search_dirs, BUNDLED_DIR):
        path = Path(folder) / f"{country}.json"
        if path.is_file():
            return path
    raise RightsTemplateError(
        f"no rights template for country '{country}' (looked for {country}.json in "
        + ", ".join(str(d) for d in (*search_dirs, BUNDLED_DIR)) + ")"
    )


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
    template = RightsTemplate(
        country=str(data.get("country", country)).upper(),
        status=str(data.get("status", "template")),
        values={str(k): str(v) for k, v in values.items() if v is not None},
        path=path,
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
    return template

def fill_value(template: RightsTemplate, name: str) -> str:
    """A field's value; in a demo build an unfilled field prints as a visible gap."""
    value = template.values.get(name, "")
    if not value or _PLACEHOLDER.search(value):
        return f"[{name}: ?]"
    return value
