"""One send to WordPress in a worker thread, so the window stays usable and the writer can cancel.

The sending itself is :func:`editor.core.publish.send.send_article`, the same
code as ``feder publish``; this only moves it off the GUI thread and turns its
progress, result and errors into queued signals.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from editor.core.messages import QT_TRANSLATE_NOOP, FederError
from editor.core.publish.send import send_article
from editor.core.publish.sites import Site
from editor.core.text.article import Article


class SendWorker(QObject):
    """Runs one send in a worker thread; results come back as signals (queued)."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # SendResult
    failed = Signal(object)  # FederError

    def __init__(self, article: Article, site: Site, password: str, force: bool) -> None:
        super().__init__()
        self.article, self.site, self.password, self.force = article, site, password, force
        self._cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = send_article(self.article, self.site, self.password, force=self.force,
                                  progress=self.progressed.emit, cancelled=self._cancel.is_set)
        except FederError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug must reach the writer as a message, not kill the thread
            self.failed.emit(FederError(QT_TRANSLATE_NOOP("PublishDialog", "Sending failed unexpectedly: {reason}"),
                                        reason=f"{type(exc).__name__}: {exc}"))
        else:
            self.succeeded.emit(result)

    def cancel(self) -> None:
        self._cancel.set()
