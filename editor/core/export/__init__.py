"""Publishing: the page and fragment an article becomes (publication.py) and the
export formats written to files (exporters.py).
"""
