"""No personal data in the IT log: the import, model update, sheet, purge and access-export
paths run with logging at DEBUG into the IT log; the log is then searched for every citizen's
name, id and CV text. Markup in names stays literal text wherever it is logged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.protection import it_log
from desktop_app.protection.it_log import REDACTED, it_safe, setup_it_log
from tests.foundation.bundle_factory import write_bundle
from tests.protection.conftest import AUDIT_KEY, CLOSED_ID, protection_citizens
from tests.trust import conftest as trust_fixtures

keys, world, installed_v1 = trust_fixtures.keys, trust_fixtures.world, trust_fixtures.installed_v1
MARKUP_NAME = '<img src="http://x/a.png"/>'


@pytest.fixture
def it_log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    # The watch list is per process: start from an empty one (earlier tests in this worker
    # imported citizens named e.g. "Closed Case", which would redact the word "case" here).
    watched = set(it_log._watched)
    it_log._watched.clear()
    handler = setup_it_log(tmp_path / "logs", level=logging.DEBUG)
    yield tmp_path / "logs" / "wayfinder.log"
    logging.getLogger().removeHandler(handler)
    handler.close()
    it_log._watched.update(watched)


def _needles(people: list[dict]) -> set[str]:
    needles = set()
    for person in people:
        needles.add(person["id"])
        needles.update(part for part in person["name"].split() if len(part) >= 4)
        needles.add(person["cv_text"])
    return needles


def test_it_log_holds_no_names_ids_or_cv_text(
    tmp_path: Path, it_log_file: Path, installed_v1, monkeypatch, capsys  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "keys").mkdir(parents=True)
    (tmp_path / "home" / "keys" / "audit.key").write_bytes(AUDIT_KEY)
    people = protection_citizens(30)
    people[7]["name"] = MARKUP_NAME
    bundle = write_bundle(tmp_path / "bundle", citizens=people)
    cache = str(tmp_path / "cache.sqlite")
    # import, access export, purge, audit verify: the laptop's data paths, at DEBUG
    assert main(["-v", "import", str(bundle), "--cache", cache, "--quiet"]) == 0
    assert main(["-v", "citizen", "export", "C00002", "--cache", cache,
                 "--out", str(tmp_path / "access")]) == 0
    assert main(["-v", "purge", "--older-than", "30", "--cache", cache]) == 0
    assert main(["-v", "audit", "verify", "--cache", cache,
                 "--log-dir", str(it_log_file.parent)]) == 0
    # a model update (signed share -> store), at DEBUG
    trust = installed_v1
    trust.add(2, weight=2.0)
    trust.publish()
    assert trust.update().installed_version == 2
    # the explanation sheet path: render, write, audit
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.export import export_sheet
    from tests.reports.sample import request, unlogged

    export_sheet(build_sheet(request("en", name=people[2]["name"])), tmp_path / "s.pdf", unlogged)
    # careless log calls elsewhere in the app: arguments and f-strings with personal data
    app_log = logging.getLogger("desktop_app.protection.careless_caller")
    app_log.setLevel(logging.DEBUG)  # other tests in this worker may have raised levels
    app_log.debug("opened case %s for %s", people[1]["id"], people[1]["name"])
    app_log.info(f"search result: {people[4]['name']} ({people[4]['id']})")
    app_log.info("cv length %d, model %s", len(people[1]["cv_text"]), it_safe("v2"))
    try:
        raise ValueError(f"bad value in {people[6]['name']}")
    except ValueError:
        app_log.exception("could not score")
    logging.getLogger().handlers[-1].flush()
    text = it_log_file.read_text(encoding="utf-8")
    assert f"cv length {len(people[1]['cv_text'])}, model v2" in text  # numbers and it_safe pass
    assert text.count("audit head") >= 3  # import, export, purge: the log is really written
    assert f"opened case {REDACTED} for {REDACTED}" in text and "ValueError" in text
    leaked = sorted(n for n in _needles(people) if n in text)
    assert leaked == [], f"personal data in the IT log: {leaked}"
    assert CLOSED_ID not in text and "Zebulon" not in text
    assert "<img" not in text  # the markup name was a watched value: redacted too
    captured = capsys.readouterr()
    assert "wayfinder-admin: error" not in captured.err


def test_markup_is_logged_as_literal_text_in_developer_logs(tmp_path: Path) -> None:
    """Outside the IT log (stderr at -v) markup is printed verbatim, never interpreted."""
    stream_path = tmp_path / "stderr.log"
    handler = logging.FileHandler(stream_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("tests.protection.markup")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        log.info("title %s", "Lagermedarbejder <b>")
    finally:
        log.removeHandler(handler)
        handler.close()
    assert stream_path.read_text(encoding="utf-8").strip() == "title Lagermedarbejder <b>"


def test_watch_redacts_whole_words_only() -> None:
    it_log.watch(["Xerxesina Qwopp", "C55555"])
    assert it_log.redact_text("Xerxesina opened C55555 then Xerxesinas") == (
        f"{REDACTED} opened {REDACTED} then Xerxesinas"
    )
