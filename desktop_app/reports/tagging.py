"""PDF post-pass with pikepdf: structure tree, languages, metadata, fixed dates, embedded content.

reportlab writes marked content with MCIDs (see flowables.py); this pass builds the logical
structure from the recorded tags: Document > H1/H2/P and L > LI > LBody, each element with its
/Lang, a ParentTree, /MarkInfo, the document /Lang, DisplayDocTitle, XMP metadata, and
/CreationDate from the sheet's date. The canonical content is attached as `sheet-content.json`.
Saved with a deterministic /ID, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import defaultdict
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from desktop_app.reports.flowables import TagRecord
from desktop_app.reports.sheet import ExplanationSheet

PRODUCER = "Wayfinder explanation sheet (reportlab, pikepdf)"
ATTACHMENT = "sheet-content.json"


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2,4})> <([0-9A-Fa-f]{4})>")


def _is_presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def _base_letters(match: re.Match[bytes]) -> bytes:
    code = int(match.group(2), 16)
    if not _is_presentation_form(code):
        return match.group(0)
    base = unicodedata.normalize("NFKC", chr(code))
    if len(base) > 1:
        # A ligature glyph (lam-alef, "Allah") keeps its own compatibility character: one
        # glyph, one character, so text read in content order (the structure) and text read
        # by position (right to left) agree; NFKC gives its letters. The passage's /ActualText
        # carries the plain letters.
        return match.group(0)
    hex_units = base.encode("utf-16-be").hex().upper().encode()
    return b"<" + match.group(1) + b"> <" + hex_units + b">"


def logical_to_unicode(pdf: pikepdf.Pdf) -> None:
    """Map shaped Arabic glyphs (presentation forms) back to base letters in /ToUnicode.

    With this map and the logical drawing order, the structure (what screen readers read) and
    search get the ordinary letters in logical order; passages with right-to-left text also
    carry /ActualText (checked with poppler's pdftotext and `pdfinfo -struct-text`).
    """
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            cmap = font.get("/ToUnicode")
            if cmap is None or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            data = cmap.read_bytes()
            mapped = _BFCHAR.sub(_base_letters, data)
            if mapped != data:
                cmap.write(mapped)


def _pdf_date(iso_date: str) -> str:
    return f"D:{iso_date.replace('-', '')}000000Z"


def _xmp(sheet: ExplanationSheet) -> bytes:
    stamp = f"{sheet.date}T00:00:00Z"
    title = escape(sheet.title)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{escape(sheet.lang)}</rdf:li></rdf:Bag></dc:language>
   <dc:creator><rdf:Seq><rdf:li>Wayfinder</rdf:li></rdf:Seq></dc:creator>
   <dc:identifier>{escape(sheet.document_id)}</dc:identifier>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
   <xmp:CreatorTool>Wayfinder</xmp:CreatorTool>
   <pdf:Producer>{PRODUCER}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _element(pdf: pikepdf.Pdf, tag: str, parent: Dictionary, lang: str | None,
             kids: object) -> Dictionary:
    elem = Dictionary(Type=Name.StructElem, S=Name("/" + tag), P=parent, K=kids)
    if lang:
        elem.Lang = String(lang)
    return pdf.make_indirect(elem)


def tag_pdf(raw: bytes, records: list[TagRecord], sheet: ExplanationSheet,
            canonical: bytes) -> bytes:
    pdf = pikepdf.open(io.BytesIO(raw))
    logical_to_unicode(pdf)
    root = pdf.Root
    tree = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    document = _element(pdf, "Document", tree, sheet.lang, Array())
    by_page: dict[int, dict[int, Dictionary]] = defaultdict(dict)
    current_list: Dictionary | None = None
    for record in records:
        page = pdf.pages[record.page - 1].obj
        ref = Dictionary(Type=Name.MCR, Pg=page, MCID=record.mcid)
        if record.tag == "LI":
            if current_list is None:
                current_list = _element(pdf, "L", document, None, Array())
                document.K.append(current_list)
            item = _element(pdf, "LI", current_list, record.lang, Array())
            body = _element(pdf, "LBody", item, None, Array([ref]))
            item.K.append(body)
            current_list.K.append(item)
            by_page[record.page - 1][record.mcid] = body
        else:
            current_list = None
            elem = _element(pdf, record.tag, document, record.lang, Array([ref]))
            document.K.append(elem)
            by_page[record.page - 1][record.mcid] = elem
    nums = Array()
    for index, page in enumerate(pdf.pages):
        page.obj.StructParents = index
        page.obj.Tabs = Name.S
        mcids = by_page.get(index, {})
        nums.append(index)
        nums.append(pdf.make_indirect(Array([mcids[m] for m in sorted(mcids)])))
    tree.K = document
    tree.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    tree.ParentTreeNextKey = len(pdf.pages)
    root.StructTreeRoot = tree
    root.MarkInfo = Dictionary(Marked=True)
    root.Lang = String(sheet.lang)
    root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    root.Metadata = pdf.make_stream(_xmp(sheet), Type=Name.Metadata, Subtype=Name.XML)
    stamp = _pdf_date(sheet.date)
    pdf.docinfo[Name.Title] = sheet.title
    pdf.docinfo[Name.Author] = "Wayfinder"
    pdf.docinfo[Name.Subject] = sheet.header
    pdf.docinfo[Name.Creator] = "Wayfinder"
    pdf.docinfo[Name.Producer] = PRODUCER
    pdf.docinfo[Name.CreationDate] = stamp
    pdf.docinfo[Name.ModDate] = stamp
    pdf.attachments[ATTACHMENT] = pikepdf.AttachedFileSpec(
        pdf, canonical, filename=ATTACHMENT, mime_type="application/json",
        description="canonical content of this sheet (its SHA-256 is printed on the sheet)",
        creation_date=stamp, mod_date=stamp,
    )
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()
