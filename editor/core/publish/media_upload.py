"""The pictures of a send: found in the content, uploaded once, re-used by their content hash.

Each upload carries the hash in its slug (``feder-<hash>``), and the record of
a successful send keeps hash → media id, so a send that failed half-way or is
repeated finds its pictures again instead of uploading them twice.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from editor.core.export import exporters as export
from editor.core.export import publication
from editor.core.messages import QT_TRANSLATE_NOOP
from editor.core.publish.send_outcome import Media
from editor.core.publish.wordpress import PublishError, Upload, WordPress
from editor.core.text.article import Article
from editor.core.text.slug import slugify

_HASH_LENGTH = 16


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:_HASH_LENGTH]


class MediaLibrary:
    """The site's media library as one send sees it: what it uploaded, what it re-used.

    ``recorded`` maps content hashes to the media ids of the send before.
    """

    def __init__(self, wp: WordPress, recorded: dict[str, Any]) -> None:
        self.wp = wp
        self.recorded = recorded
        self.uploaded: list[Media] = []
        self.reused: list[Media] = []
        self.media_ids: dict[str, int] = {}

    def put(self, path: Path, alt: str, caption: str | None) -> Media:
        """The picture ``path`` in the library with this alt text and caption: found again, else uploaded."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PublishError("media", QT_TRANSLATE_NOOP("Publish", "The image {image} could not be read: {reason}"),
                               image=path, reason=exc.strerror or exc) from exc
        digest = content_hash(data)
        wanted = {"alt_text": alt}
        if caption is not None:
            wanted["caption"] = caption
        known = self._find(digest)
        if known is not None:
            raw_caption = (known.get("caption") or {}).get("raw", "")
            if known.get("alt_text") != alt or (caption is not None and raw_caption != caption):
                self.wp.request("POST", f"/wp/v2/media/{known['id']}", "media", json_body=wanted)
            media = Media(int(known["id"]), str(known.get("source_url") or ""), path.name)
            self.reused.append(media)
        else:
            suffix = path.suffix.lower()
            name = (slugify(path.stem) or "bild") + suffix
            answer = self.wp.request(
                "POST", "/wp/v2/media", "media",
                upload=Upload(name, export.IMAGE_TYPES.get(suffix, "application/octet-stream"), data),
                query={"slug": f"feder-{digest}", **wanted},
            )
            media = Media(int(answer["id"]), str(answer.get("source_url") or ""), path.name)
            self.uploaded.append(media)
        self.media_ids[digest] = media.id
        return media

    def _find(self, digest: str) -> dict[str, Any] | None:
        """The upload of this content made before: by the id recorded, else by its slug."""
        fields = "id,source_url,alt_text,caption,slug"
        media_id = self.recorded.get(digest)
        if isinstance(media_id, int):
            try:
                return self.wp.request("GET", f"/wp/v2/media/{media_id}", "media",
                                       query={"context": "edit", "_fields": fields})
            except PublishError as exc:
                if exc.status not in (401, 403, 404, 410):
                    raise
        found = self.wp.request("GET", "/wp/v2/media", "media",
                                query={"slug": f"feder-{digest}", "context": "edit", "_fields": fields})
        return found[0] if isinstance(found, list) and found else None


def local_images(article: Article, content: str) -> dict[str, Path]:
    """The ``src`` of every picture in ``content`` that is a file here, with its path."""
    found: dict[str, Path] = {}

    def collect(tag: str, attrs: publication.AttributeList) -> None:
        if tag == "img":
            src = dict(attrs).get("src") or ""
            path = export.local_image(article, src) if src else None
            if path is not None:
                found[src] = path

    publication.rewrite_start_tags(content, collect)
    return found


def inline_alt(content: str, inline: dict[str, Path], path: Path) -> str:
    """The alt text the content gives the picture ``path`` (its first use)."""
    alts: list[str] = []

    def collect(tag: str, attrs: publication.AttributeList) -> None:
        values = dict(attrs)
        if tag == "img" and inline.get(values.get("src") or "") == path:
            alts.append(values.get("alt") or "")

    publication.rewrite_start_tags(content, collect)
    return alts[0] if alts else ""


def rewrite_sources(content: str, inline: dict[str, Path], media: dict[Path, Media]) -> str:
    """``content`` with each local picture's ``src`` replaced by its address in the media library."""

    def change(tag: str, attrs: publication.AttributeList) -> publication.AttributeList | None:
        if tag != "img":
            return None
        new = [(n, media[inline[v]].url if n == "src" and v in inline else v) for n, v in attrs]
        return new if new != attrs else None

    return publication.rewrite_start_tags(content, change)
