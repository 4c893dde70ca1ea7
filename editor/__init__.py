"""Feder: a desktop editor for publication-bound articles."""

__version__ = "0.1.0"
