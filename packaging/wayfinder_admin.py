"""Frozen entry point of `wayfinder-admin` (laptop/IT commands; no central training commands)."""

import sys

from desktop_app.admin.cli import main

if __name__ == "__main__":
    sys.exit(main())
