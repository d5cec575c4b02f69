"""Frozen entry point of the `wayfinder` GUI (PyInstaller runs this file as `__main__`)."""

import multiprocessing
import sys

from desktop_app.app import main

if __name__ == "__main__":
    # The case-detail child process is this executable started again: freeze_support makes
    # that copy run the child's loop instead of a second window
    # (desktop_app/casework/detail_process).
    multiprocessing.freeze_support()
    sys.exit(main())
