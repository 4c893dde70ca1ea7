"""Spelling in the window: the controller every checked widget listens to, the
language menus and underlines, and spellchecked one-line fields.
"""
