"""The taxonomy's occupation labels in every language we have, grouped by concept URI.

Training pairs come only from label sets (`corpus_elements.tsv` + `concept_mapping.tsv` in the
MELO format, or an ESCO CSV download read by `desktop_app.matching.esco_csv`): never from
queries or relevance judgements. The default sources are the ESCO labels in the shared
reference data (`../shared/data`, MIT licence, from ESCO via MELO): Danish, Dutch and English
(the corpora of the MELO sets) and Norwegian and Swedish (`esco-labels/`).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from desktop_app.matching import melo_files

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
# (language, folder with corpus_elements.tsv + concept_mapping.tsv), relative to shared data
DEFAULT_SOURCES: tuple[tuple[str, str], ...] = (
    ("da", "melo/dnk_q_da_c_da"),
    ("nl", "melo/nld_q_nl_c_nl"),
    ("en", "melo/dnk_q_da_c_en"),
    ("no", "esco-labels/no"),
    ("sv", "esco-labels/sv"),
)


@dataclass(frozen=True)
class Concept:
    uri: str
    labels: dict[str, tuple[str, ...]]  # language -> labels, preferred label first


def read_label_folder(folder: Path) -> list[tuple[str, str]]:
    """(concept URI, label) in file order from a MELO-format label folder."""
    corpus = melo_files.read_pairs(folder / "corpus_elements.tsv")
    mapping = dict(melo_files.read_pairs(folder / "concept_mapping.tsv"))
    missing = [element for element, _ in corpus if element not in mapping]
    if missing:
        raise melo_files.MeloFormatError(
            f"{folder / 'concept_mapping.tsv'}: no concept for element {missing[0]!r}"
        )
    return [(mapping[element], label) for element, label in corpus if label.strip()]


def load_concepts(
    sources: tuple[tuple[str, str], ...] = DEFAULT_SOURCES, root: Path = SHARED_DATA
) -> list[Concept]:
    """Concepts sorted by URI, each with its distinct labels per language in file order."""
    by_uri: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for language, relative in sources:
        for uri, label in read_label_folder(root / relative):
            labels = by_uri[uri].setdefault(language, [])
            if label not in labels:
                labels.append(label)
    return [
        Concept(uri, {lang: tuple(labels) for lang, labels in sorted(by_uri[uri].items())})
        for uri in sorted(by_uri)
    ]


def fingerprint(sources: tuple[tuple[str, str], ...], root: Path = SHARED_DATA) -> dict[str, str]:
    """SHA-256 of every file read, for the encoder's card (which data made it)."""
    out: dict[str, str] = {}
    for _, relative in sources:
        for name in ("corpus_elements.tsv", "concept_mapping.tsv"):
            path = root / relative / name
            out[f"{relative}/{name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out
