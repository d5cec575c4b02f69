"""`doctor`: a health report for IT — build, versions, configuration, the app's role, model,
cache (with its programme places plan and caseworker roster), disk, updates.

Each check is ok, warn or FAIL with one line saying what was found and, when it is not ok,
what to do. Exit code 0 when nothing failed (warnings allowed), 1 otherwise, so software
distribution tools can run it after a rollout. Reads only; never repairs.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.admin.commands._doctor_check import FAIL, OK, WARN, Check

LOW_DISK_BYTES = 1 << 30  # 1 GB: room for a bundle import and a model update
CRITICAL_DISK_BYTES = 200 << 20
EXPIRY_SOON = timedelta(days=60)
PACKAGES = ("PySide6-Essentials", "onnxruntime", "onnx", "numpy", "pandas", "scipy", "tuf",
            "reportlab", "sqlite-utils")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "doctor", help="print a health report (versions, model, cache, disk, last update)",
        description="Check this laptop's Wayfinder installation: versions, the configuration "
        "files in effect, the installed model's signatures (offline), the case cache's "
        "integrity (PRAGMA quick_check), free disk space and the last update check. "
        "Exit code 0 when nothing failed.")
    parser.add_argument("--cache", type=Path, default=None, help="case cache (default: app's)")
    parser.add_argument("--store", type=Path, default=None, help="model store (default: app's)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run_doctor)


def versions() -> Check:
    from importlib import metadata

    from desktop_app import __version__
    from desktop_app.assets_path import is_frozen
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (version not recorded)")
    import sqlite3

    build = "frozen" if is_frozen() else "from source"
    return Check("versions", OK, f"Wayfinder {__version__} ({BUILD_FLAVOUR} build, {build}); "
                 f"Python {platform.python_version()} on {platform.platform()}; SQLite "
                 f"{sqlite3.sqlite_version}; " + ", ".join(found))


def build() -> Check:
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR
    from desktop_app.trust.errors import TrustRootError
    from desktop_app.trust.trust_root import builtin_trust_root, root_key_ids

    try:
        keys = ", ".join(k[:12] for k in root_key_ids(builtin_trust_root()))
    except TrustRootError as error:
        return Check("build", FAIL, f"{error} (this build cannot verify any model)")
    if BUILD_FLAVOUR == "demo":
        return Check("build", WARN, "DEMO build: it trusts the public DEMO keys, whose private "
                     "halves are published with the source, so a model signed with them is not "
                     "protected. Not for real cases: build with 'make package "
                     "FLAVOUR=production ROOT=<your 1.root.json> REPOSITORY=<your published "
                     "share> RIGHTS=<your filled rights templates>' (docs/it-guide.md)")
    return Check("build", OK, f"production build; trusts the root key(s) {keys}")


def configuration(checks: list[Check]):  # type: ignore[no-untyped-def]
    from desktop_app.config import ConfigError, config_files, defaults, load_settings

    try:
        settings = load_settings()
    except ConfigError as error:
        checks.append(Check("configuration", FAIL, f"{error} (defaults are used until fixed)"))
        return defaults()
    read = ", ".join(str(p) for p in settings.files) or "none (built-in defaults)"
    looked = ", ".join(str(p) for p in config_files())
    checks.append(Check("configuration", OK, f"files in effect: {read}; looked for: {looked}"))
    for notice in settings.notices:
        checks.append(Check("configuration", WARN, notice))
    for key in ("case_cache", "model_store", "update_share", "log_dir"):
        value = getattr(settings, key)
        checks.append(Check(f"path {key}", OK, f"{value or 'not set'} "
                            f"(from {settings.origin.get(key, 'default')})"))
    checks.append(role(settings))
    return settings


def role(settings) -> Check:  # type: ignore[no-untyped-def]
    """Who the app starts as: IT's `[app] role` wins over the start option `--role`."""
    screens = ("the Team lead menu with the planning of programme places and the assignment "
               "of caseworkers")
    if settings.role == "team_lead":
        return Check("role", OK, f"team lead (set by IT in {settings.origin['role']}): "
                     f"{screens}; --role is ignored")
    if settings.role == "caseworker":
        return Check("role", OK, f"caseworker (set by IT in {settings.origin['role']}): no "
                     "team lead screens; --role is ignored")
    return Check("role", OK, "caseworker (default, not set by IT): a team lead starts "
                 f"'wayfinder --role team-lead' for {screens}, or IT sets [app] role = "
                 '"team_lead" in wayfinder.toml. The role chooses screens, not permissions')


def model(store_path: Path, now: datetime,
          settings) -> tuple[list[Check], str | None]:  # type: ignore[no-untyped-def]
    """The installed model's checks, and its version when it verified (else None)."""
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.install_state import load_store_state
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.model_store import ModelStore

    store = ModelStore(store_path, settings.state_dir)
    checks = []
    version = None
    try:
        verified = load_verified_model(store, clock=lambda: now)
    except TrustError as error:
        checks.append(Check("model", FAIL, f"{error} (store {store_path})"))
    else:
        version = str(verified.version) if verified.usable else None
        keys = ", ".join(k[:12] for k in verified.key_ids)
        period = verified.training_period
        detail = (f"version {verified.version} verified offline; trained on "
                  f"{period.get('from', period.get('start', '?'))} to "
                  f"{period.get('to', period.get('end', '?'))}; signed {verified.signed_at} "
                  f"by key(s) {keys}")
        detail += (f"; publisher {verified.publisher} (delegated)" if verified.publisher
                   else "; a shared model (top-level publisher)")
        if verified.local_rule == "pinned":
            detail += f"; PINNED on this laptop by IT ({verified.local_reason})"
        if verified.withdrawn:
            checks.append(Check("model", WARN, f"{detail}; WITHDRAWN "
                                f"({verified.withdrawn_reason or 'no reason given'}): no "
                                "suggestions are shown until a newer version is installed"))
        else:
            checks.append(Check("model", OK, detail))
        expires = verified.metadata_expires
        status = WARN if expires - now < EXPIRY_SOON else OK
        checks.append(Check("signed metadata expiry", status,
                            f"{expires:%Y-%m-%d}: after that, updates from the share are refused "
                            "until IT re-signs (the installed model keeps working)"))
    checks.append(record(store))
    checks.append(followed_publisher(settings))
    try:
        state = load_store_state(store)
        last = state.last_check()
    except TrustError as error:
        checks.append(Check("last update check", FAIL, str(error)))
        return checks, version
    checks.append(local_rules(state))
    limit = timedelta(days=settings.max_check_age_days)
    if last is None:
        checks.append(Check("last update check", WARN, "never (no successful update yet)"))
    else:
        age = now - last
        if age > limit:
            checks.append(Check("last update check", WARN, (
                f"{last:%Y-%m-%d %H:%M} UTC, {age.days} days ago: older than the "
                f"{limit.days} days IT allows (updates.max_check_age_days). This laptop has "
                "not verified the share since, so it would not know of a withdrawn model; "
                "suggestions keep working. Check that the update share is reachable.")))
        else:
            checks.append(Check("last update check", OK, (
                f"{last:%Y-%m-%d %H:%M} UTC ({age.days} days ago; IT allows "
                f"{limit.days})")))
    return checks, version


def local_rules(state) -> Check:  # type: ignore[no-untyped-def]
    """IT's pins, refusals and local withdrawals on this laptop, with their reasons."""
    parts = []
    if state.pinned:
        parts.append(f"version {state.pinned['version']} pinned ({state.pinned['reason']})")
    for version, rule in sorted(state.local_refusals.items()):
        what = "withdrawn here" if rule.get("action") == "withdraw" else "refused"
        parts.append(f"version {version} {what} ({rule.get('reason', '')})")
    if not parts:
        return Check("local model rules", OK, "none (models pin/refuse/withdraw-local)")
    return Check("local model rules", OK, "; ".join(parts) + (
        f"; {len(state.local_history)} change(s) recorded, see 'models status'"))


def followed_publisher(settings) -> Check:  # type: ignore[no-untyped-def]
    """Which delegated publisher IT set this laptop to follow (docs/model-updates.md)."""
    if not settings.publisher:
        return Check("publisher", OK, "shared models only ([updates] publisher not set)")
    return Check("publisher", OK, (
        f"{settings.publisher}: its own models and the shared ones ([updates] publisher, "
        f"{settings.origin.get('publisher', 'default')})"))


def record(store) -> Check:  # type: ignore[no-untyped-def]
    """Where the anti-rollback record lives, and whether this account may change it."""
    if store.state_dir is None:
        return Check("anti-rollback record", OK, (
            f"{store.state_path} (in the model store; IT can keep it in an administrator-only "
            "folder with [updates] state_dir in the system configuration)"))
    writable = "yes" if store.state_writable() else "no (updates are installed by IT)"
    return Check("anti-rollback record", OK, (
        f"{store.state_path} (administrator-only folder set by IT; writable by this account: "
        f"{writable})"))


def cache(path: Path, model_version: str | None = None) -> list[Check]:
    """The cache's integrity, and what else about it needs IT: its audit key, a purge whose
    compaction is still pending, the programme places plan, the caseworker roster, the
    installed model's local check."""
    from desktop_app.admin.commands._doctor_local_check import local_check
    from desktop_app.admin.commands._doctor_places import places_checks
    from desktop_app.cache.connection import CacheError, database_errors, open_cache
    from desktop_app.protection.integrity import damage_findings

    if not path.exists():
        return [Check("case cache", WARN, f"no case cache yet at {path} (import a bundle)")]
    try:
        db = open_cache(path, create=False)
    except CacheError as error:
        text = str(error)
        if "Recover a cache" not in text:
            text += " (see docs/it-guide.md, 'Recover a cache')"
        return [Check("case cache", FAIL, text)]
    try:
        result = damage_findings(db.execute("PRAGMA quick_check(5)").fetchall())
        if result != ["ok"]:
            found = "; ".join(result)[:300]
            return [Check("case cache", FAIL, f"{path} is damaged (see docs/it-guide.md, "
                          f"'Recover a cache'): quick_check found: {found}")]
        citizens = db.execute("SELECT count(*) FROM citizens").fetchone()[0]
        extra = _cache_extras(db, path) + places_checks(db, model_version)
        if model_version is not None:
            extra.append(local_check(db, model_version, str(path)))
    except database_errors() as error:  # damage bad enough that the check itself cannot run
        return [Check("case cache", FAIL, f"{path} is damaged ({error}); see docs/it-guide.md, "
                      "'Recover a cache'")]
    finally:
        db.close()
    size = path.stat().st_size / 1e6
    return [Check("case cache", OK, f"{path}: quick_check ok, {citizens} citizens, "
                  f"{size:.1f} MB"), *extra]


def _cache_extras(db, path: Path) -> list[Check]:  # type: ignore[no-untyped-def]
    from desktop_app.cache import meta
    from desktop_app.cache.audit_key import AuditKeyError, audit_key_for, trail_started
    from desktop_app.protection.cli_support import audit_key_path

    checks = []
    pending = meta.get(db, meta.SCRUB_PENDING)
    if pending:
        checks.append(Check("purge", WARN, f"a purge on {pending[:10]} deleted cases but could "
                            "not compact the file (deleted data may still be readable in free "
                            "pages): free disk space and run `wayfinder-admin purge "
                            "--older-than DAYS` again"))
    key_path = audit_key_path()
    if not key_path.exists() and not trail_started(db):
        checks.append(Check("audit key", OK, f"not made yet ({key_path}); made with the "
                            "cache's first audit entry"))
        return checks
    try:
        audit_key_for(db, key_path)
    except AuditKeyError as error:
        checks.append(Check("audit key", FAIL, str(error)))
    else:
        checks.append(Check("audit key", OK, f"{key_path} matches the trail of cache "
                            f"{meta.cache_id(db)}; keep a copy apart from the cache backups"))
    return checks


def heads() -> Check:
    from desktop_app.protection import os_log

    where = os_log.destination()
    if not os_log.available():
        return Check("audit heads", WARN, f"cannot reach the OS log ({where}): tamper evidence "
                     "rests on exports, sheets and heads IT collects; see docs/it-guide.md")
    return Check("audit heads", OK, f"written to {where}")


def disk(paths: list[Path]) -> list[Check]:
    checks, seen = [], set()
    for path in paths:
        existing = next((p for p in (path, *path.parents) if p.exists()), Path(path.anchor))
        device = existing.stat().st_dev
        if device in seen:
            continue  # same disk as a path already reported
        seen.add(device)
        usage = shutil.disk_usage(existing)
        status = FAIL if usage.free < CRITICAL_DISK_BYTES else (
            WARN if usage.free < LOW_DISK_BYTES else OK)
        checks.append(Check("free disk", status, f"{usage.free / 1e9:.1f} GB free at {existing}"))
    return checks


def share(settings) -> Check:  # type: ignore[no-untyped-def]
    if settings.update_share is None:
        return Check("update share", OK, "not configured (IT runs 'models update --from DIR')")
    if not (settings.update_share / "metadata").is_dir():
        return Check("update share", WARN, f"{settings.update_share} is not reachable or holds "
                     "no model repository (the installed model keeps working)")
    return Check("update share", OK, f"{settings.update_share} reachable")


def run_doctor(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    checks = [versions(), build()]
    settings = configuration(checks)
    cache_path = args.cache or settings.case_cache
    store_path = args.store or settings.model_store
    model_checks, model_version = model(store_path, now, settings)
    checks += model_checks
    checks += cache(cache_path, model_version)
    checks.append(heads())
    checks += disk([cache_path.parent, store_path])
    checks.append(share(settings))
    if args.json:
        json.dump({"checks": [asdict(c) for c in checks],
                   "healthy": all(c.status != FAIL for c in checks)}, sys.stdout, indent=2)
        print()
    else:
        for check in checks:
            print(f"[{check.status:>4}] {check.name}: {check.detail}")
    return 1 if any(c.status == FAIL for c in checks) else 0
