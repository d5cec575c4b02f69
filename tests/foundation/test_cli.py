"""`wayfinder-admin`: every command has --help; import errors are one clear message."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop_app.admin.cli import build_parser, main
from tests.foundation.bundle_factory import write_bundle


def _all_command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _all_command_paths(sub, (*prefix, name))


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    paths = list(_all_command_paths(build_parser()))
    assert ("import",) in paths and ("export",) in paths
    for path in paths:
        with pytest.raises(SystemExit) as exit_info:
            main([*path, "--help"])
        assert exit_info.value.code == 0
        assert "usage: wayfinder-admin" in capsys.readouterr().out


def test_import_and_export_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    import logging

    for handler in list(logging.getLogger().handlers):  # an IT log another test attached
        if getattr(handler, "wayfinder_it_log", None) is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()
    folder = write_bundle(tmp_path / "b", n=4)
    cache = tmp_path / "c.sqlite"
    assert main(["import", str(folder), "--cache", str(cache), "--quiet"]) == 0
    assert "citizens: 4 new, 0 updated" in capsys.readouterr().out
    assert (tmp_path / "home" / "keys" / "audit.key").stat().st_mode & 0o077 == 0
    from desktop_app.protection.it_log import LOG_FILE

    it_log = (tmp_path / "home" / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "audit head 1:" in it_log  # the chain head reaches the IT log
    assert "C00001" not in it_log and "Sørensen" not in it_log and "Ali" not in it_log
    assert main(["export", str(tmp_path / "out"), "--cache", str(cache)]) == 0
    assert main(["export", str(tmp_path / "out"), "--cache", str(cache)]) == 1
    assert "use --force" in capsys.readouterr().err
    (folder / "decisions.jsonl").write_text('{"citizen_id": "C00001", "date": "yesterday"}\n')
    assert main(["import", str(folder), "--cache", str(cache)]) == 2
    err = capsys.readouterr().err
    assert "decisions.jsonl:1:date:" in err and "Traceback" not in err
