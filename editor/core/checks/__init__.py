"""Checks before publishing: one small function per rule.

rules.py lists the rules and runs them; they live by what they look at:
field_rules.py (front matter), body_rules.py (images, headings, sections,
portability), link_rules.py (addresses), prose_rules.py (the words). They read
a CheckContext (context.py) and report Findings (findings.py). portability.py
with html_structure.py and portability_diagnosis.py compares the preview with
a CommonMark site; image_files.py and image_paths.py place images on disk;
limits.py holds the headline and teaser limits.
"""
