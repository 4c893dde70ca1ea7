"""What the sidebar's profile buttons do to the profile folder: edit, copy, delete, import, export.

Its texts keep the sidebar's translation context ("AuthorSidebar"), where they were written first.

Each command asks what it must (the profile dialog, a confirmation, a file
name), runs the store operation, and shows a failure in a message box
instead of raising. The sidebar only reloads its lists and selects the
result, so the lists stay its one job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.core.authors.store import AuthorProfile, AuthorStore
from editor.core.messages import FederError
from editor.i18n import error_text
from editor.ui.authors.dialog import AuthorDialog


class ProfileCommands:
    """The profile commands of one sidebar (``parent``) on ``store``."""

    def __init__(
        self, store: AuthorStore, parent: QWidget, spelling: Callable[[], object | None] = lambda: None
    ) -> None:
        self.store = store
        self.parent = parent
        #: Asked each time a dialog opens: the window hands its article's spelling to
        #: the sidebar after the commands were made, and again on every tab change.
        self.spelling = spelling

    def edit(self, profile: AuthorProfile, photo: Path | None) -> tuple[bool, AuthorProfile | None]:
        """Open the profile dialog: whether the writer saved it, and the profile saved (None: failed)."""
        dialog = AuthorDialog(profile, photo, self.parent, self.spelling())
        if dialog.exec() != AuthorDialog.DialogCode.Accepted:
            return False, None
        changed, new_photo = dialog.photo_choice()

        def save() -> AuthorProfile:
            saved = self.store.save(dialog.profile())
            return self.store.set_photo(saved.id, new_photo) if changed else saved

        return True, self.run(save)

    def duplicate(self, profile: AuthorProfile) -> AuthorProfile | None:
        name = QCoreApplication.translate("AuthorSidebar", "{name} (copy)").format(name=profile.name)
        return self.run(lambda: self.store.duplicate(profile.id, name))

    def delete(self, profile: AuthorProfile) -> bool:
        """Ask, then delete ``profile``'s file and photo; False when the writer said no."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("AuthorSidebar", "Delete author profile"),
                          QCoreApplication.translate("AuthorSidebar", "Delete the profile “{name}”?").format(name=profile.name),
                          QMessageBox.StandardButton.NoButton, self.parent)
        box.setInformativeText(QCoreApplication.translate("AuthorSidebar",
            "Its file and photo are removed from {folder}. Articles that name this author keep their own copy."
        ).format(folder=self.store.folder))
        delete = box.addButton(QCoreApplication.translate("AuthorSidebar", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return False
        self.run(lambda: self.store.delete(profile.id))
        return True

    def import_file(self, path: Path) -> tuple[bool, AuthorProfile | None]:
        """Import ``path``, asking before replacing a profile with the same id.

        Returns whether the import went ahead (not cancelled) and the profile imported.
        """
        replace_existing = False
        author_id = self.store.import_id(path)
        if self.store.path_for(author_id).exists():
            box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("AuthorSidebar", "Import author profile"),
                              QCoreApplication.translate("AuthorSidebar", "A profile “{id}” exists already.").format(id=author_id),
                              QMessageBox.StandardButton.NoButton, self.parent)
            box.setInformativeText(QCoreApplication.translate("AuthorSidebar", "Replace it with the imported one, or keep both?"))
            replace = box.addButton(QCoreApplication.translate("AuthorSidebar", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(QCoreApplication.translate("AuthorSidebar", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(keep)
            box.exec()
            if box.clickedButton() not in (replace, keep):
                return False, None
            replace_existing = box.clickedButton() is replace
        return True, self.run(lambda: self.store.import_file(path, replace_existing))

    def export_file(self, profile: AuthorProfile, path: Path) -> bool:
        return self.run(lambda: self.store.export_file(profile.id, path) or True) is not None

    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, QCoreApplication.translate("AuthorSidebar", "Import author profile"), str(Path.home()),
            QCoreApplication.translate("AuthorSidebar", "Author profiles (*.yaml *.yml)"))
        return Path(name) if name else None

    def ask_export_path(self, profile: AuthorProfile) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, QCoreApplication.translate("AuthorSidebar", "Export author profile"), str(Path.home() / f"{profile.id}.yaml"),
            QCoreApplication.translate("AuthorSidebar", "Author profiles (*.yaml *.yml)"))
        return Path(name) if name else None

    def open_folder(self) -> None:
        self.run(self.store.ensure_folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.folder)))

    def run(self, work: Callable[[], Any]) -> Any:
        """Run a store operation; show its error in a message box instead of raising."""
        try:
            return work()
        except FederError as exc:
            QMessageBox.warning(self.parent, QCoreApplication.translate("AuthorSidebar", "Authors"), error_text(exc))
            return None
