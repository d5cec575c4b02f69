"""The operating system's log: where audit chain heads leave the caseworker's reach.

A user can add lines to the system log but cannot change or delete lines already there: on
Linux the syslog socket feeds journald/rsyslog (files owned by root), on macOS the unified log,
on Windows the Application event log (written by the Event Log service). IT collects the
lines (`journalctl -t wayfinder-audit`, `wevtutil qe Application ...`; see docs/it-guide.md)
and checks a cache against them with `wayfinder-admin audit verify --heads FILE`.

Writing never fails a caller: if the OS log cannot be reached, that is said once in the IT log
(and `doctor` reports where heads go). Demo and test builds may send the lines to a file named
by `WAYFINDER_TEST_OS_LOG` instead (tests must not write into the machine's log); a production
build always writes to the OS log.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

from desktop_app.trust.build_flavour import BUILD_FLAVOUR

IDENT = "wayfinder-audit"
WINDOWS_SOURCE = "Wayfinder"
WINDOWS_EVENT_ID = 1000
TEST_VARIABLE = "WAYFINDER_TEST_OS_LOG"
log = logging.getLogger(__name__)
_lock = threading.Lock()
_state = {"opened": False, "warned": False}


def destination() -> str:
    """Where heads go on this computer, in words for `doctor` and the IT guide."""
    test_file = _test_file()
    if test_file is not None:
        return f"the test file {test_file} ({TEST_VARIABLE}; not in production builds)"
    if sys.platform == "win32":
        return f"the Windows Application event log (source {WINDOWS_SOURCE})"
    if sys.platform == "darwin":
        return f"the macOS unified log (process {IDENT})"
    where = "/dev/log" if os.path.exists("/dev/log") else "/dev/log (NOT PRESENT: lost)"
    return f"syslog via {where}, facility authpriv, tag {IDENT}"


def available() -> bool:
    if _test_file() is not None or sys.platform in ("win32", "darwin"):
        return True
    return os.path.exists("/dev/log")


def publish(line: str) -> None:
    """Write one line to the OS log (never raises)."""
    try:
        test_file = _test_file()
        if test_file is not None:
            with _lock, open(test_file, "a", encoding="utf-8") as handle:
                handle.write(f"{IDENT}[{os.getpid()}]: {line}\n")
        elif sys.platform == "win32":
            _windows_event(line)
        else:
            _syslog(line)
    except Exception as error:  # the OS log must never stop a decision being recorded
        _warn_once(f"{type(error).__name__}: {error}")


def _test_file() -> Path | None:
    value = os.environ.get(TEST_VARIABLE)
    if not value or BUILD_FLAVOUR == "production":
        return None
    return Path(value)


def _syslog(line: str) -> None:
    import syslog

    with _lock:
        if not _state["opened"]:
            syslog.openlog(IDENT, syslog.LOG_PID, syslog.LOG_AUTHPRIV)
            _state["opened"] = True
        syslog.syslog(syslog.LOG_AUTHPRIV | syslog.LOG_NOTICE, line)
    if not available():
        _warn_once("no syslog socket at /dev/log")


def _windows_event(line: str) -> None:  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    advapi32.RegisterEventSourceW.restype = wintypes.HANDLE
    advapi32.RegisterEventSourceW.argtypes = [wintypes.LPCWSTR, wintypes.LPCWSTR]
    advapi32.ReportEventW.restype = wintypes.BOOL
    advapi32.ReportEventW.argtypes = [
        wintypes.HANDLE, wintypes.WORD, wintypes.WORD, wintypes.DWORD, ctypes.c_void_p,
        wintypes.WORD, wintypes.DWORD, ctypes.POINTER(wintypes.LPCWSTR), ctypes.c_void_p]
    advapi32.DeregisterEventSource.argtypes = [wintypes.HANDLE]
    handle = advapi32.RegisterEventSourceW(None, WINDOWS_SOURCE)
    if not handle:
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        strings = (wintypes.LPCWSTR * 1)(line)
        information = 0x0004  # EVENTLOG_INFORMATION_TYPE
        if not advapi32.ReportEventW(handle, information, 0, WINDOWS_EVENT_ID, None, 1, 0,
                                     strings, None):
            raise ctypes.WinError(ctypes.get_last_error())
    finally:
        advapi32.DeregisterEventSource(handle)


def _warn_once(problem: str) -> None:
    from desktop_app.protection.it_log import it_safe

    if _state["warned"]:
        return
    _state["warned"] = True
    log.warning("audit heads cannot reach the OS log (%s); tamper evidence then rests on "
                "exports, sheets and the heads IT collects", it_safe(problem))
