"""Where Wayfinder keeps its files on a laptop: case cache, model store, logs, configuration.

Platform-appropriate defaults (XDG on Linux, %LOCALAPPDATA% on Windows, ~/Library on macOS);
`WAYFINDER_HOME` moves everything under one folder (tests, portable installs). IT can move each
location with a configuration file (`desktop_app.config`). The trust root
is deliberately NOT here: it is built into the app and no location setting can change it.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.data_dir import APP_NAME, app_data_dir

__all__ = ["APP_NAME", "app_data_dir"]  # and the locations below

def _configured(key: str) -> Path | None:
    from desktop_app.config import configured  # imports this module; IT's wayfinder.toml

    return configured(key)


def default_cache_path() -> Path:
    return _configured("case_cache") or app_data_dir() / "case-cache.sqlite"


def default_model_store() -> Path:
    return _configured("model_store") or app_data_dir() / "models"


def default_state_dir() -> Path | None:
    """The administrator-only folder for the model store's anti-rollback record, if IT set one
    in the system configuration file (`[updates] state_dir`)."""
    return _configured("state_dir")


def laptop_model_store(root: Path | None = None):  # type: ignore[no-untyped-def]
    """The laptop's `ModelStore` (default folder unless `root`), with IT's state folder."""
    from desktop_app.trust.model_store import ModelStore

    return ModelStore(root or default_model_store(), default_state_dir())


def max_check_age_days() -> int:
    """Days after which the last successful update check counts as stale (IT's setting)."""
    from desktop_app.config import DEFAULT_MAX_CHECK_AGE_DAYS, ConfigError, load_settings

    try:
        return load_settings().max_check_age_days
    except ConfigError:
        return DEFAULT_MAX_CHECK_AGE_DAYS  # `configured` logs the broken file once


def default_log_dir() -> Path:
    return _configured("log_dir") or app_data_dir() / "logs"


def default_update_share() -> Path | None:
    """The folder IT publishes signed models to, if a configuration file names one."""
    return _configured("update_share")


def default_taxonomy_path() -> Path:
    return app_data_dir() / "taxonomy.sqlite"
