"""The read-only item models pass Qt's model tester, with rows set and reset."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.cache.search import CaseRow
from desktop_app.views.programmes.programme_table_model import ProgrammeTableModel, programme_name
from desktop_app.views.search.case_table_model import COL_AGE, CaseTableModel
from tests.foundation.bundle_factory import programmes

pytestmark = pytest.mark.gui


def test_case_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel(today=dt.date(2026, 1, 1))
    qtmodeltester.check(model, force_py=True)
    rows = [
        CaseRow("C1", "<b>Anne</b>", 1980, "5000", "2024-01-15", "da", False),
        CaseRow("C2", "Bo", None, None, None, None, True),
    ]
    model.set_rows(rows)  # the tester watches the reset through the model's signals
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.index(0, 1).data() == "<b>Anne</b>"
    assert model.index(0, COL_AGE).data() == "46"
    assert model.index(1, COL_AGE).data() == ""
    model.set_rows([])
    assert model.rowCount() == 0


def test_programme_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ProgrammeTableModel(lambda: "da")
    model.set_rows(programmes())
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "Jobsøgningskursus"
    assert model.index(1, 0).data() == "Danish course"  # falls back to English
    assert programme_name({"id": "P9", "name": {"nl": "Taalcursus"}}, "da") == "Taalcursus"
