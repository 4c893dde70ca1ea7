"""The article as text: front matter, what each Markdown line is, the article's
fields, headings, slugs, typographic replacements while typing, find and replace.
The foundation every other feature reads text through; it imports no other feature.
"""
