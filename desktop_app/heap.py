"""Keep Python's cycle collector from stalling the window while a cache is prepared.

Preparing an open cache builds a few million long-lived objects (the journey cohort, the model's
path tables, the job-matching index). While they are being built, every quarter of growth of
the heap sets off a full collection that walks all of them with the interpreter lock held:
80-170 ms each, measured on the demo cache, during which the GUI thread cannot run a line of
Python. `pause()` stops automatic collection while that happens; `settle()` then moves
everything alive into the permanent generation (`gc.freeze`, as Instagram's servers do), so
later full collections walk only what cases create afterwards, and switches collection back on.

Pauses nest and are counted (a cache reopened during warm-up pauses again); `settle()` ends
one pause, and collection is back on when every pause has ended. Cyclic garbage made during a
pause is kept until the end of the process instead of being collected: measured on the demo
cache, a few megabytes, against a cache-sized working set of hundreds.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_pauses = 0


def pause() -> None:
    """Stop automatic collection until the matching `settle()`."""
    global _pauses
    with _lock:
        if _pauses == 0:
            gc.disable()
        _pauses += 1


def settle() -> None:
    """End one `pause()`: freeze what is alive, and collect automatically again after the
    last pause. Calling it without a pause is harmless."""
    global _pauses
    with _lock:
        if _pauses == 0:
            return
        _pauses -= 1
        gc.freeze()
        if _pauses == 0:
            gc.enable()


def paused() -> bool:
    return _pauses > 0
