"""IT configuration: files move the four locations, later files win, bad files are named, and
no file can change which keys are trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import locations
from desktop_app.config import ConfigError, config_files, load_settings, system_config_file
from desktop_app.trust.trust_root import builtin_trust_root


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WAYFINDER_CONFIG", raising=False)
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_are_the_platform_locations(home):
    settings = load_settings()
    assert settings.case_cache == home / "case-cache.sqlite"
    assert settings.model_store == home / "models"
    assert settings.update_share is None and settings.files == []
    assert set(settings.origin.values()) == {"default"}


def test_later_files_win_and_the_app_uses_them(home, tmp_path, monkeypatch):
    system = write(tmp_path / "etc" / "wayfinder.toml",
                   f'[paths]\nmodel_store = "{tmp_path}/sys-models"\nlog_dir = "{tmp_path}/l"\n')
    user = write(tmp_path / "user.toml", f'[paths]\nmodel_store = "{tmp_path}/user-models"\n')
    settings = load_settings([system, tmp_path / "missing.toml", user])
    assert settings.model_store == tmp_path / "user-models"
    assert settings.log_dir == tmp_path / "l"
    assert settings.files == [system, user]
    assert settings.origin["model_store"] == str(user)
    # the per-user file of this home, read through locations as the app and commands do
    write(home / "wayfinder.toml", f'[paths]\ncase_cache = "{tmp_path}/c.sqlite"\n'
          f'update_share = "{tmp_path}/share"\n')
    assert locations.default_cache_path() == tmp_path / "c.sqlite"
    assert locations.default_update_share() == tmp_path / "share"
    assert locations.default_model_store() == home / "models"
    monkeypatch.setenv("WAYFINDER_CONFIG", str(user))
    assert locations.default_model_store() == tmp_path / "user-models"


def test_an_isolated_home_skips_the_system_file(home, monkeypatch):
    assert system_config_file() not in config_files()
    monkeypatch.delenv("WAYFINDER_HOME")
    assert config_files()[0] == system_config_file()


def test_environment_variables_and_home_are_expanded(home, tmp_path, monkeypatch):
    monkeypatch.setenv("DATA_DISK", str(tmp_path / "disk"))
    path = write(tmp_path / "c.toml", '[paths]\ncase_cache = "$DATA_DISK/cache.sqlite"\n')
    assert load_settings([path]).case_cache == tmp_path / "disk" / "cache.sqlite"


def test_a_syntax_error_names_the_file_and_line(home, tmp_path):
    path = write(tmp_path / "bad.toml", '[paths]\ncase_cache = "/x"\nmodel_store = \n')
    with pytest.raises(ConfigError, match=r"bad\.toml: not valid TOML: .*line 3"):
        load_settings([path])


@pytest.mark.parametrize("value, problem", [
    ('"relative/cache.sqlite"', "must be an absolute path"),
    ("42", "must be a non-empty text"),
    ('""', "must be a non-empty text"),
])
def test_a_bad_value_names_the_setting(home, tmp_path, value, problem):
    path = write(tmp_path / "c.toml", f"[paths]\ncase_cache = {value}\n")
    with pytest.raises(ConfigError, match=rf"c\.toml: 'paths\.case_cache'.*{problem}"):
        load_settings([path])


def test_a_broken_file_falls_back_to_defaults_with_a_logged_error(home, caplog):
    write(home / "wayfinder.toml", "[paths\n")
    assert locations.default_cache_path() == home / "case-cache.sqlite"
    assert "configuration not used" in caplog.text and "wayfinder.toml" in caplog.text


TRUST_ATTEMPTS = [
    '[trust]\nroot = "/tmp/evil_root.json"\n',
    '[paths]\ntrust_root = "/tmp/evil_root.json"\n',
    '[paths]\ntrusted_keys = "/tmp/keys"\n',
    'build_flavour = "production"\n',
    '[paths]\nroots_dir = "/tmp/roots"\n',
]


@pytest.mark.parametrize("text", TRUST_ATTEMPTS)
def test_a_trust_root_setting_is_ignored_with_a_clear_notice(home, tmp_path, text, caplog):
    evil = write(tmp_path / "evil_root.json", '{"signed": {"_type": "root", "keys": {}}}')
    before = builtin_trust_root()
    write(home / "wayfinder.toml", text.replace("/tmp/evil_root.json", str(evil)))
    settings = load_settings()
    assert len(settings.notices) == 1
    assert "cannot be changed by a configuration file" in settings.notices[0]
    assert str(home / "wayfinder.toml") in settings.notices[0]
    locations.default_model_store()  # the app's path lookups log the notice for IT
    assert "cannot be changed by a configuration file" in caplog.text
    assert builtin_trust_root() == before


def test_unknown_settings_are_named_not_silently_dropped(home, tmp_path):
    path = write(tmp_path / "c.toml", '[paths]\ncache = "/x"\n[ui]\ntheme = "dark"\n')
    notices = load_settings([path]).notices
    assert any("'paths.cache' ignored: unknown setting (known: case_cache" in n for n in notices)
    assert any("'ui' ignored: unknown setting" in n for n in notices)


def test_update_settings_from_the_system_file(home, tmp_path, monkeypatch):
    """IT sets the staleness limit and an administrator-only folder for the anti-rollback
    record; the record's folder is honoured only from the system file."""
    system = write(tmp_path / "etc" / "wayfinder.toml",
                   f'[updates]\nmax_check_age_days = 14\nstate_dir = "{tmp_path}/admin"\n')
    settings = load_settings([system], admin_files=[system])
    assert settings.max_check_age_days == 14
    assert settings.state_dir == tmp_path / "admin"
    assert settings.origin["state_dir"] == str(system)


def test_state_dir_from_a_user_file_is_ignored(home, tmp_path):
    user = write(tmp_path / "user.toml", f'[updates]\nstate_dir = "{tmp_path}/mine"\n')
    settings = load_settings([user], admin_files=[])
    assert settings.state_dir is None
    assert any("'updates.state_dir' ignored: read only from the system configuration file"
               in n for n in settings.notices)


def test_the_isolated_home_file_counts_as_the_system_file(home, tmp_path):
    write(home / "wayfinder.toml", f'[updates]\nstate_dir = "{tmp_path}/admin"\n')
    assert locations.default_state_dir() == tmp_path / "admin"
    store = locations.laptop_model_store()
    assert store.state_path == tmp_path / "admin" / "install-state.json"


@pytest.mark.parametrize("value", ["0", "-3", '"30"', "100000", "1.5"])
def test_a_bad_maximum_age_names_the_setting(home, tmp_path, value):
    path = write(tmp_path / "c.toml", f"[updates]\nmax_check_age_days = {value}\n")
    with pytest.raises(ConfigError, match=r"'updates\.max_check_age_days' must be a whole "
                                          r"number of days from 1 to 3650"):
        load_settings([path])


def test_a_production_build_takes_administrator_settings_from_the_system_file_only(
        home, tmp_path, monkeypatch):
    """Outside trial (hostile caseworker, issue 21): `WAYFINDER_HOME` is an environment
    variable the user sets for their own process. If its file counted as the system file in a
    production build, `[models] use_without_local_check = true` there would bring back a model
    the local check held back (and `publisher` / `state_dir` would be the user's too). A
    production build reads the system file and takes administrator-only settings from it
    alone; the isolated home stays the administrator's only in DEMO builds and tests."""
    from desktop_app import config

    system = tmp_path / "etc" / "wayfinder.toml"
    monkeypatch.setattr(config, "system_config_file", lambda: system)
    write(home / "wayfinder.toml", "[models]\nuse_without_local_check = true\n"
          '[updates]\npublisher = "odense"\n')
    assert load_settings().use_without_local_check is True  # DEMO build: the home is IT's
    monkeypatch.setattr("desktop_app.trust.build_flavour.BUILD_FLAVOUR", "production")
    settings = load_settings()
    assert (settings.use_without_local_check, settings.publisher) == (False, "")
    assert any("'models.use_without_local_check' ignored: read only from the system "
               f"configuration file (administrators only): {system}" in n
               for n in settings.notices)
    write(system, "[models]\nuse_without_local_check = true\n")
    assert config_files()[0] == system
    assert load_settings().use_without_local_check is True
