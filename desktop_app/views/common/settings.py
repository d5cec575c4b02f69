"""Caseworker settings, each declared once (key, type, default), stored in an INI file in the
app's data folder (`WAYFINDER_HOME` moves it, as it moves everything else)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


CASEWORKER_ID = Option("caseworker/id", str, "")
# The name printed on citizens' sheets as who decided (else the caseworker roster's name).
CASEWORKER_NAME = Option("caseworker/display_name", str, "")
OWN_ASSESSMENT_FIRST = Option("meeting/own_assessment_first", bool, False)
OPTIONS = (CASEWORKER_ID, CASEWORKER_NAME, OWN_ASSESSMENT_FIRST)


def _store() -> QSettings:
    from desktop_app.locations import app_data_dir

    settings = QSettings(str(app_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    if int(settings.value("settings_version", 0, int)) < VERSION:  # type: ignore[call-overload]
        settings.setValue("settings_version", VERSION)  # no older layout to migrate yet
    return settings


def get(option: Option) -> Any:
    value = _store().value(option.key, option.default, option.type)  # type: ignore[call-overload]
    return option.default if value is None else value


def put(option: Option, value: Any) -> None:
    if not isinstance(value, option.type):
        raise TypeError(f"setting {option.key} takes {option.type.__name__}")
    store = _store()
    store.setValue(option.key, value)
    store.sync()
