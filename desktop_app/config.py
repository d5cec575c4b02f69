"""IT configuration: where the case cache, model store, update share and logs live.

Defaults come from `desktop_app.locations` (per-user, platform-appropriate). IT can move them
with a TOML file; later files win:
  1. system file (written by IT; needs administrator rights):
     Windows `%PROGRAMDATA%\\Wayfinder\\wayfinder.toml`, macOS
     `/Library/Application Support/Wayfinder/wayfinder.toml`, Linux `/etc/wayfinder/wayfinder.toml`
  2. per-user file: `%APPDATA%\\Wayfinder\\wayfinder.toml`, `~/Library/Application Support/
     Wayfinder/wayfinder.toml`, `$XDG_CONFIG_HOME/wayfinder/wayfinder.toml`
  3. `$WAYFINDER_CONFIG`, if set (one explicit file, e.g. while IT tests a rollout)
With `WAYFINDER_HOME` set (tests, portable installs) only `$WAYFINDER_HOME/wayfinder.toml` and
`$WAYFINDER_CONFIG` are read, so such a home is isolated from the machine's files; a production
build reads the system file as well and takes administrator-only settings from it alone (any
user can set `WAYFINDER_HOME` for their own process).

    [paths]
    case_cache = "D:/Wayfinder/case-cache.sqlite"
    model_store = "D:/Wayfinder/models"
    update_share = "//fileserver/wayfinder-models"
    log_dir = "D:/Wayfinder/logs"

    [sheet]
    country = "DK"   # whose rights the citizen's sheet prints when no model says so

    [app]
    role = "team_lead"   # "caseworker" (default) or "team_lead": the team lead's screens

    [updates]
    max_check_age_days = 30     # warn when the last successful update check is older
    state_dir = "C:/ProgramData/Wayfinder/state"   # system file only (see below)
    publisher = "odense"   # system file only: the delegated publisher this laptop follows

`updates.state_dir` moves the model store's anti-rollback record to a folder only administrators
can write. It is read only from the system file (or, with `WAYFINDER_HOME` in a DEMO build, that
home's file): a per-user file or `$WAYFINDER_CONFIG` could otherwise point it at a folder the
user controls. `updates.publisher` names the delegated publisher (municipality or region) whose
own packages this laptop installs besides the shared ones (docs/model-updates.md); it too is
read only from the system file, so a user cannot switch to another municipality's models.

No file can change which keys are trusted: the trust root is built into the app
(`desktop_app.trust.trust_root`). A setting that tries is ignored and reported by name.
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.data_dir import APP_NAME, app_data_dir

log = logging.getLogger(__name__)
FILE_NAME = "wayfinder.toml"
PATH_KEYS = ("case_cache", "model_store", "update_share", "log_dir")
UPDATE_KEYS = ("max_check_age_days", "state_dir", "publisher")
MODEL_KEYS = ("use_without_local_check",)  # system file only (administrators)
ADMIN_ONLY = ("state_dir", "publisher")
DEFAULT_MAX_CHECK_AGE_DAYS = 90
_TRUST_WORDS = ("trust", "root", "key", "flavour", "flavor", "signer", "certificate")
TRUST_NOTICE = (
    "ignored: which keys are trusted is built into the app and cannot be changed by a "
    "configuration file (see docs/model-updates.md for a production build with your own root)"
)


class ConfigError(ValueError):
    """A configuration file cannot be used; the message names the file, line or setting."""


@dataclass
class Settings:
    case_cache: Path
    model_store: Path
    update_share: Path | None
    log_dir: Path
    max_check_age_days: int = DEFAULT_MAX_CHECK_AGE_DAYS
    state_dir: Path | None = None  # administrator-only folder for the anti-rollback record
    files: list[Path] = field(default_factory=list)  # configuration files that were read
    origin: dict[str, str] = field(default_factory=dict)  # setting -> "default" or file
    notices: list[str] = field(default_factory=list)  # ignored settings, with why
    sheet_country: str | None = None  # [sheet] country: ISO 3166 alpha-2, e.g. "DK"
    role: str | None = None  # [app] role: "caseworker" or "team_lead" (None: not set)
    publisher: str = ""  # [updates] publisher: the delegated publisher followed ("": none)
    # [models] use_without_local_check: use a model not shown to work on this municipality's
    # history (docs/local-check.md); read only from the system file, recorded in the audit trail
    use_without_local_check: bool = False


def system_config_file() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_NAME / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / FILE_NAME
    return Path("/etc") / APP_NAME.lower() / FILE_NAME


def user_config_file() -> Path:
    if os.environ.get("WAYFINDER_HOME"):
        return Path(os.environ["WAYFINDER_HOME"]) / FILE_NAME
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / APP_NAME / FILE_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME / FILE_NAME
    base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / APP_NAME.lower() / FILE_NAME


def _production_build() -> bool:
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    return BUILD_FLAVOUR == "production"


def _isolated_home() -> bool:
    """`WAYFINDER_HOME` isolates a test, demo or portable install from the system file; a
    production build never lets it (any user can set it for their own process)."""
    return bool(os.environ.get("WAYFINDER_HOME")) and not _production_build()


def config_files() -> list[Path]:
    """Candidate files in the order they apply (missing ones are skipped when loading)."""
    files = [] if _isolated_home() else [system_config_file()]
    files.append(user_config_file())
    if os.environ.get("WAYFINDER_CONFIG"):
        files.append(Path(os.environ["WAYFINDER_CONFIG"]))
    return files


def admin_config_files() -> list[Path]:
    """Files trusted for administrator-only settings: the system file (the home's file when
    `WAYFINDER_HOME` isolates a test or demo install, which has no administrator; never in a
    production build)."""
    if _isolated_home():
        return [user_config_file()]
    return [system_config_file()]


def defaults() -> Settings:
    home = app_data_dir()
    origin = dict.fromkeys((*PATH_KEYS, *UPDATE_KEYS), "default")
    return Settings(home / "case-cache.sqlite", home / "models", None, home / "logs",
                    origin=origin)


def load_settings(
    files: Sequence[Path] | None = None, admin_files: Sequence[Path] | None = None
) -> Settings:
    """Defaults overridden by every existing file in `files` (default: `config_files()`);
    administrator-only settings only from `admin_files` (default: `admin_config_files()`)."""
    settings = defaults()
    admin = admin_config_files() if admin_files is None else list(admin_files)
    for path in config_files() if files is None else files:
        if path.is_file():
            _apply(settings, path, _read(path), admin=path in admin)
            settings.files.append(path)
    return settings


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read ({error})") from None


def _is_trust_setting(name: str) -> bool:
    return any(word in name.lower() for word in _TRUST_WORDS)


def _apply(settings: Settings, path: Path, data: dict, admin: bool = False) -> None:
    for section, value in data.items():
        if section == "sheet" and isinstance(value, dict):
            _apply_sheet(settings, path, value)
            continue
        if section == "app" and isinstance(value, dict):
            _apply_app(settings, path, value)
            continue
        if section == "updates" and isinstance(value, dict):
            _apply_updates(settings, path, value, admin)
            continue
        if section == "models" and isinstance(value, dict):
            _apply_models(settings, path, value, admin)
            continue
        if section != "paths" or not isinstance(value, dict):
            why = TRUST_NOTICE if _is_trust_setting(section) else "ignored: unknown setting"
            settings.notices.append(f"{path}: '{section}' {why}")
            continue
        for key, raw in value.items():
            name = f"paths.{key}"
            if key not in PATH_KEYS:
                why = TRUST_NOTICE if _is_trust_setting(key) else (
                    f"ignored: unknown setting (known: {', '.join(PATH_KEYS)})")
                settings.notices.append(f"{path}: '{name}' {why}")
                continue
            setattr(settings, key, _as_path(path, name, raw))
            settings.origin[key] = str(path)


def _apply_sheet(settings: Settings, path: Path, values: dict) -> None:
    for key, raw in values.items():
        if key != "country":
            settings.notices.append(f"{path}: 'sheet.{key}' ignored: unknown setting (known: "
                                    "country)")
            continue
        if not isinstance(raw, str) or len(raw.strip()) != 2 or not raw.strip().isalpha():
            raise ConfigError(f"{path}: 'sheet.country' must be a two-letter country code "
                              f"such as \"DK\" (got {raw!r})")
        settings.sheet_country = raw.strip().upper()
        settings.origin["sheet_country"] = str(path)


ROLES = ("caseworker", "team_lead")


def _apply_app(settings: Settings, path: Path, values: dict) -> None:
    for key, raw in values.items():
        if key != "role":
            settings.notices.append(f"{path}: 'app.{key}' ignored: unknown setting (known: "
                                    "role)")
            continue
        if raw not in ROLES:
            raise ConfigError(f"{path}: 'app.role' must be one of {', '.join(ROLES)} "
                              f"(got {raw!r})")
        settings.role = raw
        settings.origin["role"] = str(path)


def configured_role() -> str | None:
    """The `[app] role` IT set, else None (then the start option or the default applies);
    a broken file is logged and ignored."""
    try:
        return load_settings().role
    except ConfigError as error:
        _report_once(logging.ERROR, f"configuration not used: {error}")
        return None


def configured_sheet_country() -> str | None:
    """The `[sheet] country` IT set, else None; a broken file is logged and ignored."""
    try:
        return load_settings().sheet_country
    except ConfigError as error:
        _report_once(logging.ERROR, f"configuration not used: {error}")
        return None


def _apply_models(settings: Settings, path: Path, value: dict, admin: bool) -> None:
    for key, raw in value.items():
        name = f"models.{key}"
        if key not in MODEL_KEYS:
            why = TRUST_NOTICE if _is_trust_setting(key) else (
                f"ignored: unknown setting (known: {', '.join(MODEL_KEYS)})")
            settings.notices.append(f"{path}: '{name}' {why}")
            continue
        if not admin:
            settings.notices.append(
                f"{path}: '{name}' ignored: read only from the system configuration file "
                f"(administrators only): {', '.join(str(p) for p in admin_config_files())}")
            continue
        if not isinstance(raw, bool):
            raise ConfigError(f"{path}: '{name}' must be true or false, not {raw!r}")
        settings.use_without_local_check = raw
        settings.origin[key] = str(path)


def configured_use_without_local_check() -> bool:
    """IT's `[models] use_without_local_check` (system file only); False when not set or
    when the configuration is broken or unreadable (the safe side: the local verdict applies)."""
    try:
        return load_settings().use_without_local_check
    except (ConfigError, OSError) as error:
        _report_once(logging.ERROR, f"configuration not used: {error}")
        return False


def _apply_updates(settings: Settings, path: Path, value: dict, admin: bool) -> None:
    for key, raw in value.items():
        name = f"updates.{key}"
        if key not in UPDATE_KEYS:
            why = TRUST_NOTICE if _is_trust_setting(key) else (
                f"ignored: unknown setting (known: {', '.join(UPDATE_KEYS)})")
            settings.notices.append(f"{path}: '{name}' {why}")
            continue
        if key in ADMIN_ONLY and not admin:
            settings.notices.append(
                f"{path}: '{name}' ignored: read only from the system configuration file "
                f"(administrators only): {', '.join(str(p) for p in admin_config_files())}")
            continue
        if key == "max_check_age_days":
            if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= 3650:
                raise ConfigError(f"{path}: '{name}' must be a whole number of days from 1 to "
                                  f"3650, not {raw!r}")
            settings.max_check_age_days = raw
        elif key == "publisher":
            settings.publisher = _publisher(path, name, raw)
        else:
            settings.state_dir = _as_path(path, name, raw)
        settings.origin[key] = str(path)


def _publisher(path: Path, name: str, raw: object) -> str:
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.package_info import check_publisher_name

    if not isinstance(raw, str):
        raise ConfigError(f"{path}: '{name}' must be a publisher name such as \"odense\"")
    try:
        return check_publisher_name(raw.strip()) if raw.strip() else ""
    except TrustError as error:
        raise ConfigError(f"{path}: '{name}': {error}") from None


def configured_publisher() -> str:
    """The delegated publisher IT configured (system file), else "" (shared models only); a
    broken or unreadable file is logged and ignored (shared models stay available)."""
    try:
        return load_settings().publisher
    except (ConfigError, OSError) as error:
        _report_once(logging.ERROR, f"configuration not used: {error}")
        return ""


def _as_path(path: Path, name: str, raw: object) -> Path:
    if not isinstance(raw, str) or not raw.strip():
        raise ConfigError(f"{path}: '{name}' must be a non-empty text (a folder or file path)")
    value = Path(os.path.expanduser(os.path.expandvars(raw.strip())))
    if not value.is_absolute() and not raw.startswith(("//", "\\\\")):
        raise ConfigError(f"{path}: '{name}' = {raw!r} must be an absolute path")
    return value


_reported: set[str] = set()


def configured(key: str) -> Path | None:
    """The path a configuration file sets for `key`, else None (then the default applies).

    A broken file is logged (once) and ignored rather than stopping the app; `wayfinder-admin
    doctor` shows the same message to IT.
    """
    try:
        settings = load_settings()
    except ConfigError as error:
        _report_once(logging.ERROR, f"configuration not used: {error}")
        return None
    for notice in settings.notices:
        _report_once(logging.WARNING, notice)
    if settings.origin.get(key, "default") == "default":
        return None
    return getattr(settings, key)


def _report_once(level: int, message: str) -> None:
    if message not in _reported:
        _reported.add(message)
        log.log(level, "%s", message)
