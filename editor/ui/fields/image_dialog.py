"""Insert or edit a figure (image with alt text, caption and credit) in the body.

The dialog asks for the four values and the editor gets one Markdown line
(see docs/figures.md). With the cursor on such a line, the dialog opens
filled with its values and replaces the line, so a figure stays editable.
Dropping image files on the editor asks the same questions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QDropEvent,
    QIcon,
    QImageReader,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.core.text.article import Image

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".bmp"})
THUMBNAIL = QSize(320, 180)

def _figure():
    """The figure syntax module; Markdown comes with it, so it loads when a figure is made."""
    from editor.core.render.mdext import figure

    return figure


#: Asks the writer for a figure; returns None when they cancel. Tests pass their own.
AskImage = Callable[[QWidget | None, Image, Path | None], Image | None]


def image_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
    return QCoreApplication.translate("ImageDialog", "Images ({patterns})").format(patterns=patterns)


def is_image_file(path: Path | str) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def relative_src(path: Path | str, folder: Path | None) -> str:
    """How an article in ``folder`` refers to the file ``path``: relative when inside it."""
    path = Path(path)
    if folder is None:
        return path.as_posix()
    try:
        resolved, base = path.resolve(), folder.resolve()
    except OSError:
        return path.as_posix()
    return resolved.relative_to(base).as_posix() if resolved.is_relative_to(base) else path.as_posix()


def thumbnail(path: Path, size: QSize = THUMBNAIL) -> QPixmap | None:
    """The image at ``path`` scaled to fit ``size``, read at that size; None if unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size.width() or original.height() > size.height()):
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    pixmap = QPixmap.fromImage(image)
    if pixmap.width() > size.width() or pixmap.height() > size.height():
        pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return pixmap


class ImagePreview(QLabel):
    """A thumbnail of the chosen image, or a clear note why there is none (never a dialog)."""

    def __init__(self, parent: QWidget | None = None, size: QSize = THUMBNAIL) -> None:
        super().__init__(parent)
        self._size = size
        self._shown: tuple[str, float] | None = None
        self._pixmap: QPixmap | None = None  # the thumbnail at full size, shrunk to fit
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(60, 48)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.state = "empty"
        self.show_source("", None)

    def show_source(self, src: str, folder: Path | None) -> None:
        """Show ``src`` (a path relative to ``folder``, an absolute path or a URL)."""
        from editor.core.checks.image_files import local_image_path

        src = src.strip()
        path = local_image_path(src, folder) if src else None
        if not src:
            self._note("empty", QCoreApplication.translate("ImageDialog", "No image chosen"))
        elif path is None and "://" in src:
            self._note("web", QCoreApplication.translate("ImageDialog", "Web address – the image is not loaded here."))
        elif path is None:
            self._note("unplaced", QCoreApplication.translate("ImageDialog", "Save the article to see images next to it."))
        elif not path.is_file():
            self._note(
                "missing",
                "⚠ " + QCoreApplication.translate("ImageDialog", "File not found: {name}").format(name=src),
                warning=True,
            )
        else:
            self._picture(path)

    def _picture(self, path: Path) -> None:
        try:
            key = (str(path), path.stat().st_mtime)
        except OSError:
            key = None
        if key is not None and key == self._shown and self.state == "image":
            return  # called after every keystroke in the fields: do not decode again
        pixmap = thumbnail(path, self._size)
        if pixmap is None:
            self._note(
                "unreadable",
                "⚠ " + QCoreApplication.translate("ImageDialog", "Not a readable image: {name}").format(name=path.name),
                warning=True,
            )
            return
        self.setStyleSheet("")
        self._pixmap = pixmap
        self._fit_pixmap()
        self.setToolTip(str(path))
        self.state, self._shown = "image", key

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._pixmap is not None and self.state == "image":
            self._fit_pixmap()

    def _fit_pixmap(self) -> None:
        pixmap = self._pixmap
        if pixmap is None:
            return
        width = max(1, min(pixmap.width(), self.width() - 4))
        if width < pixmap.width():
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(pixmap)
        self.setFixedHeight(pixmap.height() + 4)

    def _note(self, state: str, text: str, warning: bool = False) -> None:
        self.state, self._shown, self._pixmap = state, None, None
        self.setPixmap(QPixmap())
        self.setText(text)
        self.setToolTip("")
        self.setFixedHeight(48)
        border = "#c77c00" if warning else "palette(mid)"
        colour = "color: #b06a00; font-weight: 600;" if warning else "color: palette(placeholder-text);"
        self.setStyleSheet(f"QLabel {{ border: 1px dashed {border}; border-radius: 4px; padding: 6px; {colour} }}")


class ImageDialog(QDialog):
    """File, alt text, caption and credit of one figure."""

    def __init__(
        self, parent: QWidget | None = None, image: Image | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(QCoreApplication.translate("ImageDialog", "Image"))
        self.src = QLineEdit(self)
        self.src.setPlaceholderText(QCoreApplication.translate("ImageDialog", "File or web address"))
        self.choose = QPushButton(QCoreApplication.translate("ImageDialog", "Choose…"), self)
        self.preview = ImagePreview(self)
        self.alt = QLineEdit(self)
        self.alt.setPlaceholderText(
            QCoreApplication.translate("ImageDialog", "What the picture shows, for readers who cannot see it")
        )
        self.caption = QLineEdit(self)
        self.credit = QLineEdit(self)
        self.credit.setPlaceholderText(QCoreApplication.translate("ImageDialog", "Photo: Name | Agency"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        file_row = QHBoxLayout()
        file_row.addWidget(self.src, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImageDialog", "File"), file_row)
        form.addRow("", self.preview)
        form.addRow(QCoreApplication.translate("ImageDialog", "Alt text"), self.alt)
        form.addRow(QCoreApplication.translate("ImageDialog", "Caption"), self.caption)
        form.addRow(QCoreApplication.translate("ImageDialog", "Credit"), self.credit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.set_image(image or Image())
        self.src.textChanged.connect(self._src_changed)
        self.choose.clicked.connect(self._choose)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._src_changed()

    def set_image(self, image: Image) -> None:
        self.src.setText(image.src)
        self.alt.setText(image.alt)
        self.caption.setText(image.caption)
        self.credit.setText(image.credit)

    def image(self) -> Image:
        return Image(
            src=self.src.text().strip(),
            alt=self.alt.text().strip(),
            caption=self.caption.text().strip(),
            credit=self.credit.text().strip(),
        )

    def markdown(self) -> str:
        image = self.image()
        return _figure().figure_markdown(image.src, image.alt, image.caption, image.credit)

    @staticmethod
    def ask(parent: QWidget | None, image: Image, folder: Path | None) -> Image | None:
        """Show the dialog modally; the figure, or None when cancelled."""
        dialog = ImageDialog(parent, image, folder)
        if image.src and not image.alt:
            dialog.alt.setFocus()
        try:
            return dialog.image() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _src_changed(self) -> None:
        self.preview.show_source(self.src.text(), self.folder)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.src.text().strip()))

    def _choose(self) -> None:
        start = str(self.folder) if self.folder else ""
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ImageDialog", "Choose an image"), start, image_filter()
        )
        if name:
            self.src.setText(relative_src(name, self.folder))


class ImageActions:
    """The "Insert image" action for the Insert/Format menu and the toolbar."""

    def __init__(self, parent: QObject) -> None:
        self.insert_image = QAction(QCoreApplication.translate("ImageDialog", "Insert &Image…"), parent)
        self.insert_image.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.insert_image.setIcon(QIcon.fromTheme("insert-image"))
        tip = QCoreApplication.translate("ImageDialog", "Insert a picture with caption and credit, or edit the one at the cursor")
        self.insert_image.setStatusTip(tip)
        self.insert_image.setToolTip(tip)


def insert_or_edit_figure(
    editor: QPlainTextEdit, folder: Path | None, ask: AskImage = ImageDialog.ask
) -> bool:
    """Edit the figure on the cursor's line, or insert a new one there; True if changed.

    One undo step either way.
    """
    cursor = editor.textCursor()
    block = cursor.block()
    current = _figure().parse_figure(block.text())
    image = ask(editor, current or Image(), folder)
    if image is None or not image.src:
        return False
    line = _figure().figure_markdown(image.src, image.alt, image.caption, image.credit)
    if current is not None:
        edit = QTextCursor(block)
        edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(line)
        return True
    insert_figure_line(editor, cursor, line)
    return True


def insert_figure_line(editor: QPlainTextEdit, at: QTextCursor, line: str) -> None:
    """Put ``line`` as its own paragraph after the block at ``at`` (blank lines around it)."""
    block = at.block()
    if block.text().strip():
        while block.next().isValid() and block.next().text().strip():
            block = block.next()  # not into the middle of a paragraph
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        before = "\n\n"
    else:
        cursor = QTextCursor(block)
        previous = block.previous()
        before = "\n" if previous.isValid() and previous.text().strip() else ""
    following = block.next()
    after = "\n" if following.isValid() and following.text().strip() else ""
    cursor.beginEditBlock()
    cursor.insertText(before + line + after)
    cursor.endEditBlock()
    if after:
        cursor.movePosition(QTextCursor.MoveOperation.Left)
    editor.setTextCursor(cursor)


class ImageDropFilter(QObject):
    """Lets the writer drop image files on the editor; each asks for its figure values.

    Installed on the editor's viewport (where drops arrive); other drops pass on.
    """

    def __init__(
        self,
        editor: QPlainTextEdit,
        folder: Callable[[], Path | None],
        ask: AskImage = ImageDialog.ask,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.folder = folder
        self.ask = ask
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_images(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = _dropped_images(event)
            if paths:
                event.acceptProposedAction()
                self.drop(paths, self.editor.cursorForPosition(event.position().toPoint()))
                return True
        return super().eventFilter(watched, event)

    def drop(self, paths: list[Path], at: QTextCursor) -> int:
        """Ask for and insert a figure per file at ``at``; the number inserted."""
        inserted = 0
        folder = self.folder()
        for path in paths:
            image = self.ask(self.editor, Image(src=relative_src(path, folder)), folder)
            if image is None or not image.src:
                continue
            line = _figure().figure_markdown(image.src, image.alt, image.caption, image.credit)
            insert_figure_line(self.editor, at, line)
            at = self.editor.textCursor()
            inserted += 1
        return inserted


def _dropped_images(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return paths if paths and len(paths) == len(mime.urls()) and all(map(is_image_file, paths)) else []
