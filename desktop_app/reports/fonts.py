"""Fonts shipped with the app, registered with reportlab, and per-character font fallback.

Each language has a chain (its script's font first, DejaVu Sans after it). A text is split into
runs, each drawn with the first font of the chain that has the glyph. A character no shipped
font can draw is an error naming the character, never an empty box on paper.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.assets_path import bundled

FONT_DIR = bundled("assets", "fonts")
FONT_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "NotoNaskhArabic": "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold": "NotoNaskhArabic-Bold.ttf",
    "NotoSansEthiopic": "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold": "NotoSansEthiopic-Bold.ttf",
}
_SCRIPT_FONT = {"ar": "NotoNaskhArabic", "ti": "NotoSansEthiopic"}
# Characters that never need a glyph of their own (they join the surrounding run).
_INVISIBLE = {"\u200c", "\u200d", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069"}
_lock = threading.Lock()
_glyphs: dict[str, dict[int, int]] = {}  # font name -> its cmap (read once per process)


class FontMissing(RuntimeError):
    """A shipped font file is missing or a character has no glyph in any shipped font."""


@dataclass(frozen=True)
class FontChain:
    regular: tuple[str, ...]
    bold: tuple[str, ...]

    def names(self, bold: bool) -> tuple[str, ...]:
        return self.bold if bold else self.regular


def register(name: str) -> TTFont:
    """Register (once per process) and return the shipped font `name`."""
    with _lock:
        try:
            return pdfmetrics.getFont(name)  # type: ignore[return-value]
        except KeyError:
            pass
        path = FONT_DIR / FONT_FILES[name]
        if not path.is_file():
            raise FontMissing(f"the font file {path} is missing; reinstall Wayfinder")
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        return font


def chain_for(lang: str) -> FontChain:
    first = _SCRIPT_FONT.get(lang)
    regular = (first, "DejaVuSans") if first else ("DejaVuSans",)
    bold = (f"{first}-Bold", "DejaVuSans-Bold") if first else ("DejaVuSans-Bold",)
    for name in (*regular, *bold):
        register(name)
    return FontChain(regular, bold)


def _has_glyph(font_name: str, char: str) -> bool:
    cmap = _glyphs.get(font_name)
    if cmap is None:
        cmap = _glyphs[font_name] = register(font_name).face.charToGlyph
    return ord(char) in cmap


def font_runs(text: str, fonts: tuple[str, ...]) -> list[tuple[str, str]]:
    """Split `text` into (font name, text) runs; spaces and joiners stay in the current run."""
    runs: list[tuple[str, str]] = []
    current_font, current = fonts[0], ""
    for char in text:
        if char.isspace() or char in _INVISIBLE:
            current += char
            continue
        font = next((f for f in fonts if _has_glyph(f, char)), None)
        if font is None:
            raise FontMissing(
                f"no shipped font can draw U+{ord(char):04X} ({char!r}) in the text "
                f"{text[:60]!r}; fonts tried: {', '.join(fonts)}"
            )
        if font != current_font and current:
            runs.append((current_font, current))
            current = ""
        current_font = font
        current += char
    if current:
        runs.append((current_font, current))
    return runs


def text_width(text: str, fonts: tuple[str, ...], size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in font_runs(text, fonts))
