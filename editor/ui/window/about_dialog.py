"""Help ▸ About Feder: what this is, its version and license, and what it runs on.

The component versions (Qt, PySide6, Python-Markdown, Enchant and its dictionaries)
are what a writer is asked for when reporting a problem, so the dialog shows them
and copies them as plain text with one click.
"""

from __future__ import annotations

import platform

import markdown
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor import __version__
from editor.core.spelling import dictionaries
from editor.ui.icon import app_icon

ICON_SIZE = 96


class AboutDialog(QDialog):
    """Modal "About Feder" box; create it with the main window as parent and exec() it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Feder"))
        self.setWindowIcon(app_icon())
        self.components = self._components()

        icon_label = QLabel()
        icon_label.setObjectName("aboutIcon")
        icon_label.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        version_text = self.tr("Version {version}").format(version=__version__)
        title = QLabel(f"<h2 style='margin:0'>Feder</h2>{version_text}")
        title.setObjectName("aboutTitle")
        summary = QLabel(
            self.tr(
                "An editor for articles on their way to publication: Markdown with a live "
                "preview, German spellchecking, article fields and export."
            )
        )
        summary.setWordWrap(True)
        license_label = QLabel(
            self.tr(
                "Feder is free software under the MIT License. It uses Qt and PySide6 "
                "under the GNU LGPL version 3."
            )
        )
        license_label.setObjectName("aboutLicense")
        license_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, value in self.components:
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name + ":", value_label)

        text_column = QVBoxLayout()
        text_column.addWidget(title)
        text_column.addWidget(summary)
        text_column.addWidget(license_label)
        text_column.addSpacing(8)
        text_column.addLayout(form)
        text_column.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(icon_label)
        top.addSpacing(12)
        top.addLayout(text_column, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy Version Information"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def details_text(self) -> str:
        """Plain text for a bug report: Feder's version, then one line per component."""
        lines = [f"Feder {__version__}"]
        lines += [f"{name}: {value}" for name, value in self.components]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def _components(self) -> list[tuple[str, str]]:
        return [
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            ("Python", platform.python_version()),
            ("Python-Markdown", markdown.__version__),
            ("Enchant", self._enchant_version()),
            (self.tr("Dictionaries"), self._dictionaries()),
        ]

    def _enchant_version(self) -> str:
        try:
            import enchant
        except ImportError:  # pyenchant raises it when the Enchant C library is missing
            return self.tr("not available")
        return f"{enchant.get_enchant_version()} (pyenchant {enchant.__version__})"

    def _dictionaries(self) -> str:
        """Installed dictionaries, grouped by the Enchant provider (Hunspell, Aspell…) serving them."""
        if dictionaries.enchant is None:
            return self.tr("none (Enchant is not installed)")
        by_provider: dict[str, list[str]] = {}
        for tag, provider in dictionaries.installed_dictionaries():
            by_provider.setdefault(provider.capitalize(), []).append(tag)
        if not by_provider:
            return self.tr("none installed")
        # Ordered by their first language tag, which puts German (de_…) before English.
        groups = sorted((sorted(tags), provider) for provider, tags in by_provider.items())
        return "; ".join(f"{', '.join(tags)} ({provider})" for tags, provider in groups)
