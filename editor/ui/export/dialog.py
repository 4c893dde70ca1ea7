"""File → Export… and Edit → Copy HTML.

The dialog only collects choices; the export itself is editor.core.export.exporters,
the same code `feder export` runs. Errors (a missing image, an unwritable
folder) are shown in the user's language and the dialog stays open, so the
writer can fix the choice instead of starting over.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.export import exporters as core
from editor.core.messages import FederError
from editor.core.text.article import Article
from editor.i18n import error_text


def copy_html_to_clipboard(html: str) -> None:
    """Put ``html`` on the clipboard as HTML (rich-text editors) and as text (source views)."""
    mime = QMimeData()
    mime.setText(html)
    mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)


def copy_article_html(article: Article) -> str:
    """Edit → Copy HTML: the CMS fragment (sanitised, no Feder classes) onto the clipboard."""
    html = core.export(article, "fragment", core.ExportOptions()).text
    copy_html_to_clipboard(html)
    return html


def export_article(article: Article, parent: QWidget | None = None,
                   settings: QSettings | None = None) -> tuple[Path, list[Path]] | None:
    """Run the export dialog; the written file and the images copied, or None when cancelled."""
    dialog = ExportDialog(article, parent, settings)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
        return dialog.written, dialog.copied
    return None


def _folder_key(article: Path) -> str:
    """The settings key of one article's export folder."""
    digest = hashlib.sha1(str(article.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"export/folderFor/{digest}"


def _with_format_suffix(name: str, fmt: str) -> str:
    """``name`` with the suffix of ``fmt`` instead of any known export suffix."""
    lowered = name.lower()
    for suffix in sorted({*core.NAME_SUFFIXES.values(), ".htm"}, key=len, reverse=True):
        if lowered.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name + core.NAME_SUFFIXES[fmt]


def export_message(written: Path, copied: list[Path]) -> str:
    """What the window says after an export: the file, and each image copied for it."""
    if not copied:
        return QCoreApplication.translate("ExportDialog", "Exported to {name}").format(name=written.name)
    return QCoreApplication.translate("ExportDialog", "Exported to {name}; images copied: {images}").format(
        name=written.name, images=", ".join(str(path) for path in copied)
    )


class ExportDialog(QDialog):
    """Format, target file, images (copy/embed/keep), sanitising, own template."""

    def __init__(self, article: Article, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export Article"))
        self.article = article
        self.settings = settings
        self.written: Path | None = None
        self.copied: list[Path] = []  # the images copied for the export, where they went
        self._suggestion = ""

        self.format_box = QComboBox(self)
        for fmt in core.FORMATS:
            label = core.FORMAT_LABELS[fmt]
            self.format_box.addItem(QCoreApplication.translate(label.context, label.text), fmt)
        self.target_edit = QLineEdit(self)
        self.images_box = QComboBox(self)
        self.images_box.addItem(QCoreApplication.translate("ExportDialog", "Copy to where the page finds them"), core.COPY)
        self.images_box.addItem(QCoreApplication.translate("ExportDialog", "Embed in the HTML file"), core.EMBED)
        self.images_box.addItem(QCoreApplication.translate("ExportDialog", "Keep the links as they are"), core.KEEP)
        self.sanitize_check = QCheckBox(QCoreApplication.translate("ExportDialog", "Remove scripts and event handlers (sanitise)"), self)
        self.classes_check = QCheckBox(QCoreApplication.translate("ExportDialog", "Keep Feder's CSS class names"), self)
        self.template_edit = QLineEdit(self)
        self.template_edit.setPlaceholderText(QCoreApplication.translate("ExportDialog", "Feder's default template"))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "&Format:"), self.format_box)
        form.addRow(QCoreApplication.translate("ExportDialog", "&Save as:"), self._with_button(self.target_edit, self._choose_target))
        form.addRow(QCoreApplication.translate("ExportDialog", "&Images:"), self.images_box)
        form.addRow("", self.sanitize_check)
        form.addRow("", self.classes_check)
        form.addRow(QCoreApplication.translate("ExportDialog", "&Template:"), self._with_button(self.template_edit, self._choose_template))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("exportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ExportDialog", "&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.format_box.currentIndexChanged.connect(self._format_changed)
        start = self._remembered("export/format", "html")
        index = self.format_box.findData(start)
        self.format_box.setCurrentIndex(max(index, 0))
        self._format_changed()

    # ---- what the writer chose --------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def target(self) -> Path | None:
        text = self.target_edit.text().strip()
        return Path(text).expanduser() if text else None

    def options(self) -> core.ExportOptions:
        fmt = self.fmt()
        html = fmt in core.HTML_FORMATS
        template = self.template_edit.text().strip()
        return core.ExportOptions(
            images=str(self.images_box.currentData()),
            sanitize=self.sanitize_check.isChecked() if html else None,
            template=Path(template).expanduser() if html and template else None,
            classes=fmt == "fragment" and self.classes_check.isChecked(),
            target=self._final_target(),
        )

    def accept(self) -> None:
        """Export and write; on an error say why and stay open. An existing file is replaced
        only after the writer said so."""
        target = self._final_target()
        if target is None:
            self._show_error(QCoreApplication.translate("ExportDialog", "Choose a file to export to."))
            return
        try:
            result = core.export(self.article, self.fmt(), self.options())
            if target.is_file() and not self._is_the_article(target) and not self.confirm_replace(target):
                return
            copied = core.write_export(result, target, make_folder=self.fmt() in core.SITE_FORMATS)
        except FederError as exc:
            self._show_error(error_text(exc))
            return
        self.written = target
        self.copied = [copy for _source, copy in copied]
        if self.settings is not None:
            self.settings.setValue("export/format", self.fmt())
            self.settings.setValue("export/folder", str(_site_folder(self.fmt(), target)))
            if self.article.path is not None:
                self.settings.setValue(_folder_key(self.article.path), str(_site_folder(self.fmt(), target)))
        super().accept()

    def confirm_replace(self, target: Path) -> bool:
        """Ask before an export replaces a file that is there already."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ExportDialog", "Replace the file?"),
            QCoreApplication.translate(
                "ExportDialog", "“{name}” exists already in {folder}. Replace it with this export?"
            ).format(name=target.name, folder=target.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _is_the_article(self, target: Path) -> bool:
        path = self.article.path
        return path is not None and target.resolve() == path.resolve()

    # ---- private ------------------------------------------------------------------------
    def _final_target(self) -> Path | None:
        """The file written: the chosen one, or the site's own name inside a chosen folder."""
        target = self.target()
        if target is not None and target.is_dir() and self.fmt() in core.SITE_FORMATS:
            return core.target_in_folder(self.article, self.fmt(), target)
        return target

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _format_changed(self, *_args) -> None:
        self.error_label.hide()
        fmt = self.fmt()
        html = fmt in core.HTML_FORMATS
        defaults = core.ExportOptions().resolved(fmt)
        self.images_box.setCurrentIndex(self.images_box.findData(defaults.images))
        self.sanitize_check.setChecked(bool(defaults.sanitize))
        for widget in (self.sanitize_check, self.template_edit):
            widget.setEnabled(html)
        embed = self.images_box.model().item(self.images_box.findData(core.EMBED))
        embed.setEnabled(html)  # Markdown cannot carry a picture inside it
        self.classes_check.setEnabled(fmt == "fragment")
        current = self.target_edit.text().strip()
        if not current or current == self._suggestion:
            self._suggestion = str(self._suggested_target(fmt) or "")
            self.target_edit.setText(self._suggestion)
        else:  # the writer's own name: only the suffix follows the format
            self.target_edit.setText(_with_format_suffix(current, fmt))

    def _suggested_target(self, fmt: str) -> Path | None:
        """The name for ``fmt`` in the folder this article was last exported to (else the last one)."""
        target = core.default_target(self.article, fmt)
        folder = ""
        if self.article.path is not None:
            folder = self._remembered(_folder_key(self.article.path), "")
        folder = folder or self._remembered("export/folder", "")
        if target is not None and folder and Path(folder).is_dir():
            if fmt in core.SITE_FORMATS:  # the site's own name in that folder (slug/index.md …)
                return core.target_in_folder(self.article, fmt, Path(folder))
            # In another folder the plain name cannot be the article itself.
            own_name = Path(folder) / ((self.article.slug or target.stem) + core.NAME_SUFFIXES[fmt])
            clash = self.article.path is not None and own_name.resolve() == self.article.path.resolve()
            target = Path(folder) / target.name if clash else own_name
        return target

    def _remembered(self, key: str, default: str) -> str:
        if self.settings is None:
            return default
        return str(self.settings.value(key, default) or default)

    def _with_button(self, edit: QLineEdit, slot) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"), box)
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    def _choose_target(self) -> None:
        fmt = self.fmt()
        pattern = "HTML (*.html *.htm)" if fmt in core.HTML_FORMATS else "Markdown (*.md)"
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ExportDialog", "Export to"), str(self.target() or ""), pattern
        )
        if name:
            self.target_edit.setText(name)

    def _choose_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ExportDialog", "Choose a template"), self.template_edit.text(),
            QCoreApplication.translate("ExportDialog", "Jinja2 templates (*.j2 *.html *.jinja);;All files (*)"),
        )
        if name:
            self.template_edit.setText(name)


def _site_folder(fmt: str, target: Path) -> Path:
    """The folder to offer next time: the one holding a page bundle, not the bundle itself."""
    if fmt in ("hugo", "eleventy") and target.name == "index.md":
        return target.parent.parent
    return target.parent
