"""The smoke test run unfrozen, in fresh processes: it passes on a real signed repository and
fails with the step's name on a tampered model, missing translations or any logged warning."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.assets_path import demo_repository
from tests.packaging.conftest import run_python

RUN = "import sys; from pathlib import Path; from desktop_app.smoke import main; "


def smoke(repository: Path, patch: str = ""):  # type: ignore[no-untyped-def]
    return run_python(f"{RUN}{patch}\nsys.exit(main(Path({str(repository)!r})))")


def test_passes_on_a_signed_repository_with_exactly_one_line(signed_repository):
    result = smoke(signed_repository)
    assert result.stderr == ""
    assert (result.returncode, result.stdout) == (0, "smoke test passed\n")


def test_the_app_flag_runs_it_on_the_shipped_repository():
    result = run_python("import sys; from desktop_app.app import main; "
                        "sys.exit(main(['--smoke-test']))")
    metadata = demo_repository() / "metadata"
    if metadata.is_dir() and any(metadata.iterdir()):
        assert (result.returncode, result.stdout, result.stderr) == (0, "smoke test passed\n", "")
    else:  # models_onnx/ not built yet: the failure must say so and what to do
        assert result.returncode == 1 and result.stdout == ""
        assert "smoke test failed: model:" in result.stderr
        assert "make models" in result.stderr


def test_a_tampered_model_file_fails_at_the_model_step(signed_repository, tmp_path):
    copy = tmp_path / "repository"
    shutil.copytree(signed_repository, copy)
    target = max((copy / "targets").rglob("*.onnx"), key=lambda p: p.stat().st_size)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    result = smoke(copy)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("smoke test failed: model:"), result.stderr


def test_missing_translations_fail_at_the_translation_step(signed_repository):
    patch = ("import desktop_app.views.common.i18n as i18n\n"
             "i18n.qm_path = lambda code: Path('/nonexistent') / f'wayfinder_{code}.qm'")
    result = smoke(signed_repository, patch)
    assert result.returncode == 1
    assert result.stderr.startswith("smoke test failed: translations:"), result.stderr
    assert "/nonexistent/wayfinder_" in result.stderr


def test_any_logged_warning_is_unexpected_output(signed_repository):
    # the scoring/sheet step replaced by one that only logs (and the child-process step, which
    # needs its cache, skipped): the warning alone must fail the run
    patch = ("import logging, desktop_app.smoke as s\n"
             "def noisy(*a):\n"
             "    logging.getLogger('desktop_app.x').warning('font fallback used')\n"
             "s.score_and_sheet = noisy\n"
             "s.case_in_child_process = lambda *a: None")
    result = smoke(signed_repository, patch)
    assert result.returncode == 1 and result.stdout == ""
    assert "smoke test failed: output: unexpected warnings: desktop_app.x: font fallback used" \
        in result.stderr
