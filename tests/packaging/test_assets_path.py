"""One helper finds every shipped data file, unfrozen and under PyInstaller's sys._MEIPASS."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop_app import assets_path
from desktop_app.reports import catalog, fonts, rights
from desktop_app.trust import trust_root

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_unfrozen_paths_are_the_source_tree():
    assert not assets_path.is_frozen()
    assert assets_path.package_dir() == PROJECT_ROOT / "desktop_app"
    assert assets_path.demo_repository() == PROJECT_ROOT / "models_onnx"
    for parts, pattern in [(("assets", "fonts"), "*.ttf"), (("i18n",), "*.qm"),
                           (("reports", "catalogs"), "*.json"), (("reports", "rights"), "*.json"),
                           (("trust", "roots"), "*.json")]:
        assert list(assets_path.bundled(*parts).glob(pattern)), parts


def test_frozen_paths_are_under_meipass(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets_path.is_frozen()
    assert assets_path.bundled("i18n", "wayfinder_da.qm") == (
        tmp_path / "desktop_app" / "i18n" / "wayfinder_da.qm")
    assert assets_path.demo_repository() == tmp_path / "models_onnx"


def test_the_modules_that_read_data_files_use_the_helper():
    assert assets_path.bundled("assets", "fonts") == fonts.FONT_DIR
    assert assets_path.bundled("reports", "catalogs") == catalog.CATALOG_DIR
    assert assets_path.bundled("reports", "rights") == rights.BUNDLED_DIR
    assert assets_path.bundled("trust", "roots") == trust_root.ROOTS_DIR


DATA_LOOKUP = re.compile(r"Path\(__file__\)")


def test_no_module_locates_data_through_its_own_file():
    offenders = [
        str(path.relative_to(PROJECT_ROOT))
        for path in sorted((PROJECT_ROOT / "desktop_app").rglob("*.py"))
        if path.name != "assets_path.py" and DATA_LOOKUP.search(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, (
        f"{offenders}: find shipped data with desktop_app.assets_path.bundled(), which also "
        "works in the frozen build")
