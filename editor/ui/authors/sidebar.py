"""The author sidebar: the article's authors on top, the reusable profiles below.

The sidebar never edits the article text itself. It emits
``assignmentChanged`` with the new front matter ``authors`` list, the main
window writes it through ``article.set_field`` (so undo and the YAML stay the
truth), and feeds the parsed list back with :meth:`AuthorSidebar.set_article_authors`.
Profiles are read from and written to :class:`~editor.core.authors.store.AuthorStore`
by :mod:`.profile_commands`; the sidebar shows the two lists and keeps them current.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

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
from editor.ui.lazy_dock import LazyDock, needs_contents

if TYPE_CHECKING:
    from editor.ui.authors.profile_commands import ProfileCommands

# The lists, buttons, profile dialog and commands are imported when the sidebar is
# first built, not with the main window: the dock is hidden at start, and their
# Qt classes (QStyle above all, with its many enums) cost 20-30 ms before the first frame.


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
        self.commands: ProfileCommands | None = None  # made by build()
        super().__init__(QCoreApplication.translate("AuthorSidebar", "Authors"), "authorSidebar", parent, lazy)

    def build(self) -> QWidget:
        from editor.ui.authors.profile_commands import ProfileCommands

        self.commands = ProfileCommands(self.store, self, lambda: self.spell_controller)
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
        from editor.ui.authors.people_list import ID_ROLE

        for row in range(self.profile_list.count()):
            if self.profile_list.item(row).data(ID_ROLE) == author_id:
                self.profile_list.setCurrentRow(row)
                return

    @needs_contents
    def selected_profile(self) -> AuthorProfile | None:
        from editor.ui.authors.people_list import ID_ROLE

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
        copy = self.commands.duplicate(profile)
        if copy is not None:
            self._reload_selecting(copy)

    @needs_contents
    def delete_profile(self) -> None:
        profile = self.selected_profile()
        if profile is None or not self.commands.delete(profile):
            return
        row = self.profile_list.currentRow()
        self.reload()
        self.profile_list.setCurrentRow(min(row, self.profile_list.count() - 1))

    @needs_contents
    def import_profile(self, path: Path) -> AuthorProfile | None:
        """Import ``path``; asks before replacing a profile with the same id."""
        went_ahead, profile = self.commands.import_file(path)
        if went_ahead:
            self._reload_selecting(profile)
        return profile

    @needs_contents
    def export_profile(self, path: Path) -> bool:
        profile = self.selected_profile()
        if profile is None:
            return False
        return self.commands.export_file(profile, path)

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
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QStyle

        from editor.ui.authors.action_buttons import make_action

        self.assign_action = make_action(self, self.tr("Add to article"), self.assign_selected)
        self.assign_action.setToolTip(self.tr("Add the selected profile to the article’s authors"))
        self.new_action = make_action(self, self.tr("New…"), self.new_profile)
        self.edit_action = make_action(self, self.tr("Edit…"), self.edit_profile)
        self.duplicate_action = make_action(self, self.tr("Duplicate"), self.duplicate_profile)
        self.delete_action = make_action(self, self.tr("Delete…"), self.delete_profile)
        self.import_action = make_action(self, self.tr("Import…"), self._ask_import)
        self.export_action = make_action(self, self.tr("Export…"), self._ask_export)
        self.open_folder_action = make_action(self, self.tr("Open profile folder"), lambda: self.commands.open_folder())
        self.remove_action = make_action(self, self.tr("Remove from article"), self.remove_from_article)
        self.up_action = make_action(self, self.tr("Move up"), lambda: self.move_author(-1), QStyle.StandardPixmap.SP_ArrowUp)
        self.down_action = make_action(self, self.tr("Move down"), lambda: self.move_author(1), QStyle.StandardPixmap.SP_ArrowDown)
        self.refresh_action = make_action(self, self.tr("Refresh"), self.refresh_stale)
        self.refresh_action.setToolTip(self.tr("Copy the changed profile details into the article"))
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        for act in (self.delete_action, self.remove_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _build(self) -> QWidget:
        from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout

        from editor.ui.authors.action_buttons import (
            action_button,
            button_row,
            heading,
            menu_button,
            notice_bar,
        )
        from editor.ui.authors.people_list import PeopleList

        article = QWidget(self)
        article_layout = QVBoxLayout(article)
        article_layout.setContentsMargins(8, 8, 8, 4)
        self.article_list = PeopleList(self.tr("No author yet. Select a profile below and click “Add to article”."), article)
        self.article_list.setObjectName("articleAuthors")
        self.article_list.addActions([self.up_action, self.down_action, self.remove_action, self.refresh_action])
        self.stale_bar, self.stale_label = notice_bar("staleBar", self.refresh_action, article)
        article_layout.addWidget(heading(self.tr("In this article"), article))
        article_layout.addWidget(self.article_list, 1)
        article_layout.addWidget(self.stale_bar)
        article_layout.addLayout(button_row(article, action_button(self.up_action, article, icon_only=True),
                                            action_button(self.down_action, article, icon_only=True),
                                            None, action_button(self.remove_action, article)))

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
        more = self.more_button = menu_button(
            self.tr("More"), library, [self.duplicate_action, self.delete_action],
            [self.import_action, self.export_action, self.open_folder_action])
        self.error_label = QLabel(library)
        self.error_label.setObjectName("profileErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b3261e;")
        library_layout.addWidget(heading(self.tr("Profiles"), library))
        library_layout.addWidget(self.filter_edit)
        library_layout.addWidget(self.profile_list, 1)
        library_layout.addWidget(self.error_label)
        library_layout.addLayout(button_row(library, action_button(self.assign_action, library, primary=True),
                                            action_button(self.new_action, library),
                                            action_button(self.edit_action, library), None, more))

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
        from editor.ui.authors.dialog import avatar_pixmap
        from editor.ui.authors.people_list import AVATAR, ID_ROLE, person_item

        current = self.profile_list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.profile_list.clear()
        ratio = self.devicePixelRatioF()
        for profile in self.profiles:
            portrait = avatar_pixmap(profile.name, self.store.photo_path(profile), AVATAR, ratio)
            item = person_item(profile.id, profile.name, profile.role, portrait)
            item.setToolTip(str(self.store.path_for(profile.id)))
            self.profile_list.addItem(item)
        self._apply_filter(self.filter_edit.text())
        if keep:
            self.select_profile(keep)

    def _fill_article(self) -> None:
        from editor.ui.authors.dialog import avatar_pixmap
        from editor.ui.authors.people_list import (
            AVATAR,
            BADGE_ROLE,
            ID_ROLE,
            NOTICE_ROLE,
            person_item,
        )

        row = self.article_list.currentRow()
        self.article_list.clear()
        by_id = {p.id: p for p in self.profiles}
        stale = set(self.stale_indexes())
        ratio = self.devicePixelRatioF()
        for index, snap in enumerate(self._assigned):
            name = str(snap.get("name") or snap.get("id") or "?")
            photo = Path(str(snap["photo"])) if snap.get("photo") else None
            portrait = avatar_pixmap(name, photo if photo and photo.is_file() else None, AVATAR, ratio)
            item = person_item(snap.get("id"), name, str(snap.get("role") or ""), portrait)
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
        accepted, saved = self.commands.edit(profile, photo)
        if accepted:
            self._reload_selecting(saved)

    def _reload_selecting(self, profile: AuthorProfile | None) -> None:
        """Read the folder again and select ``profile``, the one a command just made or changed."""
        self.reload()
        if profile is not None:
            self.select_profile(profile.id)

    def _changed(self, row: int) -> None:
        self._fill_article()
        if self.article_list.count():
            self.article_list.setCurrentRow(max(0, row))
        self.assignmentChanged.emit(self.article_authors())

    def _is_assigned(self, author_id: object) -> bool:
        return bool(author_id) and any(a.get("id") == author_id for a in self._assigned)

    def _ask_import(self) -> None:
        path = self.commands.ask_import_path()
        if path is not None:
            self.import_profile(path)

    def _ask_export(self) -> None:
        profile = self.selected_profile()
        path = self.commands.ask_export_path(profile) if profile is not None else None
        if path is not None:
            self.export_profile(path)
