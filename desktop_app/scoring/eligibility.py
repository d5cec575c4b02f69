"""Hard eligibility rules from a programme's `prerequisites`, checked as of a date.

Three answers: eligible, not eligible (naming the rule that fails), or *unknown* when a rule
cannot be checked (an unknown rule key or missing citizen data) — such a programme is never
suggested and the caseworker is asked to check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.scoring.asof import is_dated, languages_known, value_as_of
from desktop_app.scoring.levels import CEFR_ORDER, as_number, cefr_level, health_level
from desktop_app.scoring.records import CitizenRecords

SKILLS = ("literacy", "numeracy", "digital")


@dataclass(frozen=True)
class RuleCheck:
    rule: str  # e.g. "min_school_years"
    required: Any
    actual: Any
    passed: bool | None  # None = could not be checked

    def describe(self) -> str:
        verdict = {True: "met", False: "not met", None: "cannot be checked"}[self.passed]
        actual = "unknown" if self.actual is None else self.actual
        if isinstance(actual, float):
            actual = f"{actual:g}"
        return f"{self.rule} {self.required} (citizen: {actual}) — {verdict}"


@dataclass(frozen=True)
class Eligibility:
    status: bool | None  # True eligible, False not eligible, None unknown
    checks: tuple[RuleCheck, ...] = field(default_factory=tuple)

    @property
    def failed(self) -> tuple[RuleCheck, ...]:
        return tuple(c for c in self.checks if c.passed is False)

    @property
    def unchecked(self) -> tuple[RuleCheck, ...]:
        return tuple(c for c in self.checks if c.passed is None)

    def reason(self) -> str:
        if self.status is True:
            return "eligible"
        shown = self.failed if self.status is False else self.unchecked
        return "; ".join(c.describe() for c in shown)


def _at_least(rule: str, required: Any, actual: float | None) -> RuleCheck:
    need = as_number(required)
    if need is None or actual is None:
        return RuleCheck(rule, required, actual, None)
    return RuleCheck(rule, required, actual, actual >= need)


def check_eligibility(programme: dict[str, Any], rec: CitizenRecords, day: int) -> Eligibility:
    """Apply every prerequisite of `programme` to the citizen's values valid on `day`."""
    rules = programme.get("prerequisites") or {}
    if not isinstance(rules, dict):
        return Eligibility(None, (RuleCheck("prerequisites", rules, None, None),))
    checks: list[RuleCheck] = []
    for key, required in rules.items():
        if required is None:
            continue
        checks.extend(_check_rule(key, required, rec, day))
    if any(c.passed is False for c in checks):
        return Eligibility(False, tuple(checks))
    if any(c.passed is None for c in checks):
        return Eligibility(None, tuple(checks))
    return Eligibility(True, tuple(checks))


def _check_rule(key: str, required: Any, rec: CitizenRecords, day: int) -> list[RuleCheck]:
    if key == "min_school_years":
        return [_at_least(key, required, as_number(value_as_of(rec, "school_years", day)))]
    if key == "min_education_isced":
        return [_at_least(key, required, as_number(value_as_of(rec, "education_isced", day)))]
    if key == "max_health_limitation":
        need = health_level(required)
        have = health_level(value_as_of(rec, "health_limitation", day))
        passed = None if need is None or have is None else have <= need
        return [RuleCheck(key, required, value_as_of(rec, "health_limitation", day), passed)]
    if key == "min_basic_skills" and isinstance(required, dict):
        out = []
        for skill, level in required.items():
            if level is None:
                continue
            if skill not in SKILLS:
                out.append(RuleCheck(f"{key}.{skill}", level, None, None))
                continue
            actual = as_number(value_as_of(rec, f"basic_skills.{skill}", day))
            out.append(_at_least(f"{key}.{skill}", level, actual))
        return out
    if key == "min_language_cefr" and isinstance(required, dict):
        return [_language_check(key, code, level, rec, day) for code, level in required.items()
                if level is not None]
    return [RuleCheck(key, required, None, None)]  # a rule this version does not know


def _language_check(key: str, code: str, level: Any, rec: CitizenRecords, day: int) -> RuleCheck:
    rule = f"{key}.{code}"
    need = cefr_level(level)
    field = f"languages.{code}"
    raw = value_as_of(rec, field, day)
    have = cefr_level(raw)
    if have is None and raw is None and not is_dated(rec, field) and languages_known(rec):
        have = 0  # languages are recorded and this one is not among them
    if need is None or have is None:
        return RuleCheck(rule, level, raw, None)
    shown = next((k for k, v in CEFR_ORDER.items() if v == have), "none")
    return RuleCheck(rule, level, shown, have >= need)
