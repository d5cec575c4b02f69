"""The decision table: one row per past decision with features, arm, outcomes and eligibility.

Built from a bundle with the app's own feature builder and eligibility rules. Outcomes are NaN
where the horizon is censored by the export date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.scoring.bundle_source import BundleData
from desktop_app.scoring.eligibility import check_eligibility
from desktop_app.scoring.features import FeatureBuilder, make_schema
from desktop_app.scoring.records import CitizenRecords, group_by_citizen
from desktop_app.scoring.schema import AttributeSpec, FeatureSchema
from training.suggestions.config import TrainingConfig
from training.suggestions.outcome import is_observed, observation_end, outcome_within

NONE_ARM = "none"
MAX_CATEGORIES = 20


@dataclass
class DecisionTable:
    schema: FeatureSchema
    arms: list[str]  # index 0 is always "none"
    X: np.ndarray  # (n, features)
    arm: np.ndarray  # (n,) index into arms
    y: dict[float, np.ndarray]  # horizon -> (n,) 0/1, NaN when censored
    eligible: np.ndarray  # (n, arms) 1 eligible, 0 not, NaN unknown
    citizen: np.ndarray  # (n,) citizen ids (str)
    day: np.ndarray  # (n,) ordinal decision dates
    end_of_data: int

    def subset(self, mask: np.ndarray) -> DecisionTable:
        return DecisionTable(
            self.schema, self.arms, self.X[mask], self.arm[mask],
            {h: v[mask] for h, v in self.y.items()}, self.eligible[mask], self.citizen[mask],
            self.day[mask], self.end_of_data,
        )


def host_language(citizens: list[dict[str, Any]]) -> str | None:
    """The most common native language: the language the local labour market speaks."""
    counts: Counter[str] = Counter()
    for citizen in citizens:
        for language in citizen.get("languages") or ():
            if isinstance(language, dict) and language.get("cefr") == "native":
                counts[str(language.get("code"))] += 1
    return counts.most_common(1)[0][0] if counts else None


def _vocabulary(values: list[Any], min_count: int) -> tuple[str, ...]:
    counts = Counter(str(v) for v in values if v is not None)
    common = [v for v, n in counts.most_common(MAX_CATEGORIES) if n >= min_count]
    return tuple(sorted(common))


def _attribute_specs(citizens: list[dict[str, Any]], names: list[str],
                     min_count: int) -> tuple[AttributeSpec, ...]:
    specs = []
    for name in names:
        values = [(c.get("attributes") or {}).get(name) for c in citizens]
        present = [v for v in values if v is not None]
        if all(isinstance(v, int | float | bool) for v in present):
            specs.append(AttributeSpec(name))
        else:
            specs.append(AttributeSpec(name, _vocabulary(present, min_count)))
    return tuple(specs)


def build_schema(data: BundleData, config: TrainingConfig) -> FeatureSchema:
    citizens = data.records.get("citizens", [])
    min_count = max(config.min_cell, len(citizens) // 100)
    allowed, refused = config.usable_attributes()
    kinds = sorted({str(p.get("kind")) for p in data.records.get("programmes", ())
                    if p.get("kind")})
    schema = make_schema(
        host_language=config.host_language or host_language(citizens),
        benefit_codes=_vocabulary([c.get("benefit") for c in citizens], min_count),
        programme_kinds=tuple(kinds),
        attributes=_attribute_specs(citizens, allowed, min_count),
        include_health=config.allow_health_limitation,
        prior_arms=tuple(decision_arms(data)[1:]),
    )
    if refused:
        schema.notes.append(f"allowlisted but refused as sensitive: {', '.join(refused)}")
    return schema


def decision_arms(data: BundleData) -> list[str]:
    chosen = {d.get("programme_id") for d in data.records.get("decisions", ())}
    return [NONE_ARM, *sorted(str(p) for p in chosen if p)]


def build_table(data: BundleData, config: TrainingConfig,
                schema: FeatureSchema | None = None, arms: list[str] | None = None,
                records: dict[str, CitizenRecords] | None = None) -> DecisionTable:
    schema = schema or build_schema(data, config)
    arms = arms or decision_arms(data)
    records = records if records is not None else group_by_citizen(data.records)
    programmes = data.programmes()
    kinds = {pid: str(p.get("kind")) for pid, p in programmes.items() if p.get("kind")}
    exported = data.exported_at
    builder = FeatureBuilder(schema, kinds, exported)
    end = observation_end(records, exported.toordinal() if exported else None)
    arm_index = {a: i for i, a in enumerate(arms)}
    rows, arm, citizen, day, elig = [], [], [], [], []
    ys: dict[float, list[float]] = {h: [] for h in config.horizons}
    for cid, rec in records.items():
        for d, programme in rec.decisions:
            rows.append(builder.row(rec, d))
            arm.append(arm_index.get(programme or NONE_ARM, -1))
            citizen.append(cid)
            day.append(d)
            elig.append(eligibility_row(arms, programmes, rec, d))
            for h in config.horizons:
                ys[h].append(outcome_within(rec, d, h) if is_observed(rec, d, h, end) else np.nan)
    n = len(rows)
    return DecisionTable(
        schema=schema, arms=arms,
        X=np.vstack(rows) if rows else np.zeros((0, len(schema.features))),
        arm=np.array(arm, dtype=np.int64),
        y={h: np.array(v, dtype=np.float64) for h, v in ys.items()},
        eligible=np.array(elig, dtype=np.float64).reshape(n, len(arms)),
        citizen=np.array(citizen, dtype=object), day=np.array(day, dtype=np.int64),
        end_of_data=end,
    )


def eligibility_row(arms: list[str], programmes: dict[str, dict[str, Any]],
                    rec: CitizenRecords, day: int) -> list[float]:
    out = []
    for a in arms:
        if a == NONE_ARM:
            out.append(1.0)
        elif a not in programmes:
            out.append(np.nan)
        else:
            status = check_eligibility(programmes[a], rec, day).status
            out.append(np.nan if status is None else float(status))
    return out
