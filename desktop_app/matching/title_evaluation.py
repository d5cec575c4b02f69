"""Measures job-title rankings: MRR, Accuracy@k, a paired bootstrap, and the fixed dev split.

The development split is a pure function of the query id (SHA-256, first 8 hex digits, modulo
100 < 30), so anyone can recompute which queries were used for tuning: settings were chosen on
the ~30% development queries only, and figures are reported on the other ~70%.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

DEV_PERCENT = 30


def is_development_query(query_id: str) -> bool:
    digest = hashlib.sha256(query_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < DEV_PERCENT


def reciprocal_ranks(
    ranked: Mapping[str, Sequence[str]], relevant: Mapping[str, set[str]], query_ids: Sequence[str]
) -> np.ndarray:
    """1/rank of the first relevant element per query (0 when none is in the ranking)."""
    values = np.zeros(len(query_ids))
    for i, query_id in enumerate(query_ids):
        wanted = relevant.get(query_id, set())
        for rank, element in enumerate(ranked.get(query_id, ()), start=1):
            if element in wanted:
                values[i] = 1.0 / rank
                break
    return values


@dataclass(frozen=True)
class Summary:
    mrr: float
    acc_at_1: float
    acc_at_10: float
    n_queries: int


def summarise(rr: np.ndarray) -> Summary:
    return Summary(
        mrr=float(rr.mean()),
        acc_at_1=float((rr >= 1.0).mean()),
        acc_at_10=float((rr >= 0.1).mean()),
        n_queries=len(rr),
    )


def paired_bootstrap(
    rr_a: np.ndarray, rr_b: np.ndarray, resamples: int = 10_000, seed: int = 20240501
) -> tuple[float, float, float]:
    """MRR(a) - MRR(b) and its 95% percentile interval, resampling queries with replacement."""
    rng = np.random.default_rng(seed)
    diff = rr_a - rr_b
    means = np.concatenate(
        [  # in chunks, so memory stays small for large query sets
            diff[rng.integers(0, len(diff), size=(min(1000, resamples - done), len(diff)))].mean(1)
            for done in range(0, resamples, 1000)
        ]
    )
    low, high = np.percentile(means, [2.5, 97.5])
    return float(diff.mean()), float(low), float(high)
