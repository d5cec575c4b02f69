"""`python -m desktop_app` starts the Wayfinder GUI."""

import multiprocessing
import sys

from desktop_app.app import main

if __name__ == "__main__":  # not when the case-detail child process re-imports this module
    multiprocessing.freeze_support()
    sys.exit(main())
