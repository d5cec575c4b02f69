"""The explanation sheet's content model: plain-text passages in reading order, one language.

Everything printed in the body is a `Passage`; the renderer adds only page furniture (header,
footer, page numbers) as untagged artifacts. Canonical content (for the printed SHA-256) is
computed from this model alone, so the hash does not depend on fonts or layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PassageKind = Literal["title", "banner", "heading", "para", "item", "name", "small",
                      "integrity"]

# Passages that are prose for readability metrics (identifiers, names, the lists of data
# values and the legal fine print are not).
PROSE_KINDS = ("title", "banner", "heading", "para", "item")


@dataclass(frozen=True)
class Passage:
    kind: PassageKind
    text: str
    lang: str  # BCP 47 language of this passage (a programme name may differ from the sheet)


@dataclass(frozen=True)
class Section:
    key: str  # stable identifier, e.g. "who_decided", used by tests and the canonical form
    passages: tuple[Passage, ...]


@dataclass
class ExplanationSheet:
    lang: str
    direction: Literal["ltr", "rtl"]
    title: str
    is_proposal: bool
    citizen_id: str
    country: str
    model_version: str
    date: str  # ISO date the sheet is issued; also the PDF's creation date
    document_id: str
    sections: list[Section] = field(default_factory=list)
    header: str = ""  # page header text (artifact)
    footer: str = ""  # page footer text (artifact); "{page}" and "{pages}" filled per page
    translation_reviewed: bool = False
    demo_rights: bool = False
    content_sha256: str = ""  # filled by integrity.seal()

    def passages(self) -> list[Passage]:
        return [p for section in self.sections for p in section.passages]

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def plain_text(self) -> str:
        return "\n".join(p.text for p in self.passages())
