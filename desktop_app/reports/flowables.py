"""The one reportlab flowable for sheet text: tagged, bidi-correct, drawn in logical order.

`TextBlock` wraps a passage in logical order (words; a word wider than the line is broken
between characters, so a 300-letter name wraps in both directions), then lays out each line
with the Unicode bidi algorithm (`bidi_text.line_layout`; Arabic shaped first) and draws the
glyphs in LOGICAL order at their VISUAL positions. So whatever reads the content in order (a
screen reader, `pdfinfo -struct-text`) reads logical text, while the page shows the right
visual order. A space is drawn at the end of every wrapped line, so the words either side of a
line break stay apart in the text layer. Passages with right-to-left text also carry their
logical text as /ActualText. Each passage is one marked-content sequence with its own MCID,
recorded (page, MCID, tag, language) for `tagging.py` to build the structure tree; the bullet
of a list item is an artifact. No reportlab paragraph markup is used: text is never parsed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import arabic_reshaper
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from desktop_app.reports.bidi_text import has_rtl, line_layout, strip_controls
from desktop_app.reports.fonts import INVISIBLE, FontMissing, font_for, text_width


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


def pdf_text_string(text: str) -> str:
    """A PDF text string (UTF-16BE with BOM, hex) for marked-content properties."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


@lru_cache(maxsize=1)
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    return arabic_reshaper.ArabicReshaper()


def shape(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept)."""
    return _reshaper().reshape(text) if has_rtl(text) else text


@lru_cache(maxsize=16384)
def _word_width(word: str, fonts: tuple[str, ...], size: float) -> float:
    return text_width(shape(word), fonts, size)


def _pieces(word: str, fonts: tuple[str, ...], size: float, room: float) -> list[str]:
    """A word wider than the line, cut between characters (never inside a combined letter)."""
    pieces, current = [], ""
    for char in word:
        if current and unicodedata.combining(char) == 0 and \
                _word_width(current + char, fonts, size) > room:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def wrap_words(text: str, fonts: tuple[str, ...], size: float, room: float) -> list[str]:
    """Lines in logical order, each at most `room` wide (words broken only when they must)."""
    space = _word_width(" ", fonts, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        width = _word_width(word, fonts, size)
        parts = [word] if width <= room else _pieces(word, fonts, size, room)
        for part in parts:
            width = _word_width(part, fonts, size)
            if current and used + space + width > room:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + width
            current.append(part)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


@dataclass(frozen=True)
class Glyph:
    index: int  # logical index in the line
    char: str
    font: str
    width: float


class TextBlock(Flowable):
    """One passage: wrapped, bidi laid out, drawn glyph by glyph in logical order, tagged."""

    def __init__(self, text: str, fonts: tuple[str, ...], size: float, leading: float, *,
                 tag: str, lang: str, recorder: TagRecorder, rtl: bool,
                 space_before: float = 0, space_after: float = 0, bullet: str | None = None,
                 indent: float = 0, color: object = None, keep_with_next: bool = False) -> None:
        super().__init__()
        self.text, self.fonts, self.size, self.leading = text, fonts, size, leading
        self.tag, self.lang, self.recorder, self.rtl = tag, lang, recorder, rtl
        self.space_before, self.space_after = space_before, space_after
        self.bullet, self.indent, self.color = bullet, indent, color
        self.keepWithNext = keep_with_next
        self.lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.lines = wrap_words(self.text, self.fonts, self.size, avail_width - self.indent)
        self.width, self.height = avail_width, self.leading * len(self.lines)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # passages are short: move the whole passage to the next page

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
            canv._code.append("/Artifact BMC")
            canv.setFont(self.fonts[-1], self.size)
            x = self.width - self.indent + 4 if self.rtl else self.indent - 10
            canv.drawString(x, baseline, self.bullet)
            canv._code.append("EMC")
        mcid = self.recorder.open(canv.getPageNumber(), self.tag, self.lang)
        logical = strip_controls(self.text)
        actual = f" /ActualText {pdf_text_string(logical)}" if has_rtl(logical) else ""
        canv._code.append(f"/{self.tag} <</MCID {mcid}{actual}>> BDC")
        for index, line in enumerate(self.lines):
            last = index == len(self.lines) - 1
            self._draw_line(line, baseline - index * self.leading, trailing_space=not last)
        canv._code.append("EMC")

    def _draw_line(self, line: str, y: float, *, trailing_space: bool) -> None:
        draw_line(self.canv, line, self.fonts, self.size, y=y, left=self.indent,
                  right=self.width - self.indent, rtl=self.rtl, trailing_space=trailing_space)


def _glyphs(chars: str, fonts: tuple[str, ...], size: float) -> list[Glyph | None]:
    out: list[Glyph | None] = []
    for index, char in enumerate(chars):
        if char in INVISIBLE:
            out.append(None)
            continue
        if char.isspace():
            char, font = " ", fonts[0]
        else:
            found = font_for(char, fonts)
            if found is None:
                raise FontMissing(f"no available font can draw U+{ord(char):04X} ({char!r})")
            font = found
        out.append(Glyph(index, char, font, pdfmetrics.stringWidth(char, font, size)))
    return out


def draw_line(canv, line: str, fonts: tuple[str, ...], size: float, *, y: float,  # type: ignore[no-untyped-def]
              left: float, right: float, rtl: bool, trailing_space: bool = False) -> None:
    """Draw one logical line between `left` and `right` (aligned to the base direction's
    start), glyphs in logical order at their visual places.

    A left-to-right run is one string; a right-to-left run is one TJ array whose glyphs come
    in logical order, each moved left past the next one's width. A mirrored character ("(" in
    Arabic) is drawn flipped rather than replaced, so it keeps its own code (see
    tagging.logical_to_unicode).
    """
    layout = line_layout(shape(line), rtl)
    glyphs = _glyphs(layout.chars, fonts, size)
    total = sum(g.width for g in glyphs if g is not None)
    x = right - total if rtl else left
    position: dict[int, float] = {}
    visual_rank: dict[int, int] = {}
    for rank, index in enumerate(layout.order):
        glyph = glyphs[index]
        if glyph is None:
            continue
        position[index], visual_rank[index] = x, rank
        x += glyph.width
    text = canv.beginText()
    run: list[Glyph] = []
    run_rtl = False

    def flush() -> None:
        if not run:
            return
        if run_rtl:
            _rtl_run(text, run, position[run[0].index], y, size)
        else:
            text.setFont(run[0].font, size)
            text.setTextOrigin(position[run[0].index], y)
            text.textOut("".join(g.char for g in run))
        run.clear()

    for glyph in glyphs:
        if glyph is None:
            continue
        index = glyph.index
        rtl_glyph = layout.rtl_char[index]
        if rtl_glyph and layout.mirrored[index]:
            flush()
            _draw_mirrored(text, glyph, position[index], y, size)
            continue
        step = -1 if rtl_glyph else 1
        joins = (run and rtl_glyph == run_rtl and glyph.font == run[-1].font
                 and visual_rank[index] == visual_rank[run[-1].index] + step)
        if not joins:
            flush()
            run_rtl = rtl_glyph
        run.append(glyph)
    flush()
    if trailing_space:  # keeps the words either side of a line break apart in the text layer
        width = pdfmetrics.stringWidth(" ", fonts[0], size)
        text.setFont(fonts[0], size)
        text.setTextOrigin(right - total - width if rtl else left + total, y)
        text.textOut(" ")
    canv.drawText(text)


def _draw_mirrored(text, glyph: Glyph, x: float, y: float, size: float) -> None:  # type: ignore[no-untyped-def]
    text.setFont(glyph.font, size)
    text.setTextTransform(-1, 0, 0, 1, x + glyph.width, y)
    text.textOut(glyph.char)


def _rtl_run(text, run: list[Glyph], x: float, y: float, size: float) -> None:  # type: ignore[no-untyped-def]
    """Right-to-left glyphs (same font, visually adjacent) as one TJ array in logical order:
    after each glyph the pen moves back over it and over the next one."""
    canv = text._canvas
    font = pdfmetrics.getFont(run[0].font)
    text.setFont(run[0].font, size)
    text.setTextOrigin(x, y)
    parts: list[str] = []
    subset_now = None
    for number, glyph in enumerate(run):
        pieces = font.splitString(glyph.char, canv._doc)
        subset, encoded = pieces[0]
        if subset != subset_now:
            if parts:
                text._code.append(f"[{' '.join(parts)}] TJ")
                parts = []
            text._code.append(f"{font.getSubsetInternalName(subset, canv._doc)} "
                              f"{size:g} Tf")
            subset_now = subset
        parts.append(f"({canv._escape(encoded)})")
        if number + 1 < len(run):
            shift = (glyph.width + run[number + 1].width) * 1000 / size
            parts.append(f"{shift:.2f}")
    text._code.append(f"[{' '.join(parts)}] TJ")
    text._curSubset = subset_now
