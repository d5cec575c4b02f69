"""How each contract field is stored in Parquet, derived from the contract's own record types.

Scalars keep their type (strings, integers, floats, booleans; dates as Parquet dates). Nested
values (language lists, skills, attributes, prerequisites, an assessment's free-typed value)
are kept as their JSON text, so they read back exactly as the JSON Lines bundle had them.
Fields the contract does not know go, per row, into one JSON column `_extra` (lossless, like the
import). Absent and null are the same thing in Parquet: a row read back has no key for either.

Polars writes and reads the files: unlike pyarrow, pandas never imports it, so the laptop
app's pandas behaves the same in the central environment as in the shipped build.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import msgspec
import polars as pl

from desktop_app.bundle.contract import FileSpec

EXTRA = "_extra"
PLAIN, DATE, JSON = "plain", "date", "json"

_SCALARS: dict[type, Any] = {
    msgspec.inspect.StrType: pl.String,
    msgspec.inspect.IntType: pl.Int64,
    msgspec.inspect.FloatType: pl.Float64,
    msgspec.inspect.BoolType: pl.Boolean,
}


@dataclass(frozen=True)
class Column:
    name: str
    dtype: Any  # a polars data type
    kind: str  # PLAIN | DATE | JSON


def _column(name: str, field_type: msgspec.inspect.Type) -> Column:
    if isinstance(field_type, msgspec.inspect.UnionType):
        kinds = [t for t in field_type.types if not isinstance(t, msgspec.inspect.NoneType)]
        if len(kinds) == 1:
            field_type = kinds[0]
    if isinstance(field_type, msgspec.inspect.DateType):
        return Column(name, pl.Date, DATE)
    if isinstance(field_type, msgspec.inspect.LiteralType) and all(
            isinstance(v, str) for v in field_type.values):
        return Column(name, pl.String, PLAIN)
    for scalar, dtype in _SCALARS.items():
        if isinstance(field_type, scalar):
            return Column(name, dtype, PLAIN)
    return Column(name, pl.String, JSON)


@cache
def columns_of(spec: FileSpec) -> tuple[Column, ...]:
    info = msgspec.inspect.type_info(spec.record_type)
    assert isinstance(info, msgspec.inspect.StructType)
    fields = tuple(_column(f.encode_name, f.type) for f in info.fields)
    return (*fields, Column(EXTRA, pl.String, JSON))


_encoder = msgspec.json.Encoder()


def to_frame(spec: FileSpec, rows: list[dict[str, Any]]) -> pl.DataFrame:
    """Contract rows (as the bundle reader returns them) -> a frame of this file's columns."""
    known = {c.name for c in columns_of(spec)}
    series = []
    for column in columns_of(spec):
        if column.name == EXTRA:
            values: list[Any] = [_extra(row, known) for row in rows]
        elif column.kind == JSON:
            values = [None if (v := row.get(column.name)) is None else _encoder.encode(v).decode()
                      for row in rows]
        else:
            values = [row.get(column.name) for row in rows]
        if column.kind == DATE:
            text = pl.Series(column.name, values, dtype=pl.String)
            series.append(text.str.to_date("%Y-%m-%d", strict=True))
        else:
            series.append(pl.Series(column.name, values, dtype=column.dtype))
    return pl.DataFrame(series)


def _extra(row: dict[str, Any], known: set[str]) -> str | None:
    unknown = {k: v for k, v in row.items() if k not in known}
    return _encoder.encode(unknown).decode() if unknown else None


def from_frame(spec: FileSpec, frame: pl.DataFrame) -> list[dict[str, Any]]:
    """The inverse of `to_frame`: rows as the JSON Lines reader would give them (dates as ISO
    text, nested values decoded), with absent and null fields left out."""
    names, lists = [], []
    by_name = {c.name: c for c in columns_of(spec)}
    for name in frame.columns:
        column = by_name.get(name)
        if column is None:
            continue
        data = frame.get_column(name)
        if column.kind == DATE:
            values = data.dt.to_string("%Y-%m-%d").to_list()
        elif column.kind == JSON:
            values = [None if v is None else msgspec.json.decode(v) for v in data.to_list()]
        else:
            values = data.to_list()
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
