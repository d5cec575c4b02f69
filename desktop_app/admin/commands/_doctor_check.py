"""One line of `doctor`'s report: a check's name, ok / warn / FAIL, and what was found."""

from __future__ import annotations

from dataclasses import dataclass

OK, WARN, FAIL = "ok", "warn", "FAIL"


@dataclass
class Check:
    name: str
    status: str
    detail: str
