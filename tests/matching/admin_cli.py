"""Runs one admin command module the way `wayfinder-admin` does, without discovering the others.

Other areas' command modules may be mid-change in the shared tree; these tests exercise ours.
"""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from desktop_app.admin.errors import AdminError


def run_admin(module: ModuleType, argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="wayfinder-admin")
    module.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except AdminError as error:
        print(f"wayfinder-admin: error: {error}", file=sys.stderr)
        return error.exit_code
