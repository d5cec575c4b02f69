"""Central side of signed model updates: keys, the TUF repository, packages, publishing."""
