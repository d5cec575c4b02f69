"""Run the frozen build's checks headless and fail on any unexpected output (`make package-smoke`).

1. `wayfinder --smoke-test` must print exactly "smoke test passed" and nothing on stderr.
2. `wayfinder-admin models update --from <bundled models_onnx>` then `wayfinder-admin doctor`
   in a temporary home: the frozen admin program installs and verifies the shipped model, and
   doctor names the flavour the build was made as (a demo build as a warning).
3. `wayfinder --quit-when-ready` on an empty temporary cache: the frozen GUI shows its window
   (QtWidgets and the platform plugin are in the bundle) and exits by itself.
Every stderr line fails the run unless it matches ALLOWED (add a pattern only with a
comment saying why that line is harmless).

Usage: python packaging/check_smoke.py dist/wayfinder [--flavour demo|production]
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ALLOWED: list[re.Pattern[str]] = [
    # Qt's headless "offscreen" platform plugin says this for every top-level window; it is
    # about window-manager hints that do not exist without a display (qutebrowser allows it too)
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),
]
TIMEOUT = 300


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    print("$ " + " ".join(command), flush=True)
    try:
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        sys.exit(f"FAILED: {command[0]} did not exit within {TIMEOUT} s")


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(p.search(line) for p in ALLOWED)]


def check(result: subprocess.CompletedProcess[str], expect_stdout: str | None = None,
          ok_codes: tuple[int, ...] = (0,)) -> None:
    problems = []
    if result.returncode not in ok_codes:
        problems.append(f"exit code {result.returncode}")
    if expect_stdout is not None and result.stdout != expect_stdout:
        problems.append(f"stdout {result.stdout!r}, expected {expect_stdout!r}")
    problems += [f"unexpected stderr line: {line}" for line in unexpected(result.stderr)]
    if problems:
        sys.exit("FAILED:\n  " + "\n  ".join(problems) + f"\n--- stdout ---\n{result.stdout}")
    print("  ok", flush=True)


BUILD_LINES = {
    "demo": "[warn] build: DEMO build",
    "production": "[  ok] build: production build",
}


def main(dist: Path, flavour: str = "demo") -> int:
    gui, admin = dist / "wayfinder", dist / "wayfinder-admin"
    for program in (gui, admin):
        if not os.access(program, os.X_OK):
            sys.exit(f"FAILED: {program} is missing; run 'make package' first")
    with tempfile.TemporaryDirectory(prefix="wayfinder-package-smoke-") as tmp:
        home = Path(tmp) / "home"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WAYFINDER_HOME": str(home)}
        env.pop("WAYFINDER_CONFIG", None)
        check(run([str(gui), "--smoke-test"], env), expect_stdout="smoke test passed\n")
        shipped = dist / "_internal" / "models_onnx"
        check(run([str(admin), "models", "update", "--from", str(shipped)], env))
        doctor = run([str(admin), "doctor"], env)
        check(doctor)  # warnings allowed (no cache yet), failures not
        print("  " + doctor.stdout.replace("\n", "\n  ").rstrip(), flush=True)
        if BUILD_LINES[flavour] not in doctor.stdout:
            sys.exit(f"FAILED: doctor does not report a {flavour} build "
                     f"(expected a line starting {BUILD_LINES[flavour]!r})")
        started = run([str(gui), "--cache", str(Path(tmp) / "empty.sqlite"), "--language", "da",
                       "--quit-when-ready"], env)
        check(started)
        if "ready_seconds=" not in started.stdout:
            sys.exit(f"FAILED: the frozen GUI never reported ready: {started.stdout!r}")
    print("package smoke test passed", flush=True)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    flavour = "demo"
    if len(args) == 3 and args[1] == "--flavour" and args[2] in BUILD_LINES:
        flavour = args[2]
    elif len(args) != 1:
        sys.exit(__doc__)
    sys.exit(main(Path(args[0]), flavour))
