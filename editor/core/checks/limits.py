"""How long a headline and a teaser may be before the check warns.

One place for both users: the checks' defaults (``feder check --headline-limit``)
and the fields panel's counters. It imports nothing, so the panel can read it
without loading the rules and Markdown with them.
"""

HEADLINE_LIMIT = 70
TEASER_LIMIT = 160
