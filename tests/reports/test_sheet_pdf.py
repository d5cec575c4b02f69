"""Each of the nine languages as a real PDF, checked with poppler's tools."""

from __future__ import annotations

import re
import unicodedata

import pytest

from desktop_app.reports.catalog import load_catalog
from tests.reports import pdftools
from tests.reports.conftest import LANGUAGES

_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u0652]")


def normalise(text: str) -> str:
    """Whitespace collapsed, bidi marks and Arabic vowel marks (not drawn) removed; NFKC, as
    an Arabic ligature glyph (lam-alef) is extracted as its one compatibility character."""
    return " ".join(_BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text)).split())


def words_only(text: str) -> str:
    return " ".join(re.findall(r"\w+", normalise(text)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdftotext_finds_the_required_content(rendered, lang):
    sheet, export, path = rendered[lang]
    found = normalise(pdftools.text(path))
    catalog = load_catalog(lang)
    required = [sheet.title, sheet.document_id, export.content_sha256]
    required += [catalog.text(k) for k in ("h_who", "h_reasons", "h_reliability", "h_change",
                                           "h_data", "h_fair", "h_rights")]
    if sheet.direction == "ltr":  # whole sentences, incl. natural frequencies
        required += [p.text for key in ("who_decided", "reliability", "rights")
                     for p in sheet.section(key).passages]
    else:  # right-to-left: the logical text of short passages
        required += [p.text for p in sheet.section("reliability").passages
                     if p.kind == "para" and not re.search(r"\d", p.text)]
    if sheet.direction == "rtl":  # poppler places neutral punctuation by its own bidi pass
        found = words_only(found)
        required = [words_only(t) for t in required]
    for text in required:
        assert normalise(text) in found, f"{lang}: {text!r} not in the text layer"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_font_is_embedded_and_no_base14_font_is_used(rendered, lang):
    rows = pdftools.fonts(rendered[lang][2])
    assert rows
    for row in rows:
        name, emb = row[0], row[-5]
        assert emb == "yes", f"{lang}: font {name} is not embedded"
        assert "Helvetica" not in name and "Times" not in name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_at_most_two_pages_tagged_with_a_structure_tree(rendered, lang):
    path = rendered[lang][2]
    info = pdftools.info(path)
    assert int(info["Pages"]) <= 2
    assert info["Tagged"] == "yes"
    assert info["Page size"].endswith("(A4)")
    assert info["Title"] == rendered[lang][0].title
    tree = pdftools.struct_text(path)
    assert tree.startswith("Document")
    for tag in ("H1 (block)", "H2 (block)", "P (block)", "L (block)", "LI (block)", "LBody"):
        assert tag in tree, f"{lang}: {tag} missing in the structure tree"
    # Page furniture is an artifact, so it is not in the structure tree.
    assert load_catalog(lang).text("header") not in tree


def test_structure_carries_document_and_passage_languages(rendered):
    import pikepdf

    _sheet, _export, path = rendered["so"]
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "so"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert bool(pdf.Root.MarkInfo.Marked)
        langs = {str(e.get("/Lang")) for e in pdf.Root.StructTreeRoot.K.K if "/Lang" in e}
        xmp = pdf.Root.Metadata.read_bytes().decode()
    assert {"so", "en"} <= langs  # texts awaiting a Somali translator are tagged English
    assert "<rdf:li>so</rdf:li>" in xmp and "pdfuaid:part" in xmp


def test_header_and_footer_are_artifacts(rendered):
    import pikepdf

    with pikepdf.open(rendered["en"][2]) as pdf:
        content = pdf.pages[0].Contents.read_bytes() if not isinstance(
            pdf.pages[0].Contents, pikepdf.Array) else b"".join(
            s.read_bytes() for s in pdf.pages[0].Contents)
    assert b"/Artifact <</Type /Pagination /Subtype /Header>> BDC" in content
    assert b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC" in content
