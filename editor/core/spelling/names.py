"""The article's own names: capitalised words the article itself vouches for.

A name that the headline, teaser, tags, author names or image credits share
with another place, or that the body uses three or more times, is not flagged
elsewhere in the article unless the typo guard calls it a typo.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any


def article_names(meta: dict[str, Any], body: str) -> set[str]:
    """Capitalised words the article itself vouches for.

    Those in the headline, teaser, tags, author names and image credits that
    stand in a second place too, and those used three or more times in the body.
    They are accepted there unless the typo guard calls them typos.
    """
    fields: list[str] = []
    for key in ("title", "teaser"):
        value = meta.get(key)
        if isinstance(value, str):
            fields.append(value)
    tags = meta.get("tags")
    if isinstance(tags, str):
        fields.append(tags)
    elif isinstance(tags, list):
        fields.extend(str(tag) for tag in tags)
    for author in meta.get("authors") or []:
        if isinstance(author, str):
            fields.append(author)
        elif isinstance(author, dict) and isinstance(author.get("name"), str):
            fields.append(author["name"])
    image = meta.get("image")
    if isinstance(image, dict) and isinstance(image.get("credit"), str):
        fields.append(image["credit"])
    fields.extend(_CREDIT.findall(body))
    # A field vouches for a word used somewhere else too (another field, the body): a
    # word that stands only in the headline is that field's own and must stay checked
    # there, or every capitalised typo in a headline would pass.
    counts = Counter(_CAPITALISED.findall(body))
    places = Counter(word for text in fields for word in set(_CAPITALISED.findall(text)))
    names = {word for word, seen in places.items() if seen + counts[word] >= 2}
    names.update(word for word, count in counts.items() if count >= 3)
    return names


#: A capitalised word (the candidate for an article's own name).
_CAPITALISED = re.compile(r"(?<![\w\-])[A-ZÄÖÜ][\w’']*\w(?![\w\-])")
_CREDIT = re.compile(r"credit=\"([^\"]*)\"")
