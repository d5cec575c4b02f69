"""Entry point of the `wayfinder` GUI (also `python -m desktop_app`).

Arguments are parsed before Qt is imported, so `--help` is instant and a bad argument gets a
plain message. The case cache is `--cache PATH`, else `$WAYFINDER_CACHE`, else the per-user
default location.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.locations import default_cache_path


def cache_path_from(args_cache: str | None) -> Path:
    if args_cache:
        return Path(args_cache)
    env = os.environ.get("WAYFINDER_CACHE")
    return Path(env) if env else default_cache_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wayfinder", description="Wayfinder: case search and follow-up for caseworkers."
    )
    parser.add_argument(
        "--cache",
        metavar="PATH",
        help="case cache to open (default: $WAYFINDER_CACHE, else the per-user cache)",
    )
    parser.add_argument(
        "--language",
        choices=["en", "da", "nb", "nl"],
        help="interface language (default: the system language when supported, else English)",
    )
    parser.add_argument(
        "--caseworker",
        metavar="ID",
        help="caseworker id recorded with decisions (default: the declared setting, else the "
        "operating system user name)",
    )
    parser.add_argument(
        "--caseworker-name",
        metavar="NAME",
        help="your name as printed on citizens' sheets as who decided (default: the declared "
        "setting, else the caseworker roster's name; without one the sheet says 'your "
        "caseworker' and never prints a login name)",
    )
    parser.add_argument(
        "--role",
        choices=["caseworker", "team-lead"],
        help="who uses the app: a team lead also gets the planning and caseworker-assignment "
        "screens (menu Team lead); IT can set it with [app] role in wayfinder.toml, which "
        "then wins (default: caseworker)",
    )
    parser.add_argument("--dark", action="store_true", default=None, help="dark colours")
    parser.add_argument("--light", dest="dark", action="store_false", help="light colours")
    # For benchmarks and smoke tests: exit 0 once the window is usable.
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation (translations, model signature, case cache, scoring, "
        "explanation sheet) in a temporary folder, print 'smoke test passed' and exit",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_app.private_files import use_private_umask

    args = build_parser().parse_args(argv)
    use_private_umask()  # everything this process writes is the user's alone (0600 / 0700)
    if args.smoke_test:
        from desktop_app.smoke import main as smoke_test

        return smoke_test()
    from desktop_app.leftovers import clean_leftovers
    from desktop_app.views.application import run_gui

    cache = cache_path_from(args.cache)
    clean_leftovers(cache)  # what a killed import, sheet or backup left behind
    return run_gui(
        cache,
        language=args.language,
        dark=args.dark,
        caseworker=args.caseworker,
        caseworker_name=args.caseworker_name,
        role=args.role,
        quit_when_ready=args.quit_when_ready,
    )


if __name__ == "__main__":
    sys.exit(main())
