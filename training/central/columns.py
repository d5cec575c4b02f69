"""How each contract field is stored in Parquet, derived from the contract's own record types.

Scalars keep their type (strings, integers, floats, booleans; dates as `date32`). Nested values
(language lists, skills, attributes, prerequisites, an assessment's free-typed value) are kept
as their JSON text, so they read back exactly as the JSON Lines bundle had them. Fields the
contract does not know go, per row, into one JSON column `_extra` (lossless, like the import).
Absent and null are the same thing in Parquet: a row read back has no key for either.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import msgspec
import pyarrow as pa

from desktop_app.bundle.contract import FileSpec

EXTRA = "_extra"
PLAIN, DATE, JSON = "plain", "date", "json"

_SCALARS: dict[type, pa.DataType] = {
    msgspec.inspect.StrType: pa.string(),
    msgspec.inspect.IntType: pa.int64(),
    msgspec.inspect.FloatType: pa.float64(),
    msgspec.inspect.BoolType: pa.bool_(),
}


@dataclass(frozen=True)
class Column:
    name: str
    arrow_type: pa.DataType
    kind: str  # PLAIN | DATE | JSON


def _column(name: str, field_type: msgspec.inspect.Type) -> Column:
    if isinstance(field_type, msgspec.inspect.UnionType):
        kinds = [t for t in field_type.types if not isinstance(t, msgspec.inspect.NoneType)]
        if len(kinds) == 1:
            field_type = kinds[0]
    if isinstance(field_type, msgspec.inspect.DateType):
        return Column(name, pa.date32(), DATE)
    if isinstance(field_type, msgspec.inspect.LiteralType) and all(
            isinstance(v, str) for v in field_type.values):
        return Column(name, pa.string(), PLAIN)
    for scalar, arrow_type in _SCALARS.items():
        if isinstance(field_type, scalar):
            return Column(name, arrow_type, PLAIN)
    return Column(name, pa.string(), JSON)


@cache
def columns_of(spec: FileSpec) -> tuple[Column, ...]:
    info = msgspec.inspect.type_info(spec.record_type)
    assert isinstance(info, msgspec.inspect.StructType)
    fields = tuple(_column(f.encode_name, f.type) for f in info.fields)
    return (*fields, Column(EXTRA, pa.string(), JSON))


def arrow_schema(spec: FileSpec) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow_type) for c in columns_of(spec)])


_encoder = msgspec.json.Encoder()


def to_arrow(spec: FileSpec, rows: list[dict[str, Any]]) -> pa.Table:
    """Contract rows (as the bundle reader returns them) -> an Arrow table of this file."""
    known = {c.name for c in columns_of(spec)}
    arrays = []
    for column in columns_of(spec):
        if column.name == EXTRA:
            values = [_extra(row, known) for row in rows]
        elif column.kind == JSON:
            values = [None if (v := row.get(column.name)) is None else _encoder.encode(v).decode()
                      for row in rows]
        else:
            values = [row.get(column.name) for row in rows]
        if column.kind == DATE:
            arrays.append(pa.array(values, pa.string()).cast(pa.date32()))
        else:
            arrays.append(pa.array(values, column.arrow_type))
    return pa.Table.from_arrays(arrays, schema=arrow_schema(spec))


def _extra(row: dict[str, Any], known: set[str]) -> str | None:
    unknown = {k: v for k, v in row.items() if k not in known}
    return _encoder.encode(unknown).decode() if unknown else None


def from_arrow(spec: FileSpec, table: pa.Table) -> list[dict[str, Any]]:
    """The inverse of `to_arrow`: rows as the JSON Lines reader would give them (dates as ISO
    text, nested values decoded), with absent and null fields left out."""
    names, lists = [], []
    by_name = {c.name: c for c in columns_of(spec)}
    for name in table.column_names:
        column = by_name.get(name)
        if column is None:
            continue
        data = table.column(name)
        if column.kind == DATE:
            values = data.cast(pa.string()).to_pylist()
        elif column.kind == JSON:
            values = [None if v is None else msgspec.json.decode(v) for v in data.to_pylist()]
        else:
            values = data.to_pylist()
        names.append(name)
        lists.append(values)
    rows = []
    extra_at = names.index(EXTRA) if EXTRA in names else -1
    for values in zip(*lists, strict=True):
        row = {k: v for k, v in zip(names, values, strict=True) if v is not None}
        if extra_at >= 0 and values[extra_at] is not None:
            del row[EXTRA]
            row.update(values[extra_at])
        rows.append(row)
    return rows
