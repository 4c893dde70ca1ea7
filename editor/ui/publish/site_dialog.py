"""Add a WordPress site: name, address, user, application password, and the per-site choices.

Opened from the publish dialog's "Add Site…"; the site is stored by
:class:`~editor.core.publish.sites.SiteStore`, the password (if typed) only
used for this send or put in the keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.publish.sites import Site


class SiteDialog(QDialog):
    """Add a WordPress site: name, address, user, password, per-site choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteDialog")
        self.setWindowTitle(QCoreApplication.translate("PublishDialog", "Add WordPress Site"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PublishDialog", "e.g. meinblog"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://example.org")
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(QCoreApplication.translate("PublishDialog", "Application password from WordPress (Users → Profile)"))
        self.image_check = QCheckBox(QCoreApplication.translate("PublishDialog", "Repeat the &featured image in the content (the theme does not show it)"), self)
        self.author_check = QCheckBox(QCoreApplication.translate("PublishDialog", "Put the author bo&x into the content"), self)
        self.author_check.setChecked(True)
        self.terms_check = QCheckBox(QCoreApplication.translate("PublishDialog", "Create &missing tags and categories (when the account may)"), self)
        self.terms_check.setChecked(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PublishDialog", "&Name:"), self.name_edit)
        form.addRow(QCoreApplication.translate("PublishDialog", "A&ddress:"), self.url_edit)
        form.addRow(QCoreApplication.translate("PublishDialog", "&User:"), self.user_edit)
        form.addRow(QCoreApplication.translate("PublishDialog", "&Password:"), self.password_edit)
        form.addRow("", self.image_check)
        form.addRow("", self.author_check)
        form.addRow("", self.terms_check)
        ok = QPushButton(QCoreApplication.translate("PublishDialog", "&Save Site"), self)
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        cancel = QPushButton(QCoreApplication.translate("PublishDialog", "Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def site(self) -> Site:
        return Site(
            name=self.name_edit.text().strip(),
            url=self.url_edit.text().strip(),
            user=self.user_edit.text().strip(),
            featured_image_in_content=self.image_check.isChecked(),
            author_box_in_content=self.author_check.isChecked(),
            create_terms=self.terms_check.isChecked(),
        )

    def password(self) -> str:
        return self.password_edit.text().strip()
