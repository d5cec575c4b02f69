""" "Citizens like this one": how the journeys of similar past citizens went.

Finds the k past citizens nearest to a profile on a few standardised features and describes
their journeys (variants) and the distribution of how they ended. This is a description of
other people's past, labelled as such in the result: it is not a recommendation, and not a
prediction for this citizen. Gender and country of birth are never among the features.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from desktop_app.journeys.events import EventLog
from desktop_app.journeys.variants import VariantTable, variants

DEFAULT_FEATURES = (
    "age",
    "school_years",
    "education_isced",
    "basic_skills",
    "host_language_level",
    "years_in_country",
)
PROTECTED = frozenset({"gender", "country_of_birth"})
NOTICE = (
    "Describes what happened to similar citizens in the past. It is not a recommendation and "
    "not a prediction for this citizen."
)


@dataclass(frozen=True)
class SimilarCitizen:
    citizen_id: str
    distance: float
    variant: tuple[str, ...]
    outcome: str | None


@dataclass(frozen=True)
class SimilarCitizens:
    """The neighbours, their journey variants (most common first) and outcome distribution."""

    features: tuple[str, ...]
    neighbours: tuple[SimilarCitizen, ...]
    variants: tuple[tuple[tuple[str, ...], int], ...]
    outcome_counts: dict[str, int]
    outcome_shares: dict[str, float]
    kind: str = "descriptive"
    notice: str = field(default=NOTICE)


@dataclass(frozen=True)
class SimilarityIndex:
    """The candidates of one population, standardised once: a case then costs one pass over a
    small float matrix instead of scanning the population's text columns again (which holds
    Python's lock long enough to stall the window on every case)."""

    features: tuple[str, ...]
    ids: pd.Index  # candidates: citizens with a known outcome
    outcomes: np.ndarray  # the candidates' outcomes (object)
    z: np.ndarray  # candidates x features, standardised; NaN where unknown
    mean: np.ndarray
    std: np.ndarray
    position: dict[str, int]  # candidate id -> row of `z`


def similarity_index(
    log: EventLog,
    features: Sequence[str] = DEFAULT_FEATURES,
    outcome_column: str = "outcome",
) -> SimilarityIndex:
    """Standardises `features` over the whole population of `log` (with or without outcome)."""
    if PROTECTED & set(features):
        raise ValueError("gender and country of birth may not be used to find similar citizens")
    cases = log.cases
    missing = [f for f in features if f not in cases.columns]
    if missing:
        raise KeyError(f"population lacks feature(s): {', '.join(missing)}")
    pool = cases[cases[outcome_column].notna()]
    values = pool[list(features)].apply(pd.to_numeric, errors="coerce").to_numpy(float)
    population = cases[list(features)].to_numpy(float)
    known = np.isfinite(population).any(axis=0)  # a feature nobody has recorded stays unused
    mean = np.zeros(len(features))
    std = np.ones(len(features))
    if known.any():
        mean[known] = np.nanmean(population[:, known], axis=0)
        std[known] = np.nanstd(population[:, known], axis=0)
    std = np.where((std > 0) & np.isfinite(std), std, 1.0)
    ids = pool.index
    return SimilarityIndex(
        features=tuple(features),
        ids=ids,
        outcomes=pool[outcome_column].to_numpy(object),
        z=(values - mean) / std,
        mean=mean,
        std=std,
        position={str(cid): i for i, cid in enumerate(ids)},
    )


def similar_citizens(
    profile: Mapping[str, float | None],
    log: EventLog,
    *,
    k: int = 25,
    features: Sequence[str] = DEFAULT_FEATURES,
    exclude: Sequence[str] = (),
    outcome_column: str = "outcome",
    variant_table: VariantTable | None = None,
    index: SimilarityIndex | None = None,
) -> SimilarCitizens:
    """The `k` citizens in `log` (with a known outcome) nearest to `profile`.

    Features are standardised over the population. Distance is the root mean squared
    difference over the features both sides know; candidates must share at least half of the
    profile's known features, so two nearly empty records are never called "similar".
    `index` (from `similarity_index` on the same log, features and outcome column) saves
    preparing the population again.
    """
    if index is None:
        index = similarity_index(log, features, outcome_column)
    elif index.features != tuple(features):
        raise ValueError("the similarity index was prepared for other features")
    target = np.array([_number(profile.get(f)) for f in index.features])
    z_target = (target - index.mean) / index.std
    diff2 = (index.z - z_target) ** 2
    shared = np.isfinite(diff2)
    n_shared = shared.sum(axis=1)
    needed = max(1, int(np.ceil(np.isfinite(target).sum() / 2)))
    with np.errstate(invalid="ignore", divide="ignore"):
        distance = np.sqrt(np.where(shared, diff2, 0).sum(axis=1) / n_shared)
    distance[n_shared < needed] = np.inf
    for cid in exclude:
        row = index.position.get(str(cid))
        if row is not None:
            distance[row] = np.inf
    nearest = np.argsort(distance, kind="stable")[:k]
    nearest = nearest[np.isfinite(distance[nearest])]

    table = variant_table if variant_table is not None else variants(log)
    paths = table.table["variant"]
    case_variant = table.case_variant
    neighbours = tuple(
        SimilarCitizen(
            str(cid),
            float(distance[i]),
            tuple(paths.iloc[case_variant[cid]]) if cid in case_variant.index else (),
            _text(index.outcomes[i]),
        )
        for cid, i in zip(index.ids[nearest], nearest, strict=True)
    )
    variant_counts = Counter(n.variant for n in neighbours if n.variant)
    outcomes = Counter(n.outcome for n in neighbours if n.outcome is not None)
    total = sum(outcomes.values())
    return SimilarCitizens(
        features=tuple(index.features),
        neighbours=neighbours,
        variants=tuple(variant_counts.most_common()),
        outcome_counts=dict(outcomes.most_common()),
        outcome_shares={o: c / total for o, c in outcomes.most_common()} if total else {},
    )


def _number(value: object) -> float:
    try:
        return float(value) if value is not None else np.nan
    except (TypeError, ValueError):
        return np.nan


def _text(value: object) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
