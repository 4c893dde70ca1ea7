"""Panels that look at the article as a whole: pre-publish checks, outline, counts.
"""
