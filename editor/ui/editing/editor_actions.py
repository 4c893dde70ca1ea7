"""What the Edit and Format menus do in a text editor: the editor's own actions.

The window holds one set of actions for all its tabs, so their shortcuts work
wherever the focus is. :func:`editor_links` says what each action does in one
editor; the article in front connects these links and the window drops them
when another article comes to the front.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction

from editor.ui.actions import EditActions, FormatActions
from editor.ui.editing.paste import paste_plain_into
from editor.ui.editing.text_editor import TextEditor

#: A signal and the slot it is connected to while an article is in front.
Link = tuple[SignalInstance, Callable[..., object]]


def editor_links(editor: TextEditor, edit: EditActions, fmt: FormatActions, paste_plain: QAction) -> list[Link]:
    """The links from the editing actions to ``editor`` (undo and redo only follow its state:
    stepping back goes through the article view, which also reports changed fields)."""
    document = editor.document()
    edit.undo.setEnabled(document.isUndoAvailable())
    edit.redo.setEnabled(document.isRedoAvailable())
    return [
        (editor.undoAvailable, edit.undo.setEnabled),
        (editor.redoAvailable, edit.redo.setEnabled),
        (edit.cut.triggered, lambda: editor.cut()),
        (edit.copy.triggered, lambda: editor.copy()),
        (edit.paste.triggered, lambda: editor.paste()),
        (paste_plain.triggered, lambda: paste_plain_into(editor)),
        (edit.select_all.triggered, lambda: editor.selectAll()),
        (fmt.bold.triggered, lambda: editor.toggle_inline("**")),
        (fmt.italic.triggered, lambda: editor.toggle_inline("*")),
        (fmt.link.triggered, lambda: editor.insert_link()),
        (fmt.heading2.triggered, lambda: editor.set_heading(2)),
        (fmt.heading3.triggered, lambda: editor.set_heading(3)),
        (fmt.quote.triggered, lambda: editor.toggle_quote()),
        (fmt.bullet_list.triggered, lambda: editor.toggle_list()),
    ]
