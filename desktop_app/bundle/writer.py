"""Write bundle files atomically: a temporary sibling folder, then one rename."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec

_encoder = msgspec.json.Encoder()


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    buffer = bytearray()
    with path.open("wb") as handle:
        for record in records:
            _encoder.encode_into(record, buffer, len(buffer))
            buffer.extend(b"\n")
            count += 1
            if len(buffer) > 1 << 20:
                handle.write(buffer)
                buffer.clear()
        handle.write(buffer)
        handle.flush()
        os.fsync(handle.fileno())
    return count


@contextmanager
def atomic_folder(target: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary folder that replaces `target` only if the block succeeds."""
    target = Path(target)
    if target.exists() and any(target.iterdir()) and not overwrite:
        raise FileExistsError(f"{target} exists and is not empty")
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        yield temp
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
            os.replace(temp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
