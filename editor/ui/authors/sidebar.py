"""The author sidebar: the article's authors on top, the reusable profiles below.

The sidebar never edits the article text itself. It emits
``assignmentChanged`` with the new front matter ``authors`` list, the main
window writes it through ``article.set_field`` (so undo and the YAML stay the
truth), and feeds the parsed list back with :meth:`AuthorSidebar.set_article_authors`.
Profiles are read from and written to :class:`~editor.core.authors.store.AuthorStore`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.authors.store import (
    SNAPSHOT_KEYS,
    AuthorProfile,
    AuthorStore,
    is_stale,
    matches_name,
    snapshot,
)
from editor.core.messages import FederError
from editor.i18n import error_text
from editor.ui.authors.dialog import AuthorDialog, avatar_pixmap
from editor.ui.authors.people_list import (
    AVATAR,
    BADGE_ROLE,
    ID_ROLE,
    NOTICE_ROLE,
    SUBTITLE_ROLE,
    PeopleList,
)
from editor.ui.lazy_dock import LazyDock, needs_contents


class AuthorSidebar(LazyDock):
    """Dock listing author profiles and assigning them, in order, to the article.

    With ``lazy=True`` (the main window) its widgets are built, and the profiles
    read, when it is first shown or used.
    """

    #: The article's new front matter ``authors`` list (of snapshot dicts). Declared
    #: as ``object``: a ``list`` signal passes through QVariantMap, which sorts the
    #: keys of each snapshot, and the front matter should read id, name, role, bio.
    assignmentChanged = Signal(object)

    def __init__(
        self,
        store: AuthorStore,
        parent: QWidget | None = None,
        spell_controller: object | None = None,
        lazy: bool = False,
    ) -> None:
        self.store = store
        self.spell_controller = spell_controller
        self.profiles: list[AuthorProfile] = []
        self.load_errors: list[FederError] = []
        self._assigned: list[dict[str, Any]] = []
        super().__init__(QCoreApplication.translate("AuthorSidebar", "Authors"), "authorSidebar", parent, lazy)

    def build(self) -> QWidget:
        self._create_actions()
        contents = self._build()
        self.reload()
        return contents

    # Public --------------------------------------------------------------------

    @Slot(object)
    def set_article_authors(self, authors: list[dict[str, Any]]) -> None:
        """Show the article's authors (from its front matter), marking changed profiles."""
        self._assigned = [dict(a) for a in authors if isinstance(a, dict)]
        if self.is_built():
            self._fill_article()

    def article_authors(self) -> list[dict[str, Any]]:
        return [dict(a) for a in self._assigned]

    @needs_contents
    def stale_indexes(self) -> list[int]:
        """Positions of article authors whose profile has changed since they were added."""
        by_id = {p.id: p for p in self.profiles}
        result = []
        for index, snap in enumerate(self._assigned):
            profile = by_id.get(str(snap.get("id", "")))
            if profile is not None and is_stale(snap, profile, self.store.photo_path(profile)):
                result.append(index)
        return result

    @needs_contents
    def reload(self) -> None:
        """Read the profile folder again (after a change here or by a sync tool)."""
        self.profiles, self.load_errors = self.store.load_all()
        self._fill_profiles()
        self._fill_article()
        if self.load_errors:
            lines = "\n".join(f"• {error_text(e)}" for e in self.load_errors)
            self.error_label.setText(
                self.tr("These profile files could not be read and are not listed:\n{files}").format(files=lines)
            )
        self.error_label.setVisible(bool(self.load_errors))

    @needs_contents
    def select_profile(self, author_id: str) -> None:
        for row in range(self.profile_list.count()):
            if self.profile_list.item(row).data(ID_ROLE) == author_id:
                self.profile_list.setCurrentRow(row)
                return

    @needs_contents
    def selected_profile(self) -> AuthorProfile | None:
        item = self.profile_list.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        return next((p for p in self.profiles if p.id == item.data(ID_ROLE)), None)

    # Profile commands ------------------------------------------------------------------

    @needs_contents
    def new_profile(self) -> None:
        self._edit(AuthorProfile(id="", name=self.filter_edit.text().strip()), None)

    @needs_contents
    def edit_profile(self) -> None:
        profile = self.selected_profile()
        if profile is not None:
            self._edit(profile, self.store.photo_path(profile))

    @needs_contents
    def duplicate_profile(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        name = self.tr("{name} (copy)").format(name=profile.name)
        copy = self._run(lambda: self.store.duplicate(profile.id, name))
        if copy is not None:
            self.reload()
            self.select_profile(copy.id)

    @needs_contents
    def delete_profile(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete author profile"),
                          self.tr("Delete the profile “{name}”?").format(name=profile.name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "Its file and photo are removed from {folder}. Articles that name this author keep their own copy."
        ).format(folder=self.store.folder))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        row = self.profile_list.currentRow()
        self._run(lambda: self.store.delete(profile.id))
        self.reload()
        self.profile_list.setCurrentRow(min(row, self.profile_list.count() - 1))

    @needs_contents
    def import_profile(self, path: Path) -> AuthorProfile | None:
        """Import ``path``; asks before replacing a profile with the same id."""
        replace_existing = False
        author_id = self.store.import_id(path)
        if self.store.path_for(author_id).exists():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import author profile"),
                              self.tr("A profile “{id}” exists already.").format(id=author_id),
                              QMessageBox.StandardButton.NoButton, self)
            box.setInformativeText(self.tr("Replace it with the imported one, or keep both?"))
            replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(keep)
            box.exec()
            if box.clickedButton() not in (replace, keep):
                return None
            replace_existing = box.clickedButton() is replace
        profile = self._run(lambda: self.store.import_file(path, replace_existing))
        self.reload()
        if profile is not None:
            self.select_profile(profile.id)
        return profile

    @needs_contents
    def export_profile(self, path: Path) -> bool:
        profile = self.selected_profile()
        if profile is None:
            return False
        return self._run(lambda: self.store.export_file(profile.id, path) or True) is not None

    # Article commands -------------------------------------------------------------------

    @needs_contents
    def assign_selected(self) -> None:
        profile = self.selected_profile()
        if profile is None or self._is_assigned(profile.id):
            return
        self._assigned.append(snapshot(profile, self.store.photo_path(profile)))
        self._changed(len(self._assigned) - 1)

    @needs_contents
    def remove_from_article(self) -> None:
        row = self.article_list.currentRow()
        if 0 <= row < len(self._assigned):
            del self._assigned[row]
            self._changed(min(row, len(self._assigned) - 1))

    @needs_contents
    def move_author(self, step: int) -> None:
        row = self.article_list.currentRow()
        target = row + step
        if 0 <= row < len(self._assigned) and 0 <= target < len(self._assigned):
            self._assigned[row], self._assigned[target] = self._assigned[target], self._assigned[row]
            self._changed(target)

    @needs_contents
    def refresh_stale(self) -> None:
        """Copy the current profile into every out-of-date snapshot (hand-added keys stay)."""
        stale = self.stale_indexes()
        if not stale:
            return
        by_id = {p.id: p for p in self.profiles}
        for index in stale:
            old = self._assigned[index]
            profile = by_id[str(old["id"])]
            extra = {k: v for k, v in old.items() if k not in SNAPSHOT_KEYS}
            self._assigned[index] = snapshot(profile, self.store.photo_path(profile)) | extra
        self._changed(self.article_list.currentRow())

    # Building -------------------------------------------------------------------------

    def _create_actions(self) -> None:
        def action(text: str, slot: Any, icon: QStyle.StandardPixmap | None = None) -> QAction:
            act = QAction(text, self)
            if icon is not None:
                act.setIcon(self.style().standardIcon(icon))
            act.triggered.connect(lambda checked=False: slot())
            return act

        self.assign_action = action(self.tr("Add to article"), self.assign_selected)
        self.assign_action.setToolTip(self.tr("Add the selected profile to the article’s authors"))
        self.new_action = action(self.tr("New…"), self.new_profile)
        self.edit_action = action(self.tr("Edit…"), self.edit_profile)
        self.duplicate_action = action(self.tr("Duplicate"), self.duplicate_profile)
        self.delete_action = action(self.tr("Delete…"), self.delete_profile)
        self.import_action = action(self.tr("Import…"), self._ask_import)
        self.export_action = action(self.tr("Export…"), self._ask_export)
        self.open_folder_action = action(self.tr("Open profile folder"), self._open_folder)
        self.remove_action = action(self.tr("Remove from article"), self.remove_from_article)
        self.up_action = action(self.tr("Move up"), lambda: self.move_author(-1), QStyle.StandardPixmap.SP_ArrowUp)
        self.down_action = action(self.tr("Move down"), lambda: self.move_author(1), QStyle.StandardPixmap.SP_ArrowDown)
        self.refresh_action = action(self.tr("Refresh"), self.refresh_stale)
        self.refresh_action.setToolTip(self.tr("Copy the changed profile details into the article"))
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        for act in (self.delete_action, self.remove_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _build(self) -> QWidget:
        article = QWidget(self)
        article_layout = QVBoxLayout(article)
        article_layout.setContentsMargins(8, 8, 8, 4)
        self.article_list = PeopleList(self.tr("No author yet. Select a profile below and click “Add to article”."), article)
        self.article_list.setObjectName("articleAuthors")
        self.article_list.addActions([self.up_action, self.down_action, self.remove_action, self.refresh_action])
        self.stale_bar = QFrame(article)
        self.stale_bar.setObjectName("staleBar")
        self.stale_bar.setStyleSheet("#staleBar { background: #fff4ce; border: 1px solid #e0b700; border-radius: 4px; }"
                                     "#staleBar QLabel { color: #222; }")
        self.stale_label = QLabel(self.stale_bar)
        self.stale_label.setWordWrap(True)
        stale_layout = QHBoxLayout(self.stale_bar)
        stale_layout.setContentsMargins(8, 4, 4, 4)
        stale_layout.addWidget(self.stale_label, 1)
        stale_layout.addWidget(_button(self.refresh_action, self.stale_bar))
        article_layout.addWidget(_heading(self.tr("In this article"), article))
        article_layout.addWidget(self.article_list, 1)
        article_layout.addWidget(self.stale_bar)
        article_layout.addLayout(_row(article, _button(self.up_action, article, icon_only=True),
                                      _button(self.down_action, article, icon_only=True),
                                      None, _button(self.remove_action, article)))

        library = QWidget(self)
        library_layout = QVBoxLayout(library)
        library_layout.setContentsMargins(8, 4, 8, 8)
        self.filter_edit = QLineEdit(library)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.profile_list = PeopleList(self.tr("No profiles yet. Create one with “New…”."), library)
        self.profile_list.setObjectName("authorProfiles")
        self.profile_list.filtered_placeholder = self.tr("No profile matches the filter.")
        self.profile_list.addActions([self.assign_action, self.edit_action, self.duplicate_action,
                                      self.delete_action, self.export_action])
        self.profile_list.itemDoubleClicked.connect(lambda item: self.edit_profile())
        self.profile_list.currentItemChanged.connect(lambda *args: self._update_actions())
        self.article_list.currentItemChanged.connect(lambda *args: self._update_actions())
        more = QToolButton(library)
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addActions([self.duplicate_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.import_action, self.export_action, self.open_folder_action])
        more.setMenu(menu)
        self.more_button = more
        self.error_label = QLabel(library)
        self.error_label.setObjectName("profileErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b3261e;")
        library_layout.addWidget(_heading(self.tr("Profiles"), library))
        library_layout.addWidget(self.filter_edit)
        library_layout.addWidget(self.profile_list, 1)
        library_layout.addWidget(self.error_label)
        library_layout.addLayout(_row(library, _button(self.assign_action, library, primary=True),
                                      _button(self.new_action, library), _button(self.edit_action, library),
                                      None, more))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(article)
        splitter.addWidget(library)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setMinimumWidth(280)
        return splitter

    # Filling the lists ------------------------------------------------------------------

    def _fill_profiles(self) -> None:
        current = self.profile_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.profile_list.clear()
        ratio = self.devicePixelRatioF()
        for profile in self.profiles:
            item = QListWidgetItem(profile.name)
            item.setData(ID_ROLE, profile.id)
            item.setData(SUBTITLE_ROLE, profile.role)
            item.setIcon(QIcon(avatar_pixmap(profile.name, self.store.photo_path(profile), AVATAR, ratio)))
            item.setToolTip(str(self.store.path_for(profile.id)))
            self.profile_list.addItem(item)
        self._apply_filter(self.filter_edit.text())
        if keep:
            self.select_profile(keep)

    def _fill_article(self) -> None:
        row = self.article_list.currentRow()
        self.article_list.clear()
        by_id = {p.id: p for p in self.profiles}
        stale = set(self.stale_indexes())
        ratio = self.devicePixelRatioF()
        for index, snap in enumerate(self._assigned):
            name = str(snap.get("name") or snap.get("id") or "?")
            photo = Path(str(snap["photo"])) if snap.get("photo") else None
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, snap.get("id"))
            item.setData(SUBTITLE_ROLE, str(snap.get("role") or ""))
            item.setIcon(QIcon(avatar_pixmap(name, photo if photo and photo.is_file() else None, AVATAR, ratio)))
            if index in stale:
                item.setData(NOTICE_ROLE, self.tr("Profile changed – refresh?"))
                item.setToolTip(self.tr("The profile has changed since this author was added to the article."))
            elif snap.get("id") and snap.get("id") not in by_id:
                item.setToolTip(self.tr("There is no profile “{id}” on this computer; the article keeps its own copy.").format(id=snap.get("id")))
            self.article_list.addItem(item)
        if self.article_list.count():
            self.article_list.setCurrentRow(max(0, min(row, self.article_list.count() - 1)))
        if stale:
            names = ", ".join(str(self._assigned[i].get("name", "")) for i in sorted(stale))
            self.stale_label.setText(self.tr("Changed since added to the article: {names}").format(names=names))
        self.stale_bar.setVisible(bool(stale))
        for row_index in range(self.profile_list.count()):
            item = self.profile_list.item(row_index)
            item.setData(BADGE_ROLE, "✓" if self._is_assigned(item.data(ID_ROLE)) else None)
        self._update_actions()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip()
        for row in range(self.profile_list.count()):
            item = self.profile_list.item(row)
            item.setHidden(not matches_name(needle, item.text()))
        current = self.profile_list.currentItem()
        if current is None or current.isHidden():
            visible = [self.profile_list.item(r) for r in range(self.profile_list.count())
                       if not self.profile_list.item(r).isHidden()]
            self.profile_list.setCurrentItem(visible[0] if visible else None)
        self.profile_list.placeholder_active = bool(needle)
        self._update_actions()

    def _update_actions(self) -> None:
        if not hasattr(self, "profile_list"):
            return
        profile = self.selected_profile()
        for act in (self.edit_action, self.duplicate_action, self.delete_action, self.export_action):
            act.setEnabled(profile is not None)
        self.assign_action.setEnabled(profile is not None and not self._is_assigned(profile.id))
        row, count = self.article_list.currentRow(), len(self._assigned)
        self.remove_action.setEnabled(0 <= row < count)
        self.up_action.setEnabled(0 < row < count)
        self.down_action.setEnabled(0 <= row < count - 1)
        self.refresh_action.setEnabled(bool(self.stale_indexes()))

    # Helpers -----------------------------------------------------------------------------

    def _edit(self, profile: AuthorProfile, photo: Path | None) -> None:
        dialog = AuthorDialog(profile, photo, self, self.spell_controller)
        if dialog.exec() != AuthorDialog.DialogCode.Accepted:
            return
        changed, new_photo = dialog.photo_choice()

        def save() -> AuthorProfile:
            saved = self.store.save(dialog.profile())
            return self.store.set_photo(saved.id, new_photo) if changed else saved

        saved = self._run(save)
        self.reload()
        if saved is not None:
            self.select_profile(saved.id)

    def _changed(self, row: int) -> None:
        self._fill_article()
        if self.article_list.count():
            self.article_list.setCurrentRow(max(0, row))
        self.assignmentChanged.emit(self.article_authors())

    def _is_assigned(self, author_id: object) -> bool:
        return bool(author_id) and any(a.get("id") == author_id for a in self._assigned)

    def _run(self, work: Any) -> Any:
        """Run a store operation; show its error in a message box instead of raising."""
        try:
            return work()
        except FederError as exc:
            QMessageBox.warning(self, self.tr("Authors"), error_text(exc))
            return None

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import author profile"), str(Path.home()),
            self.tr("Author profiles (*.yaml *.yml)"))
        if name:
            self.import_profile(Path(name))

    def _ask_export(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export author profile"), str(Path.home() / f"{profile.id}.yaml"),
            self.tr("Author profiles (*.yaml *.yml)"))
        if name:
            self.export_profile(Path(name))

    def _open_folder(self) -> None:
        self._run(self.store.ensure_folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.folder)))


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _button(action: QAction, parent: QWidget, icon_only: bool = False, primary: bool = False) -> QWidget:
    """A button that mirrors ``action`` (text, enabled state, tooltip)."""
    if icon_only:
        button = QToolButton(parent)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return button
    push = QPushButton(action.text(), parent)
    push.setToolTip(action.toolTip())
    push.setDefault(primary)
    push.setEnabled(action.isEnabled())
    push.clicked.connect(action.trigger)
    action.changed.connect(lambda: push.setEnabled(action.isEnabled()))
    return push


def _row(parent: QWidget, *widgets: QWidget | None) -> QHBoxLayout:
    """Widgets side by side; None is a stretch that pushes the rest to the right."""
    layout = QHBoxLayout()
    layout.setSpacing(6)
    for widget in widgets:
        if widget is None:
            layout.addStretch(1)
        else:
            layout.addWidget(widget)
    return layout
