"""Spellchecking, Qt-free: which stretches of a line are words (tokens.py), the
application's spelling state (service.py: dictionaries, personal list, ignores),
one article's checker (article.py) and the rules that judge a word (rules.py,
with the typo guard's edits in edits.py, suggestions in suggest.py).
"""
