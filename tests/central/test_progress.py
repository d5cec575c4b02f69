"""Progress: a bar on a terminal, plain lines with the stage, amount done and time left in logs."""

from __future__ import annotations

import io
import logging

from training.central.progress import Progress


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_log_gets_a_plain_line_at_start_every_interval_and_at_the_end(caplog):
    clock = Clock()
    stream = io.StringIO()
    progress = Progress(stream, interval=30, clock=clock)
    caplog.set_level(logging.INFO, logger="training.progress")
    stage = progress.stage("building features", total=1000, unit="decisions")
    clock.now += 10
    stage.advance(100)  # within the interval: no line
    clock.now += 25
    stage.advance(250)  # 35 s in, 350 of 1000 done: 65 s left at this rate
    stage.finish()
    lines = stream.getvalue().splitlines()
    assert lines[0] == "  building features (1,000 decisions)"
    assert lines[1] == ("  building features: 350 decisions of 1,000 decisions (35%), 0:35 so "
                        "far, about 1:05 left")
    assert lines[2].endswith("(100%), 0:35 so far; done")
    assert len(lines) == 3
    assert [r.getMessage() for r in caplog.records] == [line.strip() for line in lines]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_redrawn_in_place():
    stream = Terminal()
    progress = Progress(stream)
    stage = progress.stage("corrections", total=4, unit="fits")
    stage.advance()
    stage.advance()
    text = stream.getvalue()
    assert "\r  corrections" in text and "[##############..............]  50%" in text
    stage.finish()
    assert stream.getvalue().rstrip().endswith("; done")
