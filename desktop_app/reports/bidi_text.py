"""Text that survives any name and any script: neutralised controls, isolation, line order.

`clean_value` is applied to every value inserted into a sheet sentence (a citizen's or
caseworker's name, a programme name, a case id): control characters and bidi formatting
characters from the data are removed or turned into spaces, so a right-to-left override in a
name cannot reorder the case number or the date beside it. `isolate` wraps the cleaned value in
FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so an Arabic name in an English sentence (or a
Latin name in an Arabic one) is laid out on its own and never drags its neighbours along.

`line_layout` runs the Unicode bidi algorithm (python-bidi, i.e. the Rust `unicode-bidi` crate,
isolates included) on one shaped line and returns, for each character in logical order, its
place in the visual line: the renderer draws glyphs in logical order at their visual positions,
so text extraction in content order (screen readers, the PDF structure) reads logical text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bidi import get_display
from bidi.mirror import MIRRORED

FSI, PDI = "\u2068", "\u2069"
# Bidi formatting characters: embeddings, overrides, isolates, marks.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\t\v\f\x85\u2028\u2029")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


class BidiError(RuntimeError):
    """The bidi library answered in a shape this code does not understand."""


def clean_value(value: object) -> str:
    """A data value made safe for a sheet line: no controls, no bidi overrides, one line."""
    out = []
    for char in str(value):
        if char in _LINE_BREAKS:
            out.append(" ")
        elif char in BIDI_CONTROLS or char == "\ufeff":
            continue
        elif unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            continue  # C0/C1 controls, lone surrogates, private use, unassigned
        else:
            out.append(char)
    return " ".join("".join(out).split())


def isolate(value: object) -> str:
    """`clean_value` wrapped in FSI ... PDI (direction from its own first strong letter)."""
    return f"{FSI}{clean_value(value)}{PDI}"


def strip_controls(text: str) -> str:
    """The text without bidi formatting characters (for ActualText and comparisons)."""
    return "".join(c for c in text if c not in BIDI_CONTROLS)


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved bidi level of each character of one line (odd = right to left)."""
    if not text:
        return []
    info = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    head, _, rest = info.partition("levels:")
    body = rest.partition("paragraphs:")[0]
    per_byte = [int(level) for level in _LEVEL.findall(body)]
    out, index = [], 0
    for char in text:
        if index >= len(per_byte):
            break
        out.append(per_byte[index])
        index += len(char.encode("utf-8"))
    if not head or len(out) != len(text) or index != len(per_byte):
        raise BidiError("python-bidi returned levels in an unknown shape; check its version")
    return out


def visual_order(levels: list[int]) -> list[int]:
    """Logical indexes in visual order (rule L2 of the Unicode bidi algorithm)."""
    order = list(range(len(levels)))
    current = list(levels)
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(current):
            if current[i] >= level:
                j = i
                while j < len(current) and current[j] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                current[i:j] = current[i:j][::-1]
                i = j
            else:
                i += 1
    return order


@dataclass(frozen=True)
class LineLayout:
    chars: str  # the line in logical order (shaped)
    rtl_char: tuple[bool, ...]  # per logical character: laid out right to left
    mirrored: tuple[bool, ...]  # per logical character: drawn as its mirror image ("(" -> ")")
    order: tuple[int, ...]  # logical indexes in visual order, left to right
    any_rtl: bool


def line_layout(logical: str, rtl: bool) -> LineLayout:
    levels = embedding_levels(logical, rtl)
    order = visual_order(levels)
    flags = tuple(bool(level % 2) for level in levels)
    mirrored = tuple(flags[i] and c in MIRRORED for i, c in enumerate(logical))
    return LineLayout(logical, flags, mirrored, tuple(order), any(flags))
