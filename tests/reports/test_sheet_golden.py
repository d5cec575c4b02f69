"""Rendered pages compared with golden PNGs (pdftoppm, 40 dpi grey) within a pixel tolerance:
four cases (suggestion followed, deviation with reason, objection after a suggestion,
abstention) in each of the nine languages.

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

from tests.reports.conftest import CASES, LANGUAGES

GOLDEN = Path(__file__).with_name("golden")
DPI = 40
# A pixel "differs" when its grey level moves by more than 64 of 255; at most 0.5% may.
LEVEL_TOLERANCE = 64
SHARE_TOLERANCE = 0.005


def render_pages(pdf: Path, out_prefix: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(out_prefix)],
                   check=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_match_golden_images(rendered_cases, lang, case, tmp_path):
    pages = render_pages(rendered_cases[(lang, case)], tmp_path / lang)
    assert 1 <= len(pages) <= 2
    for index, page in enumerate(pages, start=1):
        golden = GOLDEN / f"sheet_{lang}_{case}-{index}.png"
        if os.environ.get("WAYFINDER_UPDATE_GOLDEN") == "1":
            GOLDEN.mkdir(exist_ok=True)
            golden.write_bytes(page.read_bytes())
            continue
        assert golden.is_file(), f"no golden image {golden}; see this module's docstring"
        got = np.asarray(Image.open(page).convert("L"), dtype=np.int16)
        want = np.asarray(Image.open(golden).convert("L"), dtype=np.int16)
        where = f"{lang} {case} page {index}"
        assert got.shape == want.shape, f"{where}: size {got.shape} != {want.shape}"
        share = float(np.mean(np.abs(got - want) > LEVEL_TOLERANCE))
        assert share <= SHARE_TOLERANCE, f"{where}: {share:.2%} of pixels differ"
    extra = GOLDEN / f"sheet_{lang}_{case}-{len(pages) + 1}.png"
    assert not extra.exists(), f"{lang} {case}: golden {extra.name} but no such page"


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_text_matches_golden_text(lang, case):
    """The words themselves, exactly (pixels at 40 dpi would not notice one changed word)."""
    from desktop_app.reports.builder import build_sheet
    from tests.reports.sample import golden_cases, request

    text = build_sheet(request(lang, **golden_cases()[case])).plain_text() + "\n"
    golden = GOLDEN / f"sheet_{lang}_{case}.txt"
    if os.environ.get("WAYFINDER_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden text {golden}; see this module's docstring"
    assert text == golden.read_text(encoding="utf-8"), f"{lang} {case}: the text changed"


def test_the_comparison_notices_a_changed_sheet(rendered, tmp_path):
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.export import export_sheet
    from tests.reports.sample import request, unlogged

    changed = tmp_path / "changed.pdf"
    export_sheet(build_sheet(request("en", with_decision=False)), changed, unlogged)
    page = render_pages(changed, tmp_path / "changed")[0]
    got = np.asarray(Image.open(page).convert("L"), dtype=np.int16)
    want = np.asarray(Image.open(GOLDEN / "sheet_en_followed-1.png").convert("L"),
                      dtype=np.int16)
    assert float(np.mean(np.abs(got - want) > LEVEL_TOLERANCE)) > SHARE_TOLERANCE
