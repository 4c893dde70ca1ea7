"""Author profiles: one profile file (profile.py), the store of profiles in the
user's data folder (store.py) and the author box rendered under an article (box.py).
"""
