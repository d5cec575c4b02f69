"""Convert between bundle records (JSON objects) and cache rows, in both directions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from desktop_app.bundle.contract import FileSpec
from desktop_app.cache.columns import Column, columns_of

_encode = msgspec.json.encode
_decode = msgspec.json.decode

# Nordic letters that FTS5's diacritic folding leaves alone, with how people type them.
_NORDIC = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A"})
_NORDIC_LONG = str.maketrans({"ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa"})


def search_name(record: dict[str, Any]) -> str | None:
    """Spellings of the name as typed on any keyboard: 'Sørensen' -> 'Sorensen Soerensen'."""
    name = record.get("name")
    if not isinstance(name, str):
        return None
    variants = {name.translate(_NORDIC), name.translate(_NORDIC_LONG)} - {name}
    return " ".join(sorted(variants)) or None


# Columns the cache derives from a record (not part of the contract, never exported).
DERIVED: dict[str, dict[str, Callable[[dict[str, Any]], Any]]] = {
    "citizens": {"search_name": search_name},
}


def row_builder(spec: FileSpec) -> Callable[[dict[str, Any], int], tuple[Any, ...]]:
    """Return a function turning one record into the tuple for `upsert_sql(spec)`."""
    columns = columns_of(spec)
    names = [c.name for c in columns]
    known = frozenset(names)
    json_names = frozenset(c.name for c in columns if c.is_json)
    derived = tuple(DERIVED.get(spec.stem, {}).values())

    json_positions = tuple(i for i, name in enumerate(names) if name in json_names)

    def build(record: dict[str, Any], import_id: int) -> tuple[Any, ...]:
        if not json_positions and not derived and record.keys() <= known:
            return (*map(record.get, names), None, import_id)  # the common, flat case
        values = list(map(record.get, names))  # map/get in C: this runs millions of times
        for i in json_positions:
            if values[i] is not None:
                values[i] = _encode(values[i]).decode()
        extra = None
        if not record.keys() <= known:
            extra = _encode({k: v for k, v in record.items() if k not in known}).decode()
        values.append(extra)
        values.append(import_id)
        if derived:
            values.extend([derive(record) for derive in derived])
        return tuple(values)

    return build


def upsert_sql(spec: FileSpec) -> str:
    """INSERT ... ON CONFLICT DO UPDATE: a newer bundle updates a record in place by its key,
    and only when something in it changed.

    (Not INSERT OR REPLACE, which would delete the row and cascade to its children.)
    """
    names = [c.name for c in columns_of(spec)] + ["extra", "import_id"]
    names += list(DERIVED.get(spec.stem, {}))
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n not in spec.key)
    key = ", ".join(f'"{k}"' for k in spec.key)
    # a record that is the same as the row is left alone (and not counted as updated)
    compared = [n for n in names if n not in spec.key and n != "import_id"]
    ours = ", ".join(f'"{n}"' for n in compared)
    theirs = ", ".join(f'excluded."{n}"' for n in compared)
    same = f"({ours}) IS NOT ({theirs})" if len(compared) > 1 else f"{ours} IS NOT {theirs}"
    return (
        f'INSERT INTO "{spec.stem}" ({quoted}) VALUES ({marks}) '
        f"ON CONFLICT ({key}) DO UPDATE SET {updates} WHERE {same}"
    )


def select_sql(spec: FileSpec, where: str = "") -> str:
    names = [c.name for c in columns_of(spec)] + ["extra"]
    quoted = ", ".join(f'"{n}"' for n in names)
    order = ", ".join(f'"{k}"' for k in spec.key)
    return f'SELECT {quoted} FROM "{spec.stem}" {where} ORDER BY {order}'


def record_from_row(spec: FileSpec, row: Sequence[Any]) -> dict[str, Any]:
    """The bundle record for a row of `select_sql(spec)`; absent and null fields are omitted."""
    columns: tuple[Column, ...] = columns_of(spec)
    record: dict[str, Any] = {}
    for column, value in zip(columns, row, strict=False):
        if value is None:
            continue
        if column.is_json:
            value = _decode(value)
        elif column.is_bool:
            value = bool(value)
        record[column.name] = value
    extra = row[len(columns)]
    if extra:
        record.update(_decode(extra))
    return record
