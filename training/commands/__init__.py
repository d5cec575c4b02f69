"""Central (data-team) admin commands; each module exposes `register(subparsers)`."""
