from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.reports.builder import build_sheet
from desktop_app.reports.export import SheetExport, export_sheet
from desktop_app.reports.sheet import ExplanationSheet
from tests.reports import pdftools
from tests.reports.sample import golden_cases, request, unlogged

LANGUAGES = ("en", "da", "nb", "nn", "nl", "ar", "uk", "so", "ti")
CASES = tuple(golden_cases())


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory):
    """Every language rendered once (decision sheet): lang -> (sheet, export, path)."""
    pdftools.require_poppler()
    folder = tmp_path_factory.mktemp("sheets")
    out: dict[str, tuple[ExplanationSheet, SheetExport, Path]] = {}
    for lang in LANGUAGES:
        sheet = build_sheet(request(lang))
        path = folder / f"sheet_{lang}.pdf"
        out[lang] = (sheet, export_sheet(sheet, path, unlogged), path)
    return out


@pytest.fixture(scope="session")
def rendered_cases(tmp_path_factory: pytest.TempPathFactory):
    """The four golden cases in every language: (lang, case) -> PDF path."""
    pdftools.require_poppler()
    folder = tmp_path_factory.mktemp("golden-sheets")
    out: dict[tuple[str, str], Path] = {}
    for lang in LANGUAGES:
        for case, changes in golden_cases().items():
            path = folder / f"sheet_{lang}_{case}.pdf"
            export_sheet(build_sheet(request(lang, **changes)), path, unlogged)
            out[(lang, case)] = path
    return out


@pytest.fixture(scope="session")
def sheet_world_base(tmp_path_factory: pytest.TempPathFactory):
    from tests.reports.sheet_world import build_sheet_world

    return build_sheet_world(tmp_path_factory.mktemp("sheet-world"))


@pytest.fixture
def sheet_world(sheet_world_base, tmp_path, monkeypatch):
    """The demo world with a cache of this test's own; WAYFINDER_HOME points at its home."""
    monkeypatch.setenv("WAYFINDER_HOME", str(sheet_world_base.home))
    return sheet_world_base.copy(tmp_path)
