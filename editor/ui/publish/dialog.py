"""File → Publish → Send to WordPress as draft…: pick a site, send, watch each step.

The sending is :func:`editor.core.publish.send.send_article`, the same code as
`feder publish`; it runs in a worker thread (:mod:`.send_worker`), so the window
stays usable and the writer can cancel. A new site is added in :mod:`.site_dialog`. The dialog has three pages: the choice (site, password, the
pre-publish check's findings with "Send anyway"), the progress (each step), and
the outcome (the draft's address and notes, or the error naming the step, with
"Overwrite anyway" when the post is no longer a draft).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks.findings import Finding
from editor.core.messages import FederError
from editor.core.publish import passwords
from editor.core.publish.send_outcome import NotADraft, Progress, SendResult
from editor.core.publish.sites import Site, SiteStore
from editor.core.publish.wordpress import STEPS, PublishError
from editor.core.text.article import Article
from editor.i18n import error_text
from editor.ui.publish.send_worker import SendWorker
from editor.ui.publish.site_dialog import SiteDialog


class PublishDialog(QDialog):
    """Emits :attr:`sent` (site name, SendResult) after a successful send."""

    sent = Signal(str, object)

    def __init__(self, article: Article, findings: list[Finding] | None = None,
                 parent: QWidget | None = None, store: SiteStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(QCoreApplication.translate("PublishDialog", "Send to WordPress as Draft"))
        self.setMinimumWidth(560)
        self.article = article
        self.store = store or SiteStore()
        self.findings = list(findings or [])
        self.result: SendResult | None = None
        self.error: FederError | None = None
        self._thread: QThread | None = None
        self._worker: SendWorker | None = None
        self._typed: dict[str, str] = {}  # passwords typed in this dialog, per site

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._outcome_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._fill_sites()

    # ---- page 1: site, password, check findings ------------------------------------
    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        self.findings_label = QLabel(page)
        self.findings_label.setWordWrap(True)
        self.findings_list = QListWidget(page)
        self.findings_list.setObjectName("publishFindings")
        self.findings_list.setMaximumHeight(120)
        for finding in self.findings:
            self.findings_list.addItem(finding.text(QCoreApplication.translate))
        if self.findings:
            self.findings_label.setText(
                QCoreApplication.translate("PublishDialog", "The pre-publish check found {count} problem(s). You can fix them first, or send anyway.")
                .format(count=len(self.findings)))
        else:
            self.findings_label.setText(QCoreApplication.translate("PublishDialog", "The pre-publish check found no problems."))
        self.findings_list.setVisible(bool(self.findings))

        self.site_box = QComboBox(page)
        self.site_box.setObjectName("publishSite")
        self.add_button = QPushButton(QCoreApplication.translate("PublishDialog", "&Add Site…"), page)
        self.add_button.clicked.connect(self.add_site)
        site_row_widget = QWidget(page)  # a widget, so the label's mnemonic has a buddy
        site_row = QHBoxLayout(site_row_widget)
        site_row.setContentsMargins(0, 0, 0, 0)
        site_row.addWidget(self.site_box, 1)
        site_row.addWidget(self.add_button)
        self.site_details = QLabel(page)
        self.site_details.setWordWrap(True)
        self.password_edit = QLineEdit(page)
        self.password_edit.setObjectName("publishPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(QCoreApplication.translate("PublishDialog", "Application password from WordPress (Users → Profile)"))
        self.remember_check = QCheckBox(QCoreApplication.translate("PublishDialog", "&Remember in the keyring"), page)
        self.password_note = QLabel(page)
        self.password_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PublishDialog", "&Site:"), site_row_widget)
        form.addRow("", self.site_details)
        form.addRow(QCoreApplication.translate("PublishDialog", "&Password:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow("", self.password_note)
        self.choice_error = QLabel(page)
        self.choice_error.setObjectName("publishChoiceError")
        self.choice_error.setWordWrap(True)
        self.choice_error.setStyleSheet("color: #c62828;")
        self.choice_error.hide()
        self.send_button = QPushButton(QCoreApplication.translate("PublishDialog", "Send &Anyway") if self.findings else QCoreApplication.translate("PublishDialog", "&Send"), page)
        self.send_button.setObjectName("publishSend")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self.start())
        close = QPushButton(QCoreApplication.translate("PublishDialog", "Cancel"), page)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings_list)
        layout.addLayout(form)
        layout.addWidget(self.choice_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.site_box.currentIndexChanged.connect(self._site_changed)
        return page

    def _fill_sites(self, select: str = "") -> None:
        self.site_box.blockSignals(True)
        self.site_box.clear()
        try:
            sites = self.store.sites()
        except FederError as exc:
            sites = []
            self._show_choice_error(error_text(exc))
        for site in sites:
            self.site_box.addItem(f"{site.name} – {site.url}", site.name)
        if not sites:
            self.site_box.addItem(QCoreApplication.translate("PublishDialog", "No site yet: add one"), "")
        index = self.site_box.findData(select) if select else 0
        self.site_box.setCurrentIndex(max(index, 0))
        self.site_box.blockSignals(False)
        self._site_changed()

    def current_site(self) -> Site | None:
        name = self.site_box.currentData()
        if not name:
            return None
        try:
            return self.store.get(str(name))
        except FederError:
            return None

    def _site_changed(self) -> None:
        site = self.current_site()
        self.send_button.setEnabled(site is not None)
        keyring = passwords.keyring_status()
        stored = passwords.stored_password(site) if site else None
        if site is not None:
            self.site_details.setText(QCoreApplication.translate("PublishDialog", "User {user}. The post is saved as a draft; Feder never publishes.")
                                      .format(user=site.user))
        else:
            self.site_details.setText(QCoreApplication.translate("PublishDialog", "Add the WordPress site you write for, with your user name."))
        self.password_edit.setEnabled(site is not None and not stored)
        self.password_edit.setText(self._typed.get(site.name, "") if site else "")
        self.remember_check.setEnabled(keyring.usable and site is not None and not stored)
        self.remember_check.setChecked(keyring.usable and not stored)
        if stored:
            self.password_edit.setPlaceholderText(QCoreApplication.translate("PublishDialog", "Stored in the keyring"))
            self.password_note.setText("")
        else:
            self.password_edit.setPlaceholderText(QCoreApplication.translate("PublishDialog", "Application password from WordPress (Users → Profile)"))
            self.password_note.setText("" if keyring.usable else error_text(FederError(passwords.NO_KEYRING)))

    def add_site(self) -> None:
        dialog = SiteDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            site = self.store.add(dialog.site())
        except FederError as exc:
            self._show_choice_error(error_text(exc))
            return
        if dialog.password():
            self._typed[site.name] = dialog.password()
        self._fill_sites(site.name)

    def _show_choice_error(self, text: str) -> None:
        self.choice_error.setText(text)
        self.choice_error.setVisible(bool(text))

    # ---- page 2: progress ----------------------------------------------------------
    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_title = QLabel(page)
        self.steps_list = QListWidget(page)
        self.steps_list.setObjectName("publishSteps")
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setRange(0, len(STEPS))
        self.cancel_button = QPushButton(QCoreApplication.translate("PublishDialog", "&Cancel Sending"), page)
        self.cancel_button.setObjectName("publishCancel")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_title)
        layout.addWidget(self.steps_list)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)
        return page

    def start(self, force: bool = False) -> bool:
        """Send with the chosen site (``force``: overwrite a post that is no longer a draft)."""
        site = self.current_site()
        if site is None:
            self._show_choice_error(QCoreApplication.translate("PublishDialog", "Choose or add a site first."))
            return False
        password = passwords.stored_password(site) or self.password_edit.text().strip()
        if not password:
            self._show_choice_error(QCoreApplication.translate("PublishDialog", "Enter the application password for {user}.").format(user=site.user))
            self.password_edit.setFocus()
            return False
        self._typed[site.name] = password
        if self.remember_check.isEnabled() and self.remember_check.isChecked():
            try:
                passwords.store_password(site, password)
            except FederError as exc:
                self._show_choice_error(error_text(exc))
                return False
        self._show_choice_error("")
        self.steps_list.clear()
        for key, message in STEPS.items():
            item = QListWidgetItem("   " + QCoreApplication.translate(message.context, message.text))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setForeground(Qt.GlobalColor.gray)
            self.steps_list.addItem(item)
        self.progress_bar.setValue(0)
        self.progress_title.setText(QCoreApplication.translate("PublishDialog", "Sending “{title}” to {site}…").format(
            title=self.article.title or self.article.slug, site=site.name))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(QCoreApplication.translate("PublishDialog", "&Cancel Sending"))
        self.pages.setCurrentIndex(1)

        self._thread = QThread(self)
        self._worker = SendWorker(self.article, site, password, force)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self._thread.start()
        return True

    def is_sending(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(QCoreApplication.translate("PublishDialog", "Cancelling…"))

    def _on_progress(self, progress: Progress) -> None:
        keys = list(STEPS)
        current = keys.index(progress.step) if progress.step in keys else 0
        for row in range(self.steps_list.count()):
            item = self.steps_list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            message = STEPS[key]
            text = QCoreApplication.translate(message.context, message.text)
            font = item.font()
            font.setBold(row == current)
            item.setFont(font)
            if row < current:
                item.setText("✓ " + text)
                item.setForeground(self.palette().text())
            elif row == current:
                detail = f" ({progress.index}/{progress.count}: {progress.item})" if progress.item else ""
                item.setText("→ " + text + detail)
                item.setForeground(self.palette().text())
        self.progress_bar.setValue(current)

    def _finish_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None

    def _on_success(self, result: SendResult) -> None:
        self._finish_thread()
        self.result = result
        site = self.current_site()
        self.progress_bar.setValue(len(STEPS))
        created = QCoreApplication.translate("PublishDialog", "The draft was created on {site}.") if result.created else QCoreApplication.translate("PublishDialog", "The draft on {site} was updated.")
        lines = [created.format(site=site.name if site else "")]
        open_editor = QCoreApplication.translate("PublishDialog", "Open it in WordPress’s editor")
        preview = QCoreApplication.translate("PublishDialog", "Preview")
        lines.append(f'<a href="{_escape(result.edit_link)}">{_escape(open_editor)}</a>'
                     f' · <a href="{_escape(result.link)}">{_escape(preview)}</a>')
        lines.append(QCoreApplication.translate("PublishDialog", "Images uploaded: {uploaded}, re-used: {reused}.").format(
            uploaded=len(result.uploaded), reused=len(result.reused)))
        self._show_outcome("<br>".join(lines), [n.text(QCoreApplication.translate) for n in result.notes],
                           error=False)
        if site is not None:
            self.sent.emit(site.name, result)

    def _on_failure(self, error: FederError) -> None:
        self._finish_thread()
        self.error = error
        step = ""
        if isinstance(error, PublishError) and error.step in STEPS:
            message = STEPS[error.step]
            step = QCoreApplication.translate(message.context, message.text) + ": "
        self._show_outcome(_escape(step + error_text(error)), [], error=True,
                           offer_force=isinstance(error, NotADraft))

    # ---- page 3: outcome -------------------------------------------------------------
    def _outcome_page(self) -> QWidget:
        page = QWidget(self)
        self.outcome_label = QLabel(page)
        self.outcome_label.setObjectName("publishOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setOpenExternalLinks(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notes_list = QListWidget(page)
        self.notes_list.setObjectName("publishNotes")
        self.force_button = QPushButton(QCoreApplication.translate("PublishDialog", "&Overwrite Anyway"), page)
        self.force_button.setObjectName("publishForce")
        self.force_button.clicked.connect(lambda: self.start(force=True))
        self.back_button = QPushButton(QCoreApplication.translate("PublishDialog", "&Back"), page)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        done = QPushButton(QCoreApplication.translate("PublishDialog", "&Close"), page)
        done.setObjectName("publishClose")
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.force_button)
        buttons.addWidget(done)
        layout = QVBoxLayout(page)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.notes_list)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_outcome(self, html: str, notes: list[str], *, error: bool, offer_force: bool = False) -> None:
        self.outcome_label.setStyleSheet("color: #c62828;" if error else "")
        self.outcome_label.setText(html)
        self.notes_list.clear()
        self.notes_list.addItems(notes)
        self.notes_list.setVisible(bool(notes))
        self.force_button.setVisible(offer_force)
        self.back_button.setVisible(error)
        self.pages.setCurrentIndex(2)

    # ---- closing -------------------------------------------------------------------
    def reject(self) -> None:
        if self.is_sending():
            self.cancel()
            return  # the outcome page follows; closing waits for the worker
        super().reject()

    def done(self, result: int) -> None:
        if self.is_sending():
            self.cancel()
            return
        super().done(result)


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)
