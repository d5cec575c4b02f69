"""Strict twins of the contract's record types: the same fields, unknown fields forbidden.

Decoding a whole file with the strict twin is a fast C-level proof that no record carries an
unknown field, so the slower per-record walk that names unknown fields runs only when needed.
"""

from __future__ import annotations

import types
import typing
from functools import cache
from typing import Any

import msgspec


def _rewrite(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return strict(annotation)
    origin = typing.get_origin(annotation)
    if origin is None:
        return annotation
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return typing.Annotated[_rewrite(args[0]), *args[1:]]
    if origin in (typing.Union, types.UnionType):
        rewritten = tuple(_rewrite(a) for a in args)
        return typing.Union[rewritten]  # noqa: UP007 - built from a tuple at run time
    return origin[tuple(_rewrite(a) for a in args)] if len(args) > 1 else origin[_rewrite(args[0])]


@cache
def strict(record_type: type[msgspec.Struct]) -> type[msgspec.Struct]:
    hints = typing.get_type_hints(record_type, include_extras=True)
    fields = []
    for info in msgspec.structs.fields(record_type):
        annotation = _rewrite(hints[info.name])
        name = info.name
        if info.required:
            fields.append((name, annotation, msgspec.field(name=info.encode_name)))
        else:
            fields.append(
                (name, annotation, msgspec.field(default=info.default, name=info.encode_name))
            )
    return msgspec.defstruct(
        f"Strict{record_type.__name__}", fields, kw_only=True, forbid_unknown_fields=True
    )
