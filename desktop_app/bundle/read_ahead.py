"""Run an iterator one item ahead on a thread of its own.

While the caller works on one item (an import writing a slice to SQLite, which releases
Python's lock), the next is prepared (read and validated). Items arrive in order; an exception
raised by the source is raised to the caller at the point where its next item would have
arrived. A caller that stops early (an error, or a closed generator) stops the source too.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()
_POLL_S = 0.1


def read_ahead(source: Iterator[T], depth: int = 1) -> Iterator[T]:
    handoff: queue.Queue[tuple[object, BaseException | None]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: object, error: BaseException | None = None) -> bool:
        while not stop.is_set():
            try:
                handoff.put((item, error), timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in source:
                if not offer(item):
                    return
        except BaseException as error:  # handed to the caller, raised there
            offer(_DONE, error)
            return
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()  # a generator's open files are closed now, not when collected
        offer(_DONE)

    worker = threading.Thread(target=produce, name="read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            item, error = handoff.get()
            if error is not None:
                raise error
            if item is _DONE:
                return
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()
