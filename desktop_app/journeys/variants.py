"""Journey variants: distinct paths through the states, with how often each ended which way.

A variant is a case's sequence of activities with consecutive repeats collapsed
(course, course, job -> course, job). Sequences are compared as raw bytes of their activity
codes, which makes grouping a hundred thousand cases a single hash pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.journeys.events import EventLog, case_boundaries, collapse_repeats


@dataclass(frozen=True)
class VariantTable:
    """Variants sorted by how many cases follow them.

    `table`: columns variant (tuple of activity names), length, cases, share (of all cases).
    `outcome_shares`: same row order; one column per outcome label, each row summing to 1 over
    cases whose outcome is known (empty when the log has no `outcome` case attribute).
    `case_variant`: the row of `table` each case follows, indexed by case id.
    """

    table: pd.DataFrame
    outcome_shares: pd.DataFrame
    case_variant: pd.Series

    @property
    def n_variants(self) -> int:
        return len(self.table)

    def top(self, n: int = 10) -> list[tuple[tuple[str, ...], int]]:
        """The `n` most common variants as (sequence, number of cases)."""
        head = self.table.head(n)
        return [(v, int(c)) for v, c in zip(head["variant"], head["cases"], strict=True)]


def variants(log: EventLog, *, outcome_column: str = "outcome") -> VariantTable:
    """Groups the cases of `log` by their collapsed activity sequence."""
    ev = collapse_repeats(log).events
    categories = ev["activity"].cat.categories
    code_dtype = np.uint16 if len(categories) < 2**16 else np.uint32
    codes = ev["activity"].cat.codes.to_numpy().astype(code_dtype)
    case_ids = ev["case_id"].to_numpy()
    first = case_boundaries(pd.factorize(case_ids, sort=False)[0])
    begin = np.flatnonzero(first)
    finish = np.append(begin[1:], len(codes))
    width = codes.itemsize
    buffer = codes.tobytes()
    keys = [
        buffer[b * width : f * width] for b, f in zip(begin.tolist(), finish.tolist(), strict=True)
    ]
    variant_of_case, uniques = pd.factorize(pd.Series(keys, dtype=object), sort=False)
    counts = np.bincount(variant_of_case, minlength=len(uniques))
    # Most common first; ties broken by first appearance, which is deterministic for a log.
    order = np.argsort(-counts, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    # Decode each variant once, from the first case that follows it (plain lists: fastest).
    first_case = np.full(len(uniques), -1)
    first_case[variant_of_case[::-1]] = np.arange(len(begin))[::-1]
    names = list(categories)
    code_list = codes.tolist()
    starts, stops = begin.tolist(), finish.tolist()
    sequences = [
        tuple(map(names.__getitem__, code_list[starts[c] : stops[c]]))
        for c in first_case[order].tolist()
    ]
    n_cases = len(begin)
    table = pd.DataFrame(
        {
            "variant": sequences,
            "length": [len(s) for s in sequences],
            "cases": counts[order],
            "share": counts[order] / n_cases if n_cases else counts[order] * 0.0,
        }
    )
    case_index = pd.Index(case_ids[begin], name="case_id")
    case_variant = pd.Series(rank[variant_of_case], index=case_index, name="variant")
    return VariantTable(
        table, _outcome_shares(log, case_variant, outcome_column, len(table)), case_variant
    )


def _outcome_shares(
    log: EventLog, case_variant: pd.Series, outcome_column: str, n_variants: int
) -> pd.DataFrame:
    if outcome_column not in log.cases.columns:
        return pd.DataFrame(index=pd.RangeIndex(n_variants))
    outcome = log.cases[outcome_column].reindex(case_variant.index)
    labels, kinds = pd.factorize(outcome, sort=True)  # -1 = unknown outcome
    known = labels >= 0
    cells = case_variant.to_numpy()[known] * len(kinds) + labels[known]
    counts = np.bincount(cells, minlength=n_variants * len(kinds)).reshape(n_variants, len(kinds))
    totals = counts.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where(totals > 0, counts / np.maximum(totals, 1), np.nan)
    shares = pd.DataFrame(values, columns=pd.Index(kinds))
    shares.columns.name = outcome_column
    shares.index.name = "variant"
    return shares
