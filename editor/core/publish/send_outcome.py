"""What a send reports: its progress steps, notes for the writer, the result, and its errors.

Shared by the sending (:mod:`.send`), the window's publish dialog and
``feder publish``, which show the same steps and the same notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from editor.core.messages import Message, Translate, untranslated
from editor.core.publish.wordpress import PublishError


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
