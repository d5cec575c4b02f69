"""The case exchange bundle: the data contract, reading and validating, writing."""
