"""`python -m desktop_app` starts the Wayfinder GUI."""

import sys

from desktop_app.app import main

sys.exit(main())
