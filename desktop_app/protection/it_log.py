"""The IT log: a rotating file for IT staff that never holds personal data.

IT reads this log, not the caseworkers, so it must not contain citizens' names, ids or CV
text. Two rules enforce that in `PersonalDataFormatter`:
- string arguments of a log call are replaced by `‹redacted›` unless wrapped in `it_safe(...)`;
  numbers, booleans and None pass (counts, durations, sizes);
- the final message is scanned for watched words (citizen ids and name parts registered via
  `watch`, e.g. by the importer) and exception texts are redacted the same way.
Tracebacks keep their frames (code locations), which carry no data.

A process that never imported a bundle (the window, `sheet`, `export-decisions`) still knows
whose data it holds: opening a case cache registers it with `watch_cache`, and the cache's ids
and names are read the first time an exception text is about to be written (exceptions are
rare; reading them at start would cost every start). Quoted values in exception texts ('…',
"…") are redacted too, unless they are paths. If the names cannot be read, exception texts
are dropped whole.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop_app.locations import default_log_dir

REDACTED = "‹redacted›"
LOG_FILE = "wayfinder.log"
_WORD = re.compile(r"[\w.\-@]+", re.UNICODE)
_watched: set[str] = set()
_pending: dict[str, Callable[[], Iterable[str | None]]] = {}  # caches not yet read
_lock = threading.Lock()
_QUOTED = re.compile(r"""(['"])((?:(?!\1).){1,200}?)\1""")
_state = {"strict": False}  # a watched cache could not be read: drop exception texts


class it_safe(str):  # lower case: reads as a marker at call sites
    """A string argument known to hold no personal data (an error code, a model version)."""


def watch(values: Iterable[str | None]) -> None:
    """Register ids and names whose words must never reach the IT log."""
    words: set[str] = set()
    for value in values:
        if value:
            words.update(w.casefold() for w in _WORD.findall(value) if len(w) >= 3)
    with _lock:
        _watched.update(words)


def watch_cache(name: str, read_words: Callable[[], Iterable[str | None]]) -> None:
    """Register a cache whose citizens' ids and names `read_words` yields when first needed."""
    with _lock:
        _pending[name] = read_words


def _read_pending() -> None:
    with _lock:
        pending = list(_pending.values())
        _pending.clear()
    for read_words in pending:
        try:
            watch(list(read_words()))
        except Exception:  # unreadable now: say nothing of any exception rather than too much
            _state["strict"] = True


def redact_text(text: str) -> str:
    if not _watched:
        return text
    return _WORD.sub(lambda m: REDACTED if m.group(0).casefold() in _watched else m.group(0),
                     text)


def redact_exception_text(text: str) -> str:
    """An exception's text for the IT log: watched words (every open cache's ids and names)
    and quoted values that are not paths are redacted."""
    _read_pending()
    if _state["strict"]:
        return REDACTED

    def quoted(match: re.Match[str]) -> str:
        inner = match.group(2)
        if "/" in inner or "\\" in inner:
            return match.group(0)  # a path: IT needs it (its words are still checked below)
        return f"{match.group(1)}{REDACTED}{match.group(1)}"

    return redact_text(_QUOTED.sub(quoted, text))


def _safe_arg(value: object) -> object:
    if isinstance(value, it_safe | bool | int | float) or value is None:
        return value
    return REDACTED


def scrub_record(record: logging.LogRecord) -> logging.LogRecord:
    """A copy of `record` with no personal data (the original is left for other handlers)."""
    record = logging.makeLogRecord(record.__dict__)
    if isinstance(record.args, dict):
        record.args = {k: _safe_arg(v) for k, v in record.args.items()}
    elif record.args:
        record.args = tuple(_safe_arg(a) for a in record.args)
    record.msg = redact_text(str(record.msg))
    if record.exc_info and record.exc_info[1] is not None:
        kind = type(record.exc_info[1]).__name__
        record.msg = f"{record.msg} [{kind}: {redact_exception_text(str(record.exc_info[1]))}]"
        record.exc_text = None
        record.exc_info = None  # exception messages can quote data; type and text above
    return record


class PersonalDataFormatter(logging.Formatter):
    """Formats a scrubbed copy of each record, so other handlers still see the original."""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(scrub_record(record))


def setup_it_log(
    log_dir: Path | None = None, *, level: int = logging.INFO, max_bytes: int = 5_000_000
) -> logging.Handler:
    """Attach the filtered, rotating IT log to the root logger; returns the handler.

    One IT log per process: without `log_dir` an IT log already attached is kept (whatever its
    folder); an explicit `log_dir` replaces one attached to another folder.
    """
    folder = Path(log_dir) if log_dir else default_log_dir()
    for existing in list(logging.getLogger().handlers):
        attached = getattr(existing, "wayfinder_it_log", None)
        if attached is None:
            continue
        if attached == folder or log_dir is None:
            return existing
        logging.getLogger().removeHandler(existing)
        existing.close()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE, maxBytes=max_bytes, backupCount=5, encoding="utf-8"
    )
    handler.setLevel(level)
    handler.setFormatter(PersonalDataFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.wayfinder_it_log = folder  # type: ignore[attr-defined]
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler


def log_files(log_dir: Path | None = None) -> list[Path]:
    """The IT log and its rotated files, oldest first."""
    folder = Path(log_dir) if log_dir else default_log_dir()
    return sorted(folder.glob(LOG_FILE + "*"), key=lambda p: p.stat().st_mtime)


def latest_logged_head(log_dir: Path | None = None, cache_id: str | None = None) -> str | None:
    """The last audit head ('SEQ:HASH') the IT log holds for `cache_id` (any cache when None,
    which only makes sense on a laptop with one cache), or None."""
    from desktop_app.cache.audit_heads import read_heads

    found = None
    for head in read_heads(log_files(log_dir)):
        if cache_id is None or head.cache_id == cache_id:
            found = head.text
    return found
