"""reportlab flowables that write tagged marked content: one MCID per passage.

`Tagged` wraps a passage's flowable in `/<Tag> <</MCID n>> BDC ... EMC` and records
(page, MCID, tag, language) so that `tagging.py` can build the structure tree afterwards.
`RtlParagraph` lays out right-to-left text: it wraps in logical order, then shapes and
reorders each line for display. The text layer keeps the logical letters because the tagging
pass maps every shaped glyph back to its base letters (see `tagging.logical_to_unicode`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from desktop_app.reports.fonts import font_runs, text_width


@dataclass(frozen=True)
class TagRecord:
    page: int  # 1-based page number
    mcid: int
    tag: str  # H1, H2, P, LI
    lang: str


@dataclass
class TagRecorder:
    records: list[TagRecord] = field(default_factory=list)
    _next_mcid: dict[int, int] = field(default_factory=dict)

    def open(self, page: int, tag: str, lang: str) -> int:
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        self.records.append(TagRecord(page, mcid, tag, lang))
        return mcid


def markup(text: str, fonts: tuple[str, ...]) -> str:
    """Paragraph markup for untrusted plain text: escaped runs with explicit fonts only."""
    return "".join(
        f'<font face="{font}">{escape(run)}</font>' for font, run in font_runs(text, fonts)
    )


def ltr_paragraph(text: str, fonts: tuple[str, ...], style: ParagraphStyle,
                  bullet: str | None = None) -> Paragraph:
    return Paragraph(markup(text, fonts), style, bulletText=bullet)


class Tagged(Flowable):
    """A passage as one marked-content sequence with its own MCID (never split over pages)."""

    def __init__(self, inner: Flowable, tag: str, lang: str, recorder: TagRecorder) -> None:
        super().__init__()
        self.inner, self.tag, self.lang, self.recorder = inner, tag, lang, recorder

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # passages are short: move the whole passage to the next page

    def getSpaceBefore(self) -> float:
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        mcid = self.recorder.open(self.canv.getPageNumber(), self.tag, self.lang)
        self.canv._code.append(f"/{self.tag} <</MCID {mcid}>> BDC")
        self.inner.drawOn(self.canv, 0, 0)
        self.canv._code.append("EMC")


@lru_cache(maxsize=8192)
def _shaped_width(word: str, fonts: tuple[str, ...], size: float) -> float:
    return text_width(arabic_reshaper.reshape(word), fonts, size)


def visual_line(logical: str) -> str:
    """Shape Arabic letters and reorder one line for display (Unicode bidi algorithm)."""
    return get_display(arabic_reshaper.reshape(logical), base_dir="R")


class RtlParagraph(Flowable):
    """Right-aligned right-to-left text, wrapped in logical order, shaped line by line."""

    def __init__(self, text: str, fonts: tuple[str, ...], size: float, leading: float,
                 space_before: float = 0, space_after: float = 0, bullet: str | None = None,
                 indent: float = 0, color: object = None) -> None:
        super().__init__()
        self.text, self.fonts, self.size, self.leading = text, fonts, size, leading
        self.space_before, self.space_after = space_before, space_after
        self.bullet, self.indent, self.color = bullet, indent, color
        self.lines: list[str] = []

    def _width(self, logical: str) -> float:
        return _shaped_width(logical, self.fonts, self.size)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # Arabic joins letters within a word only, so a line is as wide as its shaped words
        # plus the spaces between them: measure each word once.
        room = avail_width - self.indent
        space = self._width(" ")
        self.lines, current, used = [], [], 0.0
        for word in self.text.split():
            width = self._width(word)
            if current and used + space + width > room:
                self.lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + width
            current.append(word)
        if current:
            self.lines.append(" ".join(current))
        self.width, self.height = avail_width, self.leading * max(1, len(self.lines))
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        canv = self.canv
        if self.color is not None:
            canv.setFillColor(self.color)
        baseline = self.height - self.size
        if self.bullet:
            canv.setFont(self.fonts[-1], self.size)
            canv.drawRightString(self.width, baseline, self.bullet)
        for index, logical in enumerate(self.lines):
            y = baseline - index * self.leading
            visual = visual_line(logical)
            runs = font_runs(visual, self.fonts)
            x = self.width - self.indent - sum(
                canv.stringWidth(run, font, self.size) for font, run in runs)
            for font, run in runs:
                canv.setFont(font, self.size)
                canv.drawString(x, y, run)
                x += canv.stringWidth(run, font, self.size)
