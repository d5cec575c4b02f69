"""Imports an ESCO CSV download into the taxonomy file, all or nothing.

Concepts are updated by URI; a language's labels of a concept are replaced by the file's; an
occupation's skill relations are replaced by those in the download (relation files of several
languages carry the same relations and are merged). Any error rolls the whole import back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from desktop_app.cache.connection import transaction
from desktop_app.matching.esco_csv import (
    EscoFile,
    EscoFormatError,
    find_files,
    read_rows,
    split_labels,
)

_CONCEPT_TABLES = {"occupations": "occupations", "skills": "skills", "ISCOGroups": "isco_groups"}
_SECOND_COLUMN = {"occupations": "isco_code", "skills": "skill_type", "isco_groups": "code"}


@dataclass
class ImportSummary:
    languages: set[str] = field(default_factory=set)
    concepts: dict[str, set[str]] = field(default_factory=dict)
    relations: int = 0

    def count(self, kind: str) -> int:
        return len(self.concepts.get(kind, ()))


def import_esco(db: sqlite_utils.Database, directory: Path) -> ImportSummary:
    """Import every ESCO file in `directory`; raises EscoFormatError (nothing written) on error."""
    files = find_files(directory)
    summary = ImportSummary()
    with transaction(db):
        for esco_file in files:
            if esco_file.kind in _CONCEPT_TABLES:
                _import_concepts(db, esco_file, summary)
        relation_files = [f for f in files if f.kind == "occupationSkillRelations"]
        if relation_files:
            _import_relations(db, relation_files, summary)
        db.execute(
            "INSERT INTO imports (imported_at, source, languages, occupations, skills, relations)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                str(directory),
                ",".join(sorted(summary.languages)),
                summary.count("occupations"),
                summary.count("skills"),
                summary.relations,
            ),
        )
    return summary


def _concept_row(kind: str, row: dict[str, str]) -> tuple[str, ...]:
    if kind == "occupations":
        return (row["conceptUri"], row["iscoGroup"], row["status"])
    if kind == "skills":
        return (row["conceptUri"], row["skillType"], row["status"])
    return (row["conceptUri"], row["code"], row["status"])


def _import_concepts(
    db: sqlite_utils.Database, esco_file: EscoFile, summary: ImportSummary
) -> None:
    table = _CONCEPT_TABLES[esco_file.kind]
    seen = summary.concepts.setdefault(esco_file.kind, set())
    in_this_file: set[str] = set()
    summary.languages.add(esco_file.language)
    for line, row in read_rows(esco_file):
        uri = row["conceptUri"]
        if uri in in_this_file:
            raise EscoFormatError(f"{esco_file.path}:{line}: concept {uri} appears twice")
        in_this_file.add(uri)
        seen.add(uri)
        second = _SECOND_COLUMN[table]
        db.execute(
            f"INSERT INTO {table} VALUES (?, ?, ?) ON CONFLICT (uri) DO UPDATE SET "
            f"{second} = excluded.{second}, status = excluded.status",
            _concept_row(esco_file.kind, row),
        )
        db.execute(
            "DELETE FROM labels WHERE concept_uri = ? AND language = ?", (uri, esco_file.language)
        )
        labels = [("preferred", row["preferredLabel"])]
        labels += [("alt", label) for label in split_labels(row.get("altLabels", ""))]
        labels += [("hidden", label) for label in split_labels(row.get("hiddenLabels", ""))]
        positions: dict[str, int] = {}
        for kind, label in labels:
            position = positions[kind] = positions.get(kind, -1) + 1
            db.execute(
                "INSERT INTO labels VALUES (?, ?, ?, ?, ?)",
                (uri, esco_file.language, kind, position, label),
            )


def _import_relations(
    db: sqlite_utils.Database, files: list[EscoFile], summary: ImportSummary
) -> None:
    known_occupations = {r[0] for r in db.execute("SELECT uri FROM occupations")}
    known_skills = {r[0] for r in db.execute("SELECT uri FROM skills")}
    relations: dict[tuple[str, str], str] = {}
    for esco_file in files:
        for line, row in read_rows(esco_file):
            occupation, skill = row["occupationUri"], row["skillUri"]
            for uri, known, what in (
                (occupation, known_occupations, "occupation"),
                (skill, known_skills, "skill"),
            ):
                if uri not in known:
                    raise EscoFormatError(
                        f"{esco_file.path}:{line}: unknown {what} {uri} (not in any "
                        f"{what}s_<lang>.csv of this download or the taxonomy)"
                    )
            key = (occupation, skill)
            # the same pair listed twice keeps the stronger relation
            if relations.get(key) != "essential":
                relations[key] = row["relationType"]
    occupations = {occupation for occupation, _ in relations}
    db.conn.executemany(
        "DELETE FROM occupation_skills WHERE occupation_uri = ?", [(o,) for o in occupations]
    )
    db.conn.executemany(
        "INSERT INTO occupation_skills VALUES (?, ?, ?)",
        [(o, s, relation) for (o, s), relation in relations.items()],
    )
    summary.relations = len(relations)
