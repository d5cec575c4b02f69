"""Fonts for the sheet: shipped ones, a system fallback for other scripts, per-character choice.

Each language has a chain (its script's font first, DejaVu Sans after it). A text is drawn
glyph by glyph with the first font of the chain that has the glyph. A character no shipped font
has (a Chinese name, say) is looked up in a TrueType fallback font of the operating system, if
one is installed (`SYSTEM_FALLBACKS`: Droid Sans Fallback, WenQuanYi, Microsoft YaHei, ...):
shipping a CJK font would cost 10-20 MB of the one-folder build. Values that still cannot be
drawn are replaced by a clear substitute by the sheet builder (`can_draw`), never by empty
boxes and never a traceback. A missing shipped font file is an error naming the file.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop_app.assets_path import bundled

log = logging.getLogger(__name__)
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
# TrueType-outline fallback fonts found on office machines (CFF-based OpenType fonts such as
# Noto Sans CJK cannot be embedded by reportlab and are not listed). First found wins.
SYSTEM_FALLBACKS = (
    "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "wqy-microhei.ttc", "wqy-zenhei.ttc",
    "msyh.ttc", "msyh.ttf", "simsun.ttc", "malgun.ttf", "meiryo.ttc", "ARIALUNI.TTF",
    "Arial Unicode.ttf", "NotoSansSC-Regular.ttf", "unifont.ttf",
)
FALLBACK_NAME = "SystemFallback"
# Characters that never need a glyph of their own (they are not drawn).
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                      "\u2066\u2067\u2068\u2069\u061c\ufeff")
_lock = threading.Lock()
_glyphs: dict[str, dict[int, int]] = {}  # font name -> its cmap (read once per process)


class FontMissing(RuntimeError):
    """A shipped font file is missing or a character has no glyph in any available font."""


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


def system_font_dirs() -> list[Path]:
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        return [windir / "Fonts", local]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"),
                Path.home() / "Library" / "Fonts"]
    data = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
    return [Path(d) / "fonts" for d in data if d] + [Path.home() / ".local/share/fonts",
                                                      Path.home() / ".fonts"]


def _find_fallback(dirs: Iterable[Path]) -> Path | None:
    wanted = {name.lower(): rank for rank, name in enumerate(SYSTEM_FALLBACKS)}
    found: list[tuple[int, Path]] = []
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _subdirs, files in os.walk(folder):
            found.extend((wanted[f.lower()], Path(root) / f) for f in files
                         if f.lower() in wanted)
    return min(found)[1] if found else None


@cache
def system_fallback() -> str | None:
    """Register the operating system's fallback font (once), or None when there is none."""
    path = _find_fallback(system_font_dirs())
    if path is None:
        return None
    try:
        font = TTFont(FALLBACK_NAME, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError) as error:
        log.warning("system fallback font %s cannot be used: %s", path, error)
        return None
    with _lock:
        pdfmetrics.registerFont(font)
    log.info("sheet fallback font: %s", path)
    return FALLBACK_NAME


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
        font = pdfmetrics.getFont(font_name) if font_name == FALLBACK_NAME else register(font_name)
        cmap = _glyphs[font_name] = font.face.charToGlyph  # type: ignore[attr-defined]
    return ord(char) in cmap


def font_for(char: str, fonts: tuple[str, ...]) -> str | None:
    """The first font of the chain (then the system fallback) that can draw `char`."""
    for name in fonts:
        if _has_glyph(name, char):
            return name
    fallback = system_fallback()
    if fallback is not None and _has_glyph(fallback, char):
        return fallback
    return None


def can_draw(text: str, fonts: tuple[str, ...]) -> bool:
    return all(c.isspace() or c in INVISIBLE or font_for(c, fonts) for c in text)


def font_runs(text: str, fonts: tuple[str, ...]) -> list[tuple[str, str]]:
    """Split `text` into (font name, text) runs; invisible characters are dropped."""
    runs: list[tuple[str, str]] = []
    current_font, current = fonts[0], ""
    for char in text:
        if char in INVISIBLE:
            continue
        if char.isspace():
            current += " "
            continue
        font = font_for(char, fonts)
        if font is None:
            raise FontMissing(
                f"no available font can draw U+{ord(char):04X} ({char!r}) in the text "
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
