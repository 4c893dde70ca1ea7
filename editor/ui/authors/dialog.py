"""The dialog that creates or edits one author profile, and the round portrait both use.

The dialog edits a copy; nothing touches the disk until the sidebar saves the
result, so Cancel always leaves the profile as it was. A chosen photo is only
remembered here and copied into the profile folder on save.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.authors.profile import PHOTO_SUFFIXES, AuthorProfile

#: Networks offered by "Add link" besides website and e-mail; the label stays editable.
SOCIAL_PRESETS = ("Mastodon", "Bluesky", "LinkedIn", "Instagram", "X")
_AVATAR_COLORS = ("#5b7db1", "#7a9a4b", "#b5694a", "#8a63a8", "#3f8f8a", "#a8834a", "#6b7280")


def avatar_pixmap(name: str, photo: Path | None, size: int, ratio: float = 1.0) -> QPixmap:
    """A round portrait: the photo if it loads, else the initials on a calm colour."""
    pixels = round(size * ratio)
    result = QPixmap(pixels, pixels)
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, pixels, pixels))
    painter.setClipPath(clip)
    image = QPixmap(str(photo)) if photo is not None else QPixmap()
    if not image.isNull():
        image = image.scaled(
            pixels, pixels, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawPixmap((pixels - image.width()) // 2, (pixels - image.height()) // 2, image)
    else:
        painter.fillRect(0, 0, pixels, pixels, QColor(_AVATAR_COLORS[zlib.crc32(name.encode()) % len(_AVATAR_COLORS)]))
        font = QFont()
        font.setPixelSize(max(8, int(pixels * 0.38)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, pixels, pixels), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    result.setDevicePixelRatio(ratio)
    return result


def initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


class AuthorDialog(QDialog):
    """Edit name, role, bio (Markdown), photo and links of one profile."""

    PHOTO_SIZE = 72

    def __init__(
        self,
        profile: AuthorProfile,
        photo: Path | None = None,
        parent: QWidget | None = None,
        spell_controller: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("authorDialog")
        self._original = profile
        self._photo = photo
        self._photo_changed = False
        self.setWindowTitle(self.tr("Edit author") if profile.id else self.tr("New author"))
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit(profile.name, self)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.role_edit = QLineEdit(profile.role, self)
        self.role_edit.setPlaceholderText(self.tr("e.g. Business editor"))
        self.bio_edit = QPlainTextEdit(profile.bio, self)
        self.bio_edit.setPlaceholderText(
            self.tr("Two or three sentences about the author. Markdown is allowed: *italic*, **bold**, [link](https://…).")
        )
        self.bio_edit.setTabChangesFocus(True)
        line = self.bio_edit.fontMetrics().lineSpacing()
        self.bio_edit.setFixedHeight(line * 6 + 12)
        self.bio_spelling = _attach_spelling(self.bio_edit, spell_controller)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("authorDialogError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Bio:"), self.bio_edit)
        form.addRow(self.tr("Photo:"), self._build_photo_row())
        form.addRow(self.tr("Links:"), self._build_links(profile.links))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    # Results ---------------------------------------------------------------

    def profile(self) -> AuthorProfile:
        """The edited profile (same id, hand-written extra keys kept)."""
        return replace(
            self._original,
            name=self.name_edit.text().strip(),
            role=self.role_edit.text().strip(),
            bio=self.bio_edit.toPlainText().strip(),
            links=self.links(),
        )

    def photo_choice(self) -> tuple[bool, Path | None]:
        """(whether the photo changed, the new photo file or None for no photo)."""
        return self._photo_changed, self._photo

    def links(self) -> list[dict[str, str]]:
        result = []
        for row in range(self.links_table.rowCount()):
            label, url = (self._cell(row, column) for column in (0, 1))
            if url:
                result.append({"label": label, "url": url})
        return result

    # Photo -------------------------------------------------------------------

    def set_photo_file(self, path: Path | None) -> bool:
        """Use ``path`` as the photo (None removes it); False if it cannot be shown."""
        if path is not None:
            path = Path(path)
            loads = path.suffix.lower() == ".svg" or not QPixmap(str(path)).isNull()
            if path.suffix.lower() not in PHOTO_SUFFIXES or not loads:
                self._show_error(self.tr("“{file}” is not a photo Feder can use (JPEG, PNG, WebP, GIF or SVG).").format(file=path.name))
                return False
        self._photo, self._photo_changed = path, True
        self.error_label.hide()
        self._update_photo()
        return True

    def _choose_photo(self) -> None:
        start = str(self._photo.parent) if self._photo else str(Path.home())
        patterns = " ".join(f"*{s}" for s in PHOTO_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), start, self.tr("Images ({patterns})").format(patterns=patterns)
        )
        if name:
            self.set_photo_file(Path(name))

    def _build_photo_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.photo_label = QLabel(row)
        self.photo_label.setFixedSize(QSize(self.PHOTO_SIZE, self.PHOTO_SIZE))
        self.choose_photo_button = QPushButton(self.tr("Choose…"), row)
        self.choose_photo_button.clicked.connect(self._choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove"), row)
        self.remove_photo_button.clicked.connect(lambda: self.set_photo_file(None))
        layout.addWidget(self.photo_label)
        layout.addWidget(self.choose_photo_button)
        layout.addWidget(self.remove_photo_button)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self._update_photo)
        self._update_photo()
        return row

    def _update_photo(self) -> None:
        name = self.name_edit.text().strip()
        self.photo_label.setPixmap(avatar_pixmap(name, self._photo, self.PHOTO_SIZE, self.devicePixelRatioF()))
        self.remove_photo_button.setEnabled(self._photo is not None)

    # Links -------------------------------------------------------------------

    def _build_links(self, links: list[dict[str, str]]) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.links_table = QTableWidget(0, 2, box)
        self.links_table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Address (web or e-mail)")])
        header = self.links_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 130)
        self.links_table.verticalHeader().hide()
        self.links_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_table.setFixedHeight(self.links_table.fontMetrics().height() * 8)
        for link in links:
            self.add_link(link.get("label", ""), link.get("url", ""), edit=False)

        buttons = QHBoxLayout()
        self.add_link_button = QPushButton(self.tr("Add link"), box)
        menu = QMenu(self.add_link_button)
        for label in (self.tr("Website"), self.tr("E-Mail"), *SOCIAL_PRESETS):
            menu.addAction(label, lambda checked=False, label=label: self.add_link(label))
        menu.addSeparator()
        menu.addAction(self.tr("Other…"), lambda: self.add_link(""))
        self.add_link_button.setMenu(menu)
        self.remove_link_button = QPushButton(self.tr("Remove link"), box)
        self.remove_link_button.clicked.connect(self._remove_link)
        buttons.addWidget(self.add_link_button)
        buttons.addWidget(self.remove_link_button)
        buttons.addStretch(1)
        layout.addWidget(self.links_table)
        layout.addLayout(buttons)
        return box

    def add_link(self, label: str = "", url: str = "", edit: bool = True) -> None:
        row = self.links_table.rowCount()
        self.links_table.insertRow(row)
        self.links_table.setItem(row, 0, QTableWidgetItem(label))
        self.links_table.setItem(row, 1, QTableWidgetItem(url))
        if edit:
            self.links_table.setCurrentCell(row, 1 if label else 0)
            self.links_table.editItem(self.links_table.currentItem())

    def _remove_link(self) -> None:
        row = self.links_table.currentRow()
        if row >= 0:
            self.links_table.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.links_table.item(row, column)
        return item.text().strip() if item is not None else ""

    # Accepting -----------------------------------------------------------------

    def accept(self) -> None:
        """Refuse to close while a link address could not be used in the author box."""
        from editor.core.authors.box import link_href  # jinja2 comes with it: not at start-up

        for row in range(self.links_table.rowCount()):
            url = self._cell(row, 1)
            if url and not link_href(url):
                self.links_table.setCurrentCell(row, 1)
                self._show_error(
                    self.tr("“{address}” is not a web or e-mail address.").format(address=url)
                )
                return
        if not self.name_edit.text().strip():
            return
        super().accept()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name_edit.text().strip()))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _attach_spelling(editor: QPlainTextEdit, controller: object | None) -> object | None:
    """Spellcheck the bio like the body, when the spelling part is there to do it."""
    if controller is None:
        return None
    try:
        from editor.ui.spelling.underlines import FieldSpellHighlighter
    except ImportError:
        return None
    return FieldSpellHighlighter(editor.document(), controller)
