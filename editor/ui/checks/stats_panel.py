"""The statistics dock: words, Zeichen, sentences, Normseiten, reading time, session words.

It only presents: the counting is :func:`editor.core.preview.stats.text_statistics`,
which the window runs (debounced, and only while this panel is visible, see
:meth:`StatsPanel.wants_stats`). Numbers are written in the user's locale,
so a German writer reads 12.345 Zeichen and 2,4 Normseiten.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from editor.ui.lazy_dock import LazyDock

_ROWS = (
    ("words", QT_TRANSLATE_NOOP("StatsPanel", "Words")),
    ("characters", QT_TRANSLATE_NOOP("StatsPanel", "Characters with spaces")),
    ("characters_no_spaces", QT_TRANSLATE_NOOP("StatsPanel", "Characters without spaces")),
    ("sentences", QT_TRANSLATE_NOOP("StatsPanel", "Sentences")),
    ("paragraphs", QT_TRANSLATE_NOOP("StatsPanel", "Paragraphs")),
    ("standard_pages", QT_TRANSLATE_NOOP("StatsPanel", "Standard pages (1,800 characters)")),
    ("reading", QT_TRANSLATE_NOOP("StatsPanel", "Reading time")),
    ("session", QT_TRANSLATE_NOOP("StatsPanel", "Words this session")),
)

if TYPE_CHECKING:
    from editor.core.preview.stats import Stats


class StatsPanel(LazyDock):
    """Shows one article's statistics; remembers each article's word count at opening."""

    def __init__(self, parent: QWidget | None = None, lazy: bool = False) -> None:
        self._baselines: dict[Hashable, int] = {}
        self._stats: Stats | None = None
        self._values: dict[str, QLabel] = {}
        # objectName for saveState/restoreState
        super().__init__(QCoreApplication.translate("StatsPanel", "Statistics"), "statsPanel", parent, lazy)

    @property
    def values(self) -> dict[str, QLabel]:
        """The value label of each row (building the panel if it was not yet)."""
        self.ensure_built()
        return self._values

    def build(self) -> QWidget:
        body = QWidget(self)
        form = QFormLayout(body)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in _ROWS:
            value = QLabel("–", body)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"stat_{key}")
            self._values[key] = value
            form.addRow(QCoreApplication.translate("StatsPanel", label), value)
        return body

    def wants_stats(self) -> bool:
        """Counting costs a render; skip it while nobody looks."""
        return self.is_on_screen()

    def set_stats(self, stats: Stats, article: Hashable = None, session_start: int | None = None) -> None:
        """Show ``stats`` for ``article`` (any key: its path, its tab).

        ``session_start`` is the article's word count when the session began (the
        window knows it from the opening, even if this panel was closed then);
        without it, the first numbers this panel sees for an article count as that.
        """
        self._stats = stats
        if session_start is not None:
            self._baselines[article] = session_start
        baseline = self._baselines.setdefault(article, stats.words)
        locale = QLocale()
        show = self.values
        show["words"].setText(locale.toString(stats.words))
        show["characters"].setText(locale.toString(stats.characters))
        show["characters_no_spaces"].setText(locale.toString(stats.characters_no_spaces))
        show["sentences"].setText(locale.toString(stats.sentences))
        show["paragraphs"].setText(locale.toString(stats.paragraphs))
        show["standard_pages"].setText(locale.toString(stats.standard_pages, "f", 1))
        show["reading"].setText(_reading_time(stats.reading_minutes))
        show["session"].setText(_signed(locale, stats.words - baseline))

    def reset_session(self, article: Hashable = None) -> None:
        """Start counting session words anew at the next :meth:`set_stats` (e.g. after reload)."""
        self._baselines.pop(article, None)

    def forget(self, article: Hashable) -> None:
        """The article was closed."""
        self._baselines.pop(article, None)


def _reading_time(minutes: int) -> str:
    if minutes == 0:
        return "–"
    if minutes < 60:
        return QCoreApplication.translate("StatsPanel", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("StatsPanel", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=minutes % 60
    )


def _signed(locale: QLocale, number: int) -> str:
    if number > 0:
        return "+" + locale.toString(number)
    if number < 0:
        return "−" + locale.toString(-number)  # a real minus sign
    return "0"
