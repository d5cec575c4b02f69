"""`import-esco`: the ESCO CSV download into the taxonomy file, all or nothing, clear errors."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.admin.commands import esco
from desktop_app.matching import taxonomy_store as store
from desktop_app.matching.esco_csv import language_code
from tests.matching.admin_cli import run_admin

FIXTURE = Path(__file__).parent / "fixtures" / "esco_small"
DEMO_ESCO = Path(__file__).resolve().parents[2] / "training" / "demo" / "data" / "esco"
A1 = "http://data.europa.eu/esco/occupation/a1"


def _import(directory: Path, taxonomy: Path) -> int:
    return run_admin(esco, ["import-esco", str(directory), "--taxonomy", str(taxonomy)])


def test_imports_every_language_and_multiline_labels(tmp_path: Path) -> None:
    taxonomy = tmp_path / "taxonomy.sqlite"
    assert _import(FIXTURE, taxonomy) == 0
    db = store.open_taxonomy(taxonomy, create=False)
    labels = store.occupation_labels(db)
    assert (A1, "timber framer", "en") in labels
    assert (A1, "snekker", "no") in labels  # occupations_nb.csv is Norwegian: "no"
    assert (A1, "bygningstømrer", "da") in labels
    b2 = [label for uri, label, lang in labels if uri.endswith("b2") and lang == "en"]
    assert b2 == ["healthcare assistant", "care assistant", "nursing assistant", "carer"]
    assert store.preferred_label(db, A1, "da") == "tømrer"
    assert store.preferred_label(db, A1, "nl") == "carpenter"  # falls back to English
    assert store.occupation_isco_codes(db)[A1] == "7115"
    assert (A1, "http://data.europa.eu/esco/skill/s1", True) in store.occupation_skills(db)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION


def test_reimport_updates_without_duplicates(tmp_path: Path) -> None:
    taxonomy = tmp_path / "taxonomy.sqlite"
    assert _import(FIXTURE, taxonomy) == 0
    assert _import(FIXTURE, taxonomy) == 0
    db = store.open_taxonomy(taxonomy)
    assert db.execute("SELECT count(*) FROM occupations").fetchone()[0] == 2
    assert len(store.occupation_skills(db)) == 4
    assert db.execute("SELECT count(*) FROM imports").fetchone()[0] == 2


def _broken_copy(tmp_path: Path, file_name: str, old: str, new: str) -> Path:
    folder = tmp_path / "broken"
    shutil.copytree(FIXTURE, folder)
    path = folder / file_name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("file_name", "old", "new", "expected"),
    [
        # line 5: the record after a three-line quoted altLabels field
        (
            "occupations_en.csv",
            "Occupation,http://data.europa.eu/esco/occupation/b2",
            "Occupation,",
            "occupations_en.csv:5:2: column conceptUri is empty",
        ),
        (
            "occupationSkillRelations_en.csv",
            "b2,essential",
            "b2,required",
            "occupationSkillRelations_en.csv:4:2: relationType 'required'",
        ),
        ("skills_en.csv", "preferredLabel,", "label,", "skills_en.csv:1: header lacks column"),
        (
            "occupationSkillRelations_en.csv",
            "skill/s3\n",
            "skill/s99\n",
            "occupationSkillRelations_en.csv:3: unknown skill http://data.europa.eu/esco/skill/s99",
        ),
    ],
)
def test_bad_input_names_file_line_column_and_imports_nothing(
    tmp_path: Path, capsys, file_name: str, old: str, new: str, expected: str
) -> None:
    taxonomy = tmp_path / "taxonomy.sqlite"
    assert _import(_broken_copy(tmp_path, file_name, old, new), taxonomy) == 1
    error = capsys.readouterr().err
    assert expected in error and "nothing was imported" in error
    with sqlite3.connect(taxonomy) as conn:
        for table in ("occupations", "skills", "labels", "occupation_skills", "imports"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_folder_without_occupations_is_refused(tmp_path: Path, capsys) -> None:
    assert _import(tmp_path, tmp_path / "t.sqlite") == 1
    assert "no occupations_<lang>.csv" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("tag", "code"), [("nb", "no"), ("nn-NO", "no"), ("da-DK", "da"), ("NL", "nl"), ("no", "no")]
)
def test_language_codes(tag: str, code: str) -> None:
    assert language_code(tag) == code


def test_demo_taxonomy_imports_with_demo_skills_marked(tmp_path: Path) -> None:
    if not (DEMO_ESCO / "occupations_en.csv").exists():
        pytest.skip("demo taxonomy not built yet")
    taxonomy = tmp_path / "taxonomy.sqlite"
    assert _import(DEMO_ESCO, taxonomy) == 0
    db = store.open_taxonomy(taxonomy)
    languages = {lang for _, _, lang in store.occupation_labels(db)}
    assert {"en", "da", "no", "nl"} <= languages
    statuses = {
        row[0]
        for row in db.execute(
            "SELECT status FROM skills WHERE uri LIKE 'urn:wayfinder:demo:skill:%'"
        )
    }
    assert statuses == {"demo"}
