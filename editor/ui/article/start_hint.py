"""The hint in an empty window: what Feder is for and three ways to begin.

Shown above an untitled, empty article; it goes away as soon as there is
text (typed, opened or the sample) or the writer picks "New article".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class StartHint(QFrame):
    """"Write an article …" with New / Open / Sample buttons."""

    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(QCoreApplication.translate("StartHint", "<b>Welcome to Feder</b>"), self)
        text = QLabel(
            QCoreApplication.translate(
                "StartHint",
                "Write the article on the left in Markdown; the preview on the right shows it as "
                "your site will. Headline, teaser, date and featured image go into the fields panel.",
            ),
            self,
        )
        text.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = QPushButton(QCoreApplication.translate("StartHint", "New article"), self)
        self.open_button = QPushButton(QCoreApplication.translate("StartHint", "Open an article…"), self)
        self.sample_button = QPushButton(QCoreApplication.translate("StartHint", "Open the sample article"), self)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The hint must not make the window wider than it would be without it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
