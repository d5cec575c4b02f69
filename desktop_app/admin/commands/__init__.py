"""Laptop-side admin commands; each module exposes `register(subparsers)`."""
