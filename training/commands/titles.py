"""`train-title-encoder`: the job-title encoder (see training.titles.command)."""

from training.titles.command import register

__all__ = ["register"]
