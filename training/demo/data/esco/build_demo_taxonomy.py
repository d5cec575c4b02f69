"""Build the curated demo ESCO taxonomy CSVs from the hand-curated sources in ``source/``.

Run centrally (needs the MELO copy of ESCO labels in ``../shared/data/melo``):
    .venv/bin/python training/demo/data/esco/build_demo_taxonomy.py

The output is written in the official ESCO v1.2 CSV download format (same file names, header rows,
quoting) so the ordinary ``import-esco`` path reads it. Danish and Dutch occupation and ISCO labels
are official ESCO labels taken from MELO; everything marked DEMO is hand-written (see README.md).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
PROJECT_ROOT = HERE.parents[3]
MELO = PROJECT_ROOT.parent / "shared" / "data" / "melo"
LANGS = ("en", "da", "no", "nl")

OCC_HEADER = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels",
              "hiddenLabels", "status", "modifiedDate", "regulatedProfessionNote", "scopeNote",
              "definition", "inScheme", "description", "code"]
SKILL_HEADER = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
                "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition",
                "inScheme", "description"]
REL_HEADER = ["occupationUri", "relationType", "skillType", "skillUri"]
ISCO_HEADER = ["conceptType", "conceptUri", "code", "preferredLabel", "status", "altLabels",
               "inScheme", "description"]

OCC_BASE = "http://data.europa.eu/esco/occupation/"
ISCO_BASE = "http://data.europa.eu/esco/isco/C"
DEMO_SKILL_BASE = "urn:wayfinder:demo:skill:"
DEMO_SCHEME = "urn:wayfinder:demo:not-official-esco"
OCC_SCHEMES = ("http://data.europa.eu/esco/concept-scheme/occupations,\n"
               "http://data.europa.eu/esco/concept-scheme/member-occupations")
ISCO_SCHEMES = ("http://data.europa.eu/esco/concept-scheme/isco,\n"
                "http://data.europa.eu/esco/concept-scheme/occupations")
SKILL_TYPES = {"S": "skill/competence", "K": "knowledge"}
REUSE = {"T": "transversal", "C": "cross-sector", "SS": "sector-specific",
         "O": "occupation-specific"}
MAX_ALT = 8  # MELO lists up to ~40 variants; a demo needs only the common ones


def _lines(name: str) -> list[list[str]]:
    rows = []
    for raw in (SOURCE / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.lstrip().startswith("#"):
            rows.append([part.strip() for part in raw.split("|")])
    return rows


def _labels(field: str) -> list[str]:
    return [label.strip() for label in field.split(" / ") if label.strip()]


def load_melo_labels() -> dict[str, dict[str, list[str]]]:
    """Map ESCO URI → {"da": [preferred, alt...], "nl": [...]} from the two MELO sets."""
    out: dict[str, dict[str, list[str]]] = {}
    for folder, lang in (("dnk_q_da_c_da", "da"), ("nld_q_nl_c_nl", "nl")):
        labels = dict(line.rstrip("\n").split("\t") for line in
                      (MELO / folder / "corpus_elements.tsv").open(encoding="utf-8"))
        for line in sorted((MELO / folder / "concept_mapping.tsv").open(encoding="utf-8")):
            element, uri = line.rstrip("\n").split("\t")
            # element ids end in _000 for the preferred label, so sorting keeps it first
            out.setdefault(uri, {}).setdefault(lang, []).append(labels[element])
    return out


def _writer(path: Path, header: list[str]) -> tuple[object, csv.writer]:
    handle = path.open("w", encoding="utf-8", newline="")
    writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(header)
    return handle, writer


def build(out_dir: Path = HERE) -> dict[str, int]:
    melo = load_melo_labels()
    skills = _lines("skills.txt")
    occupations = _lines("occupations.txt")
    isco = _lines("isco_labels.txt")
    skill_type = {row[0]: SKILL_TYPES[row[1]] for row in skills}

    used_isco: set[str] = set()
    for row in occupations:
        unit = row[2]
        used_isco.update(unit[:n] for n in range(1, 5))
    isco_rows = [row for row in isco if row[0] in used_isco]
    missing = used_isco - {row[0] for row in isco_rows}
    if missing:
        raise SystemExit(f"isco_labels.txt lacks groups {sorted(missing)}")

    for lang in LANGS:
        handle, writer = _writer(out_dir / f"occupations_{lang}.csv", OCC_HEADER)
        with handle:
            for _key, uuid, unit, en, no, *_ in occupations:
                uri = OCC_BASE + uuid
                labels = {"en": [en], "no": _labels(no)} | {
                    code: melo[uri][code][: MAX_ALT + 1] for code in ("da", "nl")}
                pref, *alts = labels[lang]
                writer.writerow(["Occupation", uri, unit, pref, "\n".join(alts), "", "released",
                                 "", "", "", "", OCC_SCHEMES, "", ""])
        handle, writer = _writer(out_dir / f"ISCOGroups_{lang}.csv", ISCO_HEADER)
        with handle:
            for code, en, no in isco_rows:
                uri = ISCO_BASE + code
                label = {"en": en, "no": no, "da": melo[uri]["da"][0], "nl": melo[uri]["nl"][0]}
                writer.writerow(["ISCOGroup", uri, code, label[lang], "released", "",
                                 ISCO_SCHEMES, ""])
        handle, writer = _writer(out_dir / f"skills_{lang}.csv", SKILL_HEADER)
        with handle:
            column = 3 + LANGS.index(lang)
            for row in skills:
                pref, *alts = _labels(row[column])
                description = (f"DEMO — not official ESCO. Hand-written demo skill "
                               f"'{_labels(row[3])[0]}' for the Wayfinder demo municipality.")
                writer.writerow(["KnowledgeSkillCompetence", DEMO_SKILL_BASE + row[0],
                                 skill_type[row[0]], REUSE[row[2]], pref, "\n".join(alts), "",
                                 "demo", "", "", "", DEMO_SCHEME, description])

    handle, writer = _writer(out_dir / "occupationSkillRelations_en.csv", REL_HEADER)
    relations = 0
    with handle:
        for key, uuid, _unit, _en, _no, essential, optional in occupations:
            for relation, field in (("essential", essential), ("optional", optional)):
                for slug in [s.strip() for s in field.split(",") if s.strip()]:
                    if slug not in skill_type:
                        raise SystemExit(f"occupation {key}: unknown skill {slug!r}")
                    writer.writerow([OCC_BASE + uuid, relation, skill_type[slug],
                                     DEMO_SKILL_BASE + slug])
                    relations += 1

    by_key = {row[0]: OCC_BASE + row[1] for row in occupations}
    handle, writer = _writer(out_dir.parent / "title_variants.csv",
                             ["occupation_uri", "lang", "title"])
    variants = 0
    with handle:
        for key, lang, title in _lines("title_variants.txt"):
            if key not in by_key:
                raise SystemExit(f"title_variants.txt: unknown occupation key {key!r}")
            writer.writerow([by_key[key], lang, title])
            variants += 1
    return {"occupations": len(occupations), "skills": len(skills), "isco_groups": len(isco_rows),
            "relations": relations, "title_variants": variants}


if __name__ == "__main__":
    print(build(), file=sys.stdout)
