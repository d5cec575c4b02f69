"""Entry point of `wayfinder-admin`.

Commands are discovered, not listed: every module in `desktop_app.admin.commands` (laptop-side
commands for IT) and, when the central `training` package is installed, every module in
`training.commands` (data-team commands) exposes `register(subparsers)`. The laptop app never
imports `training` statically; a frozen laptop build simply has no central commands.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from desktop_app.admin.errors import AdminError
from desktop_app.leftovers import clean_leftovers
from desktop_app.private_files import use_private_umask

COMMAND_PACKAGES = ("desktop_app.admin.commands", "training.commands")


def _command_modules() -> list[ModuleType]:
    modules: list[ModuleType] = []
    for package_name in COMMAND_PACKAGES:
        try:
            package = importlib.import_module(package_name)
        except ModuleNotFoundError:
            continue  # the central package is not part of laptop builds
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if info.name.startswith("_"):
                continue
            modules.append(importlib.import_module(f"{package_name}.{info.name}"))
    return modules


def command_group(
    subparsers: argparse._SubParsersAction, name: str, help_text: str
) -> argparse._SubParsersAction:
    """Return the sub-command set of group `name` (e.g. `models`), creating it on first use.

    Laptop and central modules both add commands to one group without knowing of each other.
    """
    # Kept on the parser itself: a registry keyed by id() would hand a new parser the groups
    # of a dead one whose id was reused.
    groups: dict[str, argparse._SubParsersAction] = subparsers.__dict__.setdefault(
        "_wayfinder_groups", {}
    )
    if name not in groups:
        group_parser = subparsers.add_parser(name, help=help_text, description=help_text)
        groups[name] = group_parser.add_subparsers(
            dest=f"{name}_command", metavar="COMMAND", required=True
        )
    return groups[name]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wayfinder-admin",
        description="Wayfinder administration: import case data, manage models, audit, package.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _command_modules():
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        if type(handler) is logging.StreamHandler and handler.stream is sys.stderr:
            # stderr keeps its level when the IT log lowers the root logger's to INFO
            handler.setLevel(level)
    use_private_umask()
    clean_leftovers(getattr(args, "cache", None) or _default_cache())
    _attach_it_log()
    try:
        result = args.handler(args)
    except AdminError as error:
        print(f"wayfinder-admin: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("wayfinder-admin: interrupted; nothing was committed", file=sys.stderr)
        return 130
    except Exception as error:  # one way to fail: a sentence and an exit code, never a traceback
        print(f"wayfinder-admin: error: {_unexpected(error, args)}", file=sys.stderr)
        return 1
    return int(result or 0)


def _unexpected(error: Exception, args: argparse.Namespace) -> str:
    """A sentence for an error no command turned into one; the code location goes to the IT
    log (redacted like everything there) for whoever fixes it."""
    from desktop_app.cache.connection import database_errors, database_problem

    logging.getLogger(__name__).error("%s failed", it_safe_name(args), exc_info=error)
    if isinstance(error, database_errors()):
        cache = getattr(args, "cache", None) or _default_cache() or "in use"
        return f"{database_problem(error, cache)}; the command stopped"
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}; the command stopped"
    return (f"{type(error).__name__}: {error}. This is a fault in Wayfinder; the IT log "
            "records where it happened. Please report it.")


def it_safe_name(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop_app.protection.it_log import it_safe

    return it_safe(str(getattr(args, "command", "the command")))


def _default_cache():  # type: ignore[no-untyped-def]
    from desktop_app.locations import default_cache_path

    try:
        return default_cache_path()
    except Exception:  # a broken configuration is reported by the command that needs it
        return None


def _attach_it_log() -> None:
    """Every admin command also writes the IT log (never names, ids or CV text)."""
    from desktop_app.protection.it_log import setup_it_log

    try:
        setup_it_log()
    except OSError as error:  # an unwritable log folder must not stop IT's command
        logging.getLogger(__name__).warning("IT log not written: %s", error)


if __name__ == "__main__":
    sys.exit(main())
