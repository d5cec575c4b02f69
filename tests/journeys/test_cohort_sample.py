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
