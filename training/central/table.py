"""The decision table from one or more partitioned sources, built partition by partition.

Two passes, each one task per partition: first the counts the schema's vocabularies come from
(merged into one schema, the same as from the whole bundle at once), then each partition's rows
with the one feature builder (`desktop_app.scoring.features`). The parts are concatenated in
citizen-id order, so any partitioning and any engine give the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from typing import Any

from desktop_app.scoring.bundle_source import BundleData
from desktop_app.scoring.records import group_by_citizen
from desktop_app.scoring.schema import FeatureSchema
from training.central.engine import Engine
from training.central.progress import Progress
from training.central.sources import Source, exported_at, partition_data, programmes
from training.suggestions.config import TrainingConfig
from training.suggestions.dataset import (
    DecisionTable,
    SchemaStats,
    arms_from_stats,
    build_table,
    concat_tables,
    schema_from_stats,
)
from training.suggestions.fairness import AUDIT_FIELDS


@dataclass(frozen=True)
class PartStats:
    stats: SchemaStats
    decisions: int
    audit: list[dict[str, Any]]  # AUDIT_FIELDS of each citizen, for the fairness audit only


def partition_stats(source: Source, part: int, attributes: list[str]) -> PartStats:
    records = source.read(part)
    audit = [{k: c.get(k) for k in AUDIT_FIELDS} for c in records.get("citizens", ())]
    return PartStats(SchemaStats.collect(records, attributes), len(records.get("decisions", ())),
                     audit)


@dataclass
class TableResult:
    table: DecisionTable
    stats: SchemaStats
    audit_citizens: list[dict[str, Any]]


def partition_table(source: Source, part: int, config: TrainingConfig, schema: FeatureSchema,
                    arms: list[str], end: int) -> DecisionTable:
    data = partition_data(source, part)
    return build_table(data, config, schema, arms, group_by_citizen(data.records), end)


def build_decision_table(sources: list[Source], config: TrainingConfig, engine: Engine,
                         progress: Progress) -> TableResult:
    parts = [(s, p) for s in sources for p in range(s.partitions)]
    allowed, _ = config.usable_attributes()
    counted = engine.wait(
        [engine.submit(partition_stats, s, p, allowed, key=f"stats-{i}-{p}")
         for i, (s, p) in enumerate(parts)], "reading partitions (schema counts)", progress,
        unit="partitions")
    stats = reduce(SchemaStats.merge, (c.stats for c in counted))
    schema = schema_from_stats(stats, list(programmes(sources).values()), config)
    arms = arms_from_stats(stats)
    ends = {}
    for index, source in enumerate(sources):
        exported = exported_at(source)
        latest = max((c.stats.latest_day for (s, _), c in zip(parts, counted, strict=True)
                      if s is source), default=0)
        ends[index] = exported.toordinal() if exported else latest
    tasks = [engine.submit(partition_table, s, p, config, schema, arms,
                           ends[next(i for i, x in enumerate(sources) if x is s)],
                           key=f"features-{p}") for s, p in parts]
    tables = engine.wait(tasks, "building features", progress, unit="decisions",
                         sizes=[c.decisions for c in counted])
    engine.release(tasks)
    return TableResult(concat_tables(tables), stats, [a for c in counted for a in c.audit])


def evaluation_rows(source: Source, part: int,
                    holdout: frozenset[str]) -> dict[str, list[dict[str, Any]]]:
    """The partition's rows of every citizen the model did not learn from: the held-out
    citizens and those without decisions (all of a citizen's rows sit in one partition)."""
    records = source.read(part)
    with_decisions = {str(d["citizen_id"]) for d in records.get("decisions", ())}
    keep = {str(c["id"]) for c in records.get("citizens", ())
            if str(c["id"]) in holdout or str(c["id"]) not in with_decisions}
    return {stem: [r for r in rows if str(r.get("id" if stem == "citizens" else "citizen_id"))
                   in keep] for stem, rows in records.items()}


def evaluation_data(sources: list[Source], holdout: set[str], engine: Engine,
                    progress: Progress) -> BundleData:
    """One BundleData of the citizens the model did not learn from (every source's rows; the
    first source's manifest), for the holdout evaluation and the fairness audit."""
    frozen = engine.share(frozenset(holdout))
    parts = [(s, p) for s in sources for p in range(s.partitions)]
    tasks = [engine.submit(evaluation_rows, s, p, frozen, key=f"evaluation-rows-{p}")
             for s, p in parts]
    merged: dict[str, list[dict[str, Any]]] = {}
    for rows in engine.wait(tasks, "reading held-out citizens", progress, unit="partitions"):
        for stem, values in rows.items():
            merged.setdefault(stem, []).extend(values)
    engine.release(tasks)
    # Citizens in id order, as the decision table: the evaluation's cross-fitting then sees
    # the same rows in the same order whichever way the bundle was partitioned.
    merged["citizens"] = sorted(merged.get("citizens", []), key=lambda c: str(c["id"]))
    merged["programmes"] = list(programmes(sources).values())
    return BundleData(sources[0].path, dict(sources[0].manifest), merged)
