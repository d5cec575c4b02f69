"""Cohort process map: the directly-follows graph of a set of journeys.

An edge A -> B counts how often a case moves from A straight to B. By default repeated states
are collapsed first (a person in "course" for three months then "job" gives one course -> job
edge, not course -> course twice), which is how a caseworker reads a pathway. Each edge carries
the median time from entering A to entering B and the median gap between leaving A and
entering B. All counting is done on integer codes so a million events take well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.journeys.events import EventLog, case_boundaries, collapse_repeats


@dataclass(frozen=True)
class ProcessMap:
    """Nodes and edges of a directly-follows graph, ready for drawing.

    `edges`: columns source, target, count, cases (distinct cases taking the edge),
    median_time (A start -> B start), median_gap (A end -> B start); sorted by count.
    `activities`: index activity; columns events, cases. `start_counts`/`end_counts`: how many
    cases begin/end in each activity.
    """

    edges: pd.DataFrame
    activities: pd.DataFrame
    start_counts: pd.Series
    end_counts: pd.Series
    n_cases: int

    def edge_counts(self) -> dict[str, int]:
        """Edges as {"A -> B": count}, the form used in reports and reference figures."""
        return {
            f"{s} -> {t}": int(c)
            for s, t, c in zip(
                self.edges["source"], self.edges["target"], self.edges["count"], strict=True
            )
        }


def process_map(log: EventLog, *, collapse: bool = True) -> ProcessMap:
    """Builds the directly-follows graph of `log`, collapsing repeated states unless told not."""
    ev = collapse_repeats(log).events if collapse else log.events
    categories = ev["activity"].cat.categories
    n_act = len(categories)
    act = ev["activity"].cat.codes.to_numpy().astype(np.int64)
    case_codes = pd.factorize(ev["case_id"], sort=False)[0]
    first = case_boundaries(case_codes)
    last = np.append(first[1:], True) if len(first) else first

    follows = ~first[1:]  # row i+1 directly follows row i in the same case
    src = act[:-1][follows]
    dst = act[1:][follows]
    pair = src * n_act + dst
    counts = np.bincount(pair, minlength=n_act * n_act)
    starts = ev["start"].to_numpy()
    ends = ev["end"].to_numpy()
    time_to_next = (starts[1:] - starts[:-1])[follows]
    # Overlapping steps (a course inside an unemployment spell) have no gap, not a negative one.
    raw_gap = (starts[1:] - ends[:-1])[follows]
    gap = np.maximum(raw_gap, raw_gap.dtype.type(0))
    pair_case = case_codes[1:][follows]

    present = np.flatnonzero(counts)
    timing = pd.DataFrame({"pair": pair, "time": time_to_next, "gap": gap}).groupby("pair")
    medians = timing[["time", "gap"]].median()
    distinct_cases = (
        pd.DataFrame({"pair": pair, "case": pair_case}).drop_duplicates().groupby("pair").size()
    )
    edges = pd.DataFrame(
        {
            "source": categories[present // n_act],
            "target": categories[present % n_act],
            "count": counts[present],
            "cases": distinct_cases.reindex(present).to_numpy(),
            "median_time": medians["time"].reindex(present).to_numpy(),
            "median_gap": medians["gap"].reindex(present).to_numpy(),
        }
    ).sort_values(["count", "source", "target"], ascending=[False, True, True], ignore_index=True)

    event_counts = np.bincount(act, minlength=n_act)
    case_counts = (
        pd.DataFrame({"a": act, "c": case_codes})
        .drop_duplicates()
        .groupby("a")
        .size()
        .reindex(range(n_act), fill_value=0)
        .to_numpy()
    )
    activities = pd.DataFrame(
        {"events": event_counts, "cases": case_counts}, index=pd.Index(categories, name="activity")
    )
    return ProcessMap(
        edges=edges,
        activities=activities,
        start_counts=_tally(categories, act[first]),
        end_counts=_tally(categories, act[last]),
        n_cases=int(first.sum()),
    )


def _tally(categories: pd.Index, codes: np.ndarray) -> pd.Series:
    counts = np.bincount(codes, minlength=len(categories))
    series = pd.Series(counts, index=pd.Index(categories, name="activity"), name="cases")
    return series[series > 0].sort_values(ascending=False, kind="stable")
