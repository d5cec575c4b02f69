"""Case details (suggestions, journey, job matches) prepared in a child process (no Qt).

Why a process and not the cache worker's thread: preparing a case runs thousands of small
pandas and NumPy operations, and each releases and at once re-takes Python's interpreter lock.
A thread waiting for the lock (the GUI thread, to run any Python slot, paint an effect bar or
tick a timer) loses nearly every one of those races, and CPython then never forces a hand-over
because the lock did change hands: measured on the demo cache, the GUI thread waited 10-35 ms
per case, about once per case, and up to 120 ms in a loop of small pandas calls. A child
process has its own interpreter and its own lock, so the window's thread only ever waits for
its own work. The cohort, the verified model and the matching index also live in the child, so
building them at start no longer holds up the window either.

`DetailProcess` is used by the cache worker's thread only. The child opens the same cache file
(WAL mode: it reads while the worker writes decisions and audit entries), finds an encrypted
cache's key the way the worker does (environment or keyring, never a typed one), verifies and
loads the model with the same loader, and answers one request at a time over two one-way pipes.
It never writes to the cache. If it cannot be started, dies or is given a loader that cannot
be sent to another process, `DetailProcessError` says so and the worker prepares the case on
its own thread instead, so a case always opens.

Frozen builds: the entry point calls `multiprocessing.freeze_support()` so that the child,
started as a new copy of the executable, runs `serve` instead of the app.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import pickle
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.casework.case_detail import CaseDetail
    from desktop_app.casework.suggestions import ModelLoader

log = logging.getLogger(__name__)
STOP_WAIT_S = 3.0


class DetailProcessError(RuntimeError):
    """The child cannot answer (not started, died, or the request could not be sent), or
    answered with an error. `lost`: the child is gone and will not answer again."""

    def __init__(self, message: str, *, lost: bool = False) -> None:
        super().__init__(message)
        self.lost = lost


def can_be_sent(loader: Callable[..., Any]) -> bool:
    """A loader goes to the child by pickling: a module-level function or a `partial` of one."""
    try:
        pickle.dumps(loader)
    except Exception:
        return False
    return True


class DetailProcess:
    """A child process that prepares `CaseDetail`s for one case cache."""

    def __init__(self, cache_path: Path | str, model_loader: ModelLoader,
                 audit_key_path: Path) -> None:
        if not can_be_sent(model_loader):
            raise DetailProcessError("the model loader cannot be sent to a child process")
        context = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        self._requests_read, self._requests = context.Pipe(duplex=False)
        self._answers, answers_write = context.Pipe(duplex=False)
        self._process = context.Process(
            target=serve, name="wayfinder-case-details", daemon=True,
            args=(self._requests_read, answers_write, str(cache_path), model_loader,
                  audit_key_path))
        try:
            self._process.start()
        except Exception as error:
            raise DetailProcessError(f"the case-detail process did not start ({error})") from error
        finally:
            answers_write.close()
        self._requests_read.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    def warm(self, step: str) -> None:
        self._ask("warm", step)

    def case_detail(self, citizen_id: str) -> CaseDetail | None:
        return self._ask("case", citizen_id)  # type: ignore[no-any-return]

    def _ask(self, kind: str, argument: str) -> Any:
        """Send one request and wait for its answer (the wait releases the GIL)."""
        try:
            self._requests.send((kind, argument))
            ok, value = self._answers.recv()
        except (OSError, EOFError, pickle.PickleError) as error:
            code = self._process.exitcode
            raise DetailProcessError(
                "the case-detail process stopped"
                + (f" (exit code {code})" if code is not None else "")
                + f": {type(error).__name__} {error}".rstrip(), lost=True) from error
        if ok:
            return value
        raise DetailProcessError(str(value))

    def interrupt(self) -> None:
        """From another thread: stop the child now; a request waiting for it fails at once."""
        with contextlib.suppress(OSError, ValueError, AttributeError):
            self._process.terminate()

    def close(self) -> None:
        """Ask the child to stop, and make sure it has."""
        with contextlib.suppress(OSError):
            self._requests.send(("stop", ""))
        self._process.join(STOP_WAIT_S)
        if self._process.is_alive():
            log.warning("the case-detail process did not stop within %.0f s", STOP_WAIT_S)
            self._process.terminate()
            self._process.join(STOP_WAIT_S)
        self._requests.close()
        self._answers.close()


def serve(requests: Connection, answers: Connection, cache_path: str,
          model_loader: ModelLoader, audit_key_path: Path) -> None:
    """The child's loop: one request in, one answer out, until "stop" or the parent is gone."""
    from desktop_app import heap
    from desktop_app.casework import warm_up

    heap.pause()  # the cohort and the model are built once and live until the end
    context, problem = _open(cache_path, model_loader, audit_key_path)
    while True:
        try:
            kind, argument = requests.recv()
        except (EOFError, OSError):  # the parent has gone
            return
        if kind == "stop":
            return
        if context is None:
            answers.send((False, problem))
            continue
        try:
            answers.send((True, _answer(context, kind, argument)))
        except Exception as error:  # the worker logs it and prepares the case itself
            log.exception("the case-detail process failed on %s %s", kind, argument)
            answers.send((False, f"{type(error).__name__}: {error}"))
        if kind == "warm" and argument == warm_up.STEPS[-1]:
            heap.settle()


def _open(cache_path: str, model_loader: ModelLoader,
          audit_key_path: Path) -> tuple[Any, str]:
    from desktop_app.cache.connection import open_cache
    from desktop_app.casework.worker_context import WorkerContext

    try:
        db = open_cache(Path(cache_path), create=False)
    except Exception as error:
        return None, f"the case-detail process cannot open the case cache ({error})"
    return WorkerContext(db, audit_key_path, model_loader), ""


def _answer(context: Any, kind: str, argument: str) -> Any:
    from desktop_app.casework import warm_up
    from desktop_app.casework.case_detail import case_detail

    if kind == "case":
        return case_detail(context.db, argument, context.model, context.facts)
    if kind == "warm" and argument in warm_up.STEPS:
        getattr(warm_up, argument)(context)
        return None
    raise ValueError(f"unknown request {kind} {argument}")
