"""`train --engine dask` options: refusals that name what is wrong, before any work starts."""

from __future__ import annotations

import pytest

from desktop_app.admin.cli import main


@pytest.mark.parametrize(("extra", "message"), [
    (["--engine", "dask"], "--engine dask needs --workers N"),
    (["--workers", "2"], "--workers and --scheduler need --engine dask"),
    (["--engine", "dask", "--workers", "0"], "--workers must be at least 1"),
])
def test_engine_options_are_checked(region_parquet, tmp_path, capsys, extra, message):
    code = main(["train", "--bundle", str(region_parquet), "--out", str(tmp_path / "m"), *extra])
    assert code != 0
    assert message in capsys.readouterr().err
    assert not (tmp_path / "m").exists()


def test_dask_reads_parquet_and_says_how_to_convert_a_json_lines_bundle(region, tmp_path, capsys):
    code = main(["train", "--bundle", str(region / "bundle"), "--out", str(tmp_path / "m"),
                 "--engine", "dask", "--workers", "1"])
    assert code != 0
    assert "bundle to-parquet" in capsys.readouterr().err


def test_workers_and_scheduler_exclude_each_other(region_parquet, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["train", "--bundle", str(region_parquet), "--out", str(tmp_path / "m"),
              "--engine", "dask", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert "not allowed with argument" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_named(region_parquet, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("training.central.engine.CONNECT_TIMEOUT", "2s")
    code = main(["train", "--bundle", str(region_parquet), "--out", str(tmp_path / "m"),
                 "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert code != 0
    assert "could not reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err
