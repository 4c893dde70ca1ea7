"""The pre-publish check of the article in front, for the checks panel and for sending.

The panel is refreshed at a pause in typing (checking a long article takes a
moment), when asked, and after a one-click fix. ``window`` is the main window
(``main_window.MainWindow``, not imported here: it imports this module).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

CHECK_DELAY_MS = 1500


class CheckRunner(QObject):
    """Runs ``core.checks`` on the article in front with the fields panel's limits."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._checked_text: str | None = None  # where the findings' fixes apply
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.run)

    def findings(self) -> list:
        """The pre-publish check of the current article, with the panel's limits."""
        from editor.core.checks.rules import run_checks  # loaded when asked for

        view = self.window.view
        headline, teaser = self.window.fields_panel.limits()
        return run_checks(
            view.parse_now(), view.document.text(), headline_limit=headline, teaser_limit=teaser,
            speller=view.spelling.service,
        )

    def run(self) -> None:
        self._checked_text = self.window.view.document.text()
        self.window.checks_panel.set_findings(self.findings())

    def show(self) -> None:
        panel = self.window.checks_panel
        panel.show()
        panel.raise_()
        self.run()

    def apply_fix(self, finding) -> None:
        """Apply a finding's one-click fix as one undo step, then check again.

        A fix is placed by line and column of the text that was checked; if the
        text changed since, the check runs again instead of editing the wrong place.
        """
        document = self.window.view.document
        text = document.text()
        if text == self._checked_text and finding.fix is not None:
            document.apply_text(finding.fix.apply(text))
        self.run()
