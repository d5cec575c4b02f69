"""The decision table: one row per past decision with features, arm, outcomes and eligibility.

Built from a bundle with the app's own feature builder and eligibility rules. Outcomes are NaN
where the horizon is censored by the export date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop_app.scoring.bundle_source import BundleData
from desktop_app.scoring.eligibility import check_eligibility
from desktop_app.scoring.features import FeatureBuilder, make_schema
from desktop_app.scoring.records import CitizenRecords, group_by_citizen, to_ordinal
from desktop_app.scoring.schema import AttributeSpec, FeatureSchema
from training.suggestions.config import TrainingConfig
from training.suggestions.outcome import is_observed, observation_end, outcome_within

NONE_ARM = "none"
MAX_CATEGORIES = 20
# From this many decisions on (national scale), model inputs are stored as float32: half the
# memory of float64 on every worker. Below it they stay float64, and models are bit-identical
# to those of earlier releases: float32 merges values that differ only by rounding noise (e.g.
# week counts summed from sevenths), which moves LightGBM's bin edges a little.
FLOAT32_FROM_ROWS = 1_000_000


def storage_dtype(rows: int) -> type[np.floating]:
    return np.float32 if rows >= FLOAT32_FROM_ROWS else np.float64


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


@dataclass
class SchemaStats:
    """What the schema's vocabularies are chosen from, counted per partition and merged
    (`merge`), so a partitioned bundle gets exactly the schema of the whole bundle."""

    citizens: int = 0
    native_languages: Counter[str] = field(default_factory=Counter)
    benefits: Counter[str] = field(default_factory=Counter)
    attribute_values: dict[str, Counter[str]] = field(default_factory=dict)
    attribute_numeric: dict[str, bool] = field(default_factory=dict)
    decision_programmes: set[str] = field(default_factory=set)
    latest_day: int = 0  # latest spell date, the end of observation without an export date
    dated_fields: set[str] = field(default_factory=set)  # fields with dated assessments

    @classmethod
    def collect(cls, records: dict[str, list[dict[str, Any]]],
                attributes: list[str]) -> SchemaStats:
        stats = cls()
        citizens = records.get("citizens", [])
        stats.citizens = len(citizens)
        for citizen in citizens:
            for language in citizen.get("languages") or ():
                if isinstance(language, dict) and language.get("cefr") == "native":
                    stats.native_languages[str(language.get("code"))] += 1
            if citizen.get("benefit") is not None:
                stats.benefits[str(citizen.get("benefit"))] += 1
        for name in attributes:
            present = [v for c in citizens
                       if (v := (c.get("attributes") or {}).get(name)) is not None]
            stats.attribute_numeric[name] = all(isinstance(v, int | float | bool)
                                                for v in present)
            stats.attribute_values[name] = Counter(str(v) for v in present)
        stats.decision_programmes = {str(p) for d in records.get("decisions", ())
                                     if (p := d.get("programme_id"))}
        stats.dated_fields = {str(a.get("field")) for a in records.get("assessments", ())}
        for spell in records.get("outcomes", ()):
            for value in (spell.get("start"), spell.get("end")):
                day = to_ordinal(value)
                if day is not None:
                    stats.latest_day = max(stats.latest_day, day)
        return stats

    def merge(self, other: SchemaStats) -> SchemaStats:
        names = [*self.attribute_values, *(n for n in other.attribute_values
                                           if n not in self.attribute_values)]
        return SchemaStats(
            self.citizens + other.citizens, self.native_languages + other.native_languages,
            self.benefits + other.benefits,
            {n: self.attribute_values.get(n, Counter()) + other.attribute_values.get(n, Counter())
             for n in names},
            {n: self.attribute_numeric.get(n, True) and other.attribute_numeric.get(n, True)
             for n in names},
            self.decision_programmes | other.decision_programmes,
            max(self.latest_day, other.latest_day), self.dated_fields | other.dated_fields)


def host_language(citizens: list[dict[str, Any]]) -> str | None:
    """The most common native language: the language the local labour market speaks."""
    stats = SchemaStats.collect({"citizens": citizens}, [])
    return _most_common(stats.native_languages)


def _most_common(counts: Counter[str]) -> str | None:
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _vocabulary(counts: Counter[str], min_count: int) -> tuple[str, ...]:
    """The most frequent values (at most MAX_CATEGORIES; ties by value, so the choice does
    not depend on the order rows were read in) seen at least `min_count` times."""
    ranked = sorted(counts, key=lambda v: (-counts[v], v))[:MAX_CATEGORIES]
    return tuple(sorted(v for v in ranked if counts[v] >= min_count))


def build_schema(data: BundleData, config: TrainingConfig) -> FeatureSchema:
    allowed, _ = config.usable_attributes()
    stats = SchemaStats.collect(data.records, allowed)
    return schema_from_stats(stats, list(data.records.get("programmes", ())), config)


def schema_from_stats(stats: SchemaStats, programmes: list[dict[str, Any]],
                      config: TrainingConfig) -> FeatureSchema:
    min_count = max(config.min_cell, stats.citizens // 100)
    allowed, refused = config.usable_attributes()
    excluded = config.excluded_subjective()
    allowed = [a for a in allowed if a not in excluded]
    kinds = sorted({str(p.get("kind")) for p in programmes if p.get("kind")})
    attributes = tuple(
        AttributeSpec(name) if stats.attribute_numeric.get(name, True)
        else AttributeSpec(name, _vocabulary(stats.attribute_values[name], min_count))
        for name in allowed)
    schema = make_schema(
        host_language=config.host_language or _most_common(stats.native_languages),
        benefit_codes=_vocabulary(stats.benefits, min_count),
        programme_kinds=tuple(kinds),
        attributes=attributes,
        include_health=config.allow_health_limitation,
        prior_arms=tuple(arms_from_stats(stats)[1:]),
    )
    schema.subjective_attributes = tuple(a for a in allowed if config.subjective(a))
    if refused:
        schema.notes.append(f"allowlisted but refused as sensitive: {', '.join(refused)}")
    if excluded:
        schema.notes.append("caseworker ratings left out (exclude_subjective_inputs): "
                            + ", ".join(excluded))
    return schema


def decision_arms(data: BundleData) -> list[str]:
    return arms_from_stats(SchemaStats.collect({"decisions": data.records.get("decisions", [])},
                                               []))


def arms_from_stats(stats: SchemaStats) -> list[str]:
    return [NONE_ARM, *sorted(stats.decision_programmes)]


def build_table(data: BundleData, config: TrainingConfig,
                schema: FeatureSchema | None = None, arms: list[str] | None = None,
                records: dict[str, CitizenRecords] | None = None,
                end: int | None = None) -> DecisionTable:
    """One row per decision, citizens in id order (a partitioned bundle's parts concatenate
    to the same table, see `concat_tables`); `end`: the end of observation when the caller
    knows it (a partition cannot see the whole bundle's latest date)."""
    schema = schema or build_schema(data, config)
    arms = arms or decision_arms(data)
    records = records if records is not None else group_by_citizen(data.records)
    programmes = data.programmes()
    kinds = {pid: str(p.get("kind")) for pid, p in programmes.items() if p.get("kind")}
    exported = data.exported_at
    builder = FeatureBuilder(schema, kinds, exported)
    if end is None:
        end = observation_end(records, exported.toordinal() if exported else None)
    arm_index = {a: i for i, a in enumerate(arms)}
    rows, arm, citizen, day, elig = [], [], [], [], []
    ys: dict[float, list[float]] = {h: [] for h in config.horizons}
    for cid in sorted(records):
        rec = records[cid]
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


def concat_tables(parts: list[DecisionTable]) -> DecisionTable:
    """One table from partition tables, rows in citizen-id order (stable: a citizen's
    decisions keep their date order), so any partitioning gives the same table."""
    parts = [p for p in parts if len(p.X)] or parts[:1]
    first = parts[0]
    citizen = np.concatenate([p.citizen for p in parts])
    order = np.argsort(citizen, kind="stable")
    dtype = storage_dtype(len(citizen))
    X = np.empty((len(citizen), first.X.shape[1]), dtype=dtype)
    start = 0
    for part in parts:  # one part at a time: never two float64 copies of the whole table
        X[start:start + len(part.X)] = part.X
        start += len(part.X)
    return DecisionTable(
        schema=first.schema, arms=first.arms,
        X=X[order],
        arm=np.concatenate([p.arm for p in parts])[order],
        y={h: np.concatenate([p.y[h] for p in parts])[order] for h in first.y},
        eligible=np.concatenate([p.eligible for p in parts])[order],
        citizen=citizen[order], day=np.concatenate([p.day for p in parts])[order],
        end_of_data=max(p.end_of_data for p in parts),
    )
