"""How bundle records map to cache columns: scalars as SQLite values, nested values as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import msgspec

from desktop_app.bundle.contract import FILES, FileSpec

_SCALARS = (
    msgspec.inspect.StrType,
    msgspec.inspect.IntType,
    msgspec.inspect.FloatType,
    msgspec.inspect.BoolType,
    msgspec.inspect.DateType,
    msgspec.inspect.DateTimeType,
    msgspec.inspect.LiteralType,
    msgspec.inspect.NoneType,
)
_SQL_TYPES = {
    msgspec.inspect.IntType: "INTEGER",
    msgspec.inspect.BoolType: "INTEGER",
    msgspec.inspect.FloatType: "REAL",
}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    is_json: bool  # nested value kept as JSON text (verbatim, unknown nested fields included)
    is_bool: bool = False  # stored as 0/1, exported as false/true


@cache
def columns_of(spec: FileSpec) -> tuple[Column, ...]:
    info = msgspec.inspect.type_info(spec.record_type)
    assert isinstance(info, msgspec.inspect.StructType)
    result = []
    for f in info.fields:
        kinds = (
            [t for t in f.type.types if not isinstance(t, msgspec.inspect.NoneType)]
            if isinstance(f.type, msgspec.inspect.UnionType)
            else [f.type]
        )
        scalar = all(isinstance(k, _SCALARS) for k in kinds)
        sql_type = "TEXT"
        if scalar and len(kinds) == 1:
            sql_type = _SQL_TYPES.get(type(kinds[0]), "TEXT")
        is_bool = scalar and len(kinds) == 1 and isinstance(kinds[0], msgspec.inspect.BoolType)
        result.append(Column(f.encode_name, sql_type, not scalar, is_bool))
    return tuple(result)


def spec_for_table(table: str) -> FileSpec:
    for spec in FILES:
        if spec.stem == table:
            return spec
    raise KeyError(table)
