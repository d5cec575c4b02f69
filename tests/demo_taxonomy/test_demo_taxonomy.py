"""Checks the curated demo ESCO taxonomy in training/demo/data/esco against the ESCO CSV format.

Read with the stdlib csv module only, exactly as an ESCO v1.2 download would be read.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA = PROJECT_ROOT / "training" / "demo" / "data"
ESCO = DATA / "esco"
LANGS = ("en", "da", "no", "nl")

HEADERS = {
    "occupations": "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,"
    "modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code",
    "skills": "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,"
    "status,modifiedDate,scopeNote,definition,inScheme,description",
    "ISCOGroups": "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,"
    "description",
    "occupationSkillRelations": "occupationUri,relationType,skillType,skillUri",
}
OCCUPATION_URI = re.compile(
    r"^http://data\.europa\.eu/esco/occupation/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ISCO_URI = re.compile(r"^http://data\.europa\.eu/esco/isco/C(\d{1,4})$")
DEMO_SKILL_URI = re.compile(r"^urn:wayfinder:demo:skill:[a-z0-9]+(-[a-z0-9]+)*$")
DEMO_SCHEME = "urn:wayfinder:demo:not-official-esco"


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
        handle.seek(0)
        return header, list(csv.DictReader(handle))


def rows(kind: str, lang: str = "en") -> list[dict[str, str]]:
    return read(ESCO / f"{kind}_{lang}.csv")[1]


@pytest.mark.parametrize("kind", ["occupations", "skills", "ISCOGroups"])
@pytest.mark.parametrize("lang", LANGS)
def test_header_rows_are_exactly_esco(kind: str, lang: str) -> None:
    header, _ = read(ESCO / f"{kind}_{lang}.csv")
    assert ",".join(header) == HEADERS[kind], f"{kind}_{lang}.csv"


def test_relations_header_is_exactly_esco() -> None:
    header, _ = read(ESCO / "occupationSkillRelations_en.csv")
    assert ",".join(header) == HEADERS["occupationSkillRelations"]


@pytest.mark.parametrize("kind", ["occupations", "skills", "ISCOGroups"])
def test_same_concepts_in_every_language(kind: str) -> None:
    uris = {lang: [r["conceptUri"] for r in rows(kind, lang)] for lang in LANGS}
    for lang in LANGS:
        assert uris[lang] == uris["en"], f"{kind}_{lang}.csv differs from {kind}_en.csv"
        assert all(r["preferredLabel"].strip() for r in rows(kind, lang)), f"{kind}_{lang}"


def test_uris_are_well_formed_and_unique() -> None:
    occupations = [r["conceptUri"] for r in rows("occupations")]
    skills = [r["conceptUri"] for r in rows("skills")]
    groups = [r["conceptUri"] for r in rows("ISCOGroups")]
    for uris, pattern in ((occupations, OCCUPATION_URI), (skills, DEMO_SKILL_URI),
                          (groups, ISCO_URI)):
        bad = [u for u in uris if not pattern.match(u)]
        assert not bad, bad
        duplicated = [u for u, n in Counter(uris).items() if n > 1]
        assert not duplicated, duplicated
    assert 90 <= len(occupations) <= 130
    assert 150 <= len(skills) <= 250


def test_isco_codes_match_uris_and_every_iscogroup_exists() -> None:
    groups = rows("ISCOGroups")
    for group in groups:
        match = ISCO_URI.match(group["conceptUri"])
        assert match and match.group(1) == group["code"], group
    codes = {g["code"] for g in groups}
    for occupation in rows("occupations"):
        unit = occupation["iscoGroup"]
        assert re.fullmatch(r"\d{4}", unit), occupation
        missing = [unit[:n] for n in range(1, 5) if unit[:n] not in codes]
        assert not missing, (occupation["preferredLabel"], missing)


def test_every_hand_written_skill_is_marked_demo() -> None:
    for lang in LANGS:
        for skill in rows("skills", lang):
            where = f"skills_{lang}.csv {skill['conceptUri']}"
            assert skill["status"] == "demo", where
            assert skill["inScheme"] == DEMO_SCHEME, where
            assert skill["description"].startswith("DEMO — not official ESCO"), where
            assert skill["skillType"] in {"skill/competence", "knowledge"}, where
            assert skill["reuseLevel"] in {"transversal", "cross-sector", "sector-specific",
                                           "occupation-specific"}, where


def test_transversal_skills_programmes_can_teach_exist() -> None:
    labels = {r["preferredLabel"].lower() for r in rows("skills")}
    for needle in ("driving licence category b", "driving licence category c",
                   "driving licence category d", "forklift licence", "food hygiene",
                   "apply first aid", "work in a team", "provide customer service",
                   "use a computer", "speak danish", "speak norwegian", "speak dutch"):
        assert needle in labels, needle


def test_alt_labels_are_newline_separated_inside_one_field() -> None:
    text = (ESCO / "occupations_da.csv").read_text(encoding="utf-8")
    assert '"lagermedarbejder\nlagermedhjælper"' in text
    alts = [r["altLabels"] for r in rows("skills", "nl") if r["altLabels"]]
    assert alts and all("\n" in a or a for a in alts)
    assert any("\n" in a for a in alts)


def test_relations_refer_to_known_concepts_with_enough_skills() -> None:
    occupations = {r["conceptUri"] for r in rows("occupations")}
    skill_types = {r["conceptUri"]: r["skillType"] for r in rows("skills")}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    seen = set()
    for relation in rows("occupationSkillRelations"):
        key = (relation["occupationUri"], relation["skillUri"])
        assert key not in seen, f"duplicate relation {key}"
        seen.add(key)
        assert relation["occupationUri"] in occupations, relation
        assert relation["skillUri"] in skill_types, relation
        assert DEMO_SKILL_URI.match(relation["skillUri"]), relation
        assert relation["skillType"] == skill_types[relation["skillUri"]], relation
        assert relation["relationType"] in {"essential", "optional"}, relation
        counts[relation["occupationUri"]][relation["relationType"]] += 1
    for uri in occupations:
        assert 5 <= counts[uri]["essential"] <= 12, (uri, counts[uri])
        assert 3 <= counts[uri]["optional"] <= 8, (uri, counts[uri])


def test_skills_carry_across_isco_major_groups() -> None:
    """Alternatives outside the ISCO major group need skills shared across major groups."""
    major = {r["conceptUri"]: r["iscoGroup"][0] for r in rows("occupations")}
    majors_per_skill: dict[str, set[str]] = defaultdict(set)
    for relation in rows("occupationSkillRelations"):
        majors_per_skill[relation["skillUri"]].add(major[relation["occupationUri"]])
    shared = [s for s, m in majors_per_skill.items() if len(m) >= 3]
    assert len(shared) >= 20, len(shared)
    assert len(majors_per_skill["urn:wayfinder:demo:skill:customer-service"]) >= 4


def test_title_variants_refer_to_known_occupations() -> None:
    header, variants = read(DATA / "title_variants.csv")
    assert header == ["occupation_uri", "lang", "title"]
    occupations = {r["conceptUri"] for r in rows("occupations")}
    per_occupation: Counter[str] = Counter()
    for line, variant in enumerate(variants, start=2):
        assert variant["occupation_uri"] in occupations, f"title_variants.csv:{line}"
        assert variant["lang"] in {"da", "nb", "nl", "en", "sv"}, f"title_variants.csv:{line}"
        assert variant["title"].strip(), f"title_variants.csv:{line}"
        per_occupation[variant["occupation_uri"]] += 1
    for uri in occupations:
        assert 3 <= per_occupation[uri] <= 8, (uri, per_occupation[uri])


def test_data_stays_small() -> None:
    files = [*ESCO.glob("*.csv"), DATA / "title_variants.csv"]
    assert sum(f.stat().st_size for f in files) < 1_000_000
