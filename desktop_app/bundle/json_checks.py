"""Checks on bundle JSON that a decoder does not make: one meaning per byte, or a clear refusal.

- A byte-order mark or UTF-16 text is named as such (not "invalid character (byte 0)").
- A key repeated inside one JSON object is an error: decoders keep the last value silently,
  so the same line would mean different things to different programs (a repeated `id` once
  created one citizen and marked another as having left).
- Integers outside the 64-bit range and nesting deeper than `MAX_DEPTH` are refused with a
  message, instead of failing later in SQLite or in a recursive walk.

The whole-file checks run at C speed: a repeated key is found by counting key separators in
the raw bytes and in the decoded records encoded again (a dropped key loses its colon); the
bytes are reduced to their brackets (for the deepest nesting) and to a digit mask (for a run
of 19 digits), and only when one of those could break a limit are lines walked in Python.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import msgspec
import numpy as np

MAX_DEPTH = 64
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_LONG_NUMBER = re.compile(rb"\d{19}")
_BRACKETS = b"[]{}"
_NOT_BRACKETS = bytes(b for b in range(256) if b not in _BRACKETS)
_DIGIT_MASK = bytes(49 if 48 <= b <= 57 else 48 for b in range(256))  # digit -> "1", else "0"
_ESCAPED_COLONS = (b"\\u003a", b"\\u003A")
_encode = msgspec.json.encode

BOM_MESSAGES = (
    (b"\xef\xbb\xbf", "the file starts with a byte-order mark (BOM); the contract asks for "
     "UTF-8 without one: save it as 'UTF-8' (not 'UTF-8 with BOM')"),
    (b"\xff\xfe", "the file is UTF-16 text; the contract asks for UTF-8: save it as UTF-8"),
    (b"\xfe\xff", "the file is UTF-16 text; the contract asks for UTF-8: save it as UTF-8"),
)


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def encoding_problem(data: bytes) -> str | None:
    for mark, message in BOM_MESSAGES:
        if data.startswith(mark):
            return message
    return None


def _colons(data: bytes) -> int:
    colons = data.count(b":")
    if b"\\u003" in data:  # rare: only then count the escaped colons
        colons += sum(data.count(mark) for mark in _ESCAPED_COLONS)
    return colons


def keys_may_repeat(raw: bytes, decoded: Any) -> bool:
    """False when no object in `raw` repeats a key (exact); True means "check line by line".

    Every key separator of `raw` survives decoding unless its key was a repeat. Colons inside
    strings survive too, and an escaped colon (\\u003a) is counted as one; an escaped
    backslash before "u003a" is over-counted, which only ever asks for the line-by-line check.
    """
    return _colons(raw) != _encode(decoded).count(b":")


def repeated_key(line: bytes) -> str | None:
    """The first key repeated inside one object of `line`, else None."""

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
        return dict(pairs)

    try:
        json.loads(line, object_pairs_hook=pairs_hook)
    except DuplicateKey as found:
        return found.key
    except (ValueError, RecursionError):
        return None  # not for this check to say (the decoder reports invalid JSON)
    return None


def may_break_limits(line: bytes) -> bool:
    """Whether `line` could nest deeper than MAX_DEPTH or hold a number beyond 64 bits."""
    return (line.count(b"[") + line.count(b"{") > MAX_DEPTH
            or _LONG_NUMBER.search(line) is not None)


def limit_problem(value: Any) -> tuple[str, str] | None:
    """(field path, message) for the first value nested too deep or too large, else None."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            return where, f"nested more than {MAX_DEPTH} levels deep"
        if isinstance(item, bool):
            continue
        if isinstance(item, int) and not INT_MIN <= item <= INT_MAX:
            return where, "number too large (integers must fit in 64 bits)"
        if isinstance(item, dict):
            stack.extend((v, f"{where}.{k}" if where else str(k), depth + 1)
                         for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(item))
    return None


def line_problem(line: bytes, decoded: Any) -> tuple[str, str] | None:
    """(field path, message) when a decoded line breaks one of these checks, else None."""
    if keys_may_repeat(line, decoded):
        key = repeated_key(line)
        if key is not None:
            return key, (f"the key {key!r} appears twice in one object; each key may appear "
                         "only once (which value was meant is ambiguous)")
    if may_break_limits(line):
        return limit_problem(decoded)
    return None


def deepest_brackets(raw: bytes) -> int:
    """The deepest bracket nesting in `raw`, counting brackets inside strings too (so never
    less than the real JSON nesting; a bracket in a text only ever asks for a closer look)."""
    only = np.frombuffer(raw.translate(None, _NOT_BRACKETS), dtype=np.uint8)
    if only.size == 0:
        return 0
    steps = np.where((only == 91) | (only == 123), 1, -1).astype(np.int32)
    return int(np.cumsum(steps).max())


def has_long_digit_run(raw: bytes) -> bool:
    return b"1" * 19 in raw.translate(_DIGIT_MASK)


def file_is_clean(raw: bytes, chunks: Iterable[bytes], decoded: list[Any]) -> bool:
    """True when the whole file passes every check above (then no line needs a look)."""
    if keys_may_repeat(raw, decoded):
        return False
    if not has_long_digit_run(raw) and deepest_brackets(raw) <= MAX_DEPTH + 1:  # +1: the
        return True  # array the lines were joined into
    return all(not may_break_limits(chunk) or limit_problem(obj) is None
               for chunk, obj in zip(chunks, decoded, strict=True))
