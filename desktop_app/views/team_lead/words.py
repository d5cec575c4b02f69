"""The one place where the team lead's codes become translated words (reasons for a proposed
caseworker, specialisms, groups of the balance audit), with numbers and plurals from Qt."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from desktop_app.views.common.locale_text import decimal, number
from desktop_app.views.words.names import language_name


class TeamLeadWords(QObject):
    def specialism(self, code: str) -> str:
        names = {
            "youth": self.tr("young people"),
            "newcomers": self.tr("newcomers"),
            "health": self.tr("health limitations"),
            "long_term_unemployed": self.tr("long-term unemployment"),
            "employer_contact": self.tr("employer contact"),
        }
        return names.get(code, code)

    def reason(self, code: str, detail: Mapping[str, Any]) -> str:
        """One reason for (or against) a caseworker, in a sentence a team lead can check."""
        if code == "shared_language":
            language = language_name(str(detail.get("language") or ""))
            if detail.get("preferred"):
                return self.tr("Speaks the citizen's preferred language, %1").replace(
                    "%1", language)
            return self.tr("Shares a language the citizen speaks well, %1").replace(
                "%1", language)
        if code == "interpreter_needed":
            language = detail.get("language")
            if language:
                return self.tr("No shared meeting language: an interpreter for %1").replace(
                    "%1", language_name(str(language)))
            return self.tr("No shared meeting language known")
        if code == "specialism":
            return self.tr("Specialism that fits the citizen's situation: %1").replace(
                "%1", self.specialism(str(detail.get("specialism"))))
        if code in ("caseload", "caseload_full"):
            load = int(detail.get("caseload") or 0)
            top = int(detail.get("max") or 0)
            text = self.tr("Caseload %1 of at most %Ln citizen(s)", "", top).replace(
                "%1", number(load))
            if code == "caseload_full":
                text += " " + self.tr("(full)")
            return text
        if code == "continuity":
            return self.tr("The citizen's current or last caseworker (continuity)")
        if code == "own_effect":
            cases = int(detail.get("cases") or 0)
            return self.tr(
                "Own effect (team leads only): %1 in 100 (range %2 to %3), from %Ln case(s)",
                "", cases).replace("%1", signed(100 * float(detail["estimate"]))).replace(
                "%2", signed(100 * float(detail["low"]))).replace(
                "%3", signed(100 * float(detail["high"])))
        return code

    def group(self, dimension: str, group: str) -> str:
        dimensions = {"gender": self.tr("Gender"), "origin": self.tr("Origin"),
                      "age": self.tr("Age")}
        groups = {
            ("gender", "f"): self.tr("women"), ("gender", "m"): self.tr("men"),
            ("gender", "x"): self.tr("other"),
            ("origin", "born_here"): self.tr("born in the country"),
            ("origin", "born_abroad"): self.tr("born abroad"),
            ("age", "under_30"): self.tr("under 30"), ("age", "30_49"): self.tr("30 to 49"),
            ("age", "50_plus"): self.tr("50 and over"),
        }
        label = groups.get((dimension, group)) or (
            self.tr("unknown") if group == "unknown" else group)
        return f"{dimensions.get(dimension, dimension)}: {label}"


def signed(value: float) -> str:
    """+1,5 / −0,8 in the interface language's decimals."""
    text = decimal(abs(value), 1)
    return ("+" if value >= 0 else "−") + text
