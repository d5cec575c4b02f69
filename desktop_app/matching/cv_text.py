"""Plain text from a CV file the caseworker adds: .txt, .docx (zip + XML) or .pdf (pypdf).

Files are untrusted: sizes are capped and any parse failure becomes a CvReadError that names
the file and says what to do, never a traceback.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

MAX_BYTES = 20 * 1024 * 1024
MAX_XML_BYTES = 50 * 1024 * 1024  # a zip bomb inflating word/document.xml is refused
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class CvReadError(ValueError):
    """The CV file cannot be read; the message names it and suggests a fix."""


def read_cv(path: Path) -> str:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise CvReadError(f"{path}: file not found")
    if path.stat().st_size > MAX_BYTES:
        raise CvReadError(f"{path}: larger than {MAX_BYTES // 2**20} MB; save a smaller copy")
    readers = {".txt": _read_txt, ".docx": _read_docx, ".pdf": _read_pdf}
    reader = readers.get(suffix)
    if reader is None:
        raise CvReadError(f"{path}: unsupported file type {suffix!r}; use .txt, .docx or .pdf")
    return reader(path)


def _read_txt(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")  # old Windows exports


def _read_docx(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise CvReadError(f"{path}: the document is too large to read")
            root = ElementTree.fromstring(archive.read(info))
    except CvReadError:
        raise
    except Exception as error:  # a damaged archive fails in many ways (zlib, EOF, seek, ...)
        raise CvReadError(f"{path}: not a readable Word (.docx) document ({error})") from error
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{_W}tab", f"{_W}br"):
                parts.append(" ")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise CvReadError(f"{path}: the PDF is password-protected; save an unprotected copy")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except CvReadError:
        raise
    except PdfReadError as error:
        raise CvReadError(f"{path}: not a readable PDF ({error})") from error
    except Exception as error:  # pypdf raises many kinds of errors on hostile files
        problem = f"{type(error).__name__}: {error}"
        raise CvReadError(f"{path}: not a readable PDF ({problem})") from error
