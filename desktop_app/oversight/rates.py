"""Acceptance and override rates per caseworker and overall, with a rubber-stamp warning.

Only decisions where a suggestion was actually shown count (`followed_suggestion` not NULL):
with no model, an objection or an abstention there was nothing to accept. A caseworker who
accepts more than 95% of suggestions over a period may no longer be deciding (the EU Court's
SCHUFA ruling); the warning is shown from `MIN_DECISIONS` decisions on, as a handful of
decisions says little.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

RUBBER_STAMP_THRESHOLD = 0.95
MIN_DECISIONS = 10


@dataclass(frozen=True)
class OversightRow:
    caseworker_id: str  # "" for the overall row
    decisions: int  # all decisions in the period
    with_suggestion: int  # decisions where a suggestion was shown
    accepted: int
    overridden: int

    @property
    def acceptance(self) -> float | None:
        return self.accepted / self.with_suggestion if self.with_suggestion else None

    @property
    def override_rate(self) -> float | None:
        return self.overridden / self.with_suggestion if self.with_suggestion else None

    @property
    def rubber_stamp(self) -> bool:
        rate = self.acceptance
        return (rate is not None and self.with_suggestion >= MIN_DECISIONS
                and rate > RUBBER_STAMP_THRESHOLD)


@dataclass(frozen=True)
class OversightReport:
    since: str
    until: str
    rows: tuple[OversightRow, ...]  # per caseworker, most decisions first
    overall: OversightRow

    @property
    def warnings(self) -> tuple[OversightRow, ...]:
        return tuple(r for r in (*self.rows, self.overall) if r.rubber_stamp)


def oversight_report(db: sqlite_utils.Database, since: str, until: str) -> OversightReport:
    """Rates over decisions with `since <= decided_at < until` (ISO dates or timestamps)."""
    rows = db.execute(
        "SELECT caseworker_id, count(*), count(followed_suggestion), "
        "coalesce(sum(followed_suggestion = 1), 0), coalesce(sum(followed_suggestion = 0), 0) "
        "FROM app_decisions WHERE decided_at >= ? AND decided_at < ? "
        "GROUP BY caseworker_id ORDER BY count(*) DESC, caseworker_id",
        (since, until),
    ).fetchall()
    per = tuple(OversightRow(str(r[0]), *(int(v) for v in r[1:])) for r in rows)
    overall = OversightRow("", *(sum(getattr(r, f) for r in per) for f in
                                 ("decisions", "with_suggestion", "accepted", "overridden")))
    return OversightReport(since, until, per, overall)
