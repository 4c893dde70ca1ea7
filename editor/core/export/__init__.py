"""Publishing: the page and fragment an article becomes (publication.py) and the
export formats written to files: exporters.py decides and writes, with the
formats and options (formats.py), the HTML page and fragment (html_export.py),
the pictures (export_images.py), the site generators' Markdown (site_export.py)
and plain Markdown (plain_markdown.py).
"""
