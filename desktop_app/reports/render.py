"""Lay out an `ExplanationSheet` on A4 with reportlab (deterministic, no network, ≤ 2 pages).

reportlab runs in invariant mode (fixed ids and dates; the real date is set by the tagging
post-pass from the sheet) and with no trusted URL schemes or hosts. No paragraph markup is
used at all: every passage is drawn by `flowables.TextBlock`. Headings are kept with the
passage that follows them; the footer says "page N of M" (the pages are counted first and the
furniture drawn when the document is saved).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from desktop_app.reports.bidi_text import has_rtl, strip_controls
from desktop_app.reports.flowables import TagRecorder, TextBlock, draw_line, pdf_text_string
from desktop_app.reports.fonts import FontChain, chain_for
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
    "title": Look(16, 20, True, 0, 3),
    "banner": Look(9.5, 12, True, 1, 2.5, color=colors.HexColor("#8a1c1c")),
    "heading": Look(11.5, 14, True, 5, 2, color=colors.HexColor("#1d3f6e")),
    "para": Look(9.5, 12, after=2),
    "item": Look(9.5, 12, after=1.5, indent=12),
    "name": Look(11, 13.5, True, 1, 2.5, indent=12),
    "small": Look(8.5, 10.5, after=1.5),
    "integrity": Look(7.5, 9.5, before=2, color=colors.HexColor("#444444")),
}


def _flowable(passage: Passage, chain: FontChain, rtl: bool, recorder: TagRecorder) -> Flowable:
    look = LOOKS[passage.kind]
    return TextBlock(
        passage.text, chain.names(look.bold), look.size, look.leading,
        tag=TAGS.get(passage.kind, "P"), lang=passage.lang, recorder=recorder, rtl=rtl,
        space_before=look.before, space_after=look.after,
        bullet=BULLET if passage.kind == "item" else None, indent=look.indent,
        color=look.color, keep_with_next=passage.kind == "heading",
    )


def _artifact(canv: Canvas, subtype: str, text: str) -> str:
    logical = strip_controls(text)
    actual = f" /ActualText {pdf_text_string(logical)}" if has_rtl(logical) else ""
    return f"/Artifact <</Type /Pagination /Subtype /{subtype}{actual}>> BDC"


def _furniture(canv: Canvas, sheet: ExplanationSheet, chain: FontChain, page: int,
               pages: int) -> None:
    rtl = sheet.direction == "rtl"
    width, height = A4
    canv.saveState()
    canv._code.append(_artifact(canv, "Header", sheet.header))
    canv.setFillColor(colors.HexColor("#555555"))
    draw_line(canv, sheet.header, chain.regular, 8, y=height - 11 * mm, left=MARGIN,
              right=width - MARGIN, rtl=rtl)
    canv.setStrokeColor(colors.HexColor("#9aa7b8"))
    canv.line(MARGIN, height - 13 * mm, width - MARGIN, height - 13 * mm)
    canv._code.append("EMC")
    footer = sheet.footer.replace("{page}", str(page)).replace("{pages}", str(pages))
    canv._code.append(_artifact(canv, "Footer", footer))
    draw_line(canv, footer, chain.regular, 8, y=9 * mm, left=MARGIN, right=width - MARGIN,
              rtl=rtl)
    canv._code.append("EMC")
    canv.restoreState()


def _counting_canvas(sheet: ExplanationSheet, chain: FontChain) -> type[Canvas]:
    """A canvas that keeps each page until the end, then draws "page N of M" on each."""

    class CountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._kept)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                _furniture(self, sheet, chain, number, pages)
                super().showPage()
            super().save()

    return CountingCanvas


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
    doc.build(story, canvasmaker=_counting_canvas(sheet, chain))
    pages = doc.page
    if pages > MAX_PAGES:
        raise SheetTooLong(f"the sheet needs {pages} pages; at most {MAX_PAGES} are allowed")
    return Layout(buffer.getvalue(), pages, recorder)
