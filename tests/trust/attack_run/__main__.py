"""`python -m tests.trust.attack_run`: the attack run's table (see the package docstring)."""

import sys

from tests.trust.attack_run.runner import main

sys.exit(main())
