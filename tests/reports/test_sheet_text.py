"""Text that survives any name and any script (findings 4, 5 and 10 of issue 17).

Read back with poppler: `pdftotext` as a reader copies text, `pdfinfo -struct-text` as a screen
reader walks the tagged structure.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

import pikepdf
import pytest

from desktop_app.reports import fonts as sheet_fonts
from desktop_app.reports.bidi_text import FSI, PDI, clean_value, isolate
from desktop_app.reports.builder import build_sheet
from desktop_app.reports.export import export_sheet
from tests.reports import pdftools
from tests.reports.sample import request, unlogged

RLO = "\u202e"


def struct_passages(path) -> list[str]:
    return [line.strip()[1:-1] for line in pdftools.struct_text(path).splitlines()
            if line.strip().startswith('"')]


def first_for_line(path) -> str:
    return next(p for p in struct_passages(path) if "C00042" in p)


# --- finding 4: bidi controls in names; right-to-left names on left-to-right sheets -------------

def test_a_right_to_left_override_in_a_name_cannot_reorder_the_case_number_or_date(tmp_path):
    sheet = build_sheet(request("ar", name=f"Amal {RLO}Haddad"))
    for_line = sheet.section("front").passages[1].text
    assert RLO not in for_line and f"{FSI}Amal Haddad{PDI}" in for_line
    path = tmp_path / "ar.pdf"
    export_sheet(sheet, path, unlogged)
    logical = first_for_line(path)
    assert "C00042" in logical and "600000C" not in logical
    assert "2024" in logical and "6202" not in logical
    assert "C00042" in pdftools.text(path) and "600000C" not in pdftools.text(path)


def test_control_characters_are_neutralised_in_every_inserted_value():
    assert clean_value("A\u202bb\u2066c\u200fd\x00e\x1b[31mf") == "Abcde[31mf"
    assert clean_value("two\nlines\tand\rmore") == "two lines and more"
    assert isolate(" x ") == f"{FSI}x{PDI}"


def glyph_boxes(path, y_range: tuple[float, float]) -> list[tuple[float, str]]:
    """(x, text) of every word or glyph poppler finds on the line between y_range."""
    boxes = pdftools.run("pdftotext", "-bbox", str(path), "-")
    return [(float(x), text) for x, y, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
        boxes) if y_range[0] <= float(y) <= y_range[1]]


@pytest.mark.parametrize("name", ["أحمد علي", "דוד כהן", "مریم رضایی"])
def test_right_to_left_names_read_in_logical_order_on_left_to_right_sheets(tmp_path, name):
    path = tmp_path / "en.pdf"
    export_sheet(build_sheet(request("en", name=name)), path, unlogged)
    assert f"For {name} (case C00042)." in first_for_line(path)  # logical, for screen readers
    line = sorted(glyph_boxes(path, (80, 86)))
    x_for = next(x for x, t in line if t == "For")
    x_case = next(x for x, t in line if t.startswith("(case"))
    first, last = name[0], name.replace(" ", "")[-1]
    x_first = next(x for x, t in line if first in t)
    x_last = next(x for x, t in line if t.endswith(last) or t == last)
    # on the page: between "For" and "(case", and read from right to left
    assert x_for < x_last < x_first < x_case


# --- finding 5: Arabic structure text in logical order; no lost spaces at line wraps ------------

def arabic_plain(text: str) -> str:
    """NFKC (ligature glyphs such as lam-alef are extracted as one compatibility letter) and
    without vowel marks (the shaper does not draw them)."""
    return re.sub("[\u064b-\u0652]", "", unicodedata.normalize("NFKC", text))


def test_the_arabic_structure_text_is_in_logical_order(tmp_path):
    sheet = build_sheet(request("ar", with_decision=False))
    path = tmp_path / "ar.pdf"
    export_sheet(sheet, path, unlogged)
    passages = [arabic_plain(p) for p in struct_passages(path)]
    assert passages[0] == arabic_plain(sheet.title) == "اقتراح: لم يتخذ قرار بعد"
    said = " ".join(passages)
    for words in ("هذا اقتراح. لم يتخذ أحد قرارًا بعد.", "من اتخذ القرار؟", "حقوقك",
                  "يحق لك أن تطلب تصحيح المعلومات الخاطئة."):
        assert arabic_plain(words) in said, words
    assert "دعب رارق ذختي مل" not in said  # the reversed text the finding saw


def test_shaped_right_to_left_passages_carry_actual_text(tmp_path):
    path = tmp_path / "ar.pdf"
    export_sheet(build_sheet(request("ar")), path, unlogged)
    with pikepdf.open(path) as pdf:
        content = b"".join(
            c.read_bytes() for c in (pdf.pages[0].Contents if isinstance(
                pdf.pages[0].Contents, pikepdf.Array) else [pdf.pages[0].Contents]))
    title = "خطتك: ما الذي تقرر ولماذا".encode("utf-16-be").hex().upper().encode()
    assert b"/ActualText <FEFF" + title + b">" in content


@pytest.mark.parametrize("lang", ["en", "da", "ar", "ti"])
def test_words_either_side_of_a_line_break_stay_apart(tmp_path, lang):
    path = tmp_path / f"{lang}.pdf"
    sheet = build_sheet(request(lang))
    export_sheet(sheet, path, unlogged)
    said = " ".join(struct_passages(path))
    longest = max((p.text for p in sheet.passages() if p.kind in ("para", "item", "small")),
                  key=len)
    words = re.sub("[\u2066-\u2069]", "", longest).split()
    assert len(words) > 25  # wraps over several lines
    for first, second in itertools.pairwise(words):
        if first.isascii() and second.isascii():
            assert f"{first}{second}" not in said.replace(f"{first} {second}", "")


# --- finding 10: any Unicode name prints, long names wrap, never a traceback --------------------

def test_a_chinese_name_prints_with_the_system_fallback_font_or_a_substitute(tmp_path,
                                                                              monkeypatch):
    name = "王小明"
    path = tmp_path / "zh.pdf"
    export_sheet(build_sheet(request("en", name=name)), path, unlogged)  # no traceback either way
    text = " ".join(pdftools.text(path).split())
    if sheet_fonts.system_fallback() is not None:
        assert f"For {name} (case C00042)." in text
    else:
        assert "your name (it cannot be printed with the fonts on this computer) (case C00042)" \
            in text
    sheet_fonts.system_fallback.cache_clear()
    monkeypatch.setattr(sheet_fonts, "system_font_dirs", lambda: [tmp_path / "no-fonts"])
    try:
        export_sheet(build_sheet(request("en", name=name)), tmp_path / "none.pdf", unlogged)
        text = " ".join(pdftools.text(tmp_path / "none.pdf").split())
        assert "For your name (it cannot be printed with the fonts on this computer) " \
               "(case C00042)." in text
    finally:
        sheet_fonts.system_fallback.cache_clear()


def test_control_characters_in_a_name_give_a_sheet_not_a_traceback(tmp_path):
    path = tmp_path / "c.pdf"
    export_sheet(build_sheet(request("en", name="Ali\x00\x07 \x1bBaba\u0085")), path, unlogged)
    assert "For Ali Baba (case C00042)." in " ".join(pdftools.text(path).split())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_300_character_unbroken_name_wraps_inside_the_page(tmp_path, lang):
    name = ("ب" if lang == "ar" else "x") * 300
    path = tmp_path / f"{lang}.pdf"
    export_sheet(build_sheet(request(lang, name=name)), path, unlogged)
    width = float(pdftools.info(path)["Page size"].split()[0])
    boxes = pdftools.run("pdftotext", "-bbox", str(path), "-")
    xs = [(float(a), float(b)) for a, b in re.findall(
        r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', boxes)]
    assert xs and all(x_min >= 0 and x_max <= width - 40 for x_min, x_max in xs)
