"""Files on disk: reading articles without loss, atomic writes, backups of earlier
versions, and recovery files for unsaved text.
"""
