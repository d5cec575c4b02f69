"""`train-attendance`: the attendance-stability model (see training.attendance.command)."""

from training.attendance.command import register

__all__ = ["register"]
