"""Seed corpus for the hostile-input property tests: small, real-looking files of every kind
the laptop reads from outside (bundle, ESCO CSV, ONNX model, CV), and byte-level mutators."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import strategies as st

from tests.foundation.bundle_factory import write_bundle

MARKUP = ['<img src="http://x/a.png"/>', "<b>bold</b>", "<script>alert(1)</script>",
          "&lt;&amp;", "\u202e\u0000\ufeff", "' OR 1=1 --", '{"a":', "\\u0000", "%s%n"]


def bundle_seed(folder: Path) -> dict[str, bytes]:
    write_bundle(folder, n=6)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def docx_bytes(text: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.split("\n"))
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in (("[Content_Types].xml", "<Types/>"), ("word/document.xml", xml)):
            # a fixed date: the same bytes every run, so derandomized examples reproduce
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def pdf_bytes(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)  # no timestamps: the same bytes every run
    for i, line in enumerate(text.split("\n")):
        page.drawString(72, 750 - 14 * i, line)
    page.save()
    return buffer.getvalue()


CV_TEXT = "Lagermedarbejder 2019-2023\nTruckcertifikat B\nDansk B1, arabisk modersmål"


@st.composite
def mutated(draw: st.DrawFn, seed: bytes, max_edits: int = 4) -> bytes:
    """`seed` with a few edits: byte flips, inserted junk or markup, deletions, truncation."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_edits))):
        kind = draw(st.sampled_from(["flip", "insert", "markup", "delete", "truncate", "dup"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "markup":
            data[at:at] = draw(st.sampled_from(MARKUP)).encode()
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "dup":
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats()
    | st.text(max_size=20) | st.sampled_from(MARKUP),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=6,
)
