"""The chosen programme's eligibility in the citizen's words: met, not met (which rules), or
not checkable (which facts are missing). Rules are the programme's prerequisites, checked by
`scoring/eligibility.py`; they are not model output, so they are printed in every case."""

from __future__ import annotations

from typing import Any

from desktop_app.reports.catalog import Catalog
from desktop_app.reports.inputs import Eligibility, RuleCheck
from desktop_app.reports.locale_words import language_name, number
from desktop_app.reports.sheet import Passage
from desktop_app.scoring.levels import as_number, cefr_level, health_level

_HEALTH = {"none": 0, "partial": 1, "significant": 2}


def _level_words(catalog: Catalog, rule: str, value: Any) -> str:
    """A required or recorded level in words ("upper secondary", "B1", "3 of 5")."""
    if value is None:
        return catalog.text("value.not_recorded")
    if rule == "min_education_isced":
        level = as_number(value)
        key = f"value.isced.{round(level)}" if level is not None else ""
        return catalog.text(key) if catalog.has(key) else str(value)
    if rule == "max_health_limitation":
        level = health_level(value)
        key = f"value.health.{level}" if level is not None else ""
        return catalog.text(key) if catalog.has(key) else str(value)
    if rule.startswith("min_language_cefr"):
        level = cefr_level(value)
        if level == 0 or str(value) == "none":
            return catalog.text("value.language_none")
        return catalog.text("value.language_native") if level == 7 else str(value).upper()
    if rule.startswith("min_basic_skills"):
        level = as_number(value)
        return catalog.text("value.level_of_5", level=number(catalog.lang, level)) \
            if level is not None else str(value)
    if rule == "min_school_years":
        years = as_number(value)
        return catalog.plural("value.years", round(years)) if years is not None else str(value)
    return str(value)


def rule_words(catalog: Catalog, check: RuleCheck) -> str:
    """One rule as a phrase: "at least 9 years at school (you: 7 years)"."""
    rule = check.rule
    base, _, part = rule.partition(".")
    required = _level_words(catalog, rule, check.required)
    if base == "min_language_cefr":
        phrase = catalog.text("rule.min_language_cefr", language=language_name(catalog.lang, part),
                              level=required)
    elif base == "min_basic_skills" and catalog.has(f"feature.{part}"):
        phrase = catalog.text("rule.min_basic_skills", skill=catalog.text(f"feature.{part}"),
                              level=required)
    elif catalog.has(f"rule.{base}"):
        phrase = catalog.text(f"rule.{base}", level=required)
    else:
        return catalog.text("rule.unknown")
    return catalog.text("rule_yours", rule=phrase, yours=_level_words(catalog, rule, check.actual))


def eligibility_passages(catalog: Catalog, eligibility: Eligibility | None) -> list[Passage]:
    lang = catalog.lang
    if eligibility is None:
        return []
    if eligibility.status is True:
        return [Passage("para", catalog.text("eligible_yes"), catalog.lang_of("eligible_yes"))]
    shown = [c for c in eligibility.checks
             if c.passed is (False if eligibility.status is False else None)]
    rules = catalog.join([rule_words(catalog, c) for c in shown]) or catalog.text("rule.unknown")
    key = "eligible_no" if eligibility.status is False else "eligible_unknown"
    return [Passage("para", catalog.text(key, rules=rules), catalog.lang_of(key) or lang)]
