"""Progress of long central work: the stage, how much is done, and an estimate of the time left.

On a terminal a bar is redrawn in place; written to a log (not a terminal), a plain line comes
at each stage's start, every `interval` seconds while it runs, and at its end. Every line also
goes to the `training.progress` logger, so a cluster's log collector keeps the same record.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

log = logging.getLogger("training.progress")
BAR_WIDTH = 28


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _amount(value: float, unit: str) -> str:
    if unit == "bytes":
        return f"{value / 1e6:,.0f} MB"
    return f"{value:,.0f} {unit}"


@dataclass
class Stage:
    progress: Progress
    name: str
    total: float | None
    unit: str
    started: float = 0.0
    done: float = 0.0
    _last_line: float = 0.0
    _finished: bool = False

    def advance(self, amount: float = 1) -> None:
        self.advance_to(self.done + amount)

    def advance_to(self, done: float) -> None:
        self.done = done
        self.progress._update(self)

    def left(self) -> float | None:
        """Seconds left at the rate so far (None before anything is done or without a total)."""
        elapsed = self.progress.clock() - self.started
        if not self.total or self.done <= 0 or elapsed <= 0:
            return None
        return max(0.0, (self.total - self.done) * elapsed / self.done)

    def describe(self) -> str:
        elapsed = self.progress.clock() - self.started
        if self.total:
            share = min(1.0, self.done / self.total)
            left = self.left()
            eta = f", about {_duration(left)} left" if left is not None and share < 1 else ""
            return (f"{self.name}: {_amount(self.done, self.unit)} of "
                    f"{_amount(self.total, self.unit)} ({share:.0%}), {_duration(elapsed)} "
                    f"so far{eta}")
        return f"{self.name}: {_amount(self.done, self.unit)}, {_duration(elapsed)} so far"

    def finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        if self.total:
            self.done = max(self.done, self.total)
        self.progress._finish(self)


@dataclass
class Progress:
    """`stage()` starts a stage; `note()` writes one plain line."""

    stream: TextIO | None = None
    interval: float = 30.0
    bar: bool | None = None  # None: a bar only when the stream is a terminal
    clock: Callable[[], float] = time.monotonic
    _drawn: bool = False

    def __post_init__(self) -> None:
        if self.bar is None:
            self.bar = bool(self.stream is not None and self.stream.isatty())

    @classmethod
    def to_stdout(cls, interval: float = 30.0) -> Progress:
        return cls(sys.stdout, interval)

    @classmethod
    def quiet(cls) -> Progress:
        return cls(None)

    def note(self, message: str) -> None:
        self._clear_bar()
        log.info(message)
        if self.stream is not None:
            self.stream.write(f"  {message}\n")
            self.stream.flush()

    def stage(self, name: str, total: float | None = None, unit: str = "rows") -> Stage:
        stage = Stage(self, name, total, unit, started=self.clock())
        stage._last_line = stage.started
        self.note(f"{name}" + (f" ({_amount(total, unit)})" if total else ""))
        return stage

    def _update(self, stage: Stage) -> None:
        now = self.clock()
        if self.bar and self.stream is not None:
            self._draw(stage)
        elif now - stage._last_line >= self.interval:
            stage._last_line = now
            self.note(stage.describe())

    def _finish(self, stage: Stage) -> None:
        self.note(f"{stage.describe()}; done")

    def _draw(self, stage: Stage) -> None:
        assert self.stream is not None
        share = min(1.0, stage.done / stage.total) if stage.total else 0.0
        filled = int(share * BAR_WIDTH)
        left = stage.left()
        eta = f" ~{_duration(left)} left" if left is not None else ""
        line = (f"\r  {stage.name[:36]:<36} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                f"{share:4.0%} {_amount(stage.done, stage.unit)}{eta}")
        self.stream.write(line[:120].ljust(120))
        self.stream.flush()
        self._drawn = True

    def _clear_bar(self) -> None:
        if self._drawn and self.stream is not None:
            self.stream.write("\r" + " " * 120 + "\r")
            self._drawn = False
