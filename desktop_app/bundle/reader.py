"""Read a bundle folder and validate every line against the contract.

Valid files take a fast path (the whole file decoded and validated in two msgspec calls); only
a file with an error is re-read line by line to name every error by file, line and field.
Records are returned as the JSON objects of their lines, so unknown fields (top level and
nested) are kept verbatim for a lossless import/export round trip.

What the folder may hold (regular files only, never followed) is `bundle.folder`'s job; the
JSON checks a decoder does not make (repeated keys, byte-order marks, limits) are in
`bundle.json_checks`. A file the contract adds (e.g. contract 1.1's caseworkers.jsonl) needs
only its `FileSpec` in `bundle.contract`: scanning, reading and checking follow from it.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from desktop_app.bundle import json_checks
from desktop_app.bundle.contract import FILES, REQUIRED_FILES, FileSpec, Manifest
from desktop_app.bundle.folder import (
    MANIFEST,
    MAX_KEPT_FILE_BYTES,
    FolderScan,
    UnsafeFile,
    open_regular_file,
    read_regular_file,
    scan_folder,
)
from desktop_app.bundle.issues import MAX_REPORTED_ERRORS, BundleError, BundleIssue
from desktop_app.bundle.strict import strict

Progress = Callable[[str, int, int], None]
_PATH = re.compile(r"^\$(?:\[(\d+)\])?\.?(.*)$")
# A file is read, validated and imported this many bytes of whole lines at a time.
SLICE_BYTES = 8 << 20
_CheckedSlice = tuple[FileSpec, "list[dict[str, Any]] | None", list[int], list[BundleIssue],
                      list[BundleIssue]]


@dataclass
class Bundle:
    """A whole bundle read and validated into memory (training, tests, small imports)."""

    path: Path
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    lines: dict[str, list[int]]  # line number of each record, parallel to `records`
    unknown_fields: list[BundleIssue] = field(default_factory=list)
    unknown_files: dict[str, bytes] = field(default_factory=dict)
    errors: list[BundleIssue] = field(default_factory=list)  # always empty once read

    def count(self, stem: str) -> int:
        return len(self.records.get(stem, ()))

    def files(self) -> Iterator[tuple[FileSpec, list[dict[str, Any]], list[int]]]:
        for spec in FILES:
            if spec.stem in self.records:
                yield spec, self.records[spec.stem], self.lines[spec.stem]

    def slices(self) -> Iterator[tuple[FileSpec, list[dict[str, Any]], list[int]]]:
        return self.files()  # already in memory: each file is one slice


@dataclass
class BundleStream:
    """A bundle read one file at a time, so a large import never holds every file at once.

    `files()` validates each file as it goes; problems accumulate in `errors` (the consumer
    must check it after the last file: a stream with errors must not be committed).
    """

    path: Path
    manifest: dict[str, Any]
    unknown_files: dict[str, bytes]
    progress: Progress | None = None
    unknown_fields: list[BundleIssue] = field(default_factory=list)
    errors: list[BundleIssue] = field(default_factory=list)
    contract_files: dict[str, Path] = field(default_factory=dict)  # stem -> path (scanned)
    ignored_files: list[str] = field(default_factory=list)  # hidden files, neither read nor kept

    def files(self) -> Iterator[tuple[FileSpec, list[dict[str, Any]], list[int]]]:
        """Each contract file whole (its slices joined)."""
        for spec, group in itertools.groupby(self.slices(), key=operator.itemgetter(0)):
            objs: list[dict[str, Any]] = []
            numbers: list[int] = []
            for _, part, part_numbers in group:
                objs += part
                numbers += part_numbers
            yield spec, objs, numbers

    def slices(self) -> Iterator[tuple[FileSpec, list[dict[str, Any]], list[int]]]:
        """Each contract file in slices of about `SLICE_BYTES`, in file order, every slice
        validated before it is yielded (a key repeated from an earlier slice of the file
        included). A file that cannot be read yields nothing (its problem is in `errors`).

        (No reading ahead on a thread while the caller writes: SQLite gives up Python's lock
        for every row, and a thread busy decoding then makes each row wait for the lock's
        switch interval - measured three times slower, not faster.)
        """
        current: FileSpec | None = None
        for spec, objs, numbers, errors, unknown in self._checked_slices():
            if spec is not current and self.progress:
                self.progress(spec.filename, 0, 0)
            current = spec
            self.errors += errors
            self.unknown_fields += unknown
            if len(self.errors) >= MAX_REPORTED_ERRORS:
                raise BundleError(self.errors[:MAX_REPORTED_ERRORS], truncated=True)
            if objs is not None:
                yield spec, objs, numbers

    def _checked_slices(self) -> Iterator[_CheckedSlice]:
        """(spec, records, lines, new errors, new unknown fields) per slice; records None for
        a file that could not be read (only its problem is handed on)."""
        for spec in FILES:
            file_path = self.contract_files.get(spec.stem)
            if file_path is None:
                continue
            keys = _KeyCheck(spec)
            errors: list[BundleIssue] = []  # this file's, handed on as they are found
            handed = 0
            read_any = False
            for objs, numbers, all_known in _read_slices(file_path, spec, errors):
                read_any = True
                unknown: list[BundleIssue] = []
                if not all_known:
                    _report_unknown_fields(spec, objs, numbers, unknown)
                keys.add(objs, numbers, errors)
                if spec.stem == "programmes":
                    _check_intake_dates(objs, numbers, errors)
                yield spec, objs, numbers, errors[handed:], unknown
                handed = len(errors)
            if not read_any:
                yield spec, None, [], errors, []


def open_bundle(path: Path, progress: Progress | None = None) -> BundleStream:
    """Check the folder, manifest and required files; the records are read by `files()`."""
    path = Path(path)
    if not path.is_dir():
        raise BundleError([BundleIssue(str(path), 0, "", "not a bundle folder")])
    try:
        scan = scan_folder(path)
    except OSError as error:
        raise BundleError([BundleIssue(str(path), 0, "", f"cannot be read ({error})")]) from None
    errors = scan.errors
    manifest = _read_manifest(scan, errors)
    for stem in REQUIRED_FILES:
        if stem not in scan.contract_files and not any(e.file == f"{stem}.jsonl" for e in errors):
            errors.append(BundleIssue(f"{stem}.jsonl", 0, "", "required file is missing"))
    unknown_files = {}
    for name, file_path in scan.kept_files.items():
        data = _read_safely(file_path, name, errors, limit=MAX_KEPT_FILE_BYTES)
        if data is not None:
            unknown_files[name] = data
    return BundleStream(path, manifest, unknown_files, progress, errors=errors,
                        contract_files=scan.contract_files, ignored_files=scan.ignored_files)


def read_bundle(path: Path, progress: Progress | None = None) -> Bundle:
    """Read and validate `path`; raise BundleError listing every problem found."""
    stream = open_bundle(path, progress)
    records: dict[str, list[dict[str, Any]]] = {}
    lines: dict[str, list[int]] = {}
    for spec, objs, numbers in stream.files():
        records[spec.stem], lines[spec.stem] = objs, numbers
        if progress:
            progress(spec.filename, len(objs), len(objs))
    if stream.errors:
        raise BundleError(stream.errors)
    return Bundle(
        stream.path, stream.manifest, records, lines, stream.unknown_fields, stream.unknown_files
    )


def _read_safely(path: Path, name: str, errors: list[BundleIssue],
                 limit: int | None = None) -> bytes | None:
    """The file's bytes, or None with the reason added to `errors`."""
    try:
        return read_regular_file(path, limit=limit)
    except UnsafeFile as error:
        errors.append(BundleIssue(name, 0, "", str(error)))
    except OSError as error:
        errors.append(BundleIssue(name, 0, "", f"cannot be read ({error.strerror or error})"))
    return None


def _read_manifest(scan: FolderScan, errors: list[BundleIssue]) -> dict[str, Any]:
    if scan.manifest is None:
        return {}
    data = _read_safely(scan.manifest, MANIFEST, errors)
    if data is None:
        return {}
    problem = json_checks.encoding_problem(data)
    if problem:
        errors.append(BundleIssue(MANIFEST, 1, "", problem))
        return {}
    try:
        raw = msgspec.json.decode(data)
        msgspec.convert(raw, Manifest)
    except RecursionError:
        errors.append(BundleIssue(MANIFEST, 1, "", f"nested more than "
                                  f"{json_checks.MAX_DEPTH} levels deep"))
        return {}
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError) as error:
        field_path, message = _split_message(str(error))
        errors.append(BundleIssue(MANIFEST, 1, field_path, message))
        return {}
    if not isinstance(raw, dict):
        errors.append(BundleIssue(MANIFEST, 1, "", "expected a JSON object"))
        return {}
    problem_at = json_checks.line_problem(data, raw)
    if problem_at is not None:
        errors.append(BundleIssue(MANIFEST, 1, *problem_at))
        return {}
    return raw


def _split_lines(data: bytes, first_line: int = 1) -> tuple[list[bytes], list[int]]:
    body = data.rstrip(b"\n")
    if b"\n\n" not in body and b"\r" not in body:
        # Fast path, no blank lines: a whitespace-only line makes the array invalid, and
        # the slow path then names it.
        chunks = body.split(b"\n") if body else []
        return chunks, list(range(first_line, first_line + len(chunks)))
    chunks, numbers = [], []
    for number, chunk in enumerate(data.split(b"\n"), start=first_line):
        stripped = chunk.strip()
        if stripped:
            chunks.append(stripped)
            numbers.append(number)
    return chunks, numbers


def _read_slices(
    file_path: Path, spec: FileSpec, errors: list[BundleIssue]
) -> Iterator[tuple[list[dict[str, Any]], list[int], bool]]:
    """The file's records and line numbers a slice of whole lines at a time, and whether every
    field in the slice is known (at least one slice, empty for an empty file; none for a file
    that cannot be read). Memory stays bounded by the slice, however large the file."""
    try:
        with open_regular_file(file_path) as handle:
            pending, first_line, sliced = b"", 1, False
            while True:
                block = handle.read(SLICE_BYTES)
                data = pending + block
                if first_line == 1 and not sliced and data:
                    problem = json_checks.encoding_problem(data)
                    if problem:
                        errors.append(BundleIssue(spec.filename, 1, "", problem))
                        yield [], [], True
                        return
                cut = data.rfind(b"\n") + 1 if block else len(data)
                if block and cut == 0:  # not one whole line yet: read on
                    pending = data
                    continue
                data, pending = data[:cut], data[cut:]
                if data or not sliced:
                    chunks, numbers = _split_lines(data, first_line)
                    first_line += data.count(b"\n")
                    sliced = True
                    yield _decode_lines(spec, chunks, numbers, errors)
                if not block:
                    return
    except UnsafeFile as error:
        errors.append(BundleIssue(spec.filename, 0, "", str(error)))
    except OSError as error:
        errors.append(BundleIssue(spec.filename, 0, "",
                                  f"cannot be read ({error.strerror or error})"))


def read_file_in_chunks(
    file_path: Path,
    spec: FileSpec,
    errors: list[BundleIssue],
    unknown_fields: list[BundleIssue],
    lines_per_chunk: int = 100_000,
) -> Iterator[tuple[list[dict[str, Any]], list[int]]]:
    """Validate a file a slice of lines at a time and yield each slice's records with their
    line numbers: memory stays bounded by the slice, however large the file (central
    conversion of national exports). Problems go to `errors` and `unknown_fields` as with
    `read_bundle`; key uniqueness across slices is the caller's to check."""
    with open_regular_file(Path(file_path)) as handle:
        chunks: list[bytes] = []
        numbers: list[int] = []
        for number, line in enumerate(handle, start=1):
            if number == 1 and (problem := json_checks.encoding_problem(line)):
                errors.append(BundleIssue(spec.filename, 1, "", problem))
                return
            stripped = line.strip()
            if stripped:
                chunks.append(stripped)
                numbers.append(number)
            if len(chunks) >= lines_per_chunk:
                yield _checked_slice(spec, chunks, numbers, errors, unknown_fields)
                chunks, numbers = [], []
        if chunks:
            yield _checked_slice(spec, chunks, numbers, errors, unknown_fields)


def _checked_slice(
    spec: FileSpec,
    chunks: list[bytes],
    numbers: list[int],
    errors: list[BundleIssue],
    unknown_fields: list[BundleIssue],
) -> tuple[list[dict[str, Any]], list[int]]:
    objs, kept, all_known = _decode_lines(spec, chunks, numbers, errors)
    if not all_known:
        _report_unknown_fields(spec, objs, kept, unknown_fields)
    if len(errors) >= MAX_REPORTED_ERRORS:
        raise BundleError(errors[:MAX_REPORTED_ERRORS], truncated=True)
    return objs, kept


def _decode_lines(
    spec: FileSpec, chunks: list[bytes], numbers: list[int], errors: list[BundleIssue]
) -> tuple[list[dict[str, Any]], list[int], bool]:
    array = b"[" + b",".join(chunks) + b"]"
    for record_type, all_known in ((strict(spec.record_type), True), (spec.record_type, False)):
        try:
            msgspec.json.decode(array, type=list[record_type])  # every line is a valid record
            # Decoded again as plain JSON: fields the typed pass skipped are checked here too.
            objs = msgspec.json.decode(array)
        except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError,
                RecursionError):
            continue
        if json_checks.file_is_clean(array, chunks, objs):
            return objs, numbers, all_known
        break  # a repeated key or a limit: the line-by-line pass names the line
    objs, numbers = _read_file_slowly(spec, chunks, numbers, errors)
    return objs, numbers, False


def _read_file_slowly(
    spec: FileSpec, chunks: list[bytes], numbers: list[int], errors: list[BundleIssue]
) -> tuple[list[dict[str, Any]], list[int]]:
    """Validate line by line to name every error (only reached when the file is invalid)."""
    decoder = msgspec.json.Decoder(spec.record_type)
    objs: list[dict[str, Any]] = []
    kept: list[int] = []
    too_deep = f"nested more than {json_checks.MAX_DEPTH} levels deep"
    for chunk, number in zip(chunks, numbers, strict=True):
        if not chunk.strip():
            continue  # a line of spaces is a blank line
        try:
            raw = msgspec.json.decode(chunk)
        except RecursionError:
            errors.append(BundleIssue(spec.filename, number, "", too_deep))
            continue
        except (msgspec.DecodeError, UnicodeDecodeError) as error:
            errors.append(BundleIssue(spec.filename, number, "", f"not valid JSON: {error}"))
            continue
        if not isinstance(raw, dict):
            errors.append(BundleIssue(spec.filename, number, "", "expected a JSON object"))
            continue
        problem = json_checks.line_problem(chunk, raw)
        if problem is not None:
            errors.append(BundleIssue(spec.filename, number, *problem))
            continue
        try:
            decoder.decode(chunk)
        except RecursionError:
            errors.append(BundleIssue(spec.filename, number, "", too_deep))
            continue
        except msgspec.ValidationError as error:
            field_path, message = _split_message(str(error))
            errors.append(BundleIssue(spec.filename, number, field_path, message))
            continue
        objs.append(raw)
        kept.append(number)
        if len(errors) >= MAX_REPORTED_ERRORS:
            break
    return objs, kept


def _split_message(text: str) -> tuple[str, str]:
    """Turn msgspec's 'Expected `int`, got `str` - at `$.a[0].b`' into ('a[0].b', message)."""
    message, _, where = text.rpartition(" - at `")
    if not message:
        message, where = text, ""
    where = where.rstrip("`")
    field_path = ""
    match = _PATH.match(where) if where else None
    if match:
        field_path = match.group(2)
    missing = re.search(r"missing required field `([^`]+)`", message)
    if missing:
        field_path = f"{field_path}.{missing.group(1)}" if field_path else missing.group(1)
    return field_path, message


@dataclass(frozen=True)
class _Shape:
    """Known field names of a record type, and the shapes of its nested record fields."""

    known: frozenset[str]
    nested: dict[str, tuple[bool, _Shape]]  # field -> (is a list, shape of its items)


def _shape_of(struct_info: msgspec.inspect.StructType) -> _Shape:
    nested: dict[str, tuple[bool, _Shape]] = {}
    for f in struct_info.fields:
        field_type = f.type
        if isinstance(field_type, msgspec.inspect.UnionType):
            kinds = [t for t in field_type.types if not isinstance(t, msgspec.inspect.NoneType)]
            field_type = kinds[0] if len(kinds) == 1 else field_type
        is_list = isinstance(field_type, msgspec.inspect.ListType)
        item = field_type.item_type if is_list else field_type
        if isinstance(item, msgspec.inspect.StructType):
            nested[f.encode_name] = (is_list, _shape_of(item))
    return _Shape(frozenset(f.encode_name for f in struct_info.fields), nested)


def _unknown_paths(obj: dict[str, Any], shape: _Shape, prefix: str) -> list[str]:
    found = [prefix + name for name in sorted(obj.keys() - shape.known)]
    for name, (is_list, inner) in shape.nested.items():
        value = obj.get(name)
        if is_list and isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict) and not item.keys() <= inner.known | inner.nested.keys():
                    found += _unknown_paths(item, inner, f"{prefix}{name}[{index}].")
        elif isinstance(value, dict):
            found += _unknown_paths(value, inner, f"{prefix}{name}.")
    return found


def _report_unknown_fields(
    spec: FileSpec, objs: list[dict[str, Any]], numbers: list[int], out: list[BundleIssue]
) -> None:
    info = msgspec.inspect.type_info(spec.record_type)
    assert isinstance(info, msgspec.inspect.StructType)
    shape = _shape_of(info)
    for obj, number in zip(objs, numbers, strict=True):
        if obj.keys() <= shape.known and not shape.nested:
            continue
        for name in _unknown_paths(obj, shape, ""):
            out.append(BundleIssue(spec.filename, number, name, "unknown field (kept verbatim)"))


class _KeyCheck:
    """Each record's key must be unique within its file, across all of the file's slices.

    Keys are remembered by their hash with the line that first had it (not the key values
    themselves: a million keys as tuples of strings would double the import's memory).
    Python's string hash is keyed per process, so no file can be made to collide on purpose.
    """

    def __init__(self, spec: FileSpec) -> None:
        self.spec = spec
        self.key = operator.itemgetter(*spec.key)  # key fields are required: all present
        self.first_line: dict[int, int] = {}

    def add(self, objs: list[dict[str, Any]], numbers: list[int],
            errors: list[BundleIssue]) -> None:
        hashes = list(map(hash, map(self.key, objs)))
        fresh = dict(zip(hashes, numbers, strict=True))
        if len(fresh) == len(hashes) and fresh.keys().isdisjoint(self.first_line.keys()):
            self.first_line.update(fresh)  # every key new (the common case, all in C)
            return
        for obj, number, value_hash in zip(objs, numbers, hashes, strict=True):
            first = self.first_line.setdefault(value_hash, number)
            if first != number:
                value = tuple(obj.get(k) for k in self.spec.key)
                errors.append(
                    BundleIssue(self.spec.filename, number, ",".join(self.spec.key),
                                f"duplicate key {value} (line {first})")
                )


def _check_intake_dates(
    objs: list[dict[str, Any]], numbers: list[int], errors: list[BundleIssue]
) -> None:
    """Two intakes of one programme on the same day would make its places ambiguous
    (enrolments take the places of the intake on their start date)."""
    for obj, number in zip(objs, numbers, strict=True):
        intakes = obj.get("intakes")
        if not intakes:
            continue
        seen: dict[str, int] = {}
        for index, intake in enumerate(intakes):
            first = seen.setdefault(intake["start"], index)
            if first != index:
                errors.append(
                    BundleIssue(
                        "programmes.jsonl",
                        number,
                        f"intakes[{index}].start",
                        f"a second intake on {intake['start']} (intakes[{first}])",
                    )
                )
