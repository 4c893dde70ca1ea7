"""Tags, the kicker and the first author as the site knows them: term and user ids.

What cannot be mapped (a tag missing on a site that may not create it, a
second author, a user the account may not set) becomes a :class:`Note` for
the writer instead of a failed send.
"""

from __future__ import annotations

import html
from typing import Any

from editor.core.messages import QT_TRANSLATE_NOOP
from editor.core.publish.send_outcome import Note
from editor.core.publish.wordpress import PublishError, WordPress


def term_ids(wp: WordPress, taxonomy: str, names: list[str], *, create: bool, notes: list[Note]) -> list[int]:
    """The ids of ``names`` in ``taxonomy`` (tags, categories), made where missing and ``create``."""
    ids: list[int] = []
    missing: list[str] = []
    for name in names:
        found = wp.request("GET", f"/wp/v2/{taxonomy}", "terms",
                           query={"search": name, "per_page": 100, "_fields": "id,name"})
        match = next((t for t in found if html.unescape(str(t.get("name", ""))).casefold()
                      == name.casefold()), None) if isinstance(found, list) else None
        if match is not None:
            ids.append(int(match["id"]))
            continue
        if not create:
            missing.append(name)
            continue
        try:
            created = wp.request("POST", f"/wp/v2/{taxonomy}", "terms", json_body={"name": name})
            ids.append(int(created["id"]))
        except PublishError as exc:
            existing = exc.params.get("term_id")
            if exc.code == "term_exists" and isinstance(existing, int):
                ids.append(existing)
            elif exc.status in (401, 403):
                missing.append(name)
            else:
                raise
    if missing:
        message = (
            QT_TRANSLATE_NOOP("Publish", "Not mapped, because they are missing on the site and the account may not create them (or the site is set not to): tags {names}.")
            if taxonomy == "tags"
            else QT_TRANSLATE_NOOP("Publish", "Not mapped, because it is missing on the site and the account may not create it (or the site is set not to): category {names}.")
        )
        notes.append(Note(message, {"names": ", ".join(missing)}))
    return ids


def author_id(wp: WordPress, me: dict[str, Any], authors: list[dict[str, Any]], account: str,
              notes: list[Note]) -> int | None:
    """The WordPress user for the article's first author; None keeps the post under ``account``."""
    names = [" ".join(str(a.get("name") or "").split()) for a in authors]
    names = [n for n in names if n]
    if not names:
        return None
    name = names[0]
    if len(names) > 1:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "Publish", "WordPress keeps one author per post: {name} was mapped, the others ({others}) only appear in the author box."),
            {"name": name, "others": ", ".join(names[1:])}))
    if " ".join(str(me.get("name") or "").split()).casefold() == name.casefold():
        return int(me["id"])
    capabilities = me.get("capabilities") or {}
    if not capabilities.get("edit_others_posts"):
        notes.append(Note(QT_TRANSLATE_NOOP(
            "Publish", "The account {account} may not set another author, so the post stays under {account} instead of {name}."),
            {"account": account, "name": name}))
        return None
    try:
        users = wp.request("GET", "/wp/v2/users", "author",
                           query={"search": name, "who": "authors", "per_page": 100, "_fields": "id,name"})
    except PublishError as exc:
        if exc.status not in (400, 401, 403):
            raise
        users = []
    match = next((u for u in users if " ".join(html.unescape(str(u.get("name", ""))).split()).casefold()
                  == name.casefold()), None) if isinstance(users, list) else None
    if match is None:
        notes.append(Note(QT_TRANSLATE_NOOP(
            "Publish", "No WordPress user is called {name}, so the post stays under {account}."),
            {"account": account, "name": name}))
        return None
    return int(match["id"])
