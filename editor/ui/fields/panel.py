"""The article fields panel: kicker, headline, teaser, slug, tags, date, language, featured image.

The panel keeps no state of its own. :meth:`FieldsPanel.set_article` shows a
parsed article without emitting anything; every edit the writer makes is
emitted as ``fieldEdited(key, value)``, and the main window writes it into the
text (front matter) as one undoable edit with ``editor.core.text.slug.update_field``,
which also takes a following slug along with the headline. The re-parsed
article comes back through ``set_article``, which leaves the field being typed
in alone when it already shows that value, so the cursor does not jump.
Undo and redo pressed in a field go to the document (``undoRequested`` /
``redoRequested``): one history for the text and the fields.

The field widgets are :mod:`.field_widgets`, the layout pieces and counters
:mod:`.panel_layout`, the date field :mod:`.date_field`.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core import languages
from editor.core.checks.limits import HEADLINE_LIMIT, TEASER_LIMIT
from editor.core.text.article import DEFAULT_LANG, Article, Image
from editor.core.text.slug import clean_typed_slug, slugify
from editor.i18n import error_text
from editor.ui.colours import blend
from editor.ui.fields import panel_layout
from editor.ui.fields.date_field import DateField
from editor.ui.fields.field_widgets import GrowingLine, HistoryKeys
from editor.ui.fields.image_dialog import ImagePreview, image_filter, relative_src
from editor.ui.spelling.menus import language_name

_IMAGE_KEYS = ("src", "alt", "caption", "credit")
#: What the writer calls each front matter key (for messages naming a change).
FIELD_NAMES = {
    "kicker": QT_TRANSLATE_NOOP("FieldsPanel", "Kicker"),
    "title": QT_TRANSLATE_NOOP("FieldsPanel", "Headline"),
    "teaser": QT_TRANSLATE_NOOP("FieldsPanel", "Teaser"),
    "slug": QT_TRANSLATE_NOOP("FieldsPanel", "Slug"),
    "tags": QT_TRANSLATE_NOOP("FieldsPanel", "Tags"),
    "date": QT_TRANSLATE_NOOP("FieldsPanel", "Date"),
    "lang": QT_TRANSLATE_NOOP("FieldsPanel", "Language"),
    "image": QT_TRANSLATE_NOOP("FieldsPanel", "Featured image"),
    "authors": QT_TRANSLATE_NOOP("FieldsPanel", "Authors"),
    "spelling": QT_TRANSLATE_NOOP("FieldsPanel", "Words ignored in this article"),
}


def field_name(key: str) -> str:
    """The translated name of front matter ``key`` (the key itself for unknown ones)."""
    return QCoreApplication.translate("FieldsPanel", FIELD_NAMES[key]) if key in FIELD_NAMES else key


class FieldsPanel(QDockWidget):
    """Dock with the article's front matter fields (see the module docstring)."""

    fieldEdited = Signal(str, object)  # front matter key, new value (None removes it)
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        headline_limit: int = HEADLINE_LIMIT,
        teaser_limit: int = TEASER_LIMIT,
    ) -> None:
        super().__init__(QCoreApplication.translate("FieldsPanel", "Article"), parent)
        self.setObjectName("fieldsPanel")
        self._article = Article()
        self._filling = False
        self._limits = {"title": headline_limit, "teaser": teaser_limit}
        self._build()
        self._frame_fields()
        self._connect()
        self.set_article(Article())

    # ---- public -------------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        """Show ``article`` without emitting; a field already showing its value is not touched."""
        self._article = article
        self._filling = True
        try:
            broken = article.meta_error is not None
            self.error.setVisible(broken)
            if broken:
                self.error.setText(
                    QCoreApplication.translate(
                        "FieldsPanel", "The front matter has an error; fix it in the text first.\n{error}"
                    ).format(error=error_text(article.meta_error))
                )
            self.form.setEnabled(not broken)
            self.kicker.set_text(article.kicker)
            self.headline.set_text(article.title)
            if self.teaser.toPlainText() != article.teaser:
                self.teaser.setPlainText(article.teaser)
            if clean_typed_slug(self.slug.text()) != article.slug:
                self.slug.setText(article.slug)
            self.slug.setPlaceholderText(slugify(article.title))
            if _tags(self.tags.text()) != article.tags:
                self.tags.setText(", ".join(article.tags))
            self._show_date(article.date)
            self._show_language(article.lang)
            image = article.image
            panel_layout.set_line(self.image_src, image.src)
            self.image_alt.set_text(image.alt)
            self.image_caption.set_text(image.caption)
            self.image_credit.set_text(image.credit)
            self.preview.show_source(image.src, article.folder)
            self._update_counters()
        finally:
            self._filling = False

    def set_limits(self, headline: int | None = None, teaser: int | None = None) -> None:
        """Soft limits for the headline and teaser counters (characters)."""
        if headline is not None:
            self._limits["title"] = headline
        if teaser is not None:
            self._limits["teaser"] = teaser
        self._update_counters()

    def limits(self) -> tuple[int, int]:
        return self._limits["title"], self._limits["teaser"]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._frame_fields()

    def _frame_fields(self) -> None:
        """Field borders drawn from the palette: clearly visible in the dark theme too."""
        palette = self.palette()
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        mix = 0.35 if base.lightness() < 128 else 0.25
        border = blend(base, text, mix)
        self.form.setStyleSheet(
            f"QLineEdit, QPlainTextEdit {{ border: 1px solid {border.name()}; border-radius: 3px; }}"
        )

    def field_widget(self, key: str) -> QWidget | None:
        """The widget that edits front matter ``key`` (None for keys the panel does not show)."""
        return {
            "kicker": self.kicker, "title": self.headline, "teaser": self.teaser, "slug": self.slug,
            "tags": self.tags, "date": self.date.edit, "lang": self.language, "image": self.image_src,
        }.get(key)

    def select_field(self, key: str) -> bool:
        """Show and select the field for ``key`` (after an undo of its edit); False if none."""
        widget = self.field_widget(key)
        if widget is None or not self.isVisible():
            return False
        self.raise_()
        widget.setFocus()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.selectAll()
        return True

    def mark_changed(self, keys: list[str]) -> list[str]:
        """Tint the fields of ``keys`` until their next edit; the names of those marked."""
        marked = []
        for key in keys:
            widget = self.field_widget(key)
            if widget is None:
                continue
            widget.setProperty("replaced", True)
            widget.setStyleSheet("background: rgba(255, 200, 0, 90);")
            marked.append(key)
        return marked

    def clear_marks(self) -> None:
        for key in FIELD_NAMES:
            widget = self.field_widget(key)
            if widget is not None and widget.property("replaced"):
                widget.setProperty("replaced", False)
                widget.setStyleSheet("")

    # ---- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.kicker = GrowingLine(1)  # a text document, so spelling underlines it like the headline
        self.kicker.setPlaceholderText(QCoreApplication.translate("FieldsPanel", "Section, e.g. Business"))
        self.headline = GrowingLine(3)
        self.headline_count = panel_layout.counter()
        self.teaser = QPlainTextEdit()
        self.teaser.setTabChangesFocus(True)
        self.teaser.setFixedHeight(self.teaser.fontMetrics().lineSpacing() * 5 + 12)
        self.teaser_count = panel_layout.counter()
        self.slug = QLineEdit()
        self.slug_reset = QToolButton()
        self.slug_reset.setText("↻")
        self.slug_reset.setToolTip(QCoreApplication.translate("FieldsPanel", "Generate the slug from the headline again"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(QCoreApplication.translate("FieldsPanel", "Separated by commas"))
        self.date = DateField(panel_layout.date_format())
        self.language = QComboBox()
        for code in languages.SUPPORTED:  # an article's own other value is added when shown
            self.language.addItem(language_name(code), code)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; font-weight: 600; }")

        self.image_heading = QLabel(QCoreApplication.translate("FieldsPanel", "Featured image"))
        heading_font = self.image_heading.font()
        heading_font.setBold(True)
        self.image_heading.setFont(heading_font)
        self.preview = ImagePreview(None, QSize(320, 180))
        self.image_src = QLineEdit()
        self.image_src.setPlaceholderText(QCoreApplication.translate("FieldsPanel", "File or web address"))
        self.image_choose = QPushButton(QCoreApplication.translate("FieldsPanel", "Choose…"))
        self.image_alt = GrowingLine()
        self.image_alt.setPlaceholderText(QCoreApplication.translate("FieldsPanel", "What the picture shows"))
        self.image_caption = GrowingLine()
        self.image_credit = GrowingLine()
        self.image_credit.setPlaceholderText(QCoreApplication.translate("FieldsPanel", "Featured image: Name | Agency"))
        self.form = QWidget()
        form = panel_layout.form()
        form.addRow(QCoreApplication.translate("FieldsPanel", "Kicker"), self.kicker)
        form.addRow(QCoreApplication.translate("FieldsPanel", "Headline"), panel_layout.stack(self.headline, self.headline_count))
        form.addRow(QCoreApplication.translate("FieldsPanel", "Teaser"), panel_layout.stack(self.teaser, self.teaser_count))
        form.addRow(QCoreApplication.translate("FieldsPanel", "Slug"), panel_layout.row(self.slug, self.slug_reset))
        form.addRow(QCoreApplication.translate("FieldsPanel", "Tags"), self.tags)
        form.addRow(QCoreApplication.translate("FieldsPanel", "Date"), self.date)
        form.addRow(QCoreApplication.translate("FieldsPanel", "Language"), self.language)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(panel_layout.separator())
        form.addRow(self.image_heading)
        form.addRow("", self.preview)
        form.addRow(QCoreApplication.translate("FieldsPanel", "File"), panel_layout.row(self.image_src, self.image_choose))
        form.addRow(QCoreApplication.translate("FieldsPanel", "Alt text"), self.image_alt)
        form.addRow(QCoreApplication.translate("FieldsPanel", "Caption"), self.image_caption)
        form.addRow(QCoreApplication.translate("FieldsPanel", "Credit"), self.image_credit)
        outer = QVBoxLayout(self.form)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.addLayout(form)
        outer.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.form, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        self._history_keys = HistoryKeys(self, self.undoRequested.emit, self.redoRequested.emit)
        for widget in self._editors():
            widget.installEventFilter(self._history_keys)

    def _editors(self) -> list[QWidget]:
        return [
            self.kicker, self.headline, self.teaser, self.slug, self.tags, self.date.edit,
            self.image_src, self.image_alt, self.image_caption, self.image_credit,
        ]

    def _connect(self) -> None:
        self.kicker.textEdited.connect(lambda text: self._emit("kicker", text))
        self.headline.textEdited.connect(lambda text: self._emit("title", text))
        self.headline.textChanged.connect(self._update_counters)
        self.teaser.textChanged.connect(self._teaser_changed)
        self.slug.textEdited.connect(self._slug_typed)
        self.slug.editingFinished.connect(self._slug_finished)
        self.slug_reset.clicked.connect(lambda: self._emit("slug", slugify(self.headline.text())))
        self.tags.textEdited.connect(lambda text: self._emit("tags", _tags(text)))
        self.tags.editingFinished.connect(self._tidy_tags)
        self.date.dateEdited.connect(self._date_changed)
        self.language.activated.connect(lambda _index: self._emit("lang", self.language.currentData()))
        for widget in (self.image_src, self.image_alt, self.image_caption, self.image_credit):
            widget.textEdited.connect(self._image_edited)
        self.image_choose.clicked.connect(self._choose_image)

    # ---- edits --------------------------------------------------------------------------
    def _emit(self, key: str, value: Any) -> None:
        if not self._filling:
            self.clear_marks()
            self.fieldEdited.emit(key, value)

    def _teaser_changed(self) -> None:
        self._update_counters()
        text = self.teaser.toPlainText()
        if text != self._article.teaser:  # a re-highlight fires textChanged without an edit
            self._emit("teaser", text)

    def _slug_typed(self, text: str) -> None:
        cleaned = clean_typed_slug(text)
        if cleaned != text:
            position = self.slug.cursorPosition()
            self.slug.setText(cleaned)
            self.slug.setCursorPosition(max(0, position - (len(text) - len(cleaned))))
        self._emit("slug", cleaned)

    def _slug_finished(self) -> None:
        final = self.slug.text().strip("-")
        if final != self.slug.text():
            self.slug.setText(final)
            self._emit("slug", final)

    def _tidy_tags(self) -> None:
        """After typing, show the tags as they are stored ("a, b" instead of "a,b, ")."""
        tidy = ", ".join(self._article.tags)
        if _tags(self.tags.text()) == self._article.tags and self.tags.text() != tidy:
            self.tags.setText(tidy)

    def _date_changed(self, value: _dt.date | None) -> None:
        if value != self._article.date:
            self._emit("date", value)

    def _image_edited(self) -> None:
        """The whole ``image`` mapping, keeping any keys the panel does not show."""
        current = self._article.meta.get("image")
        merged: dict[str, Any] = {}
        values = {
            "src": self.image_src.text(),
            "alt": self.image_alt.text(),
            "caption": self.image_caption.text(),
            "credit": self.image_credit.text(),
        }
        for key in _IMAGE_KEYS:
            if values[key]:
                merged[key] = values[key]
        if isinstance(current, dict):
            merged.update({k: v for k, v in current.items() if k not in _IMAGE_KEYS})
        self.preview.show_source(values["src"], self._article.folder)
        self._emit("image", merged or None)

    def _choose_image(self) -> None:
        folder = self._article.folder
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FieldsPanel", "Choose the featured image"),
            str(folder) if folder else "",
            image_filter(),
        )
        if name:
            self.image_src.setText(relative_src(name, folder))
            self._image_edited()

    # ---- showing ------------------------------------------------------------------------
    def _update_counters(self) -> None:
        panel_layout.count(self.headline_count, len(self.headline.text()), self._limits["title"])
        panel_layout.count(self.teaser_count, len(self.teaser.toPlainText()), self._limits["teaser"])

    def _show_date(self, date: _dt.date | None) -> None:
        self.date.set_date(date)

    def _show_language(self, code: str) -> None:
        code = code or DEFAULT_LANG
        index = self.language.findData(code)
        if index < 0:
            self.language.addItem(language_name(code), code)
            index = self.language.count() - 1
        if self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)

    def featured_image(self) -> Image:
        """The featured image as the panel shows it."""
        return Image(self.image_src.text(), self.image_alt.text(), self.image_caption.text(), self.image_credit.text())


def _tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]
