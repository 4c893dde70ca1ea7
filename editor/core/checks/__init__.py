"""Checks before publishing: one small function per rule (rules.py).
"""
