"""Rendered pages compared with golden PNGs (pdftoppm, 40 dpi grey) within a pixel tolerance.

Regenerate after an intended layout change: WAYFINDER_UPDATE_GOLDEN=1 pytest tests/reports
(then look at the PNGs before committing them).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.reports.conftest import LANGUAGES

GOLDEN = Path(__file__).with_name("golden")
DPI = 40
# A pixel "differs" when its grey level moves by more than 64 of 255; at most 0.5% may.
LEVEL_TOLERANCE = 64
SHARE_TOLERANCE = 0.005


def render_pages(pdf: Path, out_prefix: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(out_prefix)],
                   check=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_match_golden_images(rendered, lang, tmp_path):
    pages = render_pages(rendered[lang][2], tmp_path / lang)
    assert 1 <= len(pages) <= 2
    for index, page in enumerate(pages, start=1):
        golden = GOLDEN / f"sheet_{lang}-{index}.png"
        if os.environ.get("WAYFINDER_UPDATE_GOLDEN") == "1":
            GOLDEN.mkdir(exist_ok=True)
            golden.write_bytes(page.read_bytes())
            continue
        assert golden.is_file(), f"no golden image {golden}; see this module's docstring"
        got = np.asarray(Image.open(page).convert("L"), dtype=np.int16)
        want = np.asarray(Image.open(golden).convert("L"), dtype=np.int16)
        assert got.shape == want.shape, f"{lang} page {index}: size {got.shape} != {want.shape}"
        share = float(np.mean(np.abs(got - want) > LEVEL_TOLERANCE))
        assert share <= SHARE_TOLERANCE, f"{lang} page {index}: {share:.2%} of pixels differ"


def test_the_comparison_notices_a_changed_sheet(rendered, tmp_path):
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.export import export_sheet
    from tests.reports.sample import request, unlogged

    changed = tmp_path / "changed.pdf"
    export_sheet(build_sheet(request("en", with_decision=False)), changed, unlogged)
    page = render_pages(changed, tmp_path / "changed")[0]
    got = np.asarray(Image.open(page).convert("L"), dtype=np.int16)
    want = np.asarray(Image.open(GOLDEN / "sheet_en-1.png").convert("L"), dtype=np.int16)
    assert float(np.mean(np.abs(got - want) > LEVEL_TOLERANCE)) > SHARE_TOLERANCE
