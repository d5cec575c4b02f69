"""Read the curated demo ESCO taxonomy (training/demo/data) for the generator.

Files are in the official ESCO CSV format and are read by column name, so the taxonomy's
authors can add columns. Title variants (`title_variants.csv`: occupation_uri, lang, title)
supply the free-text job titles that citizens and employers write.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
ESCO_DIR = DATA_DIR / "esco"
TITLE_VARIANTS = DATA_DIR / "title_variants.csv"

# ESCO's code for Norwegian is "no"; citizens write nb/nn.
ESCO_LANG = {"nb": "no", "nn": "no"}


@dataclass
class DemoTaxonomy:
    occupations: list[str]  # sorted URIs
    occupation_labels: dict[str, dict[str, str]]  # lang -> uri -> preferred label
    isco: dict[str, str]  # uri -> ISCO group code
    skills: list[str]  # sorted URIs
    skill_labels: dict[str, dict[str, str]]  # lang -> uri -> preferred label
    relations: dict[str, list[tuple[str, bool]]]  # occupation uri -> [(skill uri, essential)]
    titles: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (uri, lang)

    def label(self, uri: str, lang: str) -> str:
        """Occupation label in `lang` (nb/nn map to ESCO's `no`), falling back to English."""
        labels = self.occupation_labels.get(ESCO_LANG.get(lang, lang), {})
        return labels.get(uri) or self.occupation_labels.get("en", {}).get(uri, uri)

    def skill_label(self, uri: str, lang: str) -> str:
        labels = self.skill_labels.get(ESCO_LANG.get(lang, lang), {})
        return labels.get(uri) or self.skill_labels.get("en", {}).get(uri, uri)

    def title_choices(self, uri: str, lang: str) -> list[str]:
        """Free-text titles for an occupation in a language (variants, else the label)."""
        for key in (lang, ESCO_LANG.get(lang, lang)):
            if (uri, key) in self.titles:
                return self.titles[(uri, key)]
        return [self.label(uri, lang)]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_taxonomy(esco_dir: Path = ESCO_DIR, title_file: Path = TITLE_VARIANTS) -> DemoTaxonomy:
    """Load every `occupations_<lang>.csv`/`skills_<lang>.csv` and the English relations."""
    occ_labels: dict[str, dict[str, str]] = {}
    isco: dict[str, str] = {}
    for path in sorted(esco_dir.glob("occupations_*.csv")):
        lang = path.stem.split("_", 1)[1]
        rows = _read(path)
        occ_labels[lang] = {r["conceptUri"]: r["preferredLabel"] for r in rows}
        for r in rows:
            isco.setdefault(r["conceptUri"], r.get("iscoGroup") or r.get("code") or "")
    skill_labels: dict[str, dict[str, str]] = {}
    for path in sorted(esco_dir.glob("skills_*.csv")):
        lang = path.stem.split("_", 1)[1]
        skill_labels[lang] = {r["conceptUri"]: r["preferredLabel"] for r in _read(path)}
    relations: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    rel_path = esco_dir / "occupationSkillRelations_en.csv"
    if rel_path.exists():
        for r in _read(rel_path):
            relations[r["occupationUri"]].append(
                (r["skillUri"], r["relationType"].strip() == "essential")
            )
    titles: dict[tuple[str, str], list[str]] = defaultdict(list)
    if title_file.exists():
        for r in _read(title_file):
            if r.get("title"):
                titles[(r["occupation_uri"], r["lang"])].append(r["title"].strip())
    occupations = sorted(occ_labels.get("en", {}) or next(iter(occ_labels.values()), {}))
    if not occupations:
        raise FileNotFoundError(f"no occupations_<lang>.csv with rows in {esco_dir}")
    skills = sorted({uri for labels in skill_labels.values() for uri in labels})
    return DemoTaxonomy(
        occupations=occupations,
        occupation_labels=occ_labels,
        isco=isco,
        skills=skills,
        skill_labels=skill_labels,
        relations={k: sorted(v) for k, v in relations.items()},
        titles={k: sorted(set(v)) for k, v in titles.items()},
    )
