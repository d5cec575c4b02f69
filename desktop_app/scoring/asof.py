"""A citizen's field values as they stood on a given date.

Contract rule: for a decision, only assessments dated on or before it count; a field with no
dated values at all takes the citizen's snapshot value at every date. A field that has dated
values, but none yet on that date, is missing then (the snapshot describes a later state).
"""

from __future__ import annotations

import bisect
from typing import Any

from desktop_app.scoring.records import CitizenRecords

_MISSING = object()


def snapshot_value(citizen: dict[str, Any], field: str) -> Any:
    """Read `field` (e.g. `basic_skills.numeracy`, `languages.da`) from the snapshot record."""
    head, _, rest = field.partition(".")
    value = citizen.get(head)
    if not rest:
        return value
    if head == "languages":
        for language in value or ():
            if isinstance(language, dict) and language.get("code") == rest:
                return language.get("cefr")
        return None
    if isinstance(value, dict):
        return value.get(rest)
    return None


def value_as_of(records: CitizenRecords, field: str, day: int) -> Any:
    """The value of `field` valid on ordinal day `day` (None when unknown)."""
    dated = records.assessments.get(field)
    if not dated:
        return snapshot_value(records.citizen, field)
    position = bisect.bisect_right([d for d, _ in dated], day)
    if position == 0:
        return None
    return dated[position - 1][1]


def is_dated(records: CitizenRecords, field: str) -> bool:
    return bool(records.assessments.get(field))


def languages_known(records: CitizenRecords) -> bool:
    """True when the citizen has a language list at all (so an absent language means none)."""
    languages = records.citizen.get("languages")
    has_dated = any(name.startswith("languages.") for name in records.assessments)
    return bool(languages) or has_dated
