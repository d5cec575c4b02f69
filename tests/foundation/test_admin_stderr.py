"""`wayfinder-admin` prints what IT needs on stdout and only warnings and errors on stderr;
INFO lines (the audit head, ...) go to the IT log, not to the terminal. `evaluate --help`
prints percentages as people write them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.foundation.bundle_factory import write_bundle


def admin(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WAYFINDER_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "desktop_app.admin.cli", *args],
                          capture_output=True, text=True, env=env, check=False, timeout=300)


def test_a_command_prints_no_info_lines_on_stderr(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bundle", n=5)
    done = admin("import", str(bundle), "--cache", str(tmp_path / "c.sqlite"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "citizens: 5 new" in done.stdout
    assert not [line for line in done.stderr.splitlines() if line.startswith("INFO")], \
        done.stderr
    logs = list((tmp_path / "logs").glob("*"))  # ... the IT log keeps them
    assert any("audit head" in p.read_text(encoding="utf-8") for p in logs)
    verbose = admin("-v", "import", str(bundle), "--cache", str(tmp_path / "c.sqlite"),
                    home=tmp_path)
    assert "INFO wayfinder.audit: audit head" in verbose.stderr  # -v still shows them
    assert "citizens: 0 new, 0 updated, 5 unchanged" in verbose.stdout


def test_evaluate_help_says_95_percent(tmp_path: Path) -> None:
    done = admin("evaluate", "--help", home=tmp_path)
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    assert "95% intervals" in text and "%%" not in text
