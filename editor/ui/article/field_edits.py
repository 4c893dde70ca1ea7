"""Front matter fields written into the article's text, undone word by word as in the body."""

from __future__ import annotations

import time

from editor.core.text.slug import update_field
from editor.ui.editing.text_editor import TextEditor


class FieldEdits:
    """Writes fields into one editor's text; each edit is one undo step, except that a
    character typed within a word joins the step of the edit before it."""

    def __init__(self, editor: TextEditor) -> None:
        self._editor = editor
        self._last: tuple[str, object, int, int, float] | None = None  # key, value, steps, revision, time

    def write(self, key: str, value: object) -> None:
        """Rewrite only ``key``'s lines of the front matter to hold ``value``."""
        document = self._editor.document()
        join = self._continues_word(key, value)
        self._editor.apply_text(update_field(self._editor.text(), key, value), join_previous=join)
        self._last = (key, value, document.availableUndoSteps(), document.revision(), time.monotonic())

    def forget(self) -> None:
        """An undo or redo happened: the next field edit starts a step of its own."""
        self._last = None

    def _continues_word(self, key: str, value: object) -> bool:
        last = self._last
        document = self._editor.document()
        if last is None or last[0] != key:
            return False
        _key, old, steps, revision, when = last
        if (steps, revision) != (document.availableUndoSteps(), document.revision()):
            return False  # something else happened in between (typing, an undo)
        if time.monotonic() - when > self._editor.undo_pause:
            return False
        return _typed_within_word(_as_text(old), _as_text(value))


def _as_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _typed_within_word(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with one character added that belongs to the current word step.

    A space typed after a word starts the next step, so each step is a word
    with the space before it: undo takes back " Wandel", then " und".
    """
    if len(new) != len(old) + 1:
        return False
    index = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old))
    if new[:index] + new[index + 1 :] != old:
        return False
    typed, previous = new[index], new[index - 1 : index]
    return not (typed.isspace() and previous != "" and not previous.isspace())
