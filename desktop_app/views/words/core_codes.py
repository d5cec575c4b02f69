"""The one place where the Qt-free core's codes become words on screen.

The core says what happened as codes (why it abstained, why no model can be used, which
eligibility rule failed, which fairness group a figure is about); this module turns them into
sentences in the interface language. Nothing here hands a caseworker an IT command or an
English sentence from the core: what IT needs is in the IT log.

Abstentions arrive as `scoring.support.Abstention` (a code and the facts concerned), the
model's state as a code from `trust.errors.MODEL_STATUS_CODES`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.casework.codes import (
    MISSING_KEY_DATA,
    NO_COMPARISON_GROUP,
    OUTSIDE_TRAINING_RANGE,
    Abstention,
)
from desktop_app.views.words.feature_words import feature_name
from desktop_app.views.words.journey_words import state_name


def abstention_code(reason: Abstention) -> tuple[str, tuple[str, ...]]:
    return reason.code, tuple(reason.features)


class Words(QObject):
    def abstention(self, reason: Abstention, programme_name: Callable[[str], str]) -> str:
        code, features = abstention_code(reason)
        names = ", ".join(dict.fromkeys(feature_name(f, programme_name) for f in features))
        if code == MISSING_KEY_DATA:
            return self.tr("Important data are not recorded: %1. Ask the citizen if you "
                           "can.").replace("%1", names)
        if code == OUTSIDE_TRAINING_RANGE:
            return self.tr("The citizen's situation is unlike the cases the model learnt "
                           "from (%1).").replace("%1", names)
        if code == NO_COMPARISON_GROUP:
            return self.tr("People in this situation almost always got a programme, so the "
                           "model cannot compare with no programme.")
        return self.tr("The model gave no reason.")

    def model_status(self, code: str | None) -> str:
        texts = {
            "not_installed": self.tr("No suggestion model is installed on this computer yet."),
            "rollback": self.tr("The suggestion model on this computer is older than one it "
                                "had before, so it is not used."),
            "failed_verification": self.tr("The suggestion model on this computer failed "
                                           "its safety check, so it is not used."),
            "withdrawn": self.tr("The suggestion model on this computer was withdrawn by "
                                 "its publisher."),
            "cannot_load": self.tr("The suggestion model on this computer cannot be used."),
            "not_shown_here": self.tr("The suggestion model on this computer has not been "
                                      "shown to work on this municipality's own history, so "
                                      "it is not used."),
        }
        return texts.get(code or "", self.tr("There is no usable suggestion model on this "
                                             "computer."))

    def eligibility(self, check: Any, programme_name: Callable[[str], str]) -> str:
        """One rule of `scoring.eligibility.RuleCheck`: what it asks and what is recorded."""
        rule = str(check.rule)
        key, _, detail = rule.partition(".")
        required = _value(check.required)
        actual = self.tr("not recorded") if check.actual is None else _value(check.actual)
        if key == "min_school_years":
            need = self.tr("at least %1 years of school")
        elif key == "min_education_isced":
            need = self.tr("education at least at ISCED level %1")
        elif key == "max_health_limitation":
            need = self.tr("a health limitation no greater than: %1")
            required = health_word(str(check.required))
            actual = health_word(str(check.actual)) if check.actual is not None else actual
        elif key == "min_basic_skills":
            need = self.tr("%1 at least %2 of 5").replace("%1", feature_name(
                detail, programme_name)).replace("%2", required)
            required = ""
        elif key == "min_language_cefr":
            from desktop_app.views.words.names import language_name

            need = self.tr("%1 at least at level %2").replace("%1", language_name(detail)) \
                .replace("%2", required)
            required = ""
        else:
            return self.tr("a rule this version cannot check (%1)").replace("%1", rule)
        return self.tr("%1 (recorded: %2)").replace("%1", need.replace("%1", required)) \
            .replace("%2", actual)

    def fairness_group(self, group: str) -> str:
        names = {
            "gender": self.tr("gender"), "origin": self.tr("origin"),
            "age_band": self.tr("age group"), "f": self.tr("women"), "m": self.tr("men"),
            "x": self.tr("gender not given"), "born abroad": self.tr("born abroad"),
            "born in country": self.tr("born in the country"),
            "under 30": self.tr("under 30"), "30-49": self.tr("30 to 49"),
            "50+": self.tr("50 and over"), "abstained": self.tr("no suggestion"),
            "none": self.tr("no programme"),
        }
        # the card counts suggestion rates by programme kind
        return names.get(group) or state_name(group)


def _value(value: Any) -> str:
    from desktop_app.views.common.locale_text import decimal

    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return decimal(value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def health_word(value: str) -> str:
    translate = QCoreApplication.translate
    names = {"none": translate("CaseOverview", "none"),
             "partial": translate("CaseOverview", "partial"),
             "significant": translate("CaseOverview", "significant")}
    return names.get(value, value)


_words: list[Words] = []


def words() -> Words:
    if not _words:
        _words.append(Words())
    return _words[0]


def abstention_lines(reasons: Sequence[Abstention],
                     programme_name: Callable[[str], str]) -> list[str]:
    return list(dict.fromkeys(words().abstention(r, programme_name) for r in reasons))


def eligibility_text(checks: Sequence[Any], programme_name: Callable[[str], str]) -> str:
    return "; ".join(words().eligibility(c, programme_name) for c in checks)
