"""Reads the official ESCO CSV download (v1.2.x) by column name, with file:line:column errors.

A download folder holds, per language, `occupations_<lang>.csv`, `skills_<lang>.csv`,
`ISCOGroups_<lang>.csv` and `occupationSkillRelations_<lang>.csv`. Releases add columns (e.g.
`naceCode`), so only the columns we use are required and the rest are ignored. `altLabels` and
`hiddenLabels` hold several labels separated by newlines inside one quoted field.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

KINDS: dict[str, tuple[str, ...]] = {
    "occupations": ("conceptUri", "iscoGroup", "preferredLabel", "altLabels", "status"),
    "skills": ("conceptUri", "skillType", "preferredLabel", "altLabels", "status"),
    "ISCOGroups": ("conceptUri", "code", "preferredLabel", "status"),
    "occupationSkillRelations": ("occupationUri", "relationType", "skillUri"),
}
OPTIONAL = ("hiddenLabels",)  # read when present
NON_EMPTY = {"conceptUri", "preferredLabel", "occupationUri", "relationType", "skillUri", "code"}
RELATION_TYPES = {"essential", "optional"}
_FILE_NAME = re.compile(r"^(?P<kind>[A-Za-z]+)_(?P<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\.csv$")


class EscoFormatError(ValueError):
    """The download does not look like ESCO's; the message names file, line and column."""


def language_code(tag: str) -> str:
    """ESCO language code for a BCP 47 tag: primary subtag, lower case; nb/nn -> no."""
    primary = re.split(r"[-_]", tag.strip())[0].lower()
    return "no" if primary in {"nb", "nn", "no"} else primary


@dataclass(frozen=True)
class EscoFile:
    kind: str
    language: str
    path: Path


def find_files(directory: Path) -> list[EscoFile]:
    """The ESCO files in `directory` (other files are ignored), in a stable order."""
    if not directory.is_dir():
        raise EscoFormatError(f"{directory}: not a folder")
    found: list[EscoFile] = []
    for path in sorted(directory.iterdir()):
        match = _FILE_NAME.match(path.name)
        if match and match["kind"] in KINDS and path.is_file():
            found.append(EscoFile(match["kind"], language_code(match["lang"]), path))
    if not any(f.kind == "occupations" for f in found):
        raise EscoFormatError(
            f"{directory}: no occupations_<lang>.csv found; expected the ESCO CSV download "
            "(occupations_en.csv, skills_en.csv, occupationSkillRelations_en.csv, ...)"
        )
    return found


def split_labels(cell: str) -> list[str]:
    """The labels of a multi-label cell (one per line), stripped, empty ones dropped."""
    return [label.strip() for label in cell.splitlines() if label.strip()]


def read_rows(esco_file: EscoFile) -> Iterator[tuple[int, dict[str, str]]]:
    """(line where the record starts, row by column name) for every record of the file."""
    required = KINDS[esco_file.kind]
    path = esco_file.path
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                raise EscoFormatError(f"{path}:1: the file is empty (no header row)")
            columns = {name.strip(): i for i, name in enumerate(header)}
            missing = [name for name in required if name not in columns]
            if missing:
                raise EscoFormatError(
                    f"{path}:1: header lacks column(s) {', '.join(missing)} "
                    f"(found: {', '.join(header)})"
                )
            while True:
                start = reader.line_num + 1
                try:
                    record = next(reader)
                except StopIteration:
                    return
                if not any(cell.strip() for cell in record):
                    continue
                yield start, _by_name(path, start, record, columns, required)
    except UnicodeDecodeError as error:
        raise EscoFormatError(f"{path}: not UTF-8 text ({error.reason})") from error
    except csv.Error as error:
        raise EscoFormatError(f"{path}: broken CSV ({error})") from error


def _by_name(
    path: Path, line: int, record: list[str], columns: dict[str, int], required: tuple[str, ...]
) -> dict[str, str]:
    row: dict[str, str] = {}
    for name in required:
        index = columns[name]
        value = record[index].strip() if index < len(record) else ""
        if not value and name in NON_EMPTY:
            raise EscoFormatError(f"{path}:{line}:{index + 1}: column {name} is empty")
        if name == "relationType" and value not in RELATION_TYPES:
            raise EscoFormatError(
                f"{path}:{line}:{index + 1}: relationType {value!r} is neither "
                "'essential' nor 'optional'"
            )
        row[name] = value
    for name in OPTIONAL:
        index = columns.get(name)
        if index is not None and index < len(record):
            row[name] = record[index].strip()
    return row
