"""The live preview's work, done in a helper process: rendering per block (job.py),
the helper's loop (worker.py) and the counts of words and characters (stats.py).
"""
