"""Spellchecking: which stretches of a line are words (tokens.py) and whether they are
right (service.py: dictionaries, personal list, ignores).
"""
