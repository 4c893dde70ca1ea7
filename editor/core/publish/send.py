"""Send an article to a WordPress site as a draft, or update the draft sent before.

What is sent (docs/publish.md has the table): title = headline, excerpt = teaser,
slug, date, content = the HTML fragment of File → Export (the same sanitised
HTML, :func:`editor.core.export.exporters.export`), the featured image as
``featured_media`` with alt text and caption + credit, inline images uploaded
and their ``src`` rewritten, tags and kicker mapped to tags and a category, the
first author to a WordPress user. The status is always ``draft``: Feder never
publishes.

Sending again updates the same post: the post id, its address and the uploaded
media (by content hash) are recorded per site under ``publish:`` in the front
matter (:func:`record_in_text`), but only after the whole send succeeded.
Uploads also carry the hash in their slug, so a send that failed half-way
finds its pictures again instead of uploading them twice.

This module runs the steps in order; what a send reports is
:mod:`.send_outcome`, the record :mod:`.send_record`, the pictures
:mod:`.media_upload`, and tags, category and author :mod:`.terms_and_authors`.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from editor.core.export import exporters as export
from editor.core.export import publication
from editor.core.messages import QT_TRANSLATE_NOOP
from editor.core.publish.media_upload import MediaLibrary, inline_alt, local_images, rewrite_sources
from editor.core.publish.send_outcome import (
    CancelCheck,
    Media,
    NotADraft,
    Note,
    Progress,
    ProgressCallback,
    SendError,
    SendResult,
)
from editor.core.publish.send_record import previous_record
from editor.core.publish.sites import Site
from editor.core.publish.terms_and_authors import author_id, term_ids
from editor.core.publish.wordpress import PublishError, WordPress
from editor.core.text.article import Article


def send_article(
    article: Article,
    site: Site,
    password: str,
    *,
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    timeout: float | None = None,
) -> SendResult:
    """Send ``article`` to ``site`` as a draft (or update its draft); see the module doc."""
    job = _Send(article, site, password, force, progress, cancelled, timeout)
    try:
        return job.run()
    except PublishError as exc:
        if job.media.uploaded and not isinstance(exc, NotADraft):
            raise SendError(exc, job.media.uploaded) from exc
        raise


class _Send:
    def __init__(self, article: Article, site: Site, password: str, force: bool,
                 progress: ProgressCallback | None, cancelled: CancelCheck | None,
                 timeout: float | None) -> None:
        self.article = article
        self.site = site
        self.force = force
        self.progress = progress or (lambda _p: None)
        self.cancelled = cancelled or (lambda: False)
        self.wp = WordPress(site.url, site.user, password, **({"timeout": timeout} if timeout else {}))
        self.previous = previous_record(article, site.name)
        recorded = self.previous.get("media")
        self.media = MediaLibrary(self.wp, recorded if isinstance(recorded, dict) else {})
        self.notes: list[Note] = []

    def run(self) -> SendResult:
        fields = publication.article_context(self.article, "", classes=False)
        # The content first: a missing picture is the writer's to fix before any upload.
        options = export.ExportOptions(
            featured_image=self.site.featured_image_in_content,
            author_box=self.site.author_box_in_content,
        )
        content = export.export(self.article, "fragment", options).text
        inline = local_images(self.article, content)
        featured = self._featured_file()

        self._step("connect")
        me = self.wp.connect()
        self._step("check")
        existing = self._existing_post()

        files = ([featured] if featured else []) + [p for p in inline.values() if p != featured]
        files = list(dict.fromkeys(files))
        uploaded: dict[Path, Media] = {}
        for index, path in enumerate(files, 1):
            self._step("media", path.name, index, len(files))
            image = fields["image"] or {}
            if path == featured:
                alt = image.get("alt", "")
                caption = " ".join(p for p in (image.get("caption", ""), image.get("credit", "")) if p)
            else:
                alt, caption = inline_alt(content, inline, path), None
            uploaded[path] = self.media.put(path, alt, caption)
        content = rewrite_sources(content, inline, uploaded)

        self._step("terms")
        create = self.site.create_terms
        tags = term_ids(self.wp, "tags", self.article.tags, create=create, notes=self.notes)
        kicker = [self.article.kicker.strip()] if self.article.kicker.strip() else []
        categories = term_ids(self.wp, "categories", kicker, create=create, notes=self.notes)
        self._step("author")
        author = author_id(self.wp, me, self.article.authors, self.site.user, self.notes)

        self._step("post")
        data: dict[str, Any] = {
            "title": fields["title"],
            "excerpt": fields["teaser"],
            "content": content,
        }
        if self.article.slug:
            data["slug"] = self.article.slug
        date = _date(self.article.meta.get("date"))
        if date:
            data["date"] = date
        if featured:
            data["featured_media"] = uploaded[featured].id
        if tags:
            data["tags"] = tags
        if categories:
            data["categories"] = categories
        if author:
            data["author"] = author
        if existing is None or existing.get("status") == "draft":
            data["status"] = "draft"
        if existing is None:
            post = self.wp.request("POST", "/wp/v2/posts", "post", json_body=data)
        else:
            post = self.wp.request("POST", f"/wp/v2/posts/{existing['id']}", "post", json_body=data)
        post_id = int(post["id"])
        link = str(post.get("link") or "")
        record = {"id": post_id, "url": link}
        if self.media.media_ids:
            record["media"] = dict(self.media.media_ids)
        return SendResult(
            post_id=post_id,
            link=link,
            edit_link=f"{self.wp.url}/wp-admin/post.php?post={post_id}&action=edit",
            status=str(post.get("status") or ""),
            created=existing is None,
            uploaded=self.media.uploaded,
            reused=self.media.reused,
            notes=self.notes,
            record=record,
        )

    def _step(self, step: str, item: str = "", index: int = 0, count: int = 0) -> None:
        if self.cancelled():
            raise PublishError(step, QT_TRANSLATE_NOOP("Publish", "Sending was cancelled."), code="cancelled")
        self.progress(Progress(step, item, index, count))

    def _existing_post(self) -> dict[str, Any] | None:
        post_id = self.previous.get("id")
        if not isinstance(post_id, int):
            return None
        try:
            post = self.wp.request("GET", f"/wp/v2/posts/{post_id}", "check",
                                   query={"context": "edit", "_fields": "id,status,link"})
        except PublishError as exc:
            if exc.status in (404, 410):
                self.notes.append(Note(QT_TRANSLATE_NOOP(
                    "Publish", "The draft sent before (#{id}) is no longer on the site; a new one was made."),
                    {"id": post_id}))
                return None
            raise
        status = str(post.get("status") or "")
        if status == "trash":
            self.notes.append(Note(QT_TRANSLATE_NOOP(
                "Publish", "The draft sent before (#{id}) is in the trash; a new one was made."), {"id": post_id}))
            return None
        if status != "draft" and not self.force:
            raise NotADraft(
                "check",
                QT_TRANSLATE_NOOP(
                    "Publish",
                    "The post #{id} on the site is no longer a draft (status: {post_status}). Feder did "
                    "not change it. Send again and confirm to overwrite it (feder publish --force); "
                    "its status stays as it is.",
                ),
                id=post_id,
                post_status=status,
                code="not_a_draft",
            )
        return post

    def _featured_file(self) -> Path | None:
        src = self.article.image.src.strip()
        if not src:
            return None
        path = export.local_image(self.article, src)
        if path is None:
            self.notes.append(Note(QT_TRANSLATE_NOOP(
                "Publish",
                "The featured image {src} is a web address, not a file; WordPress needs it in its "
                "media library, so no featured image was set."), {"src": src}))
        return path


def _date(raw: Any) -> str:
    if isinstance(raw, _dt.datetime):
        return raw.replace(tzinfo=None, microsecond=0).isoformat()
    if isinstance(raw, _dt.date):
        return f"{raw.isoformat()}T00:00:00"
    if isinstance(raw, str):
        text = raw.strip()
        try:
            if len(text) > 10:
                return _dt.datetime.fromisoformat(text).replace(tzinfo=None, microsecond=0).isoformat()
            return f"{_dt.date.fromisoformat(text).isoformat()}T00:00:00"
        except ValueError:
            return ""
    return ""
