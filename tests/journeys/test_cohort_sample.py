"""The journey cohort is bounded: a large caseload is compared through an even sample."""

from __future__ import annotations

from pathlib import Path

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.journeys.cache_cohort import cohort_records
from tests.foundation.bundle_factory import write_bundle


def test_large_caseload_is_sampled_with_whole_histories(tmp_path: Path) -> None:
    db = open_cache(tmp_path / "c.sqlite")
    import_bundle(db, read_bundle(write_bundle(tmp_path / "b", n=40)),
                  audit=AuditLog(db, b"k" * 32), actor="t")
    everyone = cohort_records(db)
    assert len(everyone.citizens) == 40
    sample = cohort_records(db, limit=10)
    ids = set(sample.citizens["id"])
    assert len(ids) == 10  # every 4th citizen
    for table in (sample.decisions, sample.appointments, sample.outcomes):
        assert set(table["citizen_id"]) == ids  # each sampled citizen's whole history, no other
    assert len(sample.decisions) == 10 and len(everyone.decisions) == 40


def test_flags_of_whole_columns_match_the_cell_by_cell_reading() -> None:
    """The cohort reads attended/subsidised a column at a time: the same True/False/None
    (Python values, not NumPy's) as reading each cell."""
    import numpy as np
    import pandas as pd

    from desktop_app.journeys.cache_cohort import _flag, _flags

    columns = [
        pd.Series([1, 0, 1, 2], name="attended"),
        pd.Series([1.0, np.nan, 0.0, -1.0], name="attended"),
        pd.Series([None, 1, 0, True, "1"], dtype=object, name="subsidised"),
        pd.Series([], dtype=float, name="subsidised"),
        pd.Series([True, False], name="attended"),
    ]
    for column in columns:
        fast, slow = _flags(column), column.map(_flag)
        assert [(type(v), v) for v in fast] == [(type(v), v) for v in slow]
        assert fast.index.equals(column.index) and fast.name == column.name


def test_mean_skill_keeps_numpys_value() -> None:
    import numpy as np

    from desktop_app.journeys.profile import _mean_skill

    for scores in ([1, 2, 2], [0.1, 0.2, 0.7], [3], [True, 4], list(np.linspace(0.1, 3.3, 11))):
        value = {f"s{i}": s for i, s in enumerate(scores)}
        assert _mean_skill(value) == float(np.mean(scores))
    assert np.isnan(_mean_skill({"literacy": None})) and np.isnan(_mean_skill("x"))
