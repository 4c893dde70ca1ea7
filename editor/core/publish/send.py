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
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import html
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.core.export import exporters as export
from editor.core.export import publication
from editor.core.files import storage
from editor.core.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from editor.core.publish.sites import Site
from editor.core.publish.wordpress import PublishError, Upload, WordPress
from editor.core.text.article import Article, set_field
from editor.core.text.slug import slugify

PUBLISH_KEY = "publish"
_HASH_LENGTH = 16


@dataclass(frozen=True)
class Progress:
    """A step begins (``item``: the file being uploaded, ``index`` of ``count``)."""

    step: str
    item: str = ""
    index: int = 0
    count: int = 0


@dataclass(frozen=True)
class Note:
    """Something the writer should know after a successful send (a tag not mapped …)."""

    message: Message
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, translate: Translate = untranslated) -> str:
        return translate(self.message.context, self.message.text).format(**self.params)


@dataclass(frozen=True)
class Media:
    id: int
    url: str
    name: str  # the file name in the article folder


@dataclass
class SendResult:
    post_id: int
    link: str
    edit_link: str
    status: str
    created: bool
    uploaded: list[Media] = field(default_factory=list)
    reused: list[Media] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)  # for the front matter


class SendError(PublishError):
    """A failed send; lists the media already uploaded, so nothing is left behind silently."""

    def __init__(self, error: PublishError, uploaded: list[Media]) -> None:
        self.cause = error
        self.uploaded = uploaded
        params = {k: v for k, v in error.params.items() if k not in ("status", "code")}
        super().__init__(error.step, error.template, http_status=error.status, code=error.code, **params)

    def text(self, translate: Translate = untranslated) -> str:
        text = self.cause.text(translate)
        if self.uploaded:
            text += " " + translate(
                "Publish",
                "Already uploaded to the media library: {media}. The next send re-uses them.",
            ).format(media=", ".join(f"{m.name} (#{m.id})" for m in self.uploaded))
        return text


class NotADraft(PublishError):
    """The post on the site is no longer a draft; sending needs the writer's confirmation."""


ProgressCallback = Callable[[Progress], None]
CancelCheck = Callable[[], bool]


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
        if job.uploaded and not isinstance(exc, NotADraft):
            raise SendError(exc, job.uploaded) from exc
        raise


def previous_record(article: Article, site_name: str) -> dict[str, Any]:
    entry = article.meta.get(PUBLISH_KEY)
    record = entry.get(site_name) if isinstance(entry, dict) else None
    return dict(record) if isinstance(record, dict) else {}


def record_in_text(text: str, site_name: str, record: dict[str, Any]) -> str:
    """``text`` with ``publish: {site_name: record}`` set; other sites and keys untouched."""
    article = Article.from_text(text)
    if article.meta_error is not None:
        raise article.meta_error
    entry = article.meta.get(PUBLISH_KEY)
    entry = dict(entry) if isinstance(entry, dict) else {}
    entry[site_name] = record
    return set_field(text, PUBLISH_KEY, entry)


def record_in_file(path: Path, site_name: str, record: dict[str, Any]) -> None:
    """Write the record into the article file (read fresh, one key changed, atomically)."""
    loaded = storage.read_text(path)
    new_text = record_in_text(loaded.text, site_name, record)
    if new_text != loaded.text:
        storage.save_text(path, new_text, loaded)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:_HASH_LENGTH]


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
        self.uploaded: list[Media] = []
        self.reused: list[Media] = []
        self.notes: list[Note] = []
        self.media_ids: dict[str, int] = {}

    def run(self) -> SendResult:
        fields = publication.article_context(self.article, "", classes=False)
        # The content first: a missing picture is the writer's to fix before any upload.
        options = export.ExportOptions(
            featured_image=self.site.featured_image_in_content,
            author_box=self.site.author_box_in_content,
        )
        content = export.export(self.article, "fragment", options).text
        inline = self._local_images(content)
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
                alt, caption = self._inline_alt(content, inline, path), None
            uploaded[path] = self._media(path, alt, caption)
        content = self._rewrite_sources(content, inline, uploaded)

        self._step("terms")
        tags = self._terms("tags", self.article.tags)
        categories = self._terms("categories", [self.article.kicker.strip()] if self.article.kicker.strip() else [])
        self._step("author")
        author = self._author(me)

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
        if self.media_ids:
            record["media"] = dict(self.media_ids)
        return SendResult(
            post_id=post_id,
            link=link,
            edit_link=f"{self.wp.url}/wp-admin/post.php?post={post_id}&action=edit",
            status=str(post.get("status") or ""),
            created=existing is None,
            uploaded=self.uploaded,
            reused=self.reused,
            notes=self.notes,
            record=record,
        )

    # ---- steps -----------------------------------------------------------------
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

    def _local_images(self, content: str) -> dict[str, Path]:
        found: dict[str, Path] = {}

        def collect(tag: str, attrs: publication.AttributeList) -> None:
            if tag == "img":
                src = dict(attrs).get("src") or ""
                path = export.local_image(self.article, src) if src else None
                if path is not None:
                    found[src] = path

        publication.rewrite_start_tags(content, collect)
        return found

    def _inline_alt(self, content: str, inline: dict[str, Path], path: Path) -> str:
        alts: list[str] = []

        def collect(tag: str, attrs: publication.AttributeList) -> None:
            values = dict(attrs)
            if tag == "img" and inline.get(values.get("src") or "") == path:
                alts.append(values.get("alt") or "")

        publication.rewrite_start_tags(content, collect)
        return alts[0] if alts else ""

    def _rewrite_sources(self, content: str, inline: dict[str, Path], media: dict[Path, Media]) -> str:
        def change(tag: str, attrs: publication.AttributeList) -> publication.AttributeList | None:
            if tag != "img":
                return None
            new = [(n, media[inline[v]].url if n == "src" and v in inline else v) for n, v in attrs]
            return new if new != attrs else None

        return publication.rewrite_start_tags(content, change)

    def _media(self, path: Path, alt: str, caption: str | None) -> Media:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PublishError("media", QT_TRANSLATE_NOOP("Publish", "The image {image} could not be read: {reason}"),
                               image=path, reason=exc.strerror or exc) from exc
        digest = content_hash(data)
        wanted = {"alt_text": alt}
        if caption is not None:
            wanted["caption"] = caption
        known = self._find_media(digest)
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

    def _find_media(self, digest: str) -> dict[str, Any] | None:
        """The upload of this content made before: by the id recorded, else by its slug."""
        fields = "id,source_url,alt_text,caption,slug"
        recorded = (self.previous.get("media") or {}) if isinstance(self.previous.get("media"), dict) else {}
        media_id = recorded.get(digest)
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

    def _terms(self, taxonomy: str, names: list[str]) -> list[int]:
        ids: list[int] = []
        missing: list[str] = []
        for name in names:
            found = self.wp.request("GET", f"/wp/v2/{taxonomy}", "terms",
                                    query={"search": name, "per_page": 100, "_fields": "id,name"})
            match = next((t for t in found if html.unescape(str(t.get("name", ""))).casefold()
                          == name.casefold()), None) if isinstance(found, list) else None
            if match is not None:
                ids.append(int(match["id"]))
                continue
            if not self.site.create_terms:
                missing.append(name)
                continue
            try:
                created = self.wp.request("POST", f"/wp/v2/{taxonomy}", "terms", json_body={"name": name})
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
            self.notes.append(Note(message, {"names": ", ".join(missing)}))
        return ids

    def _author(self, me: dict[str, Any]) -> int | None:
        names = [" ".join(str(a.get("name") or "").split()) for a in self.article.authors]
        names = [n for n in names if n]
        if not names:
            return None
        name = names[0]
        if len(names) > 1:
            self.notes.append(Note(QT_TRANSLATE_NOOP(
                "Publish", "WordPress keeps one author per post: {name} was mapped, the others ({others}) only appear in the author box."),
                {"name": name, "others": ", ".join(names[1:])}))
        if " ".join(str(me.get("name") or "").split()).casefold() == name.casefold():
            return int(me["id"])
        capabilities = me.get("capabilities") or {}
        if not capabilities.get("edit_others_posts"):
            self.notes.append(Note(QT_TRANSLATE_NOOP(
                "Publish", "The account {account} may not set another author, so the post stays under {account} instead of {name}."),
                {"account": self.site.user, "name": name}))
            return None
        try:
            users = self.wp.request("GET", "/wp/v2/users", "author",
                                    query={"search": name, "who": "authors", "per_page": 100, "_fields": "id,name"})
        except PublishError as exc:
            if exc.status not in (400, 401, 403):
                raise
            users = []
        match = next((u for u in users if " ".join(html.unescape(str(u.get("name", ""))).split()).casefold()
                      == name.casefold()), None) if isinstance(users, list) else None
        if match is None:
            self.notes.append(Note(QT_TRANSLATE_NOOP(
                "Publish", "No WordPress user is called {name}, so the post stays under {account}."),
                {"account": self.site.user, "name": name}))
            return None
        return int(match["id"])


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
