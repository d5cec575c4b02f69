"""Lay out an `ExplanationSheet` on A4 with reportlab (deterministic, no network, ≤ 2 pages).

reportlab runs in invariant mode (fixed ids and dates; the real date is set by the tagging
post-pass from the sheet) and with no trusted URL schemes or hosts, so no markup can make it
fetch anything. All passage text is escaped in `flowables.markup`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from desktop_app.reports.flowables import (
    RtlParagraph,
    Tagged,
    TagRecorder,
    ltr_paragraph,
    visual_line,
)
from desktop_app.reports.fonts import FontChain, chain_for, font_runs
from desktop_app.reports.sheet import ExplanationSheet, Passage

rl_config.invariant = 1
rl_config.trustedSchemes = []
rl_config.trustedHosts = []

MAX_PAGES = 2
MARGIN = 18 * mm
TAGS = {"title": "H1", "heading": "H2", "item": "LI"}
BULLET = "•"


class SheetTooLong(RuntimeError):
    """The sheet does not fit on two A4 pages."""


@dataclass(frozen=True)
class Look:
    size: float
    leading: float
    bold: bool = False
    before: float = 0.0
    after: float = 3.0
    indent: float = 0.0
    color: object = colors.black


LOOKS = {
    "title": Look(17, 21, True, 0, 4),
    "banner": Look(10.5, 13.5, True, 2, 3, color=colors.HexColor("#8a1c1c")),
    "heading": Look(12.5, 15.5, True, 7, 2.5, color=colors.HexColor("#1d3f6e")),
    "para": Look(10, 13, after=2.5),
    "item": Look(10, 13, after=2, indent=12),
    "name": Look(11.5, 14.5, True, 1, 3, indent=12),
    "integrity": Look(7.5, 9.5, before=2, color=colors.HexColor("#444444")),
}


def _flowable(passage: Passage, chain: FontChain, rtl: bool, recorder: TagRecorder) -> Flowable:
    look = LOOKS[passage.kind]
    fonts = chain.names(look.bold)
    bullet = BULLET if passage.kind == "item" else None
    inner: Flowable
    if rtl:
        inner = RtlParagraph(passage.text, fonts, look.size, look.leading, look.before,
                             look.after, bullet, look.indent, look.color)
    else:
        style = ParagraphStyle(
            passage.kind, fontName=fonts[0], fontSize=look.size, leading=look.leading,
            spaceBefore=look.before, spaceAfter=look.after, leftIndent=look.indent,
            bulletIndent=look.indent - 10 if bullet else 0, bulletFontName=fonts[-1],
            textColor=look.color, alignment=TA_LEFT,
        )
        inner = ltr_paragraph(passage.text, fonts, style, bullet)
    return Tagged(inner, TAGS.get(passage.kind, "P"), passage.lang, recorder)


def _draw_line(canv, text: str, fonts: tuple[str, ...], size: float, x: float, y: float,
               *, right: bool) -> None:
    """One line of page furniture; `x` is the right edge when `right`."""
    runs = font_runs(text, fonts)
    width = sum(canv.stringWidth(run, font, size) for font, run in runs)
    x = x - width if right else x
    for font, run in runs:
        canv.setFont(font, size)
        canv.drawString(x, y, run)
        x += canv.stringWidth(run, font, size)


def _furniture(sheet: ExplanationSheet, chain: FontChain):  # type: ignore[no-untyped-def]
    rtl = sheet.direction == "rtl"
    width, height = A4

    def on_page(canv, doc) -> None:  # type: ignore[no-untyped-def]
        canv.saveState()
        canv._code.append("/Artifact <</Type /Pagination /Subtype /Header>> BDC")
        canv.setFillColor(colors.HexColor("#555555"))
        header = visual_line(sheet.header) if rtl else sheet.header
        _draw_line(canv, header, chain.regular, 8, width - MARGIN if rtl else MARGIN,
                   height - 11 * mm, right=rtl)
        canv.setStrokeColor(colors.HexColor("#9aa7b8"))
        canv.line(MARGIN, height - 13 * mm, width - MARGIN, height - 13 * mm)
        canv._code.append("EMC")
        canv._code.append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
        footer = sheet.footer.replace("{page}", str(canv.getPageNumber()))
        footer = visual_line(footer) if rtl else footer
        _draw_line(canv, footer, chain.regular, 8, width - MARGIN if rtl else MARGIN,
                   9 * mm, right=rtl)
        canv._code.append("EMC")
        canv.restoreState()

    return on_page


@dataclass
class Layout:
    pdf: bytes
    pages: int
    tags: TagRecorder


def layout(sheet: ExplanationSheet) -> Layout:
    """Render the sheet's passages to untagged-but-marked PDF bytes (see tagging.py)."""
    chain = chain_for(sheet.lang)
    recorder = TagRecorder()
    rtl = sheet.direction == "rtl"
    story = [_flowable(p, chain, rtl, recorder) for p in sheet.passages()]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=sheet.title, author="Wayfinder", subject=sheet.header,
        creator="Wayfinder", lang=sheet.lang, invariant=1, displayDocTitle=1,
        initialFontName=chain.regular[-1], initialFontSize=10, initialLeading=12,
    )
    furniture = _furniture(sheet, chain)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    pages = doc.page
    if pages > MAX_PAGES:
        raise SheetTooLong(f"the sheet needs {pages} pages; at most {MAX_PAGES} are allowed")
    return Layout(buffer.getvalue(), pages, recorder)
